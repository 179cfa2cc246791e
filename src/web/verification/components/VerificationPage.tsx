// The verifier's queue: waiting items first, search by innovation name, filters by OPD, indicator and status,
// counts per status and per verifier, and a review panel that stays in view beside the list (on phones, right
// under the chosen item). Keyboard: J/↓ next, K/↑ previous, A accept, R write a return note.

import { Badge, Box, Card, Grid, Group, Pagination, SegmentedControl, Select, Stack, Switch, Text, TextInput } from '@mantine/core';
import { useDebouncedValue, useMediaQuery } from '@mantine/hooks';
import { IconSearch } from '@tabler/icons-react';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CurrentItem } from '../../../contract/common';
import { REVIEW_STATUSES, type ReviewStatus } from '../../../domain/evidence/review';
import { ApiError, currentItemOf } from '../../lib/api';
import { formatNumber } from '../../lib/format';
import { notifySaved, showApiError } from '../../ui/forms';
import { indicatorName, indicatorNamer } from '../../ui/indicatorName';
import { PageHeader } from '../../ui/PageHeader';
import { EmptyState, ErrorState, LoadingState, NoPeriodState } from '../../ui/states';
import { useRememberedState } from '../../ui/useRememberedState';
import { type QueueFilters, type QueueItem, useDecide, useFramework, usePeriodList, useQueue, useQueueSummary } from '../api/verification';
import { keyOf, QueueList } from './QueueList';
import { ReviewPanel } from './ReviewPanel';
import { VerifierTable } from './VerifierTable';

/** Below the header (56 px) with a margin: where the decision panel sticks on wide screens. */
const STICKY_TOP = 72;

/** Keys typed into a field are the user's text, not shortcuts. */
const typing = (e: KeyboardEvent) => {
  const el = e.target as HTMLElement | null;
  return Boolean(el && (el.tagName === 'INPUT' || el.tagName === 'TEXTAREA' || el.tagName === 'SELECT' || el.isContentEditable));
};

/** Filters the page may open with, from the address (e.g. a link on the verifier's home page). */
export interface InitialQueueFilters {
  periodId?: string;
  opdId?: string;
  status?: ReviewStatus;
  scope?: 'sid' | 'spd';
}

