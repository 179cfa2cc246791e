import { Badge, Code, Group, Select, Stack, Text, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../lib/format';
import { SearchInput } from '../../ui/controls';
import { type Column, DataTable } from '../../ui/DataTable';
import { PageHeader } from '../../ui/PageHeader';
import { useListState } from '../../ui/useListState';
import { type AuditEvent, useAudit } from '../api/audit';

const ENTITY_TYPES = ['region', 'opd', 'unit', 'user', 'session', 'framework', 'period', 'innovation', 'evidence'];
const ACTIONS = [
  'create',
  'update',
  'activate',
  'deactivate',
  'login',
  'logout',
  'password_changed',
  'password_reset',
  'password_reset_requested',
  'password_reset_by_admin',
  'totp_enabled',
  'totp_disabled',
  'clone',
  'close',
  'reopen',
  'lock',
  'submit',
  'approve',
  'return',
  'answer',
  'send',
  'unsend',
  'message',
  'import',
  'delete',
  'assign',
  'export',
  'evidence_add',
  'evidence_delete',
  'evidence_restore',
  'evidence_purge',
  'review_accept',
  'review_return',
  'seed_demo',
];

/** Dates are picked as WIB calendar days. */
const dayStart = (d?: string) => (d ? `${d}T00:00:00+07:00` : undefined);
const dayEnd = (d?: string) => (d ? `${d}T23:59:59+07:00` : undefined);

function show(v: unknown): string {
  if (v === null || v === undefined || v === '') return '—';
  return typeof v === 'object' ? JSON.stringify(v) : String(v);
}

function Changes({ e }: { e: AuditEvent }) {
  const { t } = useTranslation();
  const keys = Array.from(new Set([...Object.keys(e.before ?? {}), ...Object.keys(e.after ?? {})])).filter(
    (k) => !['id', 'createdAt', 'updatedAt', 'regionId'].includes(k),
  );
  if (!keys.length)
    return (
      <Text size="xs" c="dimmed">
        —
      </Text>
    );
  return (
    <Stack gap={2}>
      {keys.slice(0, 6).map((k) => (
        <Text key={k} size="xs" style={{ wordBreak: 'break-word' }}>
          <Code>{k}</Code> {e.before ? `${show(e.before[k])} → ` : ''}
          <b>{show(e.after?.[k])}</b>
        </Text>
      ))}
      {keys.length > 6 && (
        <Text size="xs" c="dimmed">
          +{keys.length - 6} {t('audit.field').toLowerCase()}
        </Text>
      )}
    </Stack>
  );
}

export function AuditPage() {
  const { t, i18n } = useTranslation();
  const list = useListState(
    'audit',
    { sort: 'at', dir: 'desc' },
    {
      entityType: undefined as string | undefined,
      action: undefined as string | undefined,
      from: undefined as string | undefined,
      to: undefined as string | undefined,
    },
  );
  const { from, to, ...rest } = list.query;
  const audit = useAudit({ ...rest, sort: undefined, from: dayStart(from), to: dayEnd(to) });
  const label = (group: 'entityType' | 'actionName', key: string) => (i18n.exists(`audit.${group}.${key}`) ? t(`audit.${group}.${key}`) : key);

  const columns: Column<AuditEvent>[] = [
    {
      key: 'at',
      header: t('audit.at'),
      sort: 'at',
      render: (e) => (
        <Text size="sm" style={{ whiteSpace: 'nowrap' }}>
          {formatDateTime(e.at)}
        </Text>
      ),
    },
    { key: 'actor', header: t('audit.actor'), render: (e) => e.actorName },
    {
      key: 'entity',
      header: t('audit.entity'),
      render: (e) => (
        <Stack gap={0}>
          <Text size="sm">{e.entityLabel ?? e.entityId ?? '—'}</Text>
          <Text size="xs" c="dimmed">
            {label('entityType', e.entityType)}
          </Text>
        </Stack>
      ),
    },
    {
      key: 'action',
      header: t('audit.action'),
      render: (e) => (
        // A long action name ("Bukti dikembalikan verifikator") wraps on a phone instead of leaving the card.
        <Badge variant="light" maw="100%" h="auto" styles={{ label: { whiteSpace: 'normal' } }}>
          {label('actionName', e.action)}
        </Badge>
      ),
    },
    { key: 'changes', header: t('audit.changes'), wideOnly: true, render: (e) => <Changes e={e} /> },
  ];

  return (
    <Stack>
      <PageHeader title={t('audit.title')} description={t('audit.intro')} />
      <Group gap="sm" align="flex-end">
        <SearchInput value={list.search} onChange={list.setSearch} />
        <Select
          aria-label={t('audit.entity')}
          placeholder={t('audit.allEntities')}
          clearable
          data={ENTITY_TYPES.map((v) => ({ value: v, label: label('entityType', v) }))}
          value={list.filters.entityType ?? null}
          onChange={(v) => list.setFilter('entityType', v ?? undefined)}
          w={180}
        />
        <Select
          aria-label={t('audit.action')}
          placeholder={t('audit.allActions')}
          clearable
          data={ACTIONS.map((v) => ({ value: v, label: label('actionName', v) }))}
          value={list.filters.action ?? null}
          onChange={(v) => list.setFilter('action', v ?? undefined)}
          w={200}
        />
        <TextInput
          type="date"
          label={t('audit.from')}
          value={list.filters.from ?? ''}
          onChange={(e) => list.setFilter('from', e.currentTarget.value)}
          w={160}
        />
        <TextInput type="date" label={t('audit.to')} value={list.filters.to ?? ''} onChange={(e) => list.setFilter('to', e.currentTarget.value)} w={160} />
      </Group>
      <DataTable
        label={t('audit.title')}
        columns={columns}
        data={audit.data}
        isLoading={audit.isFetching}
        error={audit.error}
        onRetry={() => audit.refetch()}
        page={list.page}
        onPage={list.setPage}
        sort={list.sort}
        onSort={list.setSort}
        rowKey={(e) => String(e.id)}
        emptyMessage={t('audit.empty')}
      />
    </Stack>
  );
}
