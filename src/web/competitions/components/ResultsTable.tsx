// A ranking as a table: rank, innovation and OPD, group, score, and whether it went on (or won).
import { Badge, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Group } from '../../../domain/competitions/template';
import { EmptyState } from '../../ui/states';
import { formatScore, localName } from './labels';

export interface ResultLine {
  entryId: string;
  innovationName: string;
  opdName: string;
  groupId: string;
  score: number | null;
  rank: number | null;
  advanced: boolean;
  judges?: number;
}

export function ResultsTable({ rows, groups, advancedLabel }: { rows: ResultLine[]; groups: Group[]; advancedLabel?: string }) {
  const { t } = useTranslation();
  if (!rows.length) return <EmptyState message={t('competitions.ranking.empty')} />;
  const groupName = (id: string) => localName(groups.find((g) => g.id === id) ?? { name: id });
  const showJudges = rows.some((r) => r.judges !== undefined && r.judges > 0);
  return (
    <Table.ScrollContainer minWidth={320}>
      <Table striped verticalSpacing="xs" aria-label={t('competitions.tabs.ranking')}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th w={60}>{t('competitions.ranking.rank')}</Table.Th>
            <Table.Th>{t('competitions.entries.innovation')}</Table.Th>
            <Table.Th visibleFrom="sm">{t('competitions.entries.group')}</Table.Th>
            <Table.Th ta="right">{t('competitions.ranking.score')}</Table.Th>
            {showJudges && (
              <Table.Th ta="right" visibleFrom="sm">
                {t('competitions.ranking.judges')}
              </Table.Th>
            )}
            <Table.Th />
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.map((r) => (
            <Table.Tr key={r.entryId} data-testid="ranking-row" data-rank={r.rank ?? ''}>
              <Table.Td fw={700}>{r.rank ?? '—'}</Table.Td>
              <Table.Td>
                <Text size="sm" fw={600}>
                  {r.innovationName}
                </Text>
                <Text size="xs" c="dimmed">
                  {r.opdName}
                </Text>
              </Table.Td>
              <Table.Td visibleFrom="sm">{groupName(r.groupId)}</Table.Td>
              <Table.Td ta="right">{formatScore(r.score)}</Table.Td>
              {showJudges && (
                <Table.Td ta="right" visibleFrom="sm">
                  {r.judges ?? 0}
                </Table.Td>
              )}
              <Table.Td>
                {r.advanced && (
                  <Badge color="green" variant="light">
                    {advancedLabel ?? t('competitions.ranking.winner')}
                  </Badge>
                )}
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
