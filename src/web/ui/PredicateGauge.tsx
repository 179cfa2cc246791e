// A half-circle gauge 0–100 with the predicate bands coloured and a needle at the value.
import { Stack, Text } from '@mantine/core';
import { formatNumber } from '../lib/format';

export interface GaugeBand {
  min: number;
  max: number;
  label: string;
}

const COLORS = ['#adb5bd', '#fa5252', '#fab005', '#40c057', '#228be6'];

function polar(cx: number, cy: number, r: number, value: number) {
  const angle = Math.PI * (1 - value / 100);
  return { x: cx + r * Math.cos(angle), y: cy - r * Math.sin(angle) };
}

function arc(cx: number, cy: number, r: number, from: number, to: number) {
  const a = polar(cx, cy, r, from);
  const b = polar(cx, cy, r, to);
  return `M ${a.x} ${a.y} A ${r} ${r} 0 0 1 ${b.x} ${b.y}`;
}

export function PredicateGauge({ value, bands, predicate, label }: { value: number; bands: GaugeBand[]; predicate: string; label: string }) {
  const cx = 110;
  const cy = 110;
  const r = 90;
  const visible = bands.filter((b) => b.max > b.min);
  const needle = polar(cx, cy, r - 18, Math.max(0, Math.min(100, value)));
  return (
    <Stack gap={0} align="center">
      <svg viewBox="0 0 220 125" width="100%" style={{ maxWidth: 280 }} role="img" aria-label={label}>
        {visible.map((b, k) => (
          <path key={b.label} d={arc(cx, cy, r, b.min, b.max)} stroke={COLORS[(k + 1) % COLORS.length]} strokeWidth={16} fill="none">
            <title>{`${b.label}: ${formatNumber(b.min, 2)}–${formatNumber(b.max, 2)}`}</title>
          </path>
        ))}
        <line x1={cx} y1={cy} x2={needle.x} y2={needle.y} stroke="#212529" strokeWidth={3} strokeLinecap="round" />
        <circle cx={cx} cy={cy} r={6} fill="#212529" />
      </svg>
      <Text fz={34} fw={800} lh={1} data-testid="iid-value">
        {formatNumber(value, 2)}
      </Text>
      <Text fw={600} c="dimmed" data-testid="iid-predicate">
        {predicate}
      </Text>
    </Stack>
  );
}
