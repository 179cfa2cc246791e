// A judge's score sheet: the entries assigned to them in the running stage (the OPD hidden in blind mode), each
// with its proposal and one score and comment per criterion, saved as they go. A judge who finds a conflict of
// interest declares it; the entry then leaves their sheet.
import { Accordion, Alert, Badge, Button, Group, Modal, NumberInput, Stack, Text, Textarea } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useQueryClient } from '@tanstack/react-query';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Stage } from '../../../domain/competitions/template';
import { ApiError } from '../../lib/api';
import { formatNumber } from '../../lib/format';
import { competitionQueries } from '../../lib/queries/competitions';
import { notifySaved, showApiError } from '../../ui/forms';
import { AnchorLink } from '../../ui/links';
import { PageHeader } from '../../ui/PageHeader';
import { SafeHtml } from '../../ui/SafeHtml';
import { EmptyState, ErrorState, LoadingState } from '../../ui/states';
import { type JudgingDetail, saveScore, useDeclareConflict, useJudgeSheet } from '../api/competitions';
import { localDescription, localName } from './labels';

type SheetEntry = JudgingDetail['entries'][number];

export function JudgeSheetPage({ competitionId }: { competitionId: string }) {
  const { t } = useTranslation();
  const sheet = useJudgeSheet(competitionId);
  if (sheet.isLoading) return <LoadingState />;
  // Not (or no longer) the judge's: the stage they judged closed, or they are not among the running stage's judges.
  if (sheet.error instanceof ApiError && sheet.error.status === 404)
    return (
      <EmptyState
        message={t('judging.notRunning')}
        action={
          <AnchorLink to="/penjurian" size="sm">
            ← {t('judging.title')}
          </AnchorLink>
        }
      />
    );
  if (sheet.error || !sheet.data) return <ErrorState error={sheet.error} onRetry={() => sheet.refetch()} />;
  const s = sheet.data;
  const stage = s.rules.stages.find((x) => x.id === s.stageId) as Stage;
  const done = s.entries.filter((e) => e.complete).length;
  return (
    <Stack>
      <PageHeader title={s.name} description={`${localName(stage)} · ${t('judging.progress', { done, total: s.entries.length })}`} />
      <AnchorLink to="/penjurian" size="sm">
        ← {t('judging.title')}
      </AnchorLink>
      {!s.open && <Alert color="gray">{t('judging.readOnly')}</Alert>}
      {stage.blind && <Alert variant="light">{t('judging.blind')}</Alert>}
      <Alert variant="light" color="blue">
        {t('judging.criteriaHint', { criteria: stage.criteria.map((c) => `${localName(c)} (0–${formatNumber(c.max)})`).join(', ') })}
      </Alert>
      {s.entries.length === 0 && <EmptyState message={t('judging.noEntries')} />}
      <Accordion variant="separated" multiple>
        {s.entries.map((e) => (
          <Accordion.Item key={e.entryId} value={e.entryId} data-testid="judge-entry">
            <Accordion.Control>
              <Group justify="space-between" wrap="nowrap" pr="sm">
                <div>
                  <Text fw={600}>{e.innovationName}</Text>
                  <Text size="xs" c="dimmed">
                    {e.opdName ?? t('judging.hiddenOpd')} · {localName(s.rules.groups.find((g) => g.id === e.groupId) ?? { name: e.groupId })}
                  </Text>
                </div>
                <Badge color={e.complete ? 'green' : 'gray'} variant="light">
                  {t(e.complete ? 'judging.complete' : 'judging.incomplete')}
                </Badge>
              </Group>
            </Accordion.Control>
            <Accordion.Panel>
              <EntrySheet competitionId={competitionId} entry={e} stage={stage} sections={s.rules.sections} open={s.open} />
            </Accordion.Panel>
          </Accordion.Item>
        ))}
      </Accordion>
    </Stack>
  );
}

function EntrySheet({
  competitionId,
  entry,
  stage,
  sections,
  open,
}: {
  competitionId: string;
  entry: SheetEntry;
  stage: Stage;
  sections: JudgingDetail['rules']['sections'];
  open: boolean;
}) {
  const { t } = useTranslation();
  const [declaring, setDeclaring] = useState(false);
  return (
    <Stack>
      {sections.map((sec) =>
        entry.proposal[sec.id] ? (
          <div key={sec.id}>
            <Text fw={600} size="sm">
              {localName(sec)}
            </Text>
            <SafeHtml html={entry.proposal[sec.id]} />
          </div>
        ) : null,
      )}
      {stage.criteria.map((c) => (
        <CriterionScore key={c.id} competitionId={competitionId} entryId={entry.entryId} criterion={c} initial={entry.scores[c.id]} open={open} />
      ))}
      {open && (
        <Group justify="flex-end">
          <Button variant="subtle" color="red" size="xs" onClick={() => setDeclaring(true)}>
            {t('judging.declare')}
          </Button>
        </Group>
      )}
      {declaring && <DeclareModal competitionId={competitionId} entry={entry} onClose={() => setDeclaring(false)} />}
    </Stack>
  );
}

