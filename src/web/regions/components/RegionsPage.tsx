import { Anchor, Button, Divider, Modal, Stack, Switch, Text, TextInput, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useDisclosure } from '@mantine/hooks';
import { IconPlus } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { RegionType } from '../../../domain/organisation';
import { formatNumber } from '../../lib/format';
import { ActiveBadge, FormActions } from '../../ui/controls';
import { type Column, DataTable } from '../../ui/DataTable';
import { notifySaved, showApiError } from '../../ui/forms';
import { PageHeader } from '../../ui/PageHeader';
import { SecretOnce } from '../../ui/SecretOnce';
import { useListState } from '../../ui/useListState';
import { type Region, type RegionCreated, useCreateRegion, useRegions, useUpdateRegion } from '../api/regions';
import { RegionFields } from './RegionFields';

export function RegionsPage() {
  const { t } = useTranslation();
  const list = useListState('regions', { sort: 'name', dir: 'asc' }, {});
  const regions = useRegions(list.query);
  const [opened, { open, close }] = useDisclosure(false);
  const [created, setCreated] = useState<RegionCreated['admin']>(null);
  const [editing, setEditing] = useState<Region | null>(null);

  const columns: Column<Region>[] = [
    {
      key: 'name',
      header: t('region.name'),
      sort: 'name',
      render: (r) => (
        <Anchor component="button" fw={500} size="sm" onClick={() => setEditing(r)}>
          {r.name}
        </Anchor>
      ),
    },
    { key: 'code', header: t('region.code'), sort: 'kemendagriCode', render: (r) => r.kemendagriCode },
    { key: 'type', header: t('region.type'), sort: 'type', wideOnly: true, render: (r) => t(`regionType.${r.type}`) },
    { key: 'opds', header: t('regions.opdCount'), wideOnly: true, render: (r) => formatNumber(r.opdCount) },
    { key: 'users', header: t('regions.userCount'), wideOnly: true, render: (r) => formatNumber(r.userCount) },
    {
      key: 'status',
      header: t('common.status'),
      render: (r) => <ActiveBadge active={r.active} />,
    },
  ];

  return (
    <Stack>
      <PageHeader
        title={t('regions.title')}
        actions={
          <Button leftSection={<IconPlus size={16} />} onClick={open}>
            {t('regions.create')}
          </Button>
        }
      />
      <TextInput
        placeholder={t('common.searchPlaceholder')}
        aria-label={t('common.search')}
        value={list.search}
        onChange={(e) => list.setSearch(e.currentTarget.value)}
        maw={360}
      />
      <DataTable
        label={t('regions.title')}
        columns={columns}
        data={regions.data}
        isLoading={regions.isFetching}
        error={regions.error}
        onRetry={() => regions.refetch()}
        page={list.page}
        onPage={list.setPage}
        sort={list.sort}
        onSort={list.setSort}
        rowKey={(r) => r.id}
        onRowClick={setEditing}
        emptyMessage={list.narrowed ? t('common.noResults') : t('regions.empty')}
      />
      <CreateRegionModal
        opened={opened}
        onClose={close}
        onCreated={(admin) => {
          close();
          notifySaved(t('common.created'));
          if (admin) setCreated(admin);
        }}
      />
      {editing && <EditRegionModal region={editing} onClose={() => setEditing(null)} />}
      <SecretOnce
        title={t('users.tempPasswordTitle')}
        text={t('regions.createdAdmin')}
        extra={created ? `${t('users.username')}: ${created.username}` : undefined}
        secret={created?.temporaryPassword ?? null}
        onClose={() => setCreated(null)}
      />
    </Stack>
  );
}

function CreateRegionModal({ opened, onClose, onCreated }: { opened: boolean; onClose: () => void; onCreated: (admin: RegionCreated['admin']) => void }) {
  const { t } = useTranslation();
  const create = useCreateRegion();
  const form = useForm({
    initialValues: { name: '', type: 'kabupaten', kemendagriCode: '', address: '', admin: { username: '', fullName: '', email: '' } },
  });
  const submit = form.onSubmit((v) => {
    const admin = v.admin.username ? { username: v.admin.username.trim().toLowerCase(), fullName: v.admin.fullName, email: v.admin.email || null } : undefined;
    create.mutate(
      { name: v.name, type: v.type as RegionType, kemendagriCode: v.kemendagriCode.trim(), address: v.address || null, admin },
      {
        onSuccess: (res) => {
          form.reset();
          onCreated(res.admin);
        },
        onError: (e) => showApiError(form, e),
      },
    );
  });
  return (
    <Modal opened={opened} onClose={onClose} title={t('regions.create')} size="lg">
      <form onSubmit={submit} noValidate>
        <Stack>
          <RegionFields form={form} />
          <Divider />
          <Title order={4}>{t('regions.firstAdmin')}</Title>
          <Text size="xs" c="dimmed">
            {t('regions.firstAdminHint')}
          </Text>
          <TextInput label={t('users.username')} description={t('users.usernameHint')} autoCapitalize="none" {...form.getInputProps('admin.username')} />
          <TextInput label={t('users.fullName')} {...form.getInputProps('admin.fullName')} />
          <TextInput label={t('users.email')} type="email" {...form.getInputProps('admin.email')} />
          <FormActions onCancel={onClose} loading={create.isPending} />
        </Stack>
      </form>
    </Modal>
  );
}

/** Super admin edits any region's profile and can switch a region off (its data stays). */
function EditRegionModal({ region, onClose }: { region: Region; onClose: () => void }) {
  const { t } = useTranslation();
  const update = useUpdateRegion(region.id);
  const form = useForm({
    initialValues: {
      name: region.name,
      type: region.type as string,
      kemendagriCode: region.kemendagriCode,
      address: region.address ?? '',
      active: region.active,
    },
  });
  const submit = form.onSubmit((v) =>
    update.mutate(
      { ...v, type: v.type as RegionType, address: v.address || null },
      {
        onSuccess: () => {
          notifySaved(t('common.saved'));
          onClose();
        },
        onError: (e) => showApiError(form, e),
      },
    ),
  );
  return (
    <Modal opened onClose={onClose} title={region.name} size="lg">
      <form onSubmit={submit} noValidate>
        <Stack>
          <RegionFields form={form} />
          <Switch label={t('common.active')} {...form.getInputProps('active', { type: 'checkbox' })} />
          <FormActions onCancel={onClose} loading={update.isPending} />
        </Stack>
      </form>
    </Modal>
  );
}
