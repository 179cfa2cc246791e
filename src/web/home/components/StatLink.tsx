// A count on the home page that opens the list it counts (the same endpoint and filters as that page).
import { Card, type CardProps, Group, Stack, Text, ThemeIcon } from '@mantine/core';
import { createLink } from '@tanstack/react-router';
import { type AnchorHTMLAttributes, forwardRef, type ReactNode } from 'react';
import { formatNumber } from '../../lib/format';

const CardAnchor = forwardRef<HTMLAnchorElement, CardProps & AnchorHTMLAttributes<HTMLAnchorElement>>((props, ref) => (
  <Card ref={ref} component="a" withBorder {...props} />
));
export const CardLink = createLink(CardAnchor);

export function StatBody({ icon, label, value }: { icon: ReactNode; label: string; value: number | undefined }) {
  return (
    <Group wrap="nowrap">
      <ThemeIcon size={42} radius="md" variant="light">
        {icon}
      </ThemeIcon>
      <Stack gap={0}>
        <Text size="xs" c="dimmed" tt="uppercase" fw={600}>
          {label}
        </Text>
        <Text fz={26} fw={700} data-testid="home-stat-value">
          {value === undefined ? '…' : formatNumber(value)}
        </Text>
      </Stack>
    </Group>
  );
}
