// One index (0–100) per year as the dashboard draws it: the official result solid, the claimed and verified
// figures dashed; years without a value left empty. The IID trend and the IPKD card both draw it.
import { LineChart } from '@mantine/charts';
import { formatNumber } from '../../lib/format';

export function IndexTrendChart({
  data,
  names,
  h,
  withLegend = false,
}: {
  data: Record<string, string | number | null>[];
  names: { official: string; claimed: string; verified: string };
  h: number;
  withLegend?: boolean;
}) {
  return (
    <LineChart
      h={h}
      data={data}
      dataKey="year"
      curveType="linear"
      yAxisProps={{ domain: [0, 100], ticks: [0, 20, 40, 60, 80, 100], width: 40, tickFormatter: (v: number) => formatNumber(v) }}
      xAxisProps={{ interval: 0, padding: { left: 16, right: 16 } }}
      connectNulls={false}
      dotProps={{ r: 4 }}
      valueFormatter={(v) => formatNumber(v, 2)}
      withLegend={withLegend}
      series={[
        { name: names.official, color: 'blue.6' },
        { name: names.claimed, color: 'orange.6', strokeDasharray: '4 4' },
        { name: names.verified, color: 'teal.7', strokeDasharray: '4 4' },
      ]}
    />
  );
}
