import { Group, Stack, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';

export function PageHeader({ title, description, actions }: { title: string; description?: string; actions?: ReactNode }) {
  return (
    <Group justify="space-between" align="flex-end" mb="md" gap="sm">
      <Stack gap={2}>
        <Title order={2}>{title}</Title>
        {description && (
          <Text c="dimmed" size="sm">
            {description}
          </Text>
        )}
      </Stack>
      {actions}
    </Group>
  );
}

/** A card's title with a one-line hint under it. */
export function SectionTitle({ title, hint }: { title: string; hint: ReactNode }) {
  return (
    <>
      <Title order={3} fz="h4" mb={4}>
        {title}
      </Title>
      <Text size="xs" c="dimmed" mb="sm">
        {hint}
      </Text>
    </>
  );
}
