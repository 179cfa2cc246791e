// The item under review: its answer, its evidence (previewable) and the decision — accept, or return
// with a note the operator will see.
import { Button, Card, Group, Stack, Text, Textarea, Title } from '@mantine/core';
import { forwardRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Indicator } from '../../../domain/iid/types';
import { type Evidence, useEvidence } from '../../ui/evidence/api';
import { EvidenceList } from '../../ui/evidence/EvidenceList';
import { PreviewModal } from '../../ui/evidence/PreviewModal';
import { ReviewBadge } from '../../ui/evidence/ReviewBadge';
import { AnchorLink } from '../../ui/links';
import { ErrorState, LoadingState } from '../../ui/states';
import type { QueueItem } from '../api/verification';

export const ReviewPanel = forwardRef<
  HTMLTextAreaElement,
  {
    item: QueueItem;
    indicator: Indicator | undefined;
    canDecide: boolean;
    busy: boolean;
    onDecide: (decision: 'accept' | 'return', note: string) => void;
  }
>(function ReviewPanel({ item, indicator, canDecide, busy, onDecide }, noteRef) {
  const { t, i18n } = useTranslation();
  const owner = item.entryId ? { entryId: item.entryId } : { periodId: item.periodId };
  const evidence = useEvidence(owner);
  const [note, setNote] = useState(item.reviewNote ?? '');
  const [preview, setPreview] = useState<Evidence | null>(null);
  const option = indicator?.options.find((o) => o.value === item.value);
  const optionLabel = option ? (i18n.language === 'en' && option.labelEn ? option.labelEn : option.label) : '';
  return (
    <Card withBorder data-testid="review-panel">
      <Stack gap="sm">
        <Group justify="space-between" align="flex-start" wrap="nowrap">
          <Stack gap={2}>
            <Text size="xs" c="dimmed">
              {item.scope === 'spd' ? t('evidence.regionLevel') : `${item.opdName} · ${item.entryName}`}
            </Text>
            <Title order={3} fz="h5">
              {item.code}. {item.indicatorName}
            </Title>
          </Stack>
          <ReviewBadge status={item.reviewStatus} />
        </Group>
        <Text size="sm">
          <b>{t('verification.value')}:</b> {item.value} — {optionLabel}
        </Text>
        {indicator?.evidence && (
          <Text size="xs" c="dimmed">
            {t('evidence.guide')}: {i18n.language === 'en' && indicator.evidenceEn ? indicator.evidenceEn : indicator.evidence}
          </Text>
        )}
        {evidence.isLoading && <LoadingState />}
        {evidence.error && <ErrorState error={evidence.error} onRetry={() => evidence.refetch()} />}
        {evidence.data && <EvidenceList items={evidence.data.filter((e) => e.code === item.code)} canDelete={false} onPreview={setPreview} />}
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
              value={note}
              onChange={(e) => setNote(e.currentTarget.value)}
              autosize
              minRows={2}
            />
            <Group>
              <Button color="teal" loading={busy} onClick={() => onDecide('accept', note)} disabled={item.evidenceCount === 0} data-testid="accept">
                {t('verification.accept')} (A)
              </Button>
              <Button color="orange" variant="light" loading={busy} onClick={() => onDecide('return', note)} data-testid="return">
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
