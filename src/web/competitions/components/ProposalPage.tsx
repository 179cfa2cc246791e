// An entry's proposal: each section starts from the innovation's profile and is saved as it is typed, with a
// live word counter against the section's limit; the evidence the section cites is attached from the profile.
// The OPD proposes it to the region; the admin accepts it (then it counts as submitted) or returns it with a note.
import { Alert, Anchor, Badge, Button, Card, Group, List, Select, Stack, Text, Title } from '@mantine/core';
import { modals } from '@mantine/modals';
import { IconFile, IconFileTypePdf, IconLink } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { sectionCounts } from '../../../domain/competitions/entry-rules';
import { entryEditable, FINAL_STAGE } from '../../../domain/competitions/status';
import { translate } from '../../../domain/messages';
import { ApiError } from '../../lib/api';
import { formatNumber } from '../../lib/format';
import { notifySaved, showApiError } from '../../ui/forms';
import { AnchorLink } from '../../ui/links';
import { PageHeader } from '../../ui/PageHeader';
import { RichTextField } from '../../ui/RichTextField';
import { ErrorState, LoadingState } from '../../ui/states';
import { type EntryDetail, useCompetition, useCompetitionEntry, useEntryAction } from '../api/competitions';
import { ReviewButtons } from './EntriesPanel';
import { ENTRY_STATUS_COLOR, formatScore, localDescription, localName } from './labels';
import { type ProposalSaveState, useProposalAutosave } from './useProposalAutosave';

export function ProposalPage({ entryId, canEnter, canManage }: { entryId: string; canEnter: boolean; canManage: boolean }) {
  const entry = useCompetitionEntry(entryId);
  if (entry.isLoading) return <LoadingState />;
  if (entry.error || !entry.data) return <ErrorState error={entry.error} onRetry={() => entry.refetch()} />;
  const editable = canEnter && entryEditable(entry.data.competitionStatus, entry.data.status);
  return <Editor key={`${entry.data.id}.${entry.data.status}`} entry={entry.data} editable={editable} canEnter={canEnter} canManage={canManage} />;
}

