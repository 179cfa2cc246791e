import { Button, Group, Select, Stack, Text } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { IconPlus } from '@tabler/icons-react';
import { useNavigate } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { OPD_KINDS } from '../../../domain/organisation';
import { formatNumber } from '../../lib/format';
import { ActiveBadge, ActiveFilter, SearchInput } from '../../ui/controls';
import { type Column, DataTable } from '../../ui/DataTable';
import { AnchorLink } from '../../ui/links';
import { PageHeader } from '../../ui/PageHeader';
import { useListState } from '../../ui/useListState';
import { type Opd, useOpds } from '../api/opds';
import { OpdFormModal } from './OpdFormModal';

export function OpdsPage({ canWrite }: { canWrite: boolean }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const list = useListState('opds', { sort: 'name', dir: 'asc' }, { kind: undefined as string | undefined, active: 'all' as string | undefined });
  const opds = useOpds(list.query);
  const [opened, { open, close }] = useDisclosure(false);
  const filtered = Boolean(list.search || list.filters.kind || list.filters.active !== 'all');

  const columns: Column<Opd>[] = [
    {
      key: 'name',
      header: t('opds.name'),
      sort: 'name',
      render: (o) => (
        <Stack gap={0}>
          <AnchorLink to="/opds/$opdId" params={{ opdId: o.id }} fw={500} size="sm" onClick={(e) => e.stopPropagation()}>
            {o.name}
          </AnchorLink>
          <Text size="xs" c="dimmed" hiddenFrom="sm">
            {o.shortName} · {t(`opdKind.${o.kind}`)}
          </Text>
        </Stack>
      ),
    },
    { key: 'short', header: t('opds.shortName'), sort: 'shortName', wideOnly: true, render: (o) => o.shortName },
    { key: 'kind', header: t('opds.kind'), sort: 'kind', wideOnly: true, render: (o) => t(`opdKind.${o.kind}`) },
    { key: 'head', header: t('opds.head'), wideOnly: true, render: (o) => o.headName ?? '—' },
    { key: 'units', header: t('opds.unitCount'), sort: 'unitCount', render: (o) => formatNumber(o.unitCount) },
    {
      key: 'status',
      header: t('common.status'),
      wideOnly: true,
      render: (o) => <ActiveBadge active={o.active} />,
    },
  ];

  return (
    <Stack>
      <PageHeader
        title={t('opds.title')}
        actions={
          canWrite && (
            <Button leftSection={<IconPlus size={16} />} onClick={open}>
              {t('opds.create')}
            </Button>
          )
        }
      />
      <Group gap="sm" align="flex-end">
        <SearchInput value={list.search} onChange={list.setSearch} />
        <Select
          aria-label={t('opds.kind')}
          placeholder={t('opds.allKinds')}
          clearable
          data={OPD_KINDS.map((k) => ({ value: k, label: t(`opdKind.${k}`) }))}
          value={list.filters.kind ?? null}
          onChange={(v) => list.setFilter('kind', v ?? undefined)}
          w={180}
        />
        <ActiveFilter value={list.filters.active} onChange={(v) => list.setFilter('active', v)} />
      </Group>
      <DataTable
        label={t('opds.title')}
        columns={columns}
        data={opds.data}
        isLoading={opds.isFetching}
        error={opds.error}
        onRetry={() => opds.refetch()}
        page={list.page}
        onPage={list.setPage}
        sort={list.sort}
        onSort={list.setSort}
        rowKey={(o) => o.id}
        onRowClick={(o) => navigate({ to: '/opds/$opdId', params: { opdId: o.id } })}
        emptyMessage={filtered ? t('common.noResults') : t('opds.empty')}
      />
      {canWrite && <OpdFormModal opened={opened} onClose={close} />}
    </Stack>
  );
}
