// The IPKD beside the IID on the dashboard: claimed, verified and official index per measurement year, the newest
// year's predicate, and the way to the IPKD pages. Shown to those who read the IPKD (not to an OPD's staff).
import { Anchor, Badge, Card, Group, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { formatNumber } from '../../lib/format';
import { ipkdYearsQuery } from '../../lib/queries/ipkd';
import { IndexTrendChart } from './IndexTrendChart';

const PREDICATE_COLOR = { A: 'teal', B: 'yellow', C: 'red' } as const;

export function IpkdTrendCard() {
  const { t } = useTranslation();
  const years = useQuery(ipkdYearsQuery());
  const list = years.data ?? [];
  const newest = list.at(-1);
  const claimed = t('dashboard.ipkd.claimed');
  const verified = t('dashboard.ipkd.verified');
  const official = t('dashboard.ipkd.official');
  const data = list.map((y) => ({
    year: String(y.measurementYear),
    [claimed]: y.claimed.ipkd,
    [verified]: y.verified.ipkd,
    [official]: y.official?.ipkd ?? null,
  }));
  return (
    <Card withBorder data-testid="ipkd-trend">
      <Group justify="space-between" align="flex-start" mb="sm">
        <Title order={3} fz="h4">
          {t('dashboard.ipkd.title')}
        </Title>
        <Anchor component={Link} to="/ipkd" size="sm">
          {t('dashboard.ipkd.open')}
        </Anchor>
      </Group>
      {years.isLoading ? null : !newest ? (
        <Text size="sm" c="dimmed">
          {t('dashboard.ipkd.empty')}
        </Text>
      ) : (
        <>
          <Group gap="xs" mb="xs">
            <Text size="sm">
              {t('dashboard.ipkd.newest', { year: newest.measurementYear, budgetYear: newest.budgetYear, value: formatNumber(newest.claimed.ipkd, 2) })}
            </Text>
            <Badge color={PREDICATE_COLOR[newest.claimed.predicate]} variant="light">
              {newest.claimed.predicate}
            </Badge>
          </Group>
          {list.length > 1 ? (
            <IndexTrendChart h={200} data={data} names={{ official, claimed, verified }} withLegend />
          ) : (
            <Text size="sm" c="dimmed">
              {t('dashboard.ipkd.oneYear', { verified: formatNumber(newest.verified.ipkd, 2) })}
            </Text>
          )}
        </>
      )}
    </Card>
  );
}
