import { Badge, Group, Title } from '@mantine/core';
import { formatNumber } from '../../lib/format';

/** A home card's title with how many things wait in it (orange while any do). */
export function CountTitle({ title, count, testId }: { title: string; count: number; testId: string }) {
  return (
    <Group justify="space-between" mb="xs">
      <Title order={3} fz="h4">
        {title}
      </Title>
      <Badge color={count ? 'orange' : 'gray'} data-testid={testId}>
        {formatNumber(count)}
      </Badge>
    </Group>
  );
}
