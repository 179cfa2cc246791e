// "Umpan Balik Masyarakat": the citizens' ratings and comments on the region's published innovations. The Admin
// Daerah works the moderation queue (oldest first; approve or reject one, or several chosen at once); OPD roles
// read their own OPD's approved feedback, the leaders the region's. The second tab holds the satisfaction figures
// per OPD and per innovation, and their spreadsheet for monev evidence.
import { Badge, Button, Card, Checkbox, Group, Pagination, Paper, SegmentedControl, Select, Stack, Tabs, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconCheck, IconX } from '@tabler/icons-react';
import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { FeedbackStatus } from '../../../domain/catalogue/feedback';
import { formatDate, formatDateTime, formatNumber } from '../../lib/format';
import { showApiError } from '../../ui/forms';
import { PageHeader } from '../../ui/PageHeader';
import { EmptyState, ErrorState, LoadingState } from '../../ui/states';
import { useListState } from '../../ui/useListState';
import { useRememberedState } from '../../ui/useRememberedState';
import { type FeedbackDecision, type FeedbackItem, useFeedbackList, useModerate } from '../api/feedback';
import { SatisfactionPanel } from './SatisfactionPanel';
import { Stars } from './Stars';

const PAGE_SIZE = 20;

/** `canModerate`: the Admin Daerah (the queue and its decisions); `opdBound`: an OPD role (its own OPD only). */
export function FeedbackPage({ canModerate, opdBound }: { canModerate: boolean; opdBound: boolean }) {
  const { t } = useTranslation();
  const [tab, setTab] = useRememberedState<string>('feedback:tab', 'list');
  return (
    <Stack gap="sm">
      <PageHeader title={t('feedback.title')} description={canModerate ? t('feedback.introModerator') : t('feedback.introReader')} />
      <Tabs value={tab} onChange={(v) => setTab(v ?? 'list')} keepMounted={false}>
        <Tabs.List>
          <Tabs.Tab value="list">{canModerate ? t('feedback.tabQueue') : t('feedback.tabApproved')}</Tabs.Tab>
          <Tabs.Tab value="satisfaction">{t('feedback.tabSatisfaction')}</Tabs.Tab>
        </Tabs.List>
        <Tabs.Panel value="list" pt="md">
          <FeedbackList canModerate={canModerate} opdBound={opdBound} />
        </Tabs.Panel>
        <Tabs.Panel value="satisfaction" pt="md">
          <SatisfactionPanel opdBound={opdBound} />
        </Tabs.Panel>
      </Tabs>
    </Stack>
  );
}

