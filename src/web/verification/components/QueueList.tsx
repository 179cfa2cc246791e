// The queue's items: a table on wide screens; on phones a list of cards, with the selected item's decision
// panel opening directly under its card (the verifier never scrolls away from the item they decide on).
import { Badge, Card, Group, Stack, Table, Text, UnstyledButton } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { formatNumber } from '../../lib/format';
import { ReviewBadge } from '../../ui/evidence/ReviewBadge';
import type { QueueItem } from '../api/verification';

export const keyOf = (i: QueueItem) => `${i.entryId ?? i.periodId}:${i.code}`;

interface Props {
  items: QueueItem[];
  scope: 'sid' | 'spd';
  /** The indicator's name in the reader's language. */
  nameOf: (item: QueueItem) => string;
  selectedKey: string | null;
  onSelect: (key: string) => void;
  /** Phones: cards, and the decision panel of the selected item right under it. */
  compact: boolean;
  panel: ReactNode;
}

export function QueueList({ items, scope, nameOf, selectedKey, onSelect, compact, panel }: Props) {
  const { t } = useTranslation();
  if (compact)
    return (
      <Stack gap="xs" p="xs" data-testid="queue">
        {items.map((i) => {
          const active = keyOf(i) === selectedKey;
          return (
            <Stack key={keyOf(i)} gap="xs" data-testid="queue-row" aria-selected={active}>
              <Card withBorder p="sm" bg={active ? 'var(--mantine-color-blue-light)' : undefined}>
                <UnstyledButton onClick={() => onSelect(keyOf(i))} data-testid="queue-item" w="100%" style={{ textAlign: 'left' }}>
                  <Group justify="space-between" align="flex-start" wrap="nowrap" gap="xs">
                    <Stack gap={2} style={{ minWidth: 0 }}>
                      <Text size="sm" fw={600} style={{ overflowWrap: 'anywhere' }}>
                        {i.entryName ?? t('evidence.regionLevel')}
                      </Text>
                      {i.opdName && (
                        <Text size="xs" c="dimmed" style={{ overflowWrap: 'anywhere' }}>
                          {i.opdName}
                        </Text>
                      )}
                    </Stack>
                    <ReviewBadge status={i.reviewStatus} />
                  </Group>
                  <Text size="sm" mt={4} style={{ overflowWrap: 'anywhere' }}>
                    {i.code}. {nameOf(i)}
                  </Text>
                  <Group gap="xs" mt={4}>
                    <Badge variant="light" color="gray">
                      {t('verification.value')}: {i.value}
                    </Badge>
                    <Badge variant="light" color="gray">
                      {t('verification.evidenceCount')}: {formatNumber(i.evidenceCount)}
                    </Badge>
                  </Group>
                </UnstyledButton>
              </Card>
              {active && panel}
            </Stack>
          );
        })}
      </Stack>
    );
  return (
    <Table highlightOnHover verticalSpacing="xs" data-testid="queue">
      <Table.Thead>
        <Table.Tr>
          <Table.Th>{scope === 'sid' ? t('verification.innovation') : t('evidence.owner')}</Table.Th>
          <Table.Th>{t('verification.indicator')}</Table.Th>
          <Table.Th>{t('verification.value')}</Table.Th>
          <Table.Th>{t('verification.evidenceCount')}</Table.Th>
          <Table.Th>{t('common.status')}</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {items.map((i) => {
          const active = keyOf(i) === selectedKey;
          return (
            // The whole row picks the item (the button in the first cell keeps it reachable by keyboard).
            <Table.Tr
              key={keyOf(i)}
              bg={active ? 'var(--mantine-color-blue-light)' : undefined}
              aria-selected={active}
              data-testid="queue-row"
              onClick={() => onSelect(keyOf(i))}
              style={{ cursor: 'pointer' }}
            >
              <Table.Td>
                <UnstyledButton onClick={() => onSelect(keyOf(i))} data-testid="queue-item" style={{ textAlign: 'left' }}>
                  <Text size="sm" fw={500}>
                    {i.entryName ?? t('evidence.regionLevel')}
                  </Text>
                  {i.opdName && (
                    <Text size="xs" c="dimmed">
                      {i.opdName}
                    </Text>
                  )}
                </UnstyledButton>
              </Table.Td>
              <Table.Td>
                <Text size="sm">
                  {i.code}. {nameOf(i)}
                </Text>
              </Table.Td>
              <Table.Td>{i.value}</Table.Td>
              <Table.Td>{formatNumber(i.evidenceCount)}</Table.Td>
              <Table.Td>
                <ReviewBadge status={i.reviewStatus} />
              </Table.Td>
            </Table.Tr>
          );
        })}
      </Table.Tbody>
    </Table>
  );
}
