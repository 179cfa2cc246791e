// The region-level (SPD) answers of one period with their evidence and review, each saved as it is chosen.
import { Alert, Badge, Drawer, Group, Stack, Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { periodAllows } from '../../../domain/period-status';
import { formatNumber } from '../../lib/format';
import { competitionQueries } from '../../lib/queries/competitions';
import { type Evidence, useEvidence } from '../../ui/evidence/api';
import { IndicatorEvidenceRow } from '../../ui/evidence/IndicatorEvidenceRow';
import { OcrUnavailableNote } from '../../ui/evidence/OcrUnavailableNote';
import { PreviewModal } from '../../ui/evidence/PreviewModal';
import { useAnswerSaving } from '../../ui/evidence/useAnswerSaving';
import { AnchorLink } from '../../ui/links';
import { ErrorState, LoadingState } from '../../ui/states';
import { type Period, usePeriodFramework, useRegionAnswers, useSetRegionAnswer } from '../api/periods';

export function RegionAnswersDrawer({
  period,
  canWrite,
  canSeeRewards,
  onClose,
}: {
  period: Period | null;
  canWrite: boolean;
  canSeeRewards: boolean;
  onClose: () => void;
}) {
  const { t, i18n } = useTranslation();
  const en = i18n.language === 'en';
  const framework = usePeriodFramework(period?.id ?? null);
  const answers = useRegionAnswers(period?.id ?? null);
  const evidence = useEvidence(period ? { periodId: period.id } : null);
  const setAnswer = useSetRegionAnswer(period?.id ?? '');
  const saving = useAnswerSaving({
    owner: period?.id ?? '',
    items: answers.data?.items ?? {},
    save: (code, value, version) => setAnswer.mutateAsync({ code, value, version }),
    refresh: () => {
      void answers.refetch();
      void evidence.refetch();
    },
  });
  const [preview, setPreview] = useState<Evidence | null>(null);
  const editable = canWrite && (!period || periodAllows(period.status, 'region_items'));
  const max = answers.data ? formatNumber(answers.data.spdMax, 2) : '';
  return (
    <Drawer opened={Boolean(period)} onClose={onClose} position="right" size="xl" title={`${t('periods.regionAnswers')} ${period?.year ?? ''}`}>
      {(framework.isLoading || answers.isLoading) && <LoadingState />}
      {(framework.error || answers.error) && <ErrorState error={framework.error ?? answers.error} onRetry={() => answers.refetch()} />}
      {period && framework.data && answers.data && (
        <Stack>
          <Group justify="space-between">
            <Text size="sm" c="dimmed">
              {t('periods.regionAnswersHint')}
            </Text>
            <Group gap="xs">
              <Badge size="lg" variant="light" data-testid="spd-score">
                SPD {formatNumber(answers.data.spd, 2)} / {max}
              </Badge>
              <Badge size="lg" variant="light" color="teal" data-testid="spd-verified">
                {t('score.verified')} {formatNumber(answers.data.spdVerified, 2)} / {max}
              </Badge>
            </Group>
          </Group>
          {answers.data.missingEvidence.length > 0 && (
            // Named, not bare numbers: "3" alone reads like a count. The admin submits nothing, so no "before submitting".
            <Alert color="orange" variant="light" data-testid="spd-missing-evidence">
              {t('evidence.missingListRegion', {
                items: answers.data.missingEvidence
                  .map((code) => {
                    const ind = framework.data.indicators.find((i) => i.code === code);
                    return `${code}. ${(en && ind?.nameEn) || ind?.name || ''}`.trim();
                  })
                  .join('; '),
              })}
            </Alert>
          )}
          {editable && <OcrUnavailableNote />}
          {framework.data.indicators
            .filter((i) => i.aspect === 'SPD')
            .map((indicator) => (
              <IndicatorEvidenceRow
                key={indicator.code}
                indicator={indicator}
                owner={{ periodId: period.id }}
                item={answers.data.items[indicator.code]}
                evidence={(evidence.data ?? []).filter((e) => e.code === indicator.code)}
                canWrite={editable}
                answers={saving}
                onPreview={setPreview}
                extra={
                  indicator.code === REWARDS_INDICATOR && canSeeRewards ? (
                    <RewardsHint year={period.year} answered={answers.data.items[indicator.code]?.value ?? 0} />
                  ) : undefined
                }
              />
            ))}
        </Stack>
      )}
      <PreviewModal item={preview} onClose={() => setPreview(null)} />
    </Drawer>
  );
}

/** SPD 12, "Penghargaan bagi inovator": the innovator-reward records the answer rests on. */
const REWARDS_INDICATOR = '12';

/** `answered`: the option saved for SPD 12; above what the records support, the hint says so. */
function RewardsHint({ year, answered }: { year: number; answered: number }) {
  const { t } = useTranslation();
  const rewards = useQuery(competitionQueries.rewards(year));
  if (!rewards.data) return null;
  const s = rewards.data.spd12;
  // Option 3 also needs a regulation no record shows, so only options 1–2 are compared.
  const short = answered > s.option && Math.min(answered, 2) > s.option;
  return (
    <Alert variant="light" color={short ? 'orange' : s.option ? 'teal' : 'gray'} p="xs" data-testid="spd12-rewards-hint">
      <Text size="sm">
        {t('competitions.rewards.spdHint', { from: s.from, until: s.until, certificates: s.certificates, incentives: s.incentives })}{' '}
        {s.option > 0 && t('competitions.rewards.spdHintSupports', { option: s.option })}{' '}
        {short && t('competitions.rewards.spdHintShort', { option: answered })}{' '}
        <AnchorLink to="/kompetisi/penghargaan" size="sm">
          {t('competitions.rewards.spdHintLink')}
        </AnchorLink>
      </Text>
    </Alert>
  );
}
