// The region's IID for the latest period, claimed beside verified: the figure the Bappeda watches, with the
// way to the dashboard behind it.
import { Card, Group, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { formatNumber } from '../../lib/format';
import { AnchorLink } from '../../ui/links';
import { type ScoreSummary, useCurrentPeriod, useRegionScore } from '../api/home';

export function RegionScoreCard() {
  const { t } = useTranslation();
  // A new region has no period yet: nothing to score, and asking would only get a 404.
  const period = useCurrentPeriod();
  const score = useRegionScore(Boolean(period.data));
  if (score.isLoading || score.error || !score.data) return null;
  const { year, claimed, verified } = score.data;
  const figure = (label: string, s: ScoreSummary, testId: string, color: string) => (
    <Stack gap={0} data-testid={testId}>
      <Text size="xs" c="dimmed" tt="uppercase" fw={600}>
        {label}
      </Text>
      <Text fz={34} fw={700} c={color} data-testid={`${testId}-value`}>
        {formatNumber(s.iid, 2)}
      </Text>
      <Text size="sm">{s.predicate}</Text>
      <Text size="xs" c="dimmed">
        SPD {formatNumber(s.spd, 2)} · SID {formatNumber(s.sid, 2)} · {t('score.sent', { count: s.sent })}
      </Text>
    </Stack>
  );
  return (
    <Card withBorder>
      <Group justify="space-between" mb="xs">
        <Title order={3} fz="h4">
          {t('score.title', { year })}
        </Title>
        {/* Every role shown this card may open the dashboard: the trend, the OPDs and the leaders' report. */}
        <AnchorLink to="/dasbor" size="sm" data-testid="open-dashboard">
          {t('score.openDashboard')} →
        </AnchorLink>
      </Group>
      <SimpleGrid cols={{ base: 1, xs: 2 }}>
        {figure(t('score.claimed'), claimed, 'iid-claimed', 'blue.8')}
        {figure(t('score.verified'), verified, 'iid-verified', 'teal.8')}
      </SimpleGrid>
      <Text size="xs" c="dimmed" mt="xs">
        {t('score.hint')}
      </Text>
    </Card>
  );
}
