import { Alert, Card, Group, Progress, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { IidResult } from '../../../domain/iid/engine';
import type { Framework } from '../../../domain/iid/types';
import { urusanByCode } from '../../../domain/iid/urusan';
import { formatNumber } from '../../lib/format';
import { PredicateGauge } from '../../ui/PredicateGauge';

function Figure({ label, value, testId }: { label: string; value: string; testId?: string }) {
  return (
    <Stack gap={0}>
      <Text size="xs" c="dimmed">
        {label}
      </Text>
      <Text fw={700} data-testid={testId}>
        {value}
      </Text>
    </Stack>
  );
}

export function ScorePanel({ framework, result }: { framework: Framework; result: IidResult }) {
  const { t } = useTranslation();
  const n2 = (x: number) => formatNumber(x, 2);
  return (
    <Card withBorder>
      <Stack>
        <PredicateGauge
          value={result.iid}
          bands={framework.bands}
          predicate={result.predicate}
          label={t('simulation.gauge', { value: n2(result.iid), predicate: result.predicate })}
        />
        <SimpleGrid cols={{ base: 2, sm: 3 }} spacing="sm">
          <Figure label={t('simulation.spd')} value={`${n2(result.spd)} / ${n2(result.breakdown.aspects[0].possible)}`} testId="score-spd" />
          <Figure label={t('simulation.sid')} value={n2(result.sidIndicators)} />
          <Figure label={t('simulation.countScore')} value={`${n2(result.countScore)} / ${n2(framework.countScore.cap)}`} testId="score-count" />
          <Figure label={t('simulation.total')} value={`${n2(result.total)} / ${n2(result.maxScore)}`} testId="score-total" />
          <Figure label={t('simulation.sent')} value={formatNumber(result.sent)} />
          <Figure label={t('simulation.divisor')} value={formatNumber(result.divisor)} />
        </SimpleGrid>
        {result.urusan.required.length > 0 && (
          <Alert color={result.urusan.conditionMet ? 'green' : 'orange'} p="xs">
            <Text size="sm">
              {t(result.urusan.conditionMet ? 'simulation.urusanMet' : 'simulation.urusanNotMet', {
                covered: result.urusan.covered.length,
                needed: result.urusan.needed,
              })}
            </Text>
            {result.urusan.missing.length > 0 && (
              <Text size="xs" c="dimmed">
                {result.urusan.missing.map((c) => `${c} ${urusanByCode(c)?.name ?? ''}`).join(' · ')}
              </Text>
            )}
          </Alert>
        )}
      </Stack>
    </Card>
  );
}

export function VariableBreakdown({ result }: { result: IidResult }) {
  const { t } = useTranslation();
  return (
    <Card withBorder>
      <Title order={3} fz="h5" mb="sm">
        {t('simulation.breakdown')}
      </Title>
      <Stack gap="xs">
        {result.breakdown.variables.map((v) => {
          const pct = v.possible ? (v.earned / v.possible) * 100 : 0;
          return (
            <Stack key={`${v.aspect}${v.variable}`} gap={2}>
              <Group justify="space-between" gap="xs" wrap="nowrap">
                <Text size="sm" truncate>
                  {v.aspect} · {v.variable}
                </Text>
                <Text size="sm" c="dimmed" style={{ whiteSpace: 'nowrap' }}>
                  {formatNumber(v.earned, 2)} / {formatNumber(v.possible, 2)}
                </Text>
              </Group>
              <Progress value={pct} color={pct >= 70 ? 'green' : pct >= 40 ? 'yellow' : 'red'} aria-label={v.variable} />
            </Stack>
          );
        })}
      </Stack>
    </Card>
  );
}
