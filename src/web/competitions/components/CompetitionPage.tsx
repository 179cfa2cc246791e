// One competition: its status and the admin's next step, then tabs — entries (and the region's review), rules,
// judging per stage, rankings, and the published results.
import { Alert, Badge, Button, Group, Stack, Tabs, Text } from '@mantine/core';
import { modals } from '@mantine/modals';
import { useTranslation } from 'react-i18next';
import type { CompetitionStatus } from '../../../domain/competitions/status';
import { formatDate } from '../../lib/format';
import { notifySaved, showApiError } from '../../ui/forms';
import { PageHeader } from '../../ui/PageHeader';
import { ErrorState, LoadingState } from '../../ui/states';
import { useRememberedState } from '../../ui/useRememberedState';
import { type CompetitionDetail, useAdvance, useCompetition, useCompetitionStatus, useStageJudging } from '../api/competitions';
import { EntriesPanel } from './EntriesPanel';
import { JudgingPanel } from './JudgingPanel';
import { COMPETITION_STATUS_COLOR, localName } from './labels';
import { RankingPanel } from './RankingPanel';
import { ResultsTable } from './ResultsTable';
import { RulesPanel } from './RulesPanel';

export function CompetitionPage({ competitionId, canManage, canEnter }: { competitionId: string; canManage: boolean; canEnter: boolean }) {
  const { t } = useTranslation();
  const c = useCompetition(competitionId);
  const [tab, setTab] = useRememberedState<string>(`competition-tab.${competitionId}`, 'entries');
  if (c.isLoading) return <LoadingState />;
  if (c.error || !c.data) return <ErrorState error={c.error} onRetry={() => c.refetch()} />;
  const comp = c.data;
  const stage = comp.rules.stages[Math.min(comp.currentStage, comp.rules.stages.length - 1)];
  return (
    <Stack>
      <PageHeader
        title={comp.name}
        description={`${t(`competitions.programme.${comp.programme}`)} · ${comp.year}${comp.registrationCloses ? ` · ${t('competitions.closesOn', { date: formatDate(comp.registrationCloses) })}` : ''}`}
        actions={
          <Badge size="lg" color={COMPETITION_STATUS_COLOR[comp.status]} variant="light" data-testid="competition-status">
            {t(`competitions.status.${comp.status}`)}
          </Badge>
        }
      />
      {canManage && <NextStep comp={comp} />}
      {!canManage && comp.status === 'judging' && <Alert variant="light">{t('competitions.judgingNow', { stage: localName(stage) })}</Alert>}
      <Tabs value={tab} onChange={(v) => setTab(v ?? 'entries')} keepMounted={false}>
        <Tabs.List>
          <Tabs.Tab value="entries">{t('competitions.tabs.entries')}</Tabs.Tab>
          <Tabs.Tab value="rules">{t('competitions.tabs.rules')}</Tabs.Tab>
          {canManage && <Tabs.Tab value="judging">{t('competitions.tabs.judging')}</Tabs.Tab>}
          {canManage && <Tabs.Tab value="ranking">{t('competitions.tabs.ranking')}</Tabs.Tab>}
          {comp.results && <Tabs.Tab value="results">{t('competitions.tabs.results')}</Tabs.Tab>}
        </Tabs.List>
        <Tabs.Panel value="entries" pt="md">
          <EntriesPanel comp={comp} canManage={canManage} canEnter={canEnter} />
        </Tabs.Panel>
        {/* Kept mounted: rules typed but not saved yet survive a look at another tab. */}
        <Tabs.Panel value="rules" pt="md" keepMounted>
          <RulesPanel comp={comp} canEdit={canManage && (comp.status === 'draft' || comp.status === 'open')} />
        </Tabs.Panel>
        {canManage && (
          <Tabs.Panel value="judging" pt="md">
            <JudgingPanel comp={comp} />
          </Tabs.Panel>
        )}
        {canManage && (
          <Tabs.Panel value="ranking" pt="md">
            <RankingPanel comp={comp} />
          </Tabs.Panel>
        )}
        {comp.results && (
          <Tabs.Panel value="results" pt="md">
            <ResultsTable rows={comp.results} groups={comp.rules.groups} />
          </Tabs.Panel>
        )}
      </Tabs>
    </Stack>
  );
}

