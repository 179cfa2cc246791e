import { Badge, Group, Title } from '@mantine/core';
import { formatNumber } from '../../lib/format';

/** A home card's title with how many things wait in it (orange while any do). */
/** `label`: what the number counts, when the title alone does not say it ("1 berjalan"). */
export function CountTitle({ title, count, testId, label }: { title: string; count: number; testId: string; label?: string }) {
  return (
    <Group justify="space-between" mb="xs">
      <Title order={3} fz="h4">
        {title}
      </Title>
      <Badge color={count ? 'orange' : 'gray'} data-testid={testId}>
        {formatNumber(count)}
        {label && ` ${label}`}
      </Badge>
    </Group>
  );
}
