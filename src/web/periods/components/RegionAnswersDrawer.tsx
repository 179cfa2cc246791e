// The region-level (SPD) answers of one period, chosen one by one and saved at once.
import { Badge, Drawer, Group, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { formatNumber } from '../../lib/format';
import { AnswerGrid } from '../../ui/AnswerSelect';
import { showApiError } from '../../ui/forms';
import { ErrorState, LoadingState } from '../../ui/states';
import { type Period, usePeriodFramework, useRegionAnswers, useSetRegionAnswer } from '../api/periods';

export function RegionAnswersDrawer({ period, canWrite, onClose }: { period: Period | null; canWrite: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  const framework = usePeriodFramework(period?.id ?? null);
  const answers = useRegionAnswers(period?.id ?? null);
  const setAnswer = useSetRegionAnswer(period?.id ?? '');
  const editable = canWrite && period?.status !== 'locked';
  return (
    <Drawer opened={Boolean(period)} onClose={onClose} position="right" size="xl" title={`${t('periods.regionAnswers')} ${period?.year ?? ''}`}>
      {(framework.isLoading || answers.isLoading) && <LoadingState />}
      {(framework.error || answers.error) && <ErrorState error={framework.error ?? answers.error} onRetry={() => answers.refetch()} />}
      {framework.data && answers.data && (
        <Stack>
          <Group justify="space-between">
            <Text size="sm" c="dimmed">
              {t('periods.regionAnswersHint')}
            </Text>
            <Badge size="lg" variant="light" data-testid="spd-score">
              SPD {formatNumber(answers.data.spd, 2)} / {formatNumber(answers.data.spdMax, 2)}
            </Badge>
          </Group>
          <AnswerGrid
            indicators={framework.data.indicators.filter((i) => i.aspect === 'SPD')}
            answers={answers.data.answers}
            disabled={!editable || setAnswer.isPending}
            onChange={(code, value) => setAnswer.mutate({ code, value }, { onError: (e) => showApiError(null, e) })}
          />
        </Stack>
      )}
    </Drawer>
  );
}
