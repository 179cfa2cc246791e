// The SID answers of an innovation, grouped by variable, saved one by one as they are chosen.
import { Badge, Card, Group, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { formatNumber } from '../../lib/format';
import { AnswerGrid } from '../../ui/AnswerSelect';
import { showApiError } from '../../ui/forms';
import { ErrorState, LoadingState } from '../../ui/states';
import { useEntryAnswers, usePeriodFramework, useSetAnswer } from '../api/innovations';

export function AnswersCard({ entryId, periodId, canWrite }: { entryId: string; periodId: string; canWrite: boolean }) {
  const { t } = useTranslation();
  const framework = usePeriodFramework(periodId);
  const answers = useEntryAnswers(entryId);
  const setAnswer = useSetAnswer(entryId);
  if (framework.isLoading || answers.isLoading) return <LoadingState />;
  if (framework.error || answers.error || !framework.data || !answers.data)
    return (
      <ErrorState
        error={framework.error ?? answers.error}
        onRetry={() => {
          void framework.refetch();
          void answers.refetch();
        }}
      />
    );
  const sid = framework.data.indicators.filter((i) => i.aspect === 'SID');
  const variables = [...new Set(sid.map((i) => i.variable))];
  return (
    <Card withBorder>
      <Group justify="space-between" mb="sm">
        <Title order={3} fz="h4">
          {t('innovations.answers')}
        </Title>
        <Badge size="lg" variant="light" data-testid="claimed-maturity">
          {t('innovations.maturityClaimed', { value: formatNumber(answers.data.maturity, 2), max: formatNumber(answers.data.maturityMax, 2) })}
        </Badge>
      </Group>
      <Text size="xs" c="dimmed" mb="sm">
        {t('innovations.answersHint')}
      </Text>
      <Stack>
        {variables.map((variable) => (
          <Stack key={variable} gap="xs">
            <Text fw={600} size="sm">
              {variable}
            </Text>
            <AnswerGrid
              indicators={sid.filter((i) => i.variable === variable)}
              answers={answers.data.answers}
              disabled={!canWrite || setAnswer.isPending}
              onChange={(code, value) => setAnswer.mutate({ code, value }, { onError: (e) => showApiError(null, e) })}
            />
          </Stack>
        ))}
      </Stack>
    </Card>
  );
}
