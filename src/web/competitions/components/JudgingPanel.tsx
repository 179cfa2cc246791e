// Judging of a scored stage, for the admin: who judges, which entries each scores (balanced automatically or
// set by hand, never a conflicted pair — the server refuses those too), and how far each judge has come.
import { Alert, Badge, Button, Checkbox, Group, Modal, MultiSelect, Progress, Select, Stack, Table, Text, TextInput, Tooltip } from '@mantine/core';
import { useForm } from '@mantine/form';
import { IconArrowsShuffle, IconBell, IconUserPlus } from '@tabler/icons-react';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../lib/format';
import { notifySaved, showApiError } from '../../ui/forms';
import { SecretOnce } from '../../ui/SecretOnce';
import { EmptyState, ErrorState, LoadingState } from '../../ui/states';
import { type CompetitionDetail, useAssign, useInvite, useRemindJudges, useSetJudges, useStageJudging } from '../api/competitions';
import { localName } from './labels';

export function JudgingPanel({ comp }: { comp: CompetitionDetail }) {
  const { t } = useTranslation();
  const scored = comp.rules.stages.filter((s) => s.kind === 'scored');
  const running = comp.rules.stages[comp.currentStage];
  const [stageId, setStageId] = useState<string | undefined>(running?.kind === 'scored' ? running.id : scored[0]?.id);
  // A stage closed (here or elsewhere) while the panel is open: show the one now running, never the closed one
  // whose judges the admin would otherwise be changing.
  useEffect(() => {
    if (running?.kind === 'scored') setStageId(running.id);
  }, [running?.id]);
  if (!scored.length) return <EmptyState message={t('competitions.judging.noScoredStage')} />;
  return (
    <Stack>
      <Select
        label={t('competitions.judging.stage')}
        w={360}
        allowDeselect={false}
        data={scored.map((s) => ({ value: s.id, label: localName(s) }))}
        value={stageId}
        onChange={(v) => setStageId(v ?? undefined)}
      />
      {stageId && <StageJudging key={stageId} comp={comp} stageId={stageId} />}
    </Stack>
  );
}

