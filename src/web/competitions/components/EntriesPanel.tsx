// The competition's entries: an OPD enters its innovations here (what would refuse one is said before it is
// chosen) and opens each proposal; the admin reviews proposed entries — only accepted ones count as submitted.
import { Alert, Badge, Button, Group, Modal, Select, Stack, Table, Text, Textarea } from '@mantine/core';
import { useForm } from '@mantine/form';
import { IconPlus } from '@tabler/icons-react';
import { useNavigate } from '@tanstack/react-router';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { translate } from '../../../domain/messages';
import { get } from '../../lib/api';
import { formatDateTime } from '../../lib/format';
import { notifySaved, showApiError } from '../../ui/forms';
import { AnchorLink } from '../../ui/links';
import { EmptyState, ErrorState, LoadingState } from '../../ui/states';
import { type CompetitionDetail, type EntryListItem, useCandidates, useCompetitionEntries, useEnter, useEntryAction } from '../api/competitions';
import { ENTRY_STATUS_COLOR, localDescription, localName } from './labels';

const locale = (lang: string) => (lang === 'en' ? 'en' : 'id');

export function EntriesPanel({ comp, canManage, canEnter }: { comp: CompetitionDetail; canManage: boolean; canEnter: boolean }) {
  const { t } = useTranslation();
  const entries = useCompetitionEntries(comp.id);
  const [entering, setEntering] = useState(false);
  const open = comp.status === 'open';
  const groupName = (id: string) => localName(comp.rules.groups.find((g) => g.id === id) ?? { name: id });
  return (
    <Stack>
      {canEnter && open && (
        <Group justify="space-between">
          <Text size="sm" c="dimmed">
            {canManage ? t('competitions.entries.enterHintRegion') : t('competitions.entries.enterHint')}
          </Text>
          <Button leftSection={<IconPlus size={16} />} onClick={() => setEntering(true)}>
            {t('competitions.entries.enter')}
          </Button>
        </Group>
      )}
      {entries.isLoading && <LoadingState />}
      {entries.error && <ErrorState error={entries.error} onRetry={() => entries.refetch()} />}
      {entries.data?.length === 0 && (
        <EmptyState
          message={
            canManage && open
              ? t('competitions.entries.emptyEnterRegion')
              : canEnter && open
                ? t('competitions.entries.emptyEnter')
                : t('competitions.entries.empty')
          }
        />
      )}
      {entries.data && entries.data.length > 0 && (
        <Table.ScrollContainer minWidth={320}>
          <Table striped verticalSpacing="sm" aria-label={t('competitions.tabs.entries')}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('competitions.entries.innovation')}</Table.Th>
                <Table.Th visibleFrom="sm">{t('competitions.entries.group')}</Table.Th>
                <Table.Th visibleFrom="sm">{t('common.status')}</Table.Th>
                {canManage && <Table.Th>{t('common.actions')}</Table.Th>}
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {entries.data.map((e) => (
                <Table.Tr key={e.id} data-testid="competition-entry">
                  <Table.Td>
                    <AnchorLink to="/kompetisi/usulan/$entryId" params={{ entryId: e.id }} fw={600}>
                      {e.innovationName}
                    </AnchorLink>
                    <Text size="xs" c="dimmed">
                      {e.opdName} · {formatDateTime(e.updatedAt)}
                    </Text>
                    {/* On a phone the status sits here, leaving the row's width to the review buttons. */}
                    <Badge color={ENTRY_STATUS_COLOR[e.status]} variant="light" mt={4} hiddenFrom="sm">
                      {t(`competitions.entryStatus.${e.status}`)}
                    </Badge>
                  </Table.Td>
                  <Table.Td visibleFrom="sm">{groupName(e.groupId)}</Table.Td>
                  <Table.Td visibleFrom="sm">
                    <Badge color={ENTRY_STATUS_COLOR[e.status]} variant="light">
                      {t(`competitions.entryStatus.${e.status}`)}
                    </Badge>
                  </Table.Td>
                  {canManage && (
                    <Table.Td>
                      <ReviewButtons entry={e} comp={comp} />
                    </Table.Td>
                  )}
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
      {entering && <EnterModal comp={comp} region={canManage} onClose={() => setEntering(false)} />}
    </Stack>
  );
}

/** Accept or return a proposed entry (a return needs a note); the review belongs to the first stage. */
export function ReviewButtons({
  entry,
  comp,
  version,
}: {
  entry: Pick<EntryListItem, 'id' | 'status' | 'innovationName'>;
  comp: CompetitionDetail;
  version?: number;
}) {
  const { t } = useTranslation();
  const action = useEntryAction(entry.id);
  const [returning, setReturning] = useState(false);
  const reviewing = comp.status === 'open' || (comp.status === 'judging' && comp.currentStage === 0);
  if (!reviewing || (entry.status !== 'proposed' && entry.status !== 'accepted')) return null;
  // The list does not carry versions: the entry is read first so a review never overwrites a newer save.
  const decide = async (decision: 'accept' | 'return', note?: string) => {
    const v = version ?? (await get<{ version: number }>(`/api/competition-entries/${entry.id}`)).version;
    action.mutate(
      { action: 'review', version: v, decision, note },
      { onSuccess: () => notifySaved(t(`competitions.entries.${decision}ed`, { name: entry.innovationName })), onError: (e) => showApiError(null, e) },
    );
  };
  return (
    <Group gap={6}>
      {entry.status === 'proposed' && (
        <Button size="xs" color="green" onClick={() => void decide('accept')} loading={action.isPending}>
          {t('competitions.entries.accept')}
        </Button>
      )}
      <Button size="xs" variant="default" onClick={() => setReturning(true)}>
        {t('competitions.entries.return')}
      </Button>
      {returning && (
        <ReturnModal
          name={entry.innovationName}
          onClose={() => setReturning(false)}
          onSubmit={(note) => {
            setReturning(false);
            void decide('return', note);
          }}
        />
      )}
    </Group>
  );
}

function ReturnModal({ name, onClose, onSubmit }: { name: string; onClose: () => void; onSubmit: (note: string) => void }) {
  const { t } = useTranslation();
  const form = useForm({ initialValues: { note: '' }, validate: { note: (v) => (v.trim() ? null : t('competitions.entries.noteRequired')) } });
  return (
    <Modal opened onClose={onClose} title={t('competitions.entries.returnTitle', { name })}>
      <form onSubmit={form.onSubmit((v) => onSubmit(v.note.trim()))}>
        <Stack>
          <Textarea label={t('competitions.entries.note')} autosize minRows={3} data-autofocus {...form.getInputProps('note')} />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('common.cancel')}
            </Button>
            <Button type="submit">{t('competitions.entries.return')}</Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}

function EnterModal({ comp, region, onClose }: { comp: CompetitionDetail; region: boolean; onClose: () => void }) {
  const { t, i18n } = useTranslation();
  const navigate = useNavigate();
  const candidates = useCandidates(comp.id, true);
  const enter = useEnter(comp.id);
  const form = useForm({
    initialValues: { innovationId: '', groupId: comp.rules.groups[0]?.id ?? '' },
    validate: { innovationId: (v) => (v ? null : t('common.required')), groupId: (v) => (v ? null : t('common.required')) },
  });
  const chosen = candidates.data?.find((c) => c.innovationId === form.values.innovationId);
  const problems = (list: { code: string; params?: Record<string, string | number> }[]) => list.map((p) => translate(p.code, locale(i18n.language), p.params));
  return (
    <Modal opened onClose={onClose} title={t('competitions.entries.enter')} size="lg">
      <form
        onSubmit={form.onSubmit((v) =>
          enter.mutate(v, {
            onSuccess: (e) => navigate({ to: '/kompetisi/usulan/$entryId', params: { entryId: e.id } }),
            onError: (e) => showApiError(form, e),
          }),
        )}
      >
        <Stack>
          {candidates.isLoading && <LoadingState />}
          {candidates.error && <ErrorState error={candidates.error} onRetry={() => candidates.refetch()} />}
          {candidates.data?.length === 0 && (
            <Alert variant="light">{region ? t('competitions.entries.noCandidatesRegion') : t('competitions.entries.noCandidates')}</Alert>
          )}
          {candidates.data && candidates.data.length > 0 && (
            <Select
              label={t('competitions.entries.innovation')}
              searchable
              required
              nothingFoundMessage={t('common.noResults')}
              data={candidates.data.map((c) => ({
                value: c.innovationId,
                label: c.eligibility.length ? `${c.name} — ${t('competitions.entries.notEligible')}` : c.name,
                disabled: c.eligibility.length > 0,
              }))}
              {...form.getInputProps('innovationId')}
            />
          )}
          {candidates.data?.some((c) => c.eligibility.length) && (
            <Alert color="yellow" variant="light" title={t('competitions.entries.whyNot')}>
              <Stack gap={4}>
                {candidates.data
                  .filter((c) => c.eligibility.length)
                  .slice(0, 8)
                  .map((c) => (
                    <Text size="xs" key={c.innovationId}>
                      <b>{c.name}</b>: {problems(c.eligibility).join(' ')}
                    </Text>
                  ))}
              </Stack>
            </Alert>
          )}
          <Select
            label={t('competitions.entries.group')}
            required
            data={comp.rules.groups.map((g) => ({ value: g.id, label: localName(g) }))}
            description={localDescription(comp.rules.groups.find((g) => g.id === form.values.groupId) ?? {})}
            {...form.getInputProps('groupId')}
          />
          {chosen && <Text size="sm">{t('competitions.entries.prefillHint')}</Text>}
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" loading={enter.isPending} disabled={!candidates.data?.length}>
              {t('competitions.entries.enterSubmit')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
