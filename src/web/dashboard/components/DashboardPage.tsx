// The region dashboard: IID now (claimed and verified) on the period's bands, the trend of official results
// beside this year's forecast, the breakdown, innovations and verification figures, and deadlines.
import '@mantine/charts/styles.css';
import { BarChart } from '@mantine/charts';
import { Badge, Button, Card, ColorSwatch, Group, List, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { IconFileTypePdf } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { JENIS, TAHAPAN } from '../../../domain/innovation/profile';
import { trendYears } from '../../../domain/monitoring/trend';
import { formatDate, formatDaysFromToday, formatNumber } from '../../lib/format';
import { PageHeader, SectionTitle } from '../../ui/PageHeader';
import { PredicateGauge } from '../../ui/PredicateGauge';
import { ErrorState, LoadingState, NoPeriodState } from '../../ui/states';
import { type RegionDashboard, useHistory, usePeriodList, useRegionDashboard } from '../api/dashboard';
import { HeatmapCard } from './HeatmapCard';
import { HistoryCard } from './HistoryCard';
import { IndexTrendChart } from './IndexTrendChart';
import { IpkdTrendCard } from './IpkdTrendCard';
import { OpdMonitoringCard } from './OpdMonitoringCard';
import { PackageCard } from './PackageCard';

function LegendItem({ color, label }: { color: string; label: string }) {
  return (
    <Group gap={6} wrap="nowrap">
      <ColorSwatch color={color} size={12} withShadow={false} />
      <Text size="sm">{label}</Text>
    </Group>
  );
}

function GaugeTitle({ children }: { children: string }) {
  return (
    <Text ta="center" fw={700} size="lg" data-testid="gauge-label">
      {children}
    </Text>
  );
}

function Figure({ label, value, hint }: { label: string; value: string; hint?: string }) {
  return (
    <Card withBorder>
      <Text size="xs" c="dimmed" tt="uppercase" fw={600}>
        {label}
      </Text>
      <Text fz={26} fw={700}>
        {value}
      </Text>
      {hint && (
        <Text size="xs" c="dimmed">
          {hint}
        </Text>
      )}
    </Card>
  );
}

export function DashboardPage({
  canEditHistory,
  canSimulate,
  canExport,
  canReadIpkd,
}: {
  canEditHistory: boolean;
  canSimulate: boolean;
  canExport: boolean;
  canReadIpkd: boolean;
}) {
  const { t } = useTranslation();
  const periods = usePeriodList();
  const hasPeriod = Boolean(periods.data?.length);
  const d = useRegionDashboard(hasPeriod);
  const history = useHistory();
  if (periods.isLoading || d.isLoading) return <LoadingState />;
  if (periods.error) return <ErrorState error={periods.error} onRetry={() => periods.refetch()} />;
  if (!hasPeriod || (d.error && (d.error as { status?: number }).status === 404))
    return (
      <Stack>
        <PageHeader title={t('nav.dashboard')} />
        <NoPeriodState canOpen={canEditHistory} what="dashboard" />
      </Stack>
    );
  if (d.error || !d.data) return <ErrorState error={d.error} onRetry={() => d.refetch()} />;
  const data = d.data;
  // Every year from the first official result to this one; a year without a result is a gap (null), and this
  // year's forecast is its own two series, never joined to the official line.
  const official = t('dashboard.official');
  const claimed = t('dashboard.forecastClaimed', { year: data.period.year });
  const verified = t('dashboard.forecastVerified', { year: data.period.year });
  const trend = trendYears(history.data ?? [], data.period.year).map((y) => ({
    year: String(y.year),
    [official]: y.official,
    [claimed]: y.year === data.period.year ? data.claimed.iid : null,
    [verified]: y.year === data.period.year ? data.verified.iid : null,
  }));
  return (
    <Stack className="dashboard">
      <PageHeader
        title={t('dashboard.title', { year: data.period.year })}
        description={`${data.period.frameworkName} · ${t(`periods.status.${data.period.status}`)}`}
        actions={
          <Button
            component="a"
            variant="default"
            className="no-print"
            leftSection={<IconFileTypePdf size={16} />}
            href={`/api/exports/report.pdf?periodId=${data.period.id}`}
            download
          >
            {t('dashboard.report')}
          </Button>
        }
      />
      <SimpleGrid cols={{ base: 1, md: 2 }}>
        <Card withBorder data-testid="gauge-claimed">
          <GaugeTitle>{t('score.claimed')}</GaugeTitle>
          <PredicateGauge value={data.claimed.iid} bands={data.bands} predicate={data.claimed.predicate} label={t('score.claimed')} />
        </Card>
        <Card withBorder data-testid="gauge-verified">
          <GaugeTitle>{t('score.verified')}</GaugeTitle>
          <PredicateGauge value={data.verified.iid} bands={data.bands} predicate={data.verified.predicate} label={t('score.verified')} />
        </Card>
      </SimpleGrid>
      <SimpleGrid cols={{ base: 2, sm: 4 }}>
        <Figure label={t('dashboard.registered')} value={formatNumber(data.innovations.registered)} />
        <Figure
          label={t('dashboard.sent')}
          value={formatNumber(data.innovations.sent)}
          hint={t('dashboard.divisorHint', { k: data.divisorFloor, divisor: data.claimed.divisor })}
        />
        <Figure label={t('evidence.review.menunggu')} value={formatNumber(data.verification.menunggu)} hint={t('dashboard.backlog')} />
        <Figure label={t('evidence.review.dikembalikan')} value={formatNumber(data.verification.dikembalikan)} />
      </SimpleGrid>
      <Card withBorder data-testid="trend">
        <Title order={3} fz="h4" mb="sm">
          {t('dashboard.trend')}
        </Title>
        {history.data?.length ? (
          <IndexTrendChart h={260} data={trend} names={{ official, claimed, verified }} />
        ) : (
          <Text size="sm" c="dimmed">
            {t('dashboard.noHistory')}
          </Text>
        )}
        {/* Our own legend: it wraps on a phone instead of running into the text below. */}
        <Group gap="md" mt="xs" data-testid="trend-legend">
          <LegendItem color="var(--mantine-color-blue-6)" label={official} />
          <LegendItem color="var(--mantine-color-orange-6)" label={claimed} />
          <LegendItem color="var(--mantine-color-teal-7)" label={verified} />
        </Group>
        <Text size="xs" c="dimmed" mt="xs">
          {t('dashboard.trendHint')}
        </Text>
      </Card>
      {canReadIpkd && <IpkdTrendCard />}
      <SimpleGrid cols={{ base: 1, md: 2 }}>
        <BreakdownCard data={data} />
        <Card withBorder>
          <Title order={3} fz="h4" mb="sm">
            {t('dashboard.urusan')}
          </Title>
          <Badge color={data.claimed.urusan.conditionMet ? 'teal' : 'orange'} variant="light" mb="xs">
            {t('dashboard.urusanCovered', {
              covered: data.claimed.urusan.covered.length,
              needed: data.claimed.urusan.needed,
              total: data.claimed.urusan.required.length,
            })}
          </Badge>
          {data.claimed.urusan.missing.length > 0 && (
            <Text size="sm">
              {t('dashboard.urusanMissing')}: {data.claimed.urusan.missing.join(', ')}
            </Text>
          )}
          <Title order={4} fz="h5" mt="md" mb="xs">
            {t('dashboard.deadlines')}
          </Title>
          <List size="sm" spacing={4}>
            {data.deadlines.map((x) => (
              <List.Item key={x.key}>
                {t(`dashboard.deadline.${x.key}`)}: {formatDate(x.date)} — {formatDaysFromToday(x.days)}
              </List.Item>
            ))}
          </List>
        </Card>
      </SimpleGrid>
      <SimpleGrid cols={{ base: 1, md: 2 }}>
        <Distribution title={t('innovations.tahapan.label')} values={data.innovations.byTahapan} order={TAHAPAN} group="tahapan" />
        <Distribution title={t('innovations.jenis.label')} values={data.innovations.byJenis} order={JENIS} group="jenis" />
      </SimpleGrid>
      <OpdMonitoringCard />
      <HeatmapCard canSimulate={canSimulate} />
      <HistoryCard canEdit={canEditHistory} />
      {canExport && <PackageCard periodId={data.period.id} />}
    </Stack>
  );
}

function BreakdownCard({ data }: { data: RegionDashboard }) {
  const { t } = useTranslation();
  const rows = data.claimed.variables.map((v, k) => ({
    variable: v.variable.replace(/ \(.*\)$/, ''),
    [t('score.claimed')]: v.possible ? Math.round((v.earned / v.possible) * 1000) / 10 : 0,
    [t('score.verified')]: data.verified.variables[k]?.possible
      ? Math.round((data.verified.variables[k].earned / data.verified.variables[k].possible) * 1000) / 10
      : 0,
  }));
  return (
    <Card withBorder>
      <SectionTitle
        title={t('dashboard.breakdown')}
        hint={`SPD ${formatNumber(data.claimed.spd, 2)} / SID ${formatNumber(data.claimed.sid, 2)} · ${t('dashboard.breakdownHint')}`}
      />
      <BarChart
        // Room for a variable name wrapped on two or three lines beside its pair of bars, even on a phone.
        h={Math.max(240, rows.length * 52)}
        data={rows}
        dataKey="variable"
        orientation="vertical"
        yAxisProps={{ width: 130, interval: 0 }}
        xAxisProps={{ domain: [0, 100], ticks: [0, 50, 100], tickFormatter: (v: number) => `${formatNumber(v)} %` }}
        valueFormatter={(v) => `${formatNumber(v, 1)} %`}
        series={[
          { name: t('score.claimed'), color: 'indigo.4' },
          { name: t('score.verified'), color: 'teal.6' },
        ]}
      />
      <Group gap="md" mt="xs">
        <LegendItem color="var(--mantine-color-indigo-4)" label={t('score.claimed')} />
        <LegendItem color="var(--mantine-color-teal-6)" label={t('score.verified')} />
      </Group>
    </Card>
  );
}

/** Counts per choice in the choice list's own order (e.g. Inisiatif, Uji Coba, Penerapan), zeros included;
 * innovations without an answer last. */
function Distribution({
  title,
  values,
  order,
  group,
}: {
  title: string;
  values: Record<string, number>;
  order: readonly string[];
  group: 'tahapan' | 'jenis';
}) {
  const { t } = useTranslation();
  const keys = Object.keys(values).length ? [...order, ...Object.keys(values).filter((k) => !order.includes(k))] : [];
  const rows = keys.map((k) => ({
    key: order.includes(k) ? t(`innovations.${group}.${k}`) : t('dashboard.notFilled'),
    [t('dashboard.count')]: values[k] ?? 0,
  }));
  return (
    <Card withBorder>
      <Title order={3} fz="h4" mb="sm">
        {title}
      </Title>
      {rows.length ? (
        <BarChart h={180} data={rows} dataKey="key" series={[{ name: t('dashboard.count'), color: 'blue.6' }]} valueFormatter={(v) => formatNumber(v)} />
      ) : (
        <Group>
          <Text size="sm" c="dimmed">
            {t('dashboard.none')}
          </Text>
        </Group>
      )}
    </Card>
  );
}
