// The item under review: its answer, its evidence (previewable, each with its pre-check and what the pre-check
// suggests as a note) and the decision — accept, or return with a note the operator will see.
import { Alert, Button, Card, Group, Stack, Text, Textarea, Title } from '@mantine/core';
import { forwardRef, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CurrentItem } from '../../../contract/common';
import type { Indicator } from '../../../domain/iid/types';
import { ApiError } from '../../lib/api';
import { formatDateTime } from '../../lib/format';
import { optionText } from '../../ui/AnswerSelect';
import { type Evidence, useEvidence } from '../../ui/evidence/api';
import { EvidenceList } from '../../ui/evidence/EvidenceList';
import { PreviewModal } from '../../ui/evidence/PreviewModal';
import { ReviewBadge } from '../../ui/evidence/ReviewBadge';
import { AnchorLink } from '../../ui/links';
import { ErrorState, LoadingState } from '../../ui/states';
import type { QueueItem } from '../api/verification';
import { CheckSuggestion } from './CheckSuggestion';

export const ReviewPanel = forwardRef<
  HTMLTextAreaElement,
  {
    item: QueueItem;
    /** The indicator's name in the reader's language. */
    name: string;
    indicator: Indicator | undefined;
    canDecide: boolean;
    busy: boolean;
    /** Rejects with the server's error when it refuses the decision (e.g. a return without a note). */
    onDecide: (decision: 'accept' | 'return', note: string) => Promise<void>;
    /** The last decision was refused: the item changed since the verifier opened it (what they saw, what it is now). */
    changed?: { seen: QueueItem; current: CurrentItem } | null;
    /** Called once the item's evidence is on screen (the panel grew): the page keeps the decision in view. */
    onEvidenceShown?: () => void;
  }
>(function ReviewPanel({ item, name, indicator, canDecide, busy, onDecide, changed, onEvidenceShown }, noteRef) {
  const { t, i18n } = useTranslation();
  const owner = item.entryId ? { entryId: item.entryId } : { periodId: item.periodId };
  const evidence = useEvidence(owner);
  const shown = evidence.isSuccess;
  // Once, when the evidence first shows (not again for each new callback of the page).
  useEffect(() => {
    if (shown) onEvidenceShown?.();
  }, [shown]);
  const [note, setNote] = useState(item.reviewNote ?? '');
  const [noteError, setNoteError] = useState<string | null>(null);
  const focusNote = () => {
    if (noteRef && typeof noteRef !== 'function') noteRef.current?.focus();
  };
  const decideOn = (decision: 'accept' | 'return') => {
    // A return without a note would only earn a generic error: say what is missing, on the field.
    if (decision === 'return' && !note.trim()) {
      setNoteError(t('verification.noteRequired'));
      focusNote();
      return;
    }
    onDecide(decision, note).catch((e: unknown) => {
      if (e instanceof ApiError && e.fields.note) {
        setNoteError(e.fields.note);
        focusNote();
      }
    });
  };
  // The pre-check's suggestion goes under what is written already, once; the verifier edits it and decides.
  const takeSuggestion = (text: string) => {
    setNote((n) => (n.includes(text) ? n : n.trim() ? `${n.trimEnd()}\n${text}` : text));
    setNoteError(null);
    focusNote();
  };
  const [preview, setPreview] = useState<Evidence | null>(null);
  const items = evidence.data?.filter((e) => e.code === item.code) ?? [];
  const option = indicator?.options.find((o) => o.value === item.value);
  const optionLabel = option ? (i18n.language === 'en' && option.labelEn ? option.labelEn : option.label) : '';
  const label = (value: number) => optionText(indicator, value, t, i18n.language);
  return (
    <Card withBorder data-testid="review-panel">
      <Stack gap="sm">
        <Group justify="space-between" align="flex-start" wrap="nowrap">
          <Stack gap={2}>
            <Text size="xs" c="dimmed">
              {item.scope === 'spd' ? t('evidence.regionLevel') : `${item.opdName} · ${item.entryName}`}
            </Text>
            <Title order={3} fz="h5">
              {item.code}. {name}
            </Title>
          </Stack>
          <ReviewBadge status={item.reviewStatus} />
        </Group>
        {changed && (
          <Alert color="yellow" variant="light" p="xs" title={t('verification.changed.title')} data-testid="review-changed" role="alert">
            <Stack gap={4}>
              {/* The same answer shown twice would hide what changed: then it was the evidence. */}
              <Text size="sm">
                {t(changed.current.value === changed.seen.value ? 'verification.changed.evidenceOnly' : 'verification.changed.text', {
                  who: changed.current.updatedByName ?? t('evidence.conflict.someone'),
                  when: formatDateTime(changed.current.updatedAt),
                  now: label(changed.current.value),
                  seen: label(changed.seen.value),
                })}
              </Text>
              {changed.current.evidenceCount !== changed.seen.evidenceCount && (
                <Text size="sm">{t('verification.changed.evidence', { count: changed.current.evidenceCount })}</Text>
              )}
              <Text size="sm" fw={600}>
                {t('verification.changed.again')}
              </Text>
            </Stack>
          </Alert>
        )}
        <Text size="sm" data-testid="review-value">
          <b>{t('verification.value')}:</b> {item.value} — {optionLabel}
        </Text>
        {indicator?.evidence && (
          <Text size="xs" c="dimmed">
            {t('evidence.guide')}: {i18n.language === 'en' && indicator.evidenceEn ? indicator.evidenceEn : indicator.evidence}
          </Text>
        )}
        {evidence.isLoading && <LoadingState />}
        {evidence.error && <ErrorState error={evidence.error} onRetry={() => evidence.refetch()} />}
        {evidence.data && (
          <>
            <EvidenceList items={items} canDelete={false} onPreview={setPreview} check={{ canRecheck: false }} />
            <CheckSuggestion items={items} onUse={canDecide ? takeSuggestion : undefined} />
          </>
        )}
        {item.entryId && (
          <AnchorLink size="sm" to="/innovations/$entryId" params={{ entryId: item.entryId }}>
            {t('verification.openInnovation')}
          </AnchorLink>
        )}
        {canDecide && (
          <>
            <Textarea
              ref={noteRef}
              label={t('verification.note')}
              placeholder={t('verification.notePlaceholder')}
              description={t('verification.noteHint')}
              value={note}
              error={noteError}
              onChange={(e) => {
                setNote(e.currentTarget.value);
                if (e.currentTarget.value.trim()) setNoteError(null);
              }}
              onKeyDown={(e) => {
                if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) {
                  e.preventDefault();
                  decideOn('return');
                }
              }}
              data-testid="review-note-input"
              autosize
              minRows={2}
            />
            <Group>
              <Button color="teal" loading={busy} onClick={() => decideOn('accept')} disabled={item.evidenceCount === 0} data-testid="accept">
                {t('verification.accept')} (A)
              </Button>
              <Button color="orange" variant="light" loading={busy} onClick={() => decideOn('return')} data-testid="return">
                {t('verification.return')}
              </Button>
            </Group>
          </>
        )}
      </Stack>
      <PreviewModal item={preview} onClose={() => setPreview(null)} />
    </Card>
  );
});