/** What the admin does next, as one sentence and its buttons; irreversible steps ask first. */
function NextStep({ comp }: { comp: CompetitionDetail }) {
  const { t } = useTranslation();
  const status = useCompetitionStatus(comp.id);
  const advance = useAdvance(comp.id);
  const last = comp.rules.stages.length - 1;
  const stage = comp.rules.stages[Math.min(comp.currentStage, last)];
  // Closing a stage or locking while judges are still scoring is allowed, but said plainly before it is done.
  const progress = useStageJudging(comp.id, comp.status === 'judging' && stage.kind === 'scored' ? stage.id : undefined);
  const unscored = (progress.data?.judges ?? []).reduce((a, j) => a + j.assigned - j.completed, 0);
  const warning = unscored ? ` ${t('competitions.unscoredWarning', { count: unscored })}` : '';
  const move = (to: CompetitionStatus, confirmText?: string) => {
    const run = () =>
      status.mutate(
        { status: to, version: comp.version },
        { onSuccess: () => notifySaved(t(`competitions.moved.${to}`)), onError: (e) => showApiError(null, e) },
      );
    if (!confirmText) return run();
    modals.openConfirmModal({
      title: t(`competitions.action.${to}`),
      children: <Text size="sm">{confirmText}</Text>,
      labels: { confirm: t('common.confirm'), cancel: t('common.cancel') },
      onConfirm: run,
    });
  };
  const closeStage = () =>
    modals.openConfirmModal({
      title: t('competitions.action.advance'),
      children: (
        <Text size="sm">
          {t('competitions.advanceConfirm', { stage: localName(stage), next: localName(comp.rules.stages[comp.currentStage + 1] ?? stage) }) + warning}
        </Text>
      ),
      labels: { confirm: t('common.confirm'), cancel: t('common.cancel') },
      onConfirm: () =>
        advance.mutate({ version: comp.version }, { onSuccess: () => notifySaved(t('competitions.advanced')), onError: (e) => showApiError(null, e) }),
    });
  const busy = status.isPending || advance.isPending;
  const button = (label: string, onClick: () => void, variant: 'filled' | 'default' = 'filled') => (
    <Button size="sm" variant={variant} onClick={onClick} loading={busy}>
      {label}
    </Button>
  );
  const text = {
    draft: t('competitions.next.draft'),
    open: t('competitions.next.open', { proposed: comp.entries.proposed, accepted: comp.entries.accepted }),
    judging:
      comp.currentStage < last
        ? t('competitions.next.judging', { stage: localName(stage) })
        : stage.kind === 'review'
          ? t('competitions.next.reviewLast', { stage: localName(stage) })
          : t('competitions.next.judgingLast', { stage: localName(stage) }),
    locked: t('competitions.next.locked'),
    published: t('competitions.next.published', { date: formatDate(comp.publishedAt) }),
  }[comp.status];
  return (
    <Alert variant="light" color={COMPETITION_STATUS_COLOR[comp.status]}>
      <Stack gap="xs">
        <Text size="sm">{text}</Text>
        <Group gap="xs">
          {comp.status === 'draft' && button(t('competitions.action.open'), () => move('open'))}
          {comp.status === 'open' && button(t('competitions.action.judging'), () => move('judging', t('competitions.judgingConfirm')))}
          {comp.status === 'open' && button(t('competitions.action.draft'), () => move('draft'), 'default')}
          {comp.status === 'judging' && comp.currentStage < last && button(t('competitions.action.advance'), closeStage)}
          {comp.status === 'judging' &&
            comp.currentStage === last &&
            button(t('competitions.action.locked'), () => move('locked', t('competitions.lockConfirm') + warning))}
          {comp.status === 'judging' && comp.currentStage === 0 && button(t('competitions.action.reopen'), () => move('open'), 'default')}
          {comp.status === 'locked' && button(t('competitions.action.published'), () => move('published', t('competitions.publishConfirm')))}
          {comp.status === 'locked' && button(t('competitions.action.unlock'), () => move('judging'), 'default')}
        </Group>
      </Stack>
    </Alert>
  );
}
