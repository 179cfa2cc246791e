// The SID answers of an innovation with their evidence and review, grouped by variable. Each choice and
// each file is saved on its own; claimed and verified maturity are shown side by side.
import { Alert, Badge, Box, Card, Group, Stack, Text, Title } from '@mantine/core';
import { useRouterState } from '@tanstack/react-router';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatNumber } from '../../lib/format';
import { type Evidence, useEvidence } from '../../ui/evidence/api';
import { IndicatorEvidenceRow } from '../../ui/evidence/IndicatorEvidenceRow';
import { OcrUnavailableNote } from '../../ui/evidence/OcrUnavailableNote';
import { PreviewModal } from '../../ui/evidence/PreviewModal';
import { useAnswerSaving } from '../../ui/evidence/useAnswerSaving';
import { ErrorState, LoadingState } from '../../ui/states';
import { useEntryAnswers, usePeriodFramework, useSetAnswer } from '../api/innovations';

export function AnswersCard({ entryId, periodId, canWrite }: { entryId: string; periodId: string; canWrite: boolean }) {
  const { t } = useTranslation();
  const framework = usePeriodFramework(periodId);
  const answers = useEntryAnswers(entryId);
  const evidence = useEvidence({ entryId });
  const setAnswer = useSetAnswer(entryId);
  const saving = useAnswerSaving({
    owner: entryId,
    items: answers.data?.items ?? {},
    save: (code, value, version) => setAnswer.mutateAsync({ code, value, version }),
    refresh: () => {
      void answers.refetch();
      void evidence.refetch();
    },
  });
  const [preview, setPreview] = useState<Evidence | null>(null);
  // A link to one indicator (#indicator-17, e.g. from a notification) scrolls to it once the answers are shown.
  const hash = useRouterState({ select: (s) => s.location.hash });
  const ready = Boolean(framework.data && answers.data && evidence.data);
  useEffect(() => {
    if (ready && hash.startsWith('indicator-')) document.getElementById(hash)?.scrollIntoView({ block: 'start' });
  }, [ready, hash]);
  if (framework.isLoading || answers.isLoading || evidence.isLoading) return <LoadingState />;
  if (framework.error || answers.error || evidence.error || !framework.data || !answers.data)
    return (
      <ErrorState
        error={framework.error ?? answers.error ?? evidence.error}
        onRetry={() => {
          void framework.refetch();
          void answers.refetch();
          void evidence.refetch();
        }}
      />
    );
  const sid = framework.data.indicators.filter((i) => i.aspect === 'SID');
  const variables = [...new Set(sid.map((i) => i.variable))];
  const data = answers.data;
  const max = formatNumber(data.maturityMax, 2);
  return (
    <Card withBorder>
      <Group justify="space-between" mb="sm">
        <Title order={3} fz="h4">
          {t('innovations.answers')}
        </Title>
        <Group gap="xs">
          <Badge size="lg" variant="light" data-testid="claimed-maturity">
            {t('innovations.maturityClaimed', { value: formatNumber(data.maturity, 2), max })}
          </Badge>
          <Badge size="lg" variant="light" color="teal" data-testid="verified-maturity">
            {t('innovations.maturityVerified', { value: formatNumber(data.maturityVerified, 2), max })}
          </Badge>
        </Group>
      </Group>
      <Text size="xs" c="dimmed" mb="sm">
        {t('innovations.answersHint')}
      </Text>
      {canWrite && (
        <Box mb="sm">
          <OcrUnavailableNote />
        </Box>
      )}
      {data.missingEvidence.length > 0 && (
        <Alert color="orange" variant="light" mb="sm" data-testid="missing-evidence">
          {/* Only someone who can upload is told to. */}
          {t(canWrite ? 'evidence.missingList' : 'evidence.missingListViewer', { codes: data.missingEvidence.join(', ') })}
        </Alert>
      )}
      <Stack>
        {variables.map((variable) => (
          <Stack key={variable} gap="xs">
            <Text fw={600} size="sm">
              {variable}
            </Text>
            {sid
              .filter((i) => i.variable === variable)
              .map((indicator) => (
                <IndicatorEvidenceRow
                  key={indicator.code}
                  indicator={indicator}
                  owner={{ entryId }}
                  item={data.items[indicator.code]}
                  evidence={(evidence.data ?? []).filter((e) => e.code === indicator.code)}
                  canWrite={canWrite}
                  answers={saving}
                  onPreview={setPreview}
                />
              ))}
          </Stack>
        ))}
      </Stack>
      <PreviewModal item={preview} onClose={() => setPreview(null)} />
    </Card>
  );
}
