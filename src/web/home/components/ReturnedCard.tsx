// What came back to the OPD: innovations the Kepala returned to draft, and indicator answers a verifier
// returned, each with its note and a link to the innovation where it is fixed.
import { Badge, Card, Group, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { indicatorNamer } from '../../ui/indicatorName';
import { AnchorLink } from '../../ui/links';
import { EmptyState, ErrorState, LoadingState } from '../../ui/states';
import { useCurrentPeriod, useFramework, useReturnedAnswers, useReturnedEntries } from '../api/home';
import { CountTitle } from './CountTitle';

function Note({ text, by }: { text: string | null; by: string | null }) {
  if (!text) return null;
  return (
    <Text size="xs" c="orange.9" style={{ whiteSpace: 'pre-wrap' }}>
      “{text}”{by ? ` — ${by}` : ''}
    </Text>
  );
}

export function ReturnedCard() {
  const { t, i18n } = useTranslation();
  const period = useCurrentPeriod();
  const entries = useReturnedEntries();
  const answers = useReturnedAnswers(period.data?.id);
  // Rows carry the official (Indonesian) name; the framework has the English one too.
  const framework = useFramework(period.data?.id);
  const nameOf = indicatorNamer(framework.data?.indicators, i18n.language);
  if (period.isLoading || entries.isLoading || answers.isLoading) return <LoadingState />;
  const error = period.error ?? entries.error ?? answers.error;
  if (error) return <ErrorState error={error} onRetry={() => void Promise.all([entries.refetch(), answers.refetch()])} />;
  const returnedEntries = entries.data?.items ?? [];
  const returnedAnswers = (answers.data?.items ?? []).filter((a) => a.entryId);
  const total = returnedEntries.length + returnedAnswers.length;
  return (
    <Card withBorder data-testid="returned-items">
      <CountTitle title={t('home.returned.title')} count={total} testId="returned-count" />
      {!total ? (
        <EmptyState message={t('home.returned.empty')} />
      ) : (
        <Stack gap="sm">
          {returnedEntries.map((e) => (
            <Stack key={e.entryId} gap={0} data-testid="returned-entry">
              <Group gap={6} wrap="wrap">
                <AnchorLink to="/innovations/$entryId" params={{ entryId: e.entryId }} fw={500} size="sm">
                  {e.name}
                </AnchorLink>
                <Badge size="sm" color="orange" variant="light">
                  {t('home.returned.byHead')}
                </Badge>
              </Group>
              <Note text={e.note} by={e.returnedBy} />
            </Stack>
          ))}
          {returnedAnswers.map((a) => (
            <Stack key={`${a.entryId}:${a.code}`} gap={0} data-testid="returned-answer">
              <Group gap={6} wrap="wrap">
                <AnchorLink to="/innovations/$entryId" params={{ entryId: a.entryId as string }} fw={500} size="sm">
                  {a.entryName}
                </AnchorLink>
                <Badge size="sm" color="orange" variant="light">
                  {t('home.returned.byVerifier', { code: a.code })}
                </Badge>
              </Group>
              <Text size="xs" c="dimmed">
                {a.code}. {nameOf(a.code, a.indicatorName)}
              </Text>
              <Note text={a.reviewNote} by={a.reviewedByName} />
            </Stack>
          ))}
          {(answers.data?.total ?? 0) > (answers.data?.items.length ?? 0) && (
            <Text size="xs" c="dimmed">
              {t('home.returned.more', { count: (answers.data?.total ?? 0) - (answers.data?.items.length ?? 0) })}
            </Text>
          )}
        </Stack>
      )}
    </Card>
  );
}