function FeedbackList({ canModerate, opdBound }: { canModerate: boolean; opdBound: boolean }) {
  const { t } = useTranslation();
  const list = useListState(
    'feedback',
    { sort: 'createdAt', dir: 'asc' },
    {
      status: undefined as string | undefined,
      opdId: undefined as string | undefined,
      innovationId: undefined as string | undefined,
      rating: undefined as string | undefined,
    },
  );
  const status = (canModerate ? (list.filters.status ?? 'pending') : 'approved') as FeedbackStatus;
  const data = useFeedbackList({
    page: list.page,
    pageSize: PAGE_SIZE,
    status,
    opdId: list.filters.opdId,
    innovationId: list.filters.innovationId,
    rating: list.filters.rating,
  });
  const moderate = useModerate();
  const [selected, setSelected] = useState<string[]>([]);
  const items = data.data?.items ?? [];
  const itemKey = items.map((i) => i.id).join();
  // What is chosen stays within what the page shows: a new page, filter or decision lets go of the rest.
  useEffect(() => {
    const shown = new Set(itemKey.split(','));
    setSelected((s) => s.filter((id) => shown.has(id)));
  }, [itemKey]);

  const counts = data.data?.counts;
  const options = data.data?.options;
  const innovations = useMemo(
    () => (options?.innovations ?? []).filter((i) => !list.filters.opdId || i.opdId === list.filters.opdId).map((i) => ({ value: i.id, label: i.name })),
    [options, list.filters.opdId],
  );

  const decide = (ids: string[], decision: FeedbackDecision) =>
    moderate.mutate(
      { ids, decision },
      {
        onSuccess: (r) => {
          setSelected([]);
          notifications.show({
            color: decision === 'approved' ? 'green' : 'orange',
            message: decision === 'approved' ? t('feedback.approvedCount', { count: r.changed }) : t('feedback.rejectedCount', { count: r.changed }),
          });
        },
        onError: (e) => showApiError(null, e),
      },
    );

  const allChosen = items.length > 0 && selected.length === items.length;
  const pages = data.data ? Math.max(1, Math.ceil(data.data.total / data.data.pageSize)) : 1;

  return (
    <Stack gap="sm">
      {canModerate && (
        <SegmentedControl
          data-testid="feedback-status"
          aria-label={t('feedback.status')}
          value={status}
          onChange={(v) => list.setFilter('status', v === 'pending' ? undefined : v)}
          data={[
            { value: 'pending', label: `${t('feedback.statusPending')} (${formatNumber(counts?.pending ?? 0)})` },
            { value: 'approved', label: `${t('feedback.statusApproved')} (${formatNumber(counts?.approved ?? 0)})` },
            { value: 'rejected', label: `${t('feedback.statusRejected')} (${formatNumber(counts?.rejected ?? 0)})` },
          ]}
          fullWidth
          style={{ maxWidth: 560 }}
        />
      )}
      <Group gap="sm" align="flex-end" wrap="wrap">
        {!opdBound && (
          <Select
            label={t('feedback.filterOpd')}
            placeholder={t('feedback.allOpds')}
            data={(options?.opds ?? []).map((o) => ({ value: o.id, label: o.name }))}
            value={list.filters.opdId ?? null}
            onChange={(v) => {
              list.setFilter('opdId', v ?? undefined);
              list.setFilter('innovationId', undefined);
            }}
            clearable
            searchable
            w={{ base: '100%', sm: 260 }}
          />
        )}
        <Select
          label={t('feedback.filterInnovation')}
          placeholder={t('feedback.allInnovations')}
          data={innovations}
          value={list.filters.innovationId ?? null}
          onChange={(v) => list.setFilter('innovationId', v ?? undefined)}
          clearable
          searchable
          w={{ base: '100%', sm: 300 }}
        />
        <Select
          label={t('feedback.filterRating')}
          placeholder={t('feedback.allRatings')}
          data={['5', '4', '3', '2', '1'].map((v) => ({ value: v, label: t('feedback.ratingValue', { rating: v }) }))}
          value={list.filters.rating ?? null}
          onChange={(v) => list.setFilter('rating', v ?? undefined)}
          clearable
          w={{ base: '100%', sm: 160 }}
        />
      </Group>

      {data.error && !data.data && <ErrorState error={data.error} onRetry={() => data.refetch()} />}
      {data.isLoading && !data.data && <LoadingState />}
      {data.data && !items.length && (
        <EmptyState
          message={
            list.narrowed && (list.filters.opdId || list.filters.innovationId || list.filters.rating)
              ? t('feedback.emptyFiltered')
              : status === 'pending'
                ? t('feedback.emptyPending')
                : status === 'rejected'
                  ? t('feedback.emptyRejected')
                  : t('feedback.emptyApproved')
          }
        />
      )}

      {canModerate && items.length > 0 && (
        <Paper withBorder p="xs" radius="md">
          <Group justify="space-between" gap="xs">
            <Checkbox
              label={t('feedback.chooseAll')}
              checked={allChosen}
              indeterminate={selected.length > 0 && !allChosen}
              onChange={() => setSelected(allChosen ? [] : items.map((i) => i.id))}
              data-testid="feedback-choose-all"
            />
            <Group gap="xs">
              <Text size="sm" c="dimmed" aria-live="polite">
                {t('feedback.chosen', { count: selected.length })}
              </Text>
              {status !== 'approved' && (
                <Button
                  size="xs"
                  color="green"
                  leftSection={<IconCheck size={14} />}
                  disabled={!selected.length}
                  loading={moderate.isPending}
                  onClick={() => decide(selected, 'approved')}
                  data-testid="feedback-approve-chosen"
                >
                  {t('feedback.approveChosen')}
                </Button>
              )}
              {status !== 'rejected' && (
                <Button
                  size="xs"
                  color="red"
                  variant="light"
                  leftSection={<IconX size={14} />}
                  disabled={!selected.length}
                  loading={moderate.isPending}
                  onClick={() => decide(selected, 'rejected')}
                  data-testid="feedback-reject-chosen"
                >
                  {t('feedback.rejectChosen')}
                </Button>
              )}
            </Group>
          </Group>
        </Paper>
      )}

      <Stack gap="xs" aria-busy={data.isFetching} aria-label={t('feedback.listLabel')} role="list">
        {items.map((item) => (
          <FeedbackCard
            key={item.id}
            item={item}
            canModerate={canModerate}
            chosen={selected.includes(item.id)}
            onChoose={(on) => setSelected((s) => (on ? [...s, item.id] : s.filter((id) => id !== item.id)))}
            onDecide={(decision) => decide([item.id], decision)}
            busy={moderate.isPending}
          />
        ))}
      </Stack>
      {data.data && data.data.total > 0 && (
        <Group justify="space-between" gap="xs">
          <Text size="sm" c="dimmed" aria-live="polite">
            {t('common.showing', {
              from: formatNumber((data.data.page - 1) * data.data.pageSize + 1),
              to: formatNumber((data.data.page - 1) * data.data.pageSize + items.length),
              total: formatNumber(data.data.total),
            })}
          </Text>
          {pages > 1 && <Pagination size="sm" total={pages} value={list.page} onChange={list.setPage} siblings={0} />}
        </Group>
      )}
    </Stack>
  );
}

