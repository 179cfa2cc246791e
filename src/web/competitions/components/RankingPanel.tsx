// Rankings for the admin: each stage live while it runs (it follows the judges' saves), as kept once closed,
// and the final once locked. A later review stage (field verification) is decided here, entry by entry.
import { Alert, Button, Group, Select, Stack, Table, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FINAL_STAGE } from '../../../domain/competitions/status';
import { showApiError } from '../../ui/forms';
import { ErrorState, LoadingState } from '../../ui/states';
import { type CompetitionDetail, useDecide, useRanking } from '../api/competitions';
import { localName } from './labels';
import { ResultsTable } from './ResultsTable';

export function RankingPanel({ comp }: { comp: CompetitionDetail }) {
  const { t } = useTranslation();
  const finished = comp.status === 'locked' || comp.status === 'published';
  const options = [
    ...comp.rules.stages.map((s, i) => ({ value: s.id, label: localName(s), disabled: !finished && i > comp.currentStage })),
    ...(finished ? [{ value: FINAL_STAGE, label: t('competitions.ranking.final') }] : []),
  ];
  // The stage being run (or the final), unless the admin picked another while this one ran: closing a stage moves
  // the panel on to the next (the panel stays mounted across it, so a choice made at mount would keep the old one).
  const now = finished ? FINAL_STAGE : comp.rules.stages[comp.currentStage].id;
  const [picked, setPicked] = useState<{ during: string; id: string } | null>(null);
  const stageId = picked && picked.during === now ? picked.id : now;
  const setStageId = (id: string) => setPicked({ during: now, id });
  const ranking = useRanking(comp.id, stageId);
  const index = comp.rules.stages.findIndex((s) => s.id === stageId);
  const stage = comp.rules.stages[index];
  const deciding = comp.status === 'judging' && index === comp.currentStage && index > 0 && stage?.kind === 'review';
  return (
    <Stack>
      <Select label={t('competitions.ranking.stage')} w={360} allowDeselect={false} data={options} value={stageId} onChange={(v) => v && setStageId(v)} />
      {ranking.isLoading && <LoadingState />}
      {ranking.error && <ErrorState error={ranking.error} onRetry={() => ranking.refetch()} />}
      {ranking.data && (
        <>
          <Alert variant="light" color={ranking.data.closed ? 'gray' : 'orange'}>
            {ranking.data.closed
              ? t('competitions.ranking.closed')
              : stage?.kind === 'scored'
                ? t('competitions.ranking.live', { n: stage.topN ?? t('competitions.rules.everyone') })
                : t('competitions.ranking.review')}
          </Alert>
          {deciding ? (
            <DecideTable comp={comp} stageId={stageId} rows={ranking.data.rows} />
          ) : (
            <ResultsTable
              rows={ranking.data.rows}
              groups={comp.rules.groups}
              advancedLabel={stageId === FINAL_STAGE ? t('competitions.ranking.winner') : t('competitions.ranking.goesOn')}
            />
          )}
        </>
      )}
    </Stack>
  );
}

function DecideTable({
  comp,
  stageId,
  rows,
}: {
  comp: CompetitionDetail;
  stageId: string;
  rows: { entryId: string; innovationName: string; opdName: string; advanced: boolean; decided?: boolean }[];
}) {
  const { t } = useTranslation();
  const decide = useDecide(comp.id, stageId);
  return (
    <Table striped aria-label={t('competitions.ranking.decide')}>
      <Table.Tbody>
        {rows.map((r) => (
          <Table.Tr key={r.entryId}>
            <Table.Td>
              <Text size="sm" fw={600}>
                {r.innovationName}
              </Text>
              <Text size="xs" c="dimmed">
                {r.opdName}
              </Text>
            </Table.Td>
            <Table.Td>
              <Group gap={6}>
                {!r.decided && (
                  <Text size="xs" c="orange">
                    {t('competitions.ranking.undecided')}
                  </Text>
                )}
                {[true, false].map((pass) => (
                  <Button
                    key={String(pass)}
                    size="xs"
                    variant={r.decided && r.advanced === pass ? 'filled' : 'default'}
                    aria-pressed={Boolean(r.decided && r.advanced === pass)}
                    color={pass ? 'green' : 'red'}
                    onClick={() => decide.mutate({ entryId: r.entryId, advanced: pass }, { onError: (e) => showApiError(null, e) })}
                  >
                    {t(pass ? 'competitions.ranking.pass' : 'competitions.ranking.stop')}
                  </Button>
                ))}
              </Group>
            </Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}
