// The verifier's queue: waiting items first, filters by OPD, indicator and status, counts per status and
// per verifier, and a review panel. Keyboard: J/↓ next, K/↑ previous, A accept, R write a return note.
import { Badge, Card, Grid, Group, Pagination, SegmentedControl, Select, Stack, Switch, Table, Text, UnstyledButton } from '@mantine/core';
import { useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatNumber } from '../../lib/format';
import { ReviewBadge } from '../../ui/evidence/ReviewBadge';
import { notifySaved, showApiError } from '../../ui/forms';
import { PageHeader } from '../../ui/PageHeader';
import { EmptyState, ErrorState, LoadingState } from '../../ui/states';
import { type QueueFilters, type QueueItem, useDecide, useFramework, usePeriodList, useQueue, useQueueSummary } from '../api/verification';
import { ReviewPanel } from './ReviewPanel';
import { VerifierTable } from './VerifierTable';

const keyOf = (i: QueueItem) => `${i.entryId ?? i.periodId}:${i.code}`;

/** Keys typed into a field are the user's text, not shortcuts. */
const typing = (e: KeyboardEvent) => {
  const el = e.target as HTMLElement | null;
  return Boolean(el && (el.tagName === 'INPUT' || el.tagName === 'TEXTAREA' || el.tagName === 'SELECT' || el.isContentEditable));
};

/** Filters the page may open with, from the address (e.g. a link on the verifier's home page). */
export interface InitialQueueFilters {
  periodId?: string;
  opdId?: string;
  status?: string;
  scope?: 'sid' | 'spd';
}

