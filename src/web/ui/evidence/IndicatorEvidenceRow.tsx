// One indicator with its answer, its evidence and its review: the unit operators fill, verifiers judge.
import { Alert, Group, Paper, Stack, Text } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { shownReview, validEvidence } from '../../../domain/evidence/review';
import type { Indicator } from '../../../domain/iid/types';
import { AnswerSelect } from '../AnswerSelect';
import { AnswerConflictAlert } from './AnswerConflictAlert';
import type { Evidence, EvidenceOwner, ItemState } from './api';
import { EvidenceList } from './EvidenceList';
import { ReviewBadge } from './ReviewBadge';
import { UploadControl } from './UploadControl';
import type { useAnswerSaving } from './useAnswerSaving';

export function IndicatorEvidenceRow({
  indicator,
  owner,
  item,
  evidence,
  canWrite,
  answers,
  onPreview,
  extra,
}: {
  indicator: Indicator;
  owner: EvidenceOwner;
  item: ItemState | undefined;
  evidence: Evidence[];
  canWrite: boolean;
  /** The form's answer saving (useAnswerSaving): the choice shown, saving on the version seen, conflicts. */
  answers: ReturnType<typeof useAnswerSaving>;
  onPreview: (item: Evidence) => void;
  /** What the indicator's answer rests on elsewhere in Inovda (SPD 12: the innovator rewards), shown under its guide. */
  extra?: ReactNode;
}) {
  const { t, i18n } = useTranslation();
  const en = i18n.language === 'en';
  const code = indicator.code;
  const value = answers.shown(code);
  const conflict = answers.conflictOf(code);
  // The review and the evidence rule follow the saved answer, not a choice still on its way.
  const saved = item?.value ?? 0;
  const name = en && indicator.nameEn ? indicator.nameEn : indicator.name;
  const guide = en && indicator.evidenceEn ? indicator.evidenceEn : indicator.evidence;
  const missing = saved > 0 && validEvidence({ evidenceCount: item?.evidenceCount ?? 0, renewalCount: item?.renewalCount }) <= 0;
  const review = shownReview({ reviewStatus: item?.reviewStatus ?? 'menunggu', evidenceCount: item?.evidenceCount ?? 0, renewalCount: item?.renewalCount });
  return (
    <Paper withBorder p="sm" id={`indicator-${indicator.code}`} data-testid={`indicator-${indicator.code}`}>
      <Stack gap="xs">
        <Group justify="space-between" wrap="nowrap" align="flex-start">
          <Text size="sm" fw={600}>
            {indicator.code}. {name}
            {indicator.mandatory ? ' *' : ''}
          </Text>
          {saved > 0 && <ReviewBadge status={review} />}
        </Group>
        {item?.reviewStatus === 'dikembalikan' && item.reviewNote && (
          <Alert color="orange" variant="light" p="xs" title={t('evidence.returnedNote')} data-testid="review-note">
            <Text size="sm">{item.reviewNote}</Text>
          </Alert>
        )}
        <AnswerSelect
          indicator={indicator}
          label={t('evidence.answer')}
          ariaLabel={`${indicator.code}. ${name}`}
          value={value}
          disabled={!canWrite}
          readOnly={answers.busy}
          onChange={(v) => answers.choose(code, v)}
        />
        {conflict && canWrite && (
          <AnswerConflictAlert
            indicator={indicator}
            conflict={conflict}
            busy={answers.busy}
            onKeepMine={() => answers.keepMine(code)}
            onTakeTheirs={() => answers.takeTheirs(code)}
          />
        )}
        {guide && (
          <Text size="xs" c="dimmed">
            {t('evidence.guide')}: {guide}
          </Text>
        )}
        {extra}
        <EvidenceList items={evidence} canDelete={canWrite} onPreview={onPreview} check={{ canRecheck: canWrite }} />
        {missing && (
          <Text size="xs" c="red">
            {t('evidence.missing')}
          </Text>
        )}
        {canWrite && <UploadControl owner={owner} code={indicator.code} />}
      </Stack>
    </Paper>
  );
}
