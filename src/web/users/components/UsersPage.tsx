import { ActionIcon, Badge, Button, Group, Menu, Select, Stack, Text } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { IconDots, IconPlus } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Role } from '../../../domain/roles';
import { formatDateTime } from '../../lib/format';
import { ActiveBadge, ActiveFilter, SearchInput } from '../../ui/controls';
import { type Column, DataTable } from '../../ui/DataTable';
import { notifySaved, showApiError } from '../../ui/forms';
import { PageHeader } from '../../ui/PageHeader';
import { SecretOnce } from '../../ui/SecretOnce';
import { useListState } from '../../ui/useListState';
import { type User, useOpdChoices, useResetUserPassword, useUpdateUser, useUsers } from '../api/users';
import { UserFormModal } from './UserFormModal';

interface Props {
  currentUserId: string;
  regionId: string | null;
  assignableRoles: Role[];
  isSuperAdmin: boolean;
  /** A role filter the page opens with (from the address, e.g. a link on the home page). */
  initialRole?: string;
}

export function UsersPage({ currentUserId, regionId, assignableRoles, isSuperAdmin, initialRole }: Props) {
  const { t } = useTranslation();
  const list = useListState(
    'users',
    { sort: 'fullName', dir: 'asc' },
    { role: initialRole as string | undefined, opdId: undefined as string | undefined, active: 'all' as string | undefined },
  );
  const users = useUsers(list.query);
  const opds = useOpdChoices(regionId);
  const update = useUpdateUser();
  const reset = useResetUserPassword();
  const [createOpen, create] = useDisclosure(false);
  const [editing, setEditing] = useState<User | undefined>();
  const [secret, setSecret] = useState<{ name: string; password: string } | null>(null);
  const filtered = Boolean(list.search || list.filters.role || list.filters.opdId || list.filters.active !== 'all');

  const toggleActive = (u: User) => {
    if (u.active && !window.confirm(t('users.deactivateConfirm', { name: u.fullName }))) return;
    update.mutate({ id: u.id, active: !u.active }, { onSuccess: () => notifySaved(t('common.saved')), onError: (e) => showApiError(null, e) });
  };
  const resetPassword = (u: User) => {
    if (!window.confirm(t('users.resetConfirm', { name: u.fullName }))) return;
    reset.mutate(u.id, { onSuccess: (r) => setSecret({ name: u.fullName, password: r.temporaryPassword }), onError: (e) => showApiError(null, e) });
  };

  const columns: Column<User>[] = [
    {
      key: 'name',
      header: t('users.fullName'),
      sort: 'fullName',
      render: (u) => (
        <Stack gap={0}>
          <Text size="sm" fw={500}>
            {u.fullName}
          </Text>
          <Text size="xs" c="dimmed">
            {u.username}
          </Text>
        </Stack>
      ),
    },
    { key: 'role', header: t('users.role'), sort: 'role', render: (u) => <Badge variant="light">{t(`role.${u.role}`)}</Badge> },
    ...(isSuperAdmin ? [{ key: 'region', header: t('users.region'), wideOnly: true, render: (u: User) => u.regionName ?? '—' }] : []),
    { key: 'opd', header: t('users.opd'), wideOnly: true, render: (u) => u.opdName ?? '—' },
    {
      key: 'login',
      header: t('users.lastLogin'),
      sort: 'lastLoginAt',
      wideOnly: true,
      render: (u) => (u.lastLoginAt ? formatDateTime(u.lastLoginAt) : t('users.never')),
    },
    {
      key: 'status',
      header: t('common.status'),
      render: (u) => <ActiveBadge active={u.active} />,
    },
    {
      key: 'actions',
      header: t('common.actions'),
      width: 60,
      render: (u) => (
        <Menu position="bottom-end" withinPortal>
          <Menu.Target>
            <ActionIcon variant="subtle" aria-label={`${t('common.actions')}: ${u.username}`}>
              <IconDots size={18} />
            </ActionIcon>
          </Menu.Target>
          <Menu.Dropdown>
            <Menu.Item onClick={() => setEditing(u)}>{t('common.edit')}</Menu.Item>
            <Menu.Item onClick={() => resetPassword(u)}>{t('users.resetPassword')}</Menu.Item>
            {u.id !== currentUserId && (
              <Menu.Item color={u.active ? 'red' : 'green'} onClick={() => toggleActive(u)}>
                {u.active ? t('common.deactivate') : t('common.activate')}
              </Menu.Item>
            )}
          </Menu.Dropdown>
        </Menu>
      ),
    },
  ];

  return (
    <Stack>
      <PageHeader
        title={t('users.title')}
        actions={
          <Button leftSection={<IconPlus size={16} />} onClick={create.open}>
            {t('users.create')}
          </Button>
        }
      />
      <Group gap="sm" align="flex-end">
        <SearchInput value={list.search} onChange={list.setSearch} />
        <Select
          aria-label={t('users.role')}
          placeholder={t('users.allRoles')}
          clearable
          data={assignableRoles.map((r) => ({ value: r, label: t(`role.${r}`) }))}
          value={list.filters.role ?? null}
          onChange={(v) => list.setFilter('role', v ?? undefined)}
          w={170}
        />
        {regionId && (
          <Select
            aria-label={t('users.opd')}
            placeholder={t('users.allOpds')}
            clearable
            searchable
            data={(opds.data?.items ?? []).map((o) => ({ value: o.id, label: o.shortName }))}
            value={list.filters.opdId ?? null}
            onChange={(v) => list.setFilter('opdId', v ?? undefined)}
            w={200}
          />
        )}
        <ActiveFilter value={list.filters.active} onChange={(v) => list.setFilter('active', v)} />
      </Group>
      <DataTable
        label={t('users.title')}
        columns={columns}
        data={users.data}
        isLoading={users.isFetching}
        error={users.error}
        onRetry={() => users.refetch()}
        page={list.page}
        onPage={list.setPage}
        sort={list.sort}
        onSort={list.setSort}
        rowKey={(u) => u.id}
        emptyMessage={filtered ? t('common.noResults') : t('users.empty')}
      />
      <UserFormModal
        opened={createOpen || Boolean(editing)}
        onClose={() => {
          create.close();
          setEditing(undefined);
        }}
        user={editing}
        roles={assignableRoles}
        defaultRegionId={regionId}
        onCreated={(u, pw) => {
          create.close();
          notifySaved(t('common.created'));
          if (pw) setSecret({ name: u.fullName, password: pw });
        }}
        onSaved={() => notifySaved(t('common.saved'))}
      />
      <SecretOnce
        title={t('users.tempPasswordTitle')}
        text={t('users.tempPasswordText', { name: secret?.name ?? '' })}
        secret={secret?.password ?? null}
        onClose={() => setSecret(null)}
      />
    </Stack>
  );
}