export function VerificationPage({
  canDecide,
  canAssign,
  userId,
  initial = {},
}: {
  canDecide: boolean;
  canAssign: boolean;
  userId: string;
  initial?: InitialQueueFilters;
}) {
  const { t } = useTranslation();
  const periods = usePeriodList();
  const [periodId, setPeriodId] = useState<string | null>(initial.periodId ?? null);
  const [filters, setFilters] = useState<Omit<QueueFilters, 'periodId'>>({
    scope: initial.scope ?? 'sid',
    opdId: initial.scope === 'spd' ? undefined : initial.opdId,
    status: initial.status,
    page: 1,
  });
  const [selectedKey, setSelectedKey] = useState<string | null>(null);
  const noteRef = useRef<HTMLTextAreaElement>(null);
  const panelRef = useRef<HTMLDivElement>(null);
  // On a phone the panel sits under the list: bring it into view when an item is chosen.
  useEffect(() => {
    if (selectedKey && window.innerWidth < 992) panelRef.current?.scrollIntoView({ behavior: 'smooth', block: 'start' });
  }, [selectedKey]);

  const currentPeriod = periodId ?? periods.data?.find((p) => p.status === 'open')?.id ?? periods.data?.[0]?.id ?? null;
  const queue = useQueue(currentPeriod ? { periodId: currentPeriod, ...filters } : null);
  const summary = useQueueSummary(currentPeriod);
  const framework = useFramework(currentPeriod);
  const decide = useDecide();
  const items = queue.data?.items ?? [];
  const selectedIndex = items.findIndex((i) => keyOf(i) === selectedKey);
  const selected = selectedIndex >= 0 ? items[selectedIndex] : null;
  const indicators = useMemo(
    () => (framework.data?.indicators ?? []).filter((i) => i.aspect === (filters.scope === 'sid' ? 'SID' : 'SPD')),
    [framework.data, filters.scope],
  );

  const move = (delta: number) => {
    if (!items.length) return;
    const next = selectedIndex < 0 ? 0 : Math.min(items.length - 1, Math.max(0, selectedIndex + delta));
    setSelectedKey(keyOf(items[next]));
  };

  const submit = (decision: 'accept' | 'return', note: string) => {
    if (!selected) return;
    const target = selected.entryId ? { entryId: selected.entryId } : { periodId: selected.periodId };
    decide.mutate(
      { ...target, code: selected.code, decision, note: note.trim() || undefined },
      {
        onSuccess: () => {
          notifySaved(t('verification.decided'));
          // On to the next item, so a verifier can work down the queue without the mouse.
          const next = items[selectedIndex + 1];
          if (next) setSelectedKey(keyOf(next));
        },
        onError: (e) => showApiError(null, e),
      },
    );
  };

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (typing(e) || e.ctrlKey || e.metaKey || e.altKey) return;
      const k = e.key.toLowerCase();
      if (k === 'j' || e.key === 'ArrowDown') {
        e.preventDefault();
        move(1);
      } else if (k === 'k' || e.key === 'ArrowUp') {
        e.preventDefault();
        move(-1);
      } else if (k === 'a' && canDecide && selected && selected.evidenceCount > 0 && !decide.isPending) {
        e.preventDefault();
        submit('accept', noteRef.current?.value ?? '');
      } else if (k === 'r' && canDecide && selected) {
        e.preventDefault();
        noteRef.current?.focus();
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  });

  const setFilter = (patch: Partial<typeof filters>) => {
    setFilters((f) => ({ ...f, page: 1, ...patch }));
    setSelectedKey(null);
  };

  if (periods.isLoading) return <LoadingState />;
  if (periods.error) return <ErrorState error={periods.error} onRetry={() => periods.refetch()} />;
  if (!periods.data?.length) return <EmptyState message={t('verification.noPeriod')} />;
  const counts = summary.data?.counts;
  const myAssignment = summary.data?.byVerifier.find((v) => v.userId === userId);

  return (
    <Stack>
      <PageHeader
        title={t('verification.title')}
        description={t('verification.intro')}
        actions={
          <Select
            aria-label={t('nav.periods')}
            w={160}
            value={currentPeriod}
            allowDeselect={false}
            onChange={(v) => {
              setPeriodId(v);
              setSelectedKey(null);
            }}
            data={periods.data.map((p) => ({ value: p.id, label: String(p.year) }))}
          />
        }
      />
      {counts && (
        <Group gap="xs" data-testid="review-counts">
          <Badge variant="light" color="gray" size="lg">
            {t('evidence.review.menunggu')}: {formatNumber(counts.menunggu)}
          </Badge>
          <Badge variant="light" color="teal" size="lg">
            {t('evidence.review.diterima')}: {formatNumber(counts.diterima)}
          </Badge>
          <Badge variant="light" color="orange" size="lg">
            {t('evidence.review.dikembalikan')}: {formatNumber(counts.dikembalikan)}
          </Badge>
        </Group>
      )}
      <Group gap="sm" align="flex-end">
        <SegmentedControl
          value={filters.scope}
          onChange={(v) => setFilter({ scope: v as 'sid' | 'spd', opdId: undefined, code: undefined })}
          data={[
            { value: 'sid', label: t('verification.scopeSid') },
            { value: 'spd', label: t('verification.scopeSpd') },
          ]}
        />
        {filters.scope === 'sid' && (
          <Select
            aria-label={t('verification.allOpds')}
            placeholder={t('verification.allOpds')}
            clearable
            searchable
            w={260}
            value={filters.opdId ?? null}
            onChange={(v) => setFilter({ opdId: v ?? undefined })}
            data={(summary.data?.pendingByOpd ?? []).map((o) => ({ value: o.opdId, label: `${o.opdName} (${o.pending})` }))}
          />
        )}
        <Select
          aria-label={t('verification.allIndicators')}
          placeholder={t('verification.allIndicators')}
          clearable
          searchable
          w={260}
          value={filters.code ?? null}
          onChange={(v) => setFilter({ code: v ?? undefined })}
          data={indicators.map((i) => ({ value: i.code, label: `${i.code}. ${i.name}` }))}
        />
        <Select
          aria-label={t('verification.allStatuses')}
          placeholder={t('verification.allStatuses')}
          clearable
          w={200}
          value={filters.status ?? null}
          onChange={(v) => setFilter({ status: v ?? undefined })}
          data={['menunggu', 'diterima', 'dikembalikan'].map((s) => ({ value: s, label: t(`evidence.review.${s}`) }))}
        />
        {filters.scope === 'sid' && (myAssignment?.opdIds.length ?? 0) > 0 && (
          <Switch
            label={t('verification.mine')}
            checked={filters.mine === 'true'}
            onChange={(e) => setFilter({ mine: e.currentTarget.checked ? 'true' : undefined })}
          />
        )}
      </Group>
      <Grid>
        <Grid.Col span={{ base: 12, md: 7 }}>
          <Card withBorder p={0}>
            {queue.isLoading && <LoadingState />}
            {queue.error && <ErrorState error={queue.error} onRetry={() => queue.refetch()} />}
            {queue.data && !items.length && <EmptyState message={t('verification.empty')} />}
            {items.length > 0 && (
              <Table.ScrollContainer minWidth={520}>
                <Table highlightOnHover verticalSpacing="xs" data-testid="queue">
                  <Table.Thead>
                    <Table.Tr>
                      <Table.Th>{filters.scope === 'sid' ? t('verification.innovation') : t('evidence.owner')}</Table.Th>
                      <Table.Th>{t('verification.indicator')}</Table.Th>
                      <Table.Th>{t('verification.value')}</Table.Th>
                      <Table.Th>{t('verification.evidenceCount')}</Table.Th>
                      <Table.Th>{t('common.status')}</Table.Th>
                    </Table.Tr>
                  </Table.Thead>
                  <Table.Tbody>
                    {items.map((i) => {
                      const active = keyOf(i) === selectedKey;
                      return (
                        <Table.Tr key={keyOf(i)} bg={active ? 'var(--mantine-color-blue-light)' : undefined} aria-selected={active}>
                          <Table.Td>
                            <UnstyledButton onClick={() => setSelectedKey(keyOf(i))} data-testid="queue-item" style={{ textAlign: 'left' }}>
                              <Text size="sm" fw={500}>
                                {i.entryName ?? t('evidence.regionLevel')}
                              </Text>
                              {i.opdName && (
                                <Text size="xs" c="dimmed">
                                  {i.opdName}
                                </Text>
                              )}
                            </UnstyledButton>
                          </Table.Td>
                          <Table.Td>
                            <Text size="sm">
                              {i.code}. {i.indicatorName}
                            </Text>
                          </Table.Td>
                          <Table.Td>{i.value}</Table.Td>
                          <Table.Td>{formatNumber(i.evidenceCount)}</Table.Td>
                          <Table.Td>
                            <ReviewBadge status={i.reviewStatus} />
                          </Table.Td>
                        </Table.Tr>
                      );
                    })}
                  </Table.Tbody>
                </Table>
              </Table.ScrollContainer>
            )}
            {queue.data && queue.data.total > queue.data.pageSize && (
              <Group justify="center" p="sm">
                <Pagination
                  value={filters.page}
                  onChange={(page) => setFilters((f) => ({ ...f, page }))}
                  total={Math.ceil(queue.data.total / queue.data.pageSize)}
                />
              </Group>
            )}
          </Card>
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 5 }} ref={panelRef}>
          {selected ? (
            <ReviewPanel
              key={keyOf(selected)}
              ref={noteRef}
              item={selected}
              indicator={indicators.find((i) => i.code === selected.code)}
              canDecide={canDecide}
              busy={decide.isPending}
              onDecide={submit}
            />
          ) : (
            <Card withBorder>
              <Text size="sm" c="dimmed">
                {t('verification.choose')}
              </Text>
            </Card>
          )}
          {summary.data && summary.data.byVerifier.length > 0 && <VerifierTable verifiers={summary.data.byVerifier} canAssign={canAssign} />}
        </Grid.Col>
      </Grid>
    </Stack>
  );
}