/** One criterion: the score (0 … max) and a comment, each saved after a pause in typing and on leaving the field. */
function CriterionScore({
  competitionId,
  entryId,
  criterion,
  initial,
  open,
}: {
  competitionId: string;
  entryId: string;
  criterion: Stage['criteria'][number];
  initial?: { value: number | null; comment: string | null };
  open: boolean;
}) {
  const { t } = useTranslation();
  const qc = useQueryClient();
  const [value, setValue] = useState<number | string>(initial?.value ?? '');
  const [comment, setComment] = useState(initial?.comment ?? '');
  const [error, setError] = useState<string | null>(null);
  const [state, setState] = useState<'idle' | 'saving' | 'saved' | 'failed'>('idle');
  const savedRef = useRef({ value: initial?.value ?? null, comment: initial?.comment ?? '' });
  const timer = useRef<ReturnType<typeof setTimeout>>(undefined);
  const label = localName(criterion);

  const send = async () => {
    clearTimeout(timer.current);
    const v = value === '' ? null : Number(value);
    const body: { entryId: string; criterionId: string; value?: number | null; comment?: string | null } = { entryId, criterionId: criterion.id };
    if (v !== savedRef.current.value) {
      if (v !== null && (v < 0 || v > criterion.max)) {
        setError(t('judging.outOfScale', { max: formatNumber(criterion.max) }));
        return;
      }
      body.value = v;
    }
    if (comment !== savedRef.current.comment) body.comment = comment || null;
    if (!('value' in body) && !('comment' in body)) return;
    setError(null);
    setState('saving');
    try {
      const saved = await saveScore(competitionId, body);
      savedRef.current = { value: saved.value, comment: saved.comment ?? '' };
      setState('saved');
      void qc.invalidateQueries({ queryKey: competitionQueries.all });
    } catch (e) {
      setState('failed');
      if (e instanceof ApiError && e.fields.value) setError(e.fields.value);
      else showApiError(null, e);
    }
  };
  const later = () => {
    clearTimeout(timer.current);
    timer.current = setTimeout(() => void send(), 1000);
  };
  return (
    <Stack gap={4} data-testid="criterion-score">
      <Group align="flex-start" wrap="wrap">
        <NumberInput
          label={`${label} (0–${formatNumber(criterion.max)})`}
          description={localDescription(criterion)}
          w={{ base: '100%', sm: 260 }}
          min={0}
          max={criterion.max}
          clampBehavior="none"
          decimalScale={2}
          decimalSeparator=","
          readOnly={!open}
          value={value}
          error={error}
          onChange={(v) => {
            setValue(v);
            later();
          }}
          onBlur={() => void send()}
        />
        <Textarea
          style={{ flex: 1, minWidth: 220 }}
          label={t('judging.comment')}
          autosize
          minRows={1}
          readOnly={!open}
          value={comment}
          onChange={(e) => {
            setComment(e.currentTarget.value);
            later();
          }}
          onBlur={() => void send()}
        />
      </Group>
      <Text size="xs" c={state === 'failed' ? 'red' : 'dimmed'} aria-live="polite" data-testid="score-state" data-state={state}>
        {state === 'saving' ? t('common.saving') : state === 'saved' ? t('competitions.save.saved') : state === 'failed' ? t('judging.notSaved') : ' '}
      </Text>
    </Stack>
  );
}

function DeclareModal({ competitionId, entry, onClose }: { competitionId: string; entry: SheetEntry; onClose: () => void }) {
  const { t } = useTranslation();
  const declare = useDeclareConflict(competitionId);
  const form = useForm({ initialValues: { reason: '' }, validate: { reason: (v) => (v.trim() ? null : t('common.required')) } });
  return (
    <Modal opened onClose={onClose} title={t('judging.declareTitle', { name: entry.innovationName })}>
      <form
        onSubmit={form.onSubmit((v) =>
          declare.mutate(
            { entryId: entry.entryId, reason: v.reason.trim() },
            {
              onSuccess: () => {
                notifySaved(t('judging.declared'));
                onClose();
              },
              onError: (e) => showApiError(form, e),
            },
          ),
        )}
      >
        <Stack>
          <Text size="sm">{t('judging.declareText')}</Text>
          <Textarea label={t('judging.reason')} autosize minRows={2} data-autofocus {...form.getInputProps('reason')} />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" color="red" loading={declare.isPending}>
              {t('judging.declare')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
