// Asking to replicate an innovation from a signed-in account: another region's innovation published in the
// catalogue, or another OPD's innovation of the user's own region. The Admin Daerah names the replicating OPD (it
// must for one inside the region); an OPD's staff ask for their own OPD. Problems show on their field; what was
// typed stays on a refusal.
import { Alert, Button, Group, Modal, Select, Stack, Text, Textarea, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useDebouncedValue } from '@mantine/hooks';
import { useQuery } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { phoneOk } from '../../../contract/replications';
import { ApiError } from '../../lib/api';
import { opdQueries } from '../../lib/queries/opds';
import { notifySaved, showApiError } from '../../ui/forms';
import { type ReplicationCandidate, useReplicationCandidates, useRequestReplication } from '../api/replications';

interface Values {
  innovationId: string | null;
  replicatingOpdId: string | null;
  requesterPosition: string;
  requesterPhone: string;
  message: string;
}

const labelOf = (c: ReplicationCandidate) => `${c.name} — ${c.opdName}${c.insideRegion ? '' : `, ${c.regionName}`}`;

export function RequestModal({
  askFor,
  opdBound,
  onClose,
  onSent,
}: {
  /** An innovation a link names (`/replikasi?ajukan=<id>`), chosen when the user may ask for it. */
  askFor: string | null;
  opdBound: boolean;
  onClose: () => void;
  onSent: () => void;
}) {
  const { t } = useTranslation();
  const request = useRequestReplication();
  const [search, setSearch] = useState('');
  const [chosen, setChosen] = useState<ReplicationCandidate | null>(null);
  // While a choice is shown in the field its label is the search text: that is not a new search.
  const typed = chosen && search === labelOf(chosen) ? '' : search.trim();
  const [query] = useDebouncedValue(typed, 300);
  const candidates = useReplicationCandidates(query, null);
  const linked = useReplicationCandidates('', askFor);
  const opds = useQuery({ ...opdQueries.choices(), enabled: !opdBound });

  const form = useForm<Values>({
    initialValues: { innovationId: null, replicatingOpdId: null, requesterPosition: '', requesterPhone: '', message: '' },
    validate: {
      innovationId: (v) => (v ? null : t('replications.ask.innovationRequired')),
      replicatingOpdId: (v) => {
        if (opdBound || !chosen) return null;
        if (chosen.insideRegion && !v) return t('replications.ask.replicatingOpdRequired');
        return v && chosen.insideRegion && v === chosen.opdId ? t('replications.ask.sameOpd') : null;
      },
      requesterPhone: (v) => (v.trim() && !phoneOk(v.trim()) ? t('replications.ask.phoneInvalid') : null),
    },
  });

  // A link's innovation, once known: chosen, or the reason it cannot be.
  const linkedItem = askFor ? linked.data?.items.find((c) => c.innovationId === askFor) : undefined;
  const linkRefused = Boolean(askFor && linked.data && !linkedItem);
  // Chosen once, when the link's innovation arrives.
  useEffect(() => {
    if (!linkedItem || form.values.innovationId) return;
    setChosen(linkedItem);
    form.setFieldValue('innovationId', linkedItem.innovationId);
  }, [linkedItem]);

  const list = candidates.data?.items ?? [];
  const withChosen = chosen && !list.some((c) => c.innovationId === chosen.innovationId) ? [chosen, ...list] : list;
  const option = (c: ReplicationCandidate) => ({ value: c.innovationId, label: labelOf(c) });
  const inside = withChosen.filter((c) => c.insideRegion).map(option);
  const other = withChosen.filter((c) => !c.insideRegion).map(option);
  const data = [
    ...(inside.length ? [{ group: t('replications.ask.groupInside'), items: inside }] : []),
    ...(other.length ? [{ group: t('replications.ask.groupOther'), items: other }] : []),
  ];

  async function submit(v: Values) {
    try {
      await request.mutateAsync({
        innovationId: v.innovationId ?? '',
        replicatingOpdId: opdBound ? undefined : (v.replicatingOpdId ?? undefined),
        requesterPosition: v.requesterPosition.trim() || null,
        requesterPhone: v.requesterPhone.trim() || undefined,
        message: v.message.trim() || null,
      });
      notifySaved(t('replications.ask.sent'));
      onSent();
    } catch (e) {
      // A request still waiting is about the innovation chosen: said on that field.
      if (e instanceof ApiError && e.code === 'replication_already_requested') form.setFieldError('innovationId', e.message);
      else showApiError(form, e);
    }
  }

  return (
    <Modal opened onClose={onClose} title={t('replications.ask.title')} size="lg">
      <form onSubmit={form.onSubmit(submit)} noValidate>
        <Stack>
          <Text size="sm" c="dimmed">
            {t('replications.ask.intro')}
          </Text>
          {linkRefused && <Alert color="yellow">{t('replications.ask.linkUnavailable')}</Alert>}
          <Select
            label={t('replications.ask.innovation')}
            placeholder={t('replications.ask.innovationPlaceholder')}
            required
            searchable
            clearable
            searchValue={search}
            onSearchChange={setSearch}
            nothingFoundMessage={candidates.isFetching ? t('replications.ask.searching') : t('replications.ask.noCandidates')}
            data={data}
            maxDropdownHeight={320}
            {...form.getInputProps('innovationId')}
            onChange={(value) => {
              setChosen(withChosen.find((c) => c.innovationId === value) ?? null);
              form.setFieldValue('innovationId', value);
            }}
            data-testid="replication-innovation"
          />
          {!opdBound && (
            <Select
              label={t('replications.ask.replicatingOpd')}
              description={chosen?.insideRegion ? t('replications.ask.replicatingOpdHintInside') : t('replications.ask.replicatingOpdHintOther')}
              required={Boolean(chosen?.insideRegion)}
              searchable
              clearable
              data={(opds.data?.items ?? []).map((o) => ({ value: o.id, label: o.name }))}
              {...form.getInputProps('replicatingOpdId')}
            />
          )}
          <Group grow align="flex-start">
            <TextInput label={t('replications.ask.position')} maxLength={200} {...form.getInputProps('requesterPosition')} />
            <TextInput label={t('replications.ask.phone')} type="tel" maxLength={40} {...form.getInputProps('requesterPhone')} />
          </Group>
          <Textarea label={t('replications.ask.message')} autosize minRows={3} maxLength={4000} {...form.getInputProps('message')} />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('replications.cancel')}
            </Button>
            <Button type="submit" loading={request.isPending}>
              {t('replications.ask.send')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
