// The region-level (SPD) answers of one period, chosen one by one and saved at once.
import { Badge, Drawer, Group, SimpleGrid, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { formatNumber } from '../../lib/format';
import { AnswerSelect } from '../../ui/AnswerSelect';
import { showApiError } from '../../ui/forms';
import { ErrorState, LoadingState } from '../../ui/states';
import { type Period, usePeriodFramework, useRegionAnswers, useSetRegionAnswer } from '../api/periods';

export function RegionAnswersDrawer({ period, canWrite, onClose }: { period: Period | null; canWrite: boolean; onClose: () => void }) {
  const { t, i18n } = useTranslation();
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
          <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="xs">
            {framework.data.indicators
              .filter((i) => i.aspect === 'SPD')
              .map((ind) => (
                <AnswerSelect
                  key={ind.code}
                  indicator={ind}
                  label={`${ind.code}. ${i18n.language === 'en' && ind.nameEn ? ind.nameEn : ind.name}${ind.mandatory ? ' *' : ''}`}
                  value={answers.data.answers[ind.code] ?? 0}
                  disabled={!editable || setAnswer.isPending}
                  onChange={(value) => setAnswer.mutate({ code: ind.code, value }, { onError: (e) => showApiError(null, e) })}
                />
              ))}
          </SimpleGrid>
        </Stack>
      )}
    </Drawer>
  );
}
