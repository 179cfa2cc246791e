import { Badge, Button, Group, Modal, Select, Stack, Text, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useDisclosure } from '@mantine/hooks';
import { IconFileSpreadsheet, IconPlus } from '@tabler/icons-react';
import { useNavigate } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { RANCANG_BANGUN_MIN_WORDS, TAHAPAN } from '../../../domain/innovation/profile';
import { ENTRY_STATUSES, type EntryStatus } from '../../../domain/innovation/workflow';
import { periodAllows } from '../../../domain/period-status';
import { formatDateTime, formatNumber } from '../../lib/format';
import { FormActions, SearchInput } from '../../ui/controls';
import { type Column, DataTable } from '../../ui/DataTable';
import { notifySaved, showApiError } from '../../ui/forms';
import { AnchorLink } from '../../ui/links';
import { PageHeader } from '../../ui/PageHeader';
import { NoPeriodState } from '../../ui/states';
import { useListState } from '../../ui/useListState';
import { useRememberedState } from '../../ui/useRememberedState';
import { type EntrySummary, useCreateEntry, useEntries, useOpdOptions, usePeriodChoices } from '../api/innovations';
import { UnitSelect } from './UnitSelect';

export function InnovationsPage({
  canWrite,
  opdBound,
  canOpenPeriod = false,
  initialStatus,
  initialSent,
  openCreate,
}: {
  canWrite: boolean;
  opdBound: boolean;
  /** May open the first period (shown when there is none yet). */
  canOpenPeriod?: boolean;
  /** Opened filtered (a count on the home page links here). */
  initialStatus?: EntryStatus;
  /** Opened filtered by sent or not (the admin's "approved, not yet sent"). */
  initialSent?: boolean;
  /** Opened to register one (the home page's button). */
  openCreate?: boolean;
}) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const periods = usePeriodChoices();
  const [periodId, setPeriodId] = useRememberedState<string | undefined>('innovations:period', undefined);
  const list = useListState(
    'innovations',
    { sort: 'name', dir: 'asc' },
    {
      tahapan: undefined as string | undefined,
      opdId: undefined as string | undefined,
      status: initialStatus as string | undefined,
      sent: initialSent === undefined ? undefined : String(initialSent),
    },
  );
  const entries = useEntries({ ...list.query, periodId });
  const opds = useOpdOptions(!opdBound);
  const [opened, { open, close: closeDialog }] = useDisclosure(Boolean(openCreate));
  // Closed: a reload (or Back) must not open it again.
  const close = () => {
    closeDialog();
    if (openCreate) void navigate({ to: '/innovations', search: { status: initialStatus }, replace: true });
  };
  const current = periods.data?.find((p) => p.id === periodId) ?? periods.data?.find((p) => p.status === 'open') ?? periods.data?.[0];
  const writable = canWrite && current !== undefined && periodAllows(current.status, 'innovation');

  const columns: Column<EntrySummary>[] = [
    {
      key: 'name',
      header: t('innovations.name'),
      sort: 'name',
      render: (e) => (
        <Stack gap={0}>
          <AnchorLink to="/innovations/$entryId" params={{ entryId: e.id }} fw={500} size="sm" onClick={(ev) => ev.stopPropagation()}>
            {e.name}
          </AnchorLink>
          <Text size="xs" c="dimmed">
            {e.opdName}
            {e.unitName ? ` · ${e.unitName}` : ''}
          </Text>
        </Stack>
      ),
    },
    {
      key: 'maturity',
      header: t('innovations.maturity'),
      render: (e) => (
        <Group gap={4} wrap="nowrap">
          <Text size="sm" title={t('innovations.reviewSummary', e.review)}>
            {formatNumber(e.maturity, 2)}
            <Text span size="xs" c="teal.8">
              {' '}
              ({t('innovations.verifiedShort')} {formatNumber(e.maturityVerified, 2)})
            </Text>
          </Text>
          {e.review.dikembalikan > 0 && (
            <Badge size="sm" color="orange" variant="dot">
              {e.review.dikembalikan} {t('evidence.review.dikembalikan')}
            </Badge>
          )}
          {e.belowThreshold && (
            <Badge size="sm" color="orange" variant="light">
              {t('innovations.belowThreshold')}
            </Badge>
          )}
        </Group>
      ),
    },
    { key: 'tahapan', header: t('innovations.tahapan.label'), wideOnly: true, render: (e) => (e.tahapan ? t(`innovations.tahapan.${e.tahapan}`) : '—') },
    {
      key: 'words',
      header: t('innovations.rancangBangun'),
      wideOnly: true,
      render: (e) => (
        <Badge variant="light" color={e.rancangBangunWords >= RANCANG_BANGUN_MIN_WORDS ? 'green' : 'orange'}>
          {t('innovations.words', { count: e.rancangBangunWords, min: RANCANG_BANGUN_MIN_WORDS })}
        </Badge>
      ),
    },
    {
      key: 'status',
      header: t('common.status'),
      sort: 'status',
      render: (e) => (
        <Group gap={4} wrap="nowrap">
          <Badge variant="light">{t(`innovations.status.${e.status}`, e.status)}</Badge>
          {e.sent && (
            <Badge color="green" variant="filled" data-testid="sent-badge">
              {t('innovations.sentBadge')}
            </Badge>
          )}
        </Group>
      ),
    },
    { key: 'updated', header: t('innovations.updated'), sort: 'updatedAt', wideOnly: true, render: (e) => formatDateTime(e.updatedAt) },
  ];

  return (
    <Stack>
      <PageHeader
        title={t('innovations.title')}
        description={current ? `${t('innovations.period')} ${current.year} · ${current.frameworkName}` : undefined}
        actions={
          <Group gap="xs">
            {current && (
              <Button
                component="a"
                variant="default"
                leftSection={<IconFileSpreadsheet size={16} />}
                href={`/api/exports/recap.xlsx?periodId=${current.id}`}
                download
              >
                {t('innovations.exportRecap')}
              </Button>
            )}
            {writable && (
              <Button leftSection={<IconPlus size={16} />} onClick={open}>
                {t('innovations.create')}
              </Button>
            )}
          </Group>
        }
      />
      {periods.data?.length === 0 && <NoPeriodState canOpen={canOpenPeriod} what="innovations" />}
      {periods.data?.length !== 0 && (
        <>
          <Group gap="sm" align="flex-end">
            <SearchInput value={list.search} onChange={list.setSearch} />
            <Select
              aria-label={t('innovations.period')}
              w={200}
              allowDeselect={false}
              data={(periods.data ?? []).map((p) => ({ value: p.id, label: `${p.year} — ${t(`periods.status.${p.status}`)}` }))}
              value={current?.id ?? null}
              onChange={(v) => {
                setPeriodId(v ?? undefined);
                list.setPage(1);
              }}
            />
            <Select
              aria-label={t('common.status')}
              placeholder={t('innovations.allStatuses')}
              clearable
              w={230}
              data={ENTRY_STATUSES.map((v) => ({ value: v, label: t(`innovations.status.${v}`) }))}
              value={list.filters.status ?? null}
              onChange={(v) => list.setFilter('status', v ?? undefined)}
            />
            <Select
              aria-label={t('innovations.sent')}
              placeholder={t('innovations.sentAny')}
              clearable
              w={190}
              data={[
                { value: 'true', label: t('innovations.sentOnly') },
                { value: 'false', label: t('innovations.notSentOnly') },
              ]}
              value={list.filters.sent ?? null}
              onChange={(v) => list.setFilter('sent', v ?? undefined)}
            />
            <Select
              aria-label={t('innovations.tahapan.label')}
              placeholder={t('innovations.tahapan.label')}
              clearable
              w={170}
              data={TAHAPAN.map((v) => ({ value: v, label: t(`innovations.tahapan.${v}`) }))}
              value={list.filters.tahapan ?? null}
              onChange={(v) => list.setFilter('tahapan', v ?? undefined)}
            />
            {!opdBound && (
              <Select
                aria-label={t('innovations.opd')}
                placeholder={t('users.allOpds')}
                clearable
                searchable
                w={220}
                data={(opds.data?.items ?? []).map((o) => ({ value: o.id, label: o.shortName }))}
                value={list.filters.opdId ?? null}
                onChange={(v) => list.setFilter('opdId', v ?? undefined)}
              />
            )}
          </Group>
          <DataTable
            label={t('innovations.title')}
            columns={columns}
            data={entries.data}
            isLoading={entries.isFetching}
            error={entries.error}
            onRetry={() => entries.refetch()}
            page={list.page}
            onPage={list.setPage}
            sort={list.sort}
            onSort={list.setSort}
            rowKey={(e) => e.id}
            onRowClick={(e) => navigate({ to: '/innovations/$entryId', params: { entryId: e.id } })}
            // Only someone who may register one is invited to; a reader is just told there is none yet.
            emptyMessage={list.narrowed ? t('common.noResults') : t(writable ? 'innovations.empty' : 'innovations.emptyViewer')}
          />
        </>
      )}
      {writable && <CreateEntryModal opened={opened} onClose={close} opdBound={opdBound} periodId={current?.id} />}
    </Stack>
  );
}

