// Published competition results of this innovation (any year): the record behind award claims and SPD 12.
import { Badge, Card, Group, Stack, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { formatNumber } from '../../lib/format';
import { competitionQueries } from '../../lib/queries/competitions';

export function CompetitionResultsCard({ entryId }: { entryId: string }) {
  const { t } = useTranslation();
  const results = useQuery(competitionQueries.ofInnovationEntry(entryId));
  // Nothing published yet is the usual case: the card appears only when there is something to show.
  if (!results.data?.length) return null;
  return (
    <Card withBorder data-testid="competition-results">
      <Title order={3} fz="h4" mb="sm">
        {t('innovations.competitionResults')}
      </Title>
      <Stack gap="xs">
        {results.data.map((r) => (
          <Group key={r.competitionId} justify="space-between" wrap="nowrap">
            <div>
              <Text size="sm" fw={600}>
                {r.name}
              </Text>
              <Text size="xs" c="dimmed">
                {t(`competitions.programme.${r.programme}`)} · {r.year}
              </Text>
            </div>
            <Group gap={6} wrap="nowrap">
              {r.rank !== null && (
                <Text size="sm">{t('innovations.competitionRank', { rank: r.rank, score: r.score === null ? '—' : formatNumber(r.score, 2) })}</Text>
              )}
              {r.advanced && <Badge color="green">{t('competitions.ranking.winner')}</Badge>}
            </Group>
          </Group>
        ))}
      </Stack>
    </Card>
  );
}
