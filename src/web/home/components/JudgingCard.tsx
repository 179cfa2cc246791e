// A judge's first page: the competitions they judge now and how many of their entries still need scores.
import { Card, Group, Progress, Stack, Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { competitionQueries } from '../../lib/queries/competitions';
import { AnchorLink } from '../../ui/links';
import { EmptyState, ErrorState, LoadingState } from '../../ui/states';
import { CountTitle } from './CountTitle';

export function JudgingCard() {
  const { t } = useTranslation();
  const list = useQuery(competitionQueries.myJudging());
  if (list.isLoading) return <LoadingState />;
  if (list.error) return <ErrorState error={list.error} onRetry={() => list.refetch()} />;
  const rows = list.data ?? [];
  const open = rows.reduce((a, r) => a + (r.open ? r.assigned - r.completed : 0), 0);
  return (
    <Card withBorder data-testid="judging-home">
      <CountTitle title={t('home.judging.title')} count={open} testId="judging-count" />
      {!rows.length ? (
        <EmptyState message={t('home.judging.empty')} />
      ) : (
        <Stack gap="sm">
          {rows.map((r) => (
            <div key={r.competitionId}>
              <Group justify="space-between" wrap="nowrap">
                <AnchorLink to="/penjurian/$competitionId" params={{ competitionId: r.competitionId }} fw={600}>
                  {r.name}
                </AnchorLink>
                <Text size="xs" c="dimmed">
                  {t('judging.progress', { done: r.completed, total: r.assigned })}
                </Text>
              </Group>
              <Text size="xs" c="dimmed">
                {r.stageName}
              </Text>
              <Progress value={r.assigned ? (100 * r.completed) / r.assigned : 0} size="sm" mt={4} aria-hidden />
            </div>
          ))}
        </Stack>
      )}
    </Card>
  );
}