function CreateEntryModal({ opened, onClose, opdBound, periodId }: { opened: boolean; onClose: () => void; opdBound: boolean; periodId?: string }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const create = useCreateEntry();
  // An OPD-bound user sees only their own OPD here: its units are the ones to choose from.
  const opds = useOpdOptions(true);
  const form = useForm({
    initialValues: { name: '', opdId: '', unitId: null as string | null },
    validate: { name: (v) => (v.trim() ? null : t('common.required')), opdId: (v) => (opdBound || v ? null : t('common.required')) },
  });
  const submit = form.onSubmit((v) =>
    create.mutate(
      { name: v.name.trim(), opdId: opdBound ? undefined : v.opdId, unitId: v.unitId, periodId },
      {
        onSuccess: (entry) => {
          notifySaved(t('common.created'));
          form.reset();
          onClose();
          void navigate({ to: '/innovations/$entryId', params: { entryId: entry.id } });
        },
        onError: (e) => showApiError(form, e),
      },
    ),
  );
  return (
    <Modal opened={opened} onClose={onClose} title={t('innovations.create')}>
      <form onSubmit={submit} noValidate>
        <Stack gap="sm">
          <TextInput label={t('innovations.name')} required data-autofocus {...form.getInputProps('name')} />
          {!opdBound && (
            <Select
              label={t('innovations.opd')}
              required
              searchable
              data={(opds.data?.items ?? []).map((o) => ({ value: o.id, label: `${o.shortName} — ${o.name}` }))}
              {...form.getInputProps('opdId')}
              onChange={(id) => form.setValues({ opdId: id ?? '', unitId: null })}
            />
          )}
          <UnitSelect
            withHint
            opdId={opdBound ? opds.data?.items[0]?.id : form.values.opdId}
            value={form.values.unitId}
            onChange={(unitId) => form.setFieldValue('unitId', unitId)}
            error={form.errors.unitId}
          />
          <FormActions onCancel={onClose} loading={create.isPending} />
        </Stack>
      </form>
    </Modal>
  );
}
