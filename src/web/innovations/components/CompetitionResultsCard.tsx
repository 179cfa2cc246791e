// The innovation's competition record: results of competitions run in Inovda (once published) and results of
// national and provincial competitions recorded with their evidence (KIPP Top 99/45, IGA, Inotek, KOVABLIK…) —
// the track record behind award claims, KIPP eligibility and SPD indicator 12.
import { ActionIcon, Anchor, Badge, Button, Card, Group, Modal, NumberInput, Select, Stack, Text, TextInput, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { modals } from '@mantine/modals';
import { IconFileTypePdf, IconPlus, IconTrash } from '@tabler/icons-react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { NATIONAL_PROGRAMMES, NATIONAL_RESULTS } from '../../../domain/competitions/national';
import { api, post } from '../../lib/api';
import { formatNumber } from '../../lib/format';
import { competitionQueries, type NationalResultRow } from '../../lib/queries/competitions';
import { notifySaved, showApiError } from '../../ui/forms';
import { AnchorLink } from '../../ui/links';

export function CompetitionResultsCard({ entryId, canRecord }: { entryId: string; canRecord: boolean }) {
  const { t } = useTranslation();
  const qc = useQueryClient();
  const results = useQuery(competitionQueries.ofInnovationEntry(entryId));
  const national = useQuery(competitionQueries.national(entryId));
  const [adding, setAdding] = useState(false);
  const remove = useMutation({
    mutationFn: (id: string) => api('DELETE', `/api/innovations/entries/${entryId}/national-results/${id}`),
    onSuccess: () => qc.invalidateQueries({ queryKey: competitionQueries.national(entryId).queryKey }),
  });
  const local = results.data ?? [];
  const recorded = national.data ?? [];
  // Nothing to show and nothing this person may add: no card at all.
  if (!canRecord && !local.length && !recorded.length) return null;
  const confirmRemove = (r: NationalResultRow) =>
    modals.openConfirmModal({
      title: t('innovations.national.removeTitle'),
      children: <Text size="sm">{t('innovations.national.removeText', { what: r.title ?? t(`innovations.national.result.${r.result}`) })}</Text>,
      labels: { confirm: t('common.delete'), cancel: t('common.cancel') },
      confirmProps: { color: 'red' },
      onConfirm: () => remove.mutate(r.id, { onError: (e) => showApiError(null, e) }),
    });
  return (
    <Card withBorder data-testid="competition-results">
      <Group justify="space-between" mb="sm">
        <Title order={3} fz="h4">
          {t('innovations.competitionResults')}
        </Title>
        {canRecord && (
          <Button size="xs" variant="light" leftSection={<IconPlus size={14} />} onClick={() => setAdding(true)}>
            {t('innovations.national.add')}
          </Button>
        )}
      </Group>
      {!local.length && !recorded.length && (
        <Text size="sm" c="dimmed">
          {t('innovations.national.empty')}
        </Text>
      )}
      <Stack gap="xs">
        {local.map((r) => (
          <Group key={r.competitionId} justify="space-between" wrap="nowrap">
            <div>
              <Text size="sm" fw={600}>
                {r.name}
              </Text>
              <Text size="xs" c="dimmed">
                {t(`competitions.programme.${r.programme}`)} · {r.year}
                {r.competitionStatus !== 'published' && (
                  <>
                    {' · '}
                    <AnchorLink to="/kompetisi/usulan/$entryId" params={{ entryId: r.entryId }} size="xs">
                      {t('innovations.national.openProposal')}
                    </AnchorLink>
                  </>
                )}
              </Text>
            </div>
            <Group gap={6} wrap="nowrap">
              {r.competitionStatus !== 'published' && (
                <Badge variant="light" color="blue" data-testid="running-entry">
                  {t('innovations.national.running', { status: t(`competitions.entryStatus.${r.entryStatus}`) })}
                </Badge>
              )}
              {r.rank !== null && (
                <Text size="sm">{t('innovations.competitionRank', { rank: r.rank, score: r.score === null ? '—' : formatNumber(r.score, 2) })}</Text>
              )}
              {r.advanced && <Badge color="green">{t('competitions.ranking.winner')}</Badge>}
            </Group>
          </Group>
        ))}
        {recorded.map((r) => (
          <Group key={r.id} justify="space-between" wrap="nowrap" data-testid="national-result">
            <div style={{ minWidth: 0 }}>
              <Text size="sm" fw={600}>
                {r.title ?? t(`innovations.national.result.${r.result}`)}
              </Text>
              <Text size="xs" c="dimmed">
                {t(`innovations.national.programme.${r.programme}`)} · {r.year}
                {r.evidenceUrl && (
                  <>
                    {' · '}
                    <Anchor size="xs" href={r.evidenceUrl} target="_blank" rel="noopener noreferrer">
                      {t('innovations.national.evidence')}
                    </Anchor>
                  </>
                )}
              </Text>
            </div>
            <Group gap={6} wrap="nowrap">
              <Badge variant="light">{t(`innovations.national.result.${r.result}`)}</Badge>
              {canRecord && (
                <ActionIcon variant="subtle" color="red" aria-label={t('common.delete')} onClick={() => confirmRemove(r)}>
                  <IconTrash size={16} />
                </ActionIcon>
              )}
            </Group>
          </Group>
        ))}
      </Stack>
      <Group justify="space-between" mt="md" gap="xs">
        <Text size="xs" c="dimmed" maw={420}>
          {t('innovations.national.kippDraftHint')}
        </Text>
        <Button
          component="a"
          size="xs"
          variant="default"
          leftSection={<IconFileTypePdf size={14} />}
          href={`/api/innovations/entries/${entryId}/kipp-proposal.pdf`}
          download
          data-testid="kipp-draft"
        >
          {t('innovations.national.kippDraft')}
        </Button>
      </Group>
      {adding && <AddModal entryId={entryId} onClose={() => setAdding(false)} />}
    </Card>
  );
}

function AddModal({ entryId, onClose }: { entryId: string; onClose: () => void }) {
  const { t } = useTranslation();
  const qc = useQueryClient();
  const add = useMutation({
    mutationFn: (body: Record<string, unknown>) => post(`/api/innovations/entries/${entryId}/national-results`, body),
    onSuccess: () => qc.invalidateQueries({ queryKey: competitionQueries.national(entryId).queryKey }),
  });
  const form = useForm({
    initialValues: { programme: 'kipp', year: new Date().getFullYear() as number | string, result: 'top99', title: '', evidenceUrl: '' },
    validate: { year: (v) => (Number(v) >= 2000 && Number(v) <= 2100 ? null : t('competitions.yearInvalid')) },
  });
  return (
    <Modal opened onClose={onClose} title={t('innovations.national.add')}>
      <form
        onSubmit={form.onSubmit((v) =>
          add.mutate(
            {
              programme: v.programme,
              year: Number(v.year),
              result: v.result,
              ...(v.title.trim() && { title: v.title.trim() }),
              ...(v.evidenceUrl.trim() && { evidenceUrl: v.evidenceUrl.trim() }),
            },
            {
              onSuccess: () => {
                notifySaved(t('common.saved'));
                onClose();
              },
              onError: (e) => showApiError(form, e),
            },
          ),
        )}
      >
        <Stack>
          <Select
            label={t('innovations.national.programmeLabel')}
            allowDeselect={false}
            data={NATIONAL_PROGRAMMES.map((p) => ({ value: p, label: t(`innovations.national.programme.${p}`) }))}
            {...form.getInputProps('programme')}
          />
          <NumberInput label={t('competitions.year')} allowDecimal={false} thousandSeparator="" w={160} {...form.getInputProps('year')} />
          <Select
            label={t('innovations.national.resultLabel')}
            allowDeselect={false}
            data={NATIONAL_RESULTS.map((r) => ({ value: r, label: t(`innovations.national.result.${r}`) }))}
            {...form.getInputProps('result')}
          />
          <TextInput label={t('innovations.national.title')} placeholder={t('innovations.national.titlePlaceholder')} {...form.getInputProps('title')} />
          <TextInput label={t('innovations.national.evidenceUrl')} placeholder="https://" {...form.getInputProps('evidenceUrl')} />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" loading={add.isPending}>
              {t('common.save')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