export function VerificationPage({
  canDecide,
  canAssign,
  canOpenPeriod = false,
  userId,
  initial = {},
}: {
  canDecide: boolean;
  canAssign: boolean;
  canOpenPeriod?: boolean;
  userId: string;
  initial?: InitialQueueFilters;
}) {
  const { t, i18n } = useTranslation();
  const periods = usePeriodList();
  // Kept with the history entry: Back from an innovation returns to the queue as it was left.
  const [periodId, setPeriodId] = useRememberedState<string | null>('queue:period', initial.periodId ?? null);
  const [filters, setFilters] = useRememberedState<Omit<QueueFilters, 'periodId'>>('queue:filters', {
    scope: initial.scope ?? 'sid',
    opdId: initial.scope === 'spd' ? undefined : initial.opdId,
    status: initial.status,
    page: 1,
  });
  const [selectedKey, setSelectedKey] = useState<string | null>(null);
  // A decision refused because the item changed since the verifier opened it: what they saw, and the item now.
  const [changed, setChanged] = useState<{ key: string; seen: QueueItem; current: CurrentItem } | null>(null);
  const noteRef = useRef<HTMLTextAreaElement>(null);
  // Wide screens (Mantine md and up): the list beside a sticky panel; phones: cards, the panel under the item.
  const wide = useMediaQuery('(min-width: 62em)', true, { getInitialValueInEffect: false });
  const [search, setSearch] = useRememberedState('queue:search', '');
  const [q] = useDebouncedValue(search.trim(), 300);
  // A new search starts at page 1. The chosen item stays chosen: a click made while the search is still
  // settling must not lose the panel (and a note being typed); an item the search hides is simply not shown.
  useEffect(() => {
    setFilters((f) => (f.q === (q || undefined) ? f : { ...f, q: q || undefined, page: 1 }));
  }, [q]);

  // Keep the chosen item in view (J/K, or the next item after a decision); on phones its panel opens under it.
  const keepChosenInView = useCallback(() => {
    const row = document.querySelector('[data-testid="queue-row"][aria-selected="true"]');
    // On a phone the panel opens under the card: its decision buttons are what must come into view.
    const target = wide ? row : (row?.querySelector('[data-testid="accept"]') ?? row);
    target?.scrollIntoView({ block: 'nearest', behavior: 'smooth' });
  }, [wide]);
  useEffect(() => {
    if (selectedKey) keepChosenInView();
  }, [selectedKey, keepChosenInView]);

  const currentPeriod = periodId ?? periods.data?.find((p) => p.status === 'open')?.id ?? periods.data?.[0]?.id ?? null;
  const queue = useQueue(currentPeriod ? { periodId: currentPeriod, ...filters } : null);
  const summary = useQueueSummary(currentPeriod);
  const framework = useFramework(currentPeriod);
  const decide = useDecide();
  const items = queue.data?.items ?? [];
  const selectedIndex = items.findIndex((i) => keyOf(i) === selectedKey);
  const listed = selectedIndex >= 0 ? items[selectedIndex] : null;
  const changedHere = changed && changed.key === selectedKey ? changed : null;
  // The refused item may have left this page (a change moves it to the end of the queue): it stays chosen and
  // shown, from what the verifier saw and the server's answer, so the verifier is told what changed.
  const base = listed ?? changedHere?.seen ?? null;
  // After a refusal the panel shows the item as the server answered until the queue, read again, is as new.
  const selected =
    base && changedHere && changedHere.current.version > base.version
      ? {
          ...base,
          value: changedHere.current.value,
          version: changedHere.current.version,
          reviewStatus: changedHere.current.reviewStatus,
          evidenceCount: changedHere.current.evidenceCount,
        }
      : base;
  const offPage = Boolean(selected && !listed);
  const indicators = useMemo(
    () => (framework.data?.indicators ?? []).filter((i) => i.aspect === (filters.scope === 'sid' ? 'SID' : 'SPD')),
    [framework.data, filters.scope],
  );

  // Names as the innovation page shows them (English when the framework has it); the row's own name otherwise.
  const namer = indicatorNamer(framework.data?.indicators, i18n.language);
  const nameOf = (item: QueueItem) => namer(item.code, item.indicatorName);

  const move = (delta: number) => {
    if (!items.length) return;
    setChanged(null);
    const next = selectedIndex < 0 ? 0 : Math.min(items.length - 1, Math.max(0, selectedIndex + delta));
    setSelectedKey(keyOf(items[next]));
  };

  /**
   * Resolves when saved; a refusal about the note is handed back to the panel to show on the field. The decision
   * is made on the version the verifier sees; when the item changed since, nothing is recorded and the panel shows
   * the new answer and asks for a decision again.
   */
  const submit = async (decision: 'accept' | 'return', note: string) => {
    if (!selected) return;
    const target = selected.entryId ? { entryId: selected.entryId } : { periodId: selected.periodId };
    try {
      await decide.mutateAsync({ ...target, code: selected.code, decision, note: note.trim() || undefined, version: selected.version });
    } catch (e) {
      if (e instanceof ApiError && e.fields.note) throw e;
      const current = e instanceof ApiError && e.code === 'review_stale_version' ? currentItemOf(e) : undefined;
      if (current) {
        setChanged({ key: keyOf(selected), seen: changedHere?.seen ?? selected, current });
        return;
      }
      showApiError(null, e);
      return;
    }
    setChanged(null);
    notifySaved(t('verification.decided'));
    // On to the next item, so a verifier can work down the queue without the mouse.
    const next = items[selectedIndex + 1];
    if (next) setSelectedKey(keyOf(next));
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
        void submit('accept', noteRef.current?.value ?? '');
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
    setChanged(null);
  };

  if (periods.isLoading) return <LoadingState />;
  if (periods.error) return <ErrorState error={periods.error} onRetry={() => periods.refetch()} />;
  if (!periods.data?.length)
    return (
      <Stack>
        <PageHeader title={t('verification.title')} />
        <NoPeriodState canOpen={canOpenPeriod} what="verification" />
      </Stack>
    );
  const counts = summary.data?.counts;
  const myAssignment = summary.data?.byVerifier.find((v) => v.userId === userId);

  const panel = selected ? (
    <ReviewPanel
      key={keyOf(selected)}
      ref={noteRef}
      item={selected}
      name={nameOf(selected)}
      indicator={indicators.find((i) => i.code === selected.code)}
      canDecide={canDecide}
      busy={decide.isPending}
      onDecide={submit}
      changed={changedHere ? { seen: changedHere.seen, current: changedHere.current } : null}
      // The evidence (with its pre-check and suggestion) arrives after the panel opened and pushes the buttons down.
      onEvidenceShown={keepChosenInView}
    />
  ) : null;
  const list = (
    <Card withBorder p={0}>
      {queue.isLoading && <LoadingState />}
      {queue.error && <ErrorState error={queue.error} onRetry={() => queue.refetch()} />}
      {/* Phones show the panel under its row; a refused item no longer on this page gets it above the list. */}
      {!wide && offPage && panel && <Box p="xs">{panel}</Box>}
      {queue.data && !items.length && <EmptyState message={t('verification.empty')} />}
      {items.length > 0 && (
        <QueueList
          items={items}
          scope={filters.scope}
          nameOf={nameOf}
          selectedKey={selectedKey}
          onSelect={(key) => {
            setSelectedKey(key);
            if (key !== changed?.key) setChanged(null);
          }}
          compact={!wide}
          panel={wide ? null : panel}
        />
      )}
      {queue.data && queue.data.total > queue.data.pageSize && (
        <Group justify="center" p="sm">
          <Pagination
            value={filters.page}
            onChange={(page) => setFilters((f) => ({ ...f, page }))}
            total={Math.ceil(queue.data.total / queue.data.pageSize)}
            size={wide ? 'md' : 'sm'}
          />
        </Group>
      )}
    </Card>
  );
  const queueView = !wide ? (
    list
  ) : (
    <Grid>
      <Grid.Col span={7}>{list}</Grid.Col>
      <Grid.Col span={5}>
        {/* Sticky: stays beside the chosen row however far down the list it is. */}
        <Box data-testid="decision-column" style={{ position: 'sticky', top: STICKY_TOP, maxHeight: `calc(100vh - ${STICKY_TOP + 16}px)`, overflowY: 'auto' }}>
          {panel ?? (
            <Card withBorder>
              <Text size="sm" c="dimmed">
                {t('verification.choose')}
              </Text>
            </Card>
          )}
        </Box>
      </Grid.Col>
    </Grid>
  );

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
        {filters.scope === 'sid' && (
          <TextInput
            type="search"
            aria-label={t('verification.find.label')}
            placeholder={t('verification.find.placeholder')}
            leftSection={<IconSearch size={16} />}
            w={{ base: '100%', sm: 260 }}
            value={search}
            onChange={(e) => setSearch(e.currentTarget.value)}
            data-testid="queue-search"
          />
        )}
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
            w={{ base: '100%', sm: 260 }}
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
          w={{ base: '100%', sm: 260 }}
          value={filters.code ?? null}
          onChange={(v) => setFilter({ code: v ?? undefined })}
          data={indicators.map((i) => ({ value: i.code, label: `${i.code}. ${indicatorName(i, i18n.language)}` }))}
        />
        <Select
          aria-label={t('verification.allStatuses')}
          placeholder={t('verification.allStatuses')}
          clearable
          w={{ base: '100%', sm: 200 }}
          value={filters.status ?? null}
          onChange={(v) => setFilter({ status: REVIEW_STATUSES.find((s) => s === v) })}
          data={REVIEW_STATUSES.map((s) => ({ value: s, label: t(`evidence.review.${s}`) }))}
        />
        {filters.scope === 'sid' && (myAssignment?.opdIds.length ?? 0) > 0 && (
          <Switch
            label={t('verification.mine')}
            checked={filters.mine === 'true'}
            onChange={(e) => setFilter({ mine: e.currentTarget.checked ? 'true' : undefined })}
          />
        )}
      </Group>
      {queueView}
      {summary.data && summary.data.byVerifier.length > 0 && <VerifierTable verifiers={summary.data.byVerifier} canAssign={canAssign} />}
    </Stack>
  );
}