function Editor({ entry, editable, canEnter, canManage }: { entry: EntryDetail; editable: boolean; canEnter: boolean; canManage: boolean }) {
  const { t, i18n } = useTranslation();
  const sections = entry.rules.sections;
  const save = useProposalAutosave(entry, sections, editable);
  const action = useEntryAction(entry.id);
  const competition = useCompetition(entry.competitionId);
  const counts = sectionCounts(sections, save.values);
  const lang = i18n.language === 'en' ? 'en' : 'id';
  const final = entry.results.find((r) => r.stageId === FINAL_STAGE);

  const propose = async () => {
    const { version, held } = await save.settle();
    if (held.length) {
      showApiError(null, new Error(t('competitions.proposal.overLimitFirst')));
      return;
    }
    action.mutate(
      { action: 'propose', version },
      {
        onSuccess: () => notifySaved(t('competitions.proposal.proposed')),
        onError: (e) => {
          if (e instanceof ApiError && Object.keys(e.fields).length)
            modals.open({
              title: t('competitions.proposal.notYet'),
              children: (
                <List size="sm" spacing={4}>
                  {Object.entries(e.fields).map(([k, m]) => (
                    <List.Item key={k}>
                      <b>{fieldLabel(k)}</b>: {m}
                    </List.Item>
                  ))}
                </List>
              ),
            });
          else showApiError(null, e);
        },
      },
    );
  };
  const fieldLabel = (k: string) => {
    if (k === 'innovationId') return t('competitions.entries.innovation');
    const s = sections.find((x) => `proposal.${x.id}` === k);
    return s ? localName(s) : k;
  };
  const withdraw = () =>
    modals.openConfirmModal({
      title: t('competitions.proposal.withdraw'),
      children: <Text size="sm">{t('competitions.proposal.withdrawConfirm')}</Text>,
      labels: { confirm: t('competitions.proposal.withdraw'), cancel: t('common.cancel') },
      confirmProps: { color: 'red' },
      onConfirm: () => action.mutate({ action: 'withdraw', version: entry.version }, { onError: (e) => showApiError(null, e) }),
    });

  return (
    <Stack>
      <PageHeader
        title={entry.innovationName}
        description={`${entry.opdName} · ${entry.competitionName}`}
        actions={
          <Group gap="xs">
            {editable && <SaveLine state={save.state} onRetry={save.retry} />}
            <Badge size="lg" color={ENTRY_STATUS_COLOR[entry.status]} variant="light" data-testid="entry-status">
              {t(`competitions.entryStatus.${entry.status}`)}
            </Badge>
          </Group>
        }
      />
      <AnchorLink to="/kompetisi/$competitionId" params={{ competitionId: entry.competitionId }} size="sm">
        ← {entry.competitionName}
      </AnchorLink>
      {final && (
        <Alert color={final.advanced ? 'green' : 'blue'} title={t('competitions.proposal.result')}>
          {t('competitions.proposal.resultText', { rank: final.rank ?? '—', score: formatScore(final.score) })}
        </Alert>
      )}
      {entry.status === 'returned' && entry.reviewNote && (
        <Alert color="orange" title={t('competitions.proposal.returnedTitle')}>
          {entry.reviewNote}
        </Alert>
      )}
      {entry.eligibility.length > 0 && (
        <Alert color="red" title={t('competitions.proposal.notEligible')}>
          {entry.eligibility.map((p) => translate(p.code, lang, p.params)).join(' ')}
        </Alert>
      )}
      {!editable && canEnter && entry.status !== 'withdrawn' && (
        <Text size="sm" c="dimmed">
          {t(`competitions.proposal.locked.${entry.status}`)}
        </Text>
      )}
      <Select
        label={t('competitions.entries.group')}
        w={{ base: '100%', sm: 360 }}
        readOnly={!editable}
        allowDeselect={false}
        data={entry.rules.groups.map((g) => ({ value: g.id, label: localName(g) }))}
        value={save.group}
        onChange={(v) => v && save.setGroup(v)}
      />
      {sections.length === 0 && <Text c="dimmed">{t('competitions.proposal.noSections')}</Text>}
      {sections.map((s) => {
        const c = counts.find((x) => x.id === s.id);
        const files = entry.attachments[s.id] ?? [];
        return (
          <Card withBorder key={s.id} data-testid="proposal-section">
            <RichTextField
              label={localName(s)}
              description={localDescription(s)}
              value={save.values[s.id] ?? ''}
              onChange={(html) => save.setSection(s.id, html)}
              readOnly={!editable}
              error={c?.over ? translate('comp_over_word_limit', lang, { limit: c.limit ?? 0, words: c.words }) : undefined}
            />
            <Group justify="space-between" mt={6}>
              <Text size="xs" c={c?.over ? 'red' : 'dimmed'} data-testid="word-count" aria-live="polite">
                {c?.limit
                  ? t('competitions.proposal.words', { words: formatNumber(c.words), limit: formatNumber(c.limit) })
                  : t('competitions.proposal.wordsNoLimit', { words: formatNumber(c?.words ?? 0) })}
              </Text>
              {s.prefill.length > 0 && (
                <Text size="xs" c="dimmed">
                  {t('competitions.proposal.prefilledFrom', { fields: s.prefill.map((f) => t(`competitions.profileField.${f}`)).join(', ') })}
                </Text>
              )}
            </Group>
            {files.length > 0 && (
              <Stack gap={2} mt="xs">
                <Text size="xs" fw={600}>
                  {t('competitions.proposal.attachments')}
                </Text>
                {files.map((f) => (
                  <Group key={f.id} gap={6} wrap="nowrap">
                    {f.url ? <IconLink size={14} /> : <IconFile size={14} />}
                    {f.url ? (
                      <Anchor size="xs" href={f.url} target="_blank" rel="noopener noreferrer">
                        {f.title ?? f.url}
                      </Anchor>
                    ) : (
                      <Anchor size="xs" href={`/api/evidence/${f.id}/content`} target="_blank">
                        {f.fileName ?? f.title}
                      </Anchor>
                    )}
                    <Text size="xs" c="dimmed">
                      ({t('competitions.proposal.indicator', { code: f.indicatorCode })})
                    </Text>
                  </Group>
                ))}
              </Stack>
            )}
          </Card>
        );
      })}
      <Card withBorder>
        <Title order={3} fz="h5" mb="xs">
          {t('competitions.proposal.next')}
        </Title>
        <Group>
          {editable && (
            <Button onClick={() => void propose()} loading={action.isPending}>
              {t('competitions.proposal.propose')}
            </Button>
          )}
          {canEnter && entry.competitionStatus === 'open' && entry.status !== 'withdrawn' && (
            <Button variant="default" color="red" onClick={withdraw}>
              {t('competitions.proposal.withdraw')}
            </Button>
          )}
          {canManage && competition.data && <ReviewButtons entry={entry} comp={competition.data} version={entry.version} />}
          {/* The file is made from what the server holds: offered once nothing typed is waiting to be saved. */}
          <Button
            component="a"
            variant="default"
            leftSection={<IconFileTypePdf size={14} />}
            href={`/api/competition-entries/${entry.id}/proposal.pdf`}
            download
            disabled={editable && ['pending', 'saving', 'error'].includes(save.state.kind)}
            data-testid="proposal-pdf"
          >
            {t('competitions.proposal.download')}
          </Button>
        </Group>
        {!editable && !canManage && (
          <Text size="sm" c="dimmed">
            {t(`competitions.proposal.statusHint.${entry.status}`)}
          </Text>
        )}
      </Card>
    </Stack>
  );
}

function SaveLine({ state, onRetry }: { state: ProposalSaveState; onRetry: () => void }) {
  const { t } = useTranslation();
  const text = (s: string, c: string) => (
    <Text size="sm" c={c} data-testid="save-state" data-state={state.kind} aria-live="polite">
      {s}
    </Text>
  );
  switch (state.kind) {
    case 'pending':
      return text(t('competitions.save.pending'), 'dimmed');
    case 'saving':
      return text(t('common.saving'), 'dimmed');
    case 'saved':
      return text(t('competitions.save.saved'), 'green');
    case 'held':
      return text(t('competitions.save.held'), 'orange');
    case 'error':
      return (
        <Group gap={4}>
          {text(state.retrying ? t('competitions.save.retrying', { message: state.message }) : state.message, 'red')}
          <Button size="compact-xs" variant="subtle" onClick={onRetry}>
            {t('common.retry')}
          </Button>
        </Group>
      );
    default:
      return null;
  }
}