function StageJudging({ comp, stageId }: { comp: CompetitionDetail; stageId: string }) {
  const { t } = useTranslation();
  const data = useStageJudging(comp.id, stageId);
  const setJudges = useSetJudges(comp.id, stageId);
  const assign = useAssign(comp.id, stageId);
  const [chosen, setChosen] = useState<string[]>([]);
  const [short, setShort] = useState<{ entry: string; judges: number }[]>([]);
  const [inviting, setInviting] = useState(false);
  const remind = useRemindJudges(comp.id, stageId);
  const running = comp.status === 'judging' && comp.rules.stages[comp.currentStage]?.id === stageId;
  useEffect(() => {
    if (data.data) setChosen(data.data.judges.map((j) => j.id));
  }, [data.data?.judges.map((j) => j.id).join()]);
  if (data.isLoading) return <LoadingState />;
  if (data.error || !data.data) return <ErrorState error={data.error} onRetry={() => data.refetch()} />;
  const p = data.data;
  const stage = comp.rules.stages.find((s) => s.id === stageId);
  const judgeName = (id: string) => p.judges.find((j) => j.id === id)?.fullName ?? id;
  const conflictOf = (judgeId: string, entryId: string) => p.conflicts.find((c) => c.judgeId === judgeId && c.entryId === entryId);
  const dirty = chosen.join() !== p.judges.map((j) => j.id).join();
  return (
    <Stack>
      <Group align="flex-end">
        <MultiSelect
          // minWidth 0 and pills no wider than the field: a long name with its OPD is cut short on a phone
          // instead of widening the page.
          style={{ flex: 1, minWidth: 0 }}
          styles={{ pill: { maxWidth: '100%' } }}
          label={t('competitions.judging.judges')}
          description={t('competitions.judging.judgesHint')}
          searchable
          nothingFoundMessage={t('competitions.judging.noCandidates')}
          data={p.candidates.map((j) => ({ value: j.id, label: j.opdName ? `${j.fullName} (${j.opdName})` : j.fullName }))}
          value={chosen}
          onChange={setChosen}
        />
        <Button
          disabled={!dirty}
          loading={setJudges.isPending}
          onClick={() =>
            setJudges.mutate(chosen, { onSuccess: () => notifySaved(t('competitions.judging.judgesSaved')), onError: (e) => showApiError(null, e) })
          }
        >
          {t('competitions.judging.saveJudges')}
        </Button>
      </Group>
      <Group>
        <Button variant="subtle" size="xs" leftSection={<IconUserPlus size={14} />} onClick={() => setInviting(true)}>
          {t('competitions.judging.invite')}
        </Button>
        {running && p.judges.some((j) => j.completed < j.assigned) && (
          <Button
            variant="subtle"
            size="xs"
            leftSection={<IconBell size={14} />}
            loading={remind.isPending}
            onClick={() =>
              remind.mutate(undefined, {
                onSuccess: (r) =>
                  notifySaved(r.reminded ? t('competitions.judging.reminded', { count: r.reminded }) : t('competitions.judging.remindedAlready')),
                onError: (e) => showApiError(null, e),
              })
            }
          >
            {t('competitions.judging.remind')}
          </Button>
        )}
      </Group>
      {inviting && <InviteModal competitionId={comp.id} stageId={stageId} onClose={() => setInviting(false)} />}
      {p.judges.length > 0 && (
        <Group>
          <Button
            variant="light"
            leftSection={<IconArrowsShuffle size={16} />}
            loading={assign.isPending}
            disabled={!p.entries.length}
            onClick={() =>
              assign.mutate(
                { mode: 'balanced' },
                {
                  onSuccess: (r) => {
                    setShort(r.short ?? []);
                    notifySaved(t('competitions.judging.assigned'));
                  },
                  onError: (e) => showApiError(null, e),
                },
              )
            }
          >
            {t('competitions.judging.balance')}
          </Button>
          <Text size="xs" c="dimmed">
            {stage?.judgesPerEntry ? t('competitions.judging.perEntry', { n: stage.judgesPerEntry }) : t('competitions.judging.everyJudge')}
          </Text>
        </Group>
      )}
      {short.length > 0 && <Alert color="yellow">{t('competitions.judging.short', { count: short.length })}</Alert>}
      {p.judges.length > 0 && (
        <Table.ScrollContainer minWidth={320}>
          <Table verticalSpacing="xs" aria-label={t('competitions.judging.progress')}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('competitions.judging.judge')}</Table.Th>
                <Table.Th>{t('competitions.judging.progress')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {p.judges.map((j) => (
                <Table.Tr key={j.id} data-testid="judge-progress">
                  <Table.Td>
                    <Text size="sm">{j.fullName}</Text>
                    {j.opdName && (
                      <Text size="xs" c="dimmed">
                        {j.opdName}
                      </Text>
                    )}
                  </Table.Td>
                  <Table.Td>
                    <Text size="xs">{t('competitions.judging.done', { done: j.completed, total: j.assigned })}</Text>
                    <Progress value={j.assigned ? (100 * j.completed) / j.assigned : 0} size="sm" aria-hidden />
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
      {p.entries.length === 0 && <EmptyState message={t('competitions.judging.noEntries')} />}
      {p.entries.length > 0 && p.judges.length > 0 && (
        <Table.ScrollContainer minWidth={480}>
          <Table striped verticalSpacing="xs" aria-label={t('competitions.judging.assignments')}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('competitions.entries.innovation')}</Table.Th>
                {p.judges.map((j) => (
                  <Table.Th key={j.id}>
                    <Text size="xs" truncate maw={140} title={j.fullName}>
                      {j.fullName}
                    </Text>
                  </Table.Th>
                ))}
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {p.entries.map((e) => (
                <Table.Tr key={e.entryId}>
                  <Table.Td>
                    <Text size="sm">{e.innovationName}</Text>
                    <Text size="xs" c="dimmed">
                      {e.opdName}
                    </Text>
                  </Table.Td>
                  {p.judges.map((j) => {
                    const conflict = conflictOf(j.id, e.entryId);
                    const label = t('competitions.judging.assignPair', { judge: judgeName(j.id), entry: e.innovationName });
                    return (
                      <Table.Td key={j.id}>
                        {conflict ? (
                          <Tooltip label={t(`competitions.conflict.${conflict.reason}`)}>
                            <Badge size="xs" color="red" variant="light">
                              {t('competitions.judging.conflict')}
                            </Badge>
                          </Tooltip>
                        ) : (
                          <Checkbox
                            aria-label={label}
                            checked={e.judges.includes(j.id)}
                            disabled={assign.isPending}
                            onChange={(ev) =>
                              assign.mutate(
                                { mode: 'manual', judgeId: j.id, entryId: e.entryId, assigned: ev.currentTarget.checked },
                                { onError: (err) => showApiError(null, err) },
                              )
                            }
                          />
                        )}
                      </Table.Td>
                    );
                  })}
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
    </Stack>
  );
}

/** Invites an outside judge by name (and e-mail): the link to choose a password is shown once, to pass on. */
function InviteModal({ competitionId, stageId, onClose }: { competitionId: string; stageId: string; onClose: () => void }) {
  const { t } = useTranslation();
  const invite = useInvite(competitionId, stageId);
  const [done, setDone] = useState<{ link: string; username: string; expiresAt: string; emailed: boolean } | null>(null);
  const form = useForm({ initialValues: { fullName: '', email: '' }, validate: { fullName: (v) => (v.trim().length >= 3 ? null : t('common.required')) } });
  if (done)
    return (
      <SecretOnce
        title={t('competitions.judging.invited')}
        text={t(done.emailed ? 'competitions.judging.invitedEmailed' : 'competitions.judging.invitedLink', { date: formatDateTime(done.expiresAt) })}
        extra={t('competitions.judging.invitedUsername', { username: done.username })}
        secret={done.link}
        onClose={onClose}
      />
    );
  return (
    <Modal opened onClose={onClose} title={t('competitions.judging.invite')}>
      <form
        onSubmit={form.onSubmit((v) =>
          invite.mutate(
            { fullName: v.fullName.trim(), ...(v.email.trim() ? { email: v.email.trim() } : {}) },
            { onSuccess: setDone, onError: (e) => showApiError(form, e) },
          ),
        )}
      >
        <Stack>
          <Text size="sm">{t('competitions.judging.inviteText')}</Text>
          <TextInput label={t('competitions.judging.inviteName')} required data-autofocus {...form.getInputProps('fullName')} />
          <TextInput
            label={t('competitions.judging.inviteEmail')}
            type="email"
            description={t('competitions.judging.inviteEmailHint')}
            {...form.getInputProps('email')}
          />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" loading={invite.isPending}>
              {t('competitions.judging.inviteSubmit')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
