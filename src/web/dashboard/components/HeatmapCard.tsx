// Where the region is weak: OPD × indicator (share of the maximum, verified in brackets) or innovation ×
// indicator. Each cell opens the simulator focused on the actions that raise that indicator.
import { Card, Group, SegmentedControl, Table, Text, Title, Tooltip } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatNumber } from '../../lib/format';
import { AnchorLink } from '../../ui/links';
import { ErrorState, LoadingState } from '../../ui/states';
import { useHeatmap } from '../api/dashboard';

/** Red (weak) → yellow → green (strong), light enough to read text on. */
function shade(share: number): string {
  const hue = Math.round(Math.max(0, Math.min(1, share)) * 120);
  return `hsl(${hue} 70% 85%)`;
}

export function HeatmapCard({ canSimulate }: { canSimulate: boolean }) {
  const { t } = useTranslation();
  const h = useHeatmap();
  const [view, setView] = useState<'opd' | 'innovation'>('opd');
  if (h.isLoading) return <LoadingState />;
  if (h.error || !h.data) return <ErrorState error={h.error} onRetry={() => h.refetch()} />;
  const { indicators } = h.data;
  const cell = (code: string, share: number, label: string, hint: string) => (
    <Table.Td key={code} p={0} style={{ background: shade(share), textAlign: 'center' }}>
      <Tooltip label={hint} withArrow>
        {canSimulate ? (
          <AnchorLink to="/simulasi" search={{ indikator: code }} size="xs" c="dark" display="block" py={4} aria-label={hint}>
            {label}
          </AnchorLink>
        ) : (
          <Text size="xs" py={4} aria-label={hint}>
            {label}
          </Text>
        )}
      </Tooltip>
    </Table.Td>
  );
  return (
    <Card withBorder data-testid="heatmap">
      <Group justify="space-between" mb={4}>
        <Title order={3} fz="h4">
          {t('dashboard.heatmap')}
        </Title>
        <SegmentedControl
          size="xs"
          value={view}
          onChange={(v) => setView(v as 'opd' | 'innovation')}
          data={[
            { value: 'opd', label: t('nav.opds') },
            { value: 'innovation', label: t('nav.innovations') },
          ]}
        />
      </Group>
      <Text size="xs" c="dimmed" mb="sm">
        {t(view === 'opd' ? 'dashboard.heatmapOpdHint' : 'dashboard.heatmapInnovationHint')}
      </Text>
      <Table.ScrollContainer minWidth={indicators.length * 44 + 200}>
        <Table withTableBorder withColumnBorders fz="xs" verticalSpacing={0}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{view === 'opd' ? t('nav.opds') : t('verification.innovation')}</Table.Th>
              {indicators.map((i) => (
                <Table.Th key={i.code} style={{ textAlign: 'center' }}>
                  <Tooltip label={i.name}>
                    <span>{i.code}</span>
                  </Tooltip>
                </Table.Th>
              ))}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {view === 'opd'
              ? h.data.opds.map((o) => (
                  <Table.Tr key={o.id}>
                    <Table.Td>{o.shortName}</Table.Td>
                    {indicators.map((i) => {
                      const c = o.cells[i.code] ?? { claimed: 0, verified: 0 };
                      return cell(
                        i.code,
                        c.claimed,
                        formatNumber(c.claimed * 100),
                        t('dashboard.heatOpdCell', {
                          opd: o.shortName,
                          code: i.code,
                          name: i.name,
                          claimed: formatNumber(c.claimed * 100),
                          verified: formatNumber(c.verified * 100),
                        }),
                      );
                    })}
                  </Table.Tr>
                ))
              : h.data.innovations.map((e) => (
                  <Table.Tr key={e.id}>
                    <Table.Td>
                      <AnchorLink to="/innovations/$entryId" params={{ entryId: e.id }} size="xs">
                        {e.name}
                      </AnchorLink>
                    </Table.Td>
                    {indicators.map((i) => {
                      const c = e.cells[i.code] ?? { value: 0, reviewStatus: '' };
                      return cell(
                        i.code,
                        i.max ? c.value / i.max : 0,
                        String(c.value),
                        t('dashboard.heatInnovationCell', { code: i.code, name: i.name, value: c.value, max: i.max }),
                      );
                    })}
                  </Table.Tr>
                ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
    </Card>
  );
}