function FeedbackCard(props: {
  item: FeedbackItem;
  canModerate: boolean;
  chosen: boolean;
  onChoose: (on: boolean) => void;
  onDecide: (decision: FeedbackDecision) => void;
  busy: boolean;
}) {
  const { t } = useTranslation();
  const { item, canModerate } = props;
  return (
    <Card withBorder padding="sm" radius="md" role="listitem" data-testid="feedback-item">
      <Group align="flex-start" wrap="nowrap" gap="sm">
        {canModerate && (
          <Checkbox
            mt={4}
            checked={props.chosen}
            onChange={(e) => props.onChoose(e.currentTarget.checked)}
            aria-label={t('feedback.choose', { innovation: item.innovationName, date: formatDate(item.createdAt) })}
          />
        )}
        <Stack gap={4} style={{ flex: 1, minWidth: 0 }}>
          <Group justify="space-between" gap="xs" wrap="wrap">
            <Stars rating={item.rating} />
            <Text size="xs" c="dimmed">
              {formatDateTime(item.createdAt)}
            </Text>
          </Group>
          <Text size="sm" fw={600} style={{ overflowWrap: 'anywhere' }}>
            {item.innovationName}
          </Text>
          <Text size="xs" c="dimmed">
            {item.opdName}
          </Text>
          {item.comment ? (
            <Text size="sm" style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>
              {item.comment}
            </Text>
          ) : (
            <Text size="sm" c="dimmed" fs="italic">
              {t('feedback.noComment')}
            </Text>
          )}
          <Group gap="xs">
            {item.hidPersonalData && (
              <Badge size="sm" variant="light" color="grape">
                {t('feedback.personalDataHidden')}
              </Badge>
            )}
            {canModerate && item.status !== 'pending' && item.moderatedAt && (
              <Text size="xs" c="dimmed">
                {item.status === 'approved'
                  ? t('feedback.approvedBy', { name: item.moderatedByName ?? '—', date: formatDateTime(item.moderatedAt) })
                  : t('feedback.rejectedBy', { name: item.moderatedByName ?? '—', date: formatDateTime(item.moderatedAt) })}
              </Text>
            )}
          </Group>
          {canModerate && (
            <Group gap="xs" mt={4}>
              {item.status !== 'approved' && (
                <Button size="xs" color="green" leftSection={<IconCheck size={14} />} disabled={props.busy} onClick={() => props.onDecide('approved')}>
                  {t('feedback.approve')}
                </Button>
              )}
              {item.status !== 'rejected' && (
                <Button
                  size="xs"
                  color="red"
                  variant="light"
                  leftSection={<IconX size={14} />}
                  disabled={props.busy}
                  onClick={() => props.onDecide('rejected')}
                >
                  {t('feedback.reject')}
                </Button>
              )}
            </Group>
          )}
        </Stack>
      </Group>
    </Card>
  );
}
