// Cooperation agreements (kerja sama) of the region: a filtered list; Admin Daerah records, changes (only the
// changed fields are sent), uploads the document and removes them.
import {
  ActionIcon,
  Anchor,
  Badge,
  Button,
  Card,
  FileInput,
  Group,
  Modal,
  MultiSelect,
  Progress,
  Select,
  Stack,
  Text,
  Textarea,
  TextInput,
} from '@mantine/core';
import { useForm } from '@mantine/form';
import { useDebouncedValue } from '@mantine/hooks';
import { modals } from '@mantine/modals';
import { IconPencil, IconTrash } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { AGREEMENT_KINDS } from '../../../domain/catalogue/replication';
import { formatBytes, formatDate } from '../../lib/format';
import { notifySaved, showApiError } from '../../ui/forms';
import { PageHeader } from '../../ui/PageHeader';
import { EmptyState, ErrorState, LoadingState } from '../../ui/states';
import {
  type Cooperation,
  type CooperationInput,
  uploadCooperationDocument,
  useChangeCooperation,
  useCooperation,
  useCreateCooperation,
  usePartnerRegions,
  useRefreshReplications,
  useRegionInnovations,
  useRemoveCooperation,
} from '../api/replications';

const todayIso = () => {
  const d = new Date();
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
};

function useKindLabels() {
  const { t } = useTranslation();
  return {
    pks: t('replications.kind.pks'),
    mou: t('replications.kind.mou'),
    surat: t('replications.kind.surat'),
    lainnya: t('replications.kind.lainnya'),
  } as Record<string, string>;
}

export function CooperationPage({ canWrite, regionId }: { canWrite: boolean; regionId: string | null }) {
  const { t } = useTranslation();
  const kinds = useKindLabels();
  const [q, setQ] = useState('');
  const [debounced] = useDebouncedValue(q, 300);
  const [kind, setKind] = useState<string | null>(null);
  const [validity, setValidity] = useState('all');
  const list = useCooperation({ q: debounced.trim(), kind, validity });
  const remove = useRemoveCooperation();
  const [editing, setEditing] = useState<Cooperation | 'new' | null>(null);
  const today = todayIso();

  const confirmRemove = (c: Cooperation) =>
    modals.openConfirmModal({
      title: t('replications.coop.removeTitle'),
      children: <Text size="sm">{t('replications.coop.removeText', { title: c.title, partner: c.partnerName })}</Text>,
      labels: { confirm: t('replications.coop.remove'), cancel: t('replications.cancel') },
      confirmProps: { color: 'red' },
      onConfirm: () => remove.mutate(c.id, { onSuccess: () => notifySaved(t('replications.coop.removed')), onError: (e) => showApiError(null, e) }),
    });

  return (
    <Stack>
      <PageHeader
        title={t('replications.coop.title')}
        description={t('replications.coop.intro')}
        actions={canWrite ? <Button onClick={() => setEditing('new')}>{t('replications.coop.add')}</Button> : undefined}
      />
      <Group align="flex-end" wrap="wrap">
        <TextInput label={t('replications.coop.search')} value={q} onChange={(e) => setQ(e.currentTarget.value)} w={260} maxLength={100} />
        <Select
          label={t('replications.coop.kindFilter')}
          placeholder={t('replications.coop.allKinds')}
          clearable
          w={200}
          data={AGREEMENT_KINDS.map((k) => ({ value: k, label: kinds[k] }))}
          value={kind}
          onChange={setKind}
        />
        <Select
          label={t('replications.coop.validity')}
          w={180}
          allowDeselect={false}
          data={[
            { value: 'all', label: t('replications.coop.validityAll') },
            { value: 'active', label: t('replications.coop.validityActive') },
            { value: 'expired', label: t('replications.coop.validityExpired') },
          ]}
          value={validity}
          onChange={(v) => setValidity(v ?? 'all')}
        />
      </Group>
      {list.isLoading && <LoadingState />}
      {list.error && <ErrorState error={list.error} onRetry={() => list.refetch()} />}
      {list.data && !list.data.items.length && <EmptyState message={t('replications.coop.empty')} />}
      {list.data?.items.map((c) => (
        <Card withBorder key={c.id} data-testid="cooperation-card">
          <Group justify="space-between" align="flex-start" wrap="nowrap">
            <Stack gap={2} style={{ minWidth: 0 }}>
              <Group gap="xs">
                <Badge variant="light">{kinds[c.kind]}</Badge>
                {c.validUntil && c.validUntil < today ? (
                  <Badge color="gray">{t('replications.coop.expired')}</Badge>
                ) : (
                  <Badge color="green" variant="light">
                    {t('replications.coop.active')}
                  </Badge>
                )}
              </Group>
              <Text fw={600}>{c.title}</Text>
              <Text size="sm">
                {c.partnerName}
                {c.number && ` · ${c.number}`}
              </Text>
              <Text size="sm" c="dimmed">
                {c.validUntil
                  ? t('replications.coop.validRange', { from: formatDate(c.signedOn), until: formatDate(c.validUntil) })
                  : t('replications.coop.validFrom', { from: formatDate(c.signedOn) })}
              </Text>
              {c.innovations.length > 0 && (
                <Text size="sm">
                  {t('replications.coop.innovations')}: {c.innovations.map((i) => i.name).join(', ')}
                </Text>
              )}
              {c.notes && (
                <Text size="sm" c="dimmed" style={{ whiteSpace: 'pre-wrap' }}>
                  {c.notes}
                </Text>
              )}
              {c.fileName && (
                <Anchor size="sm" href={`/api/cooperation/${c.id}/document`} target="_blank" rel="noopener">
                  {t('replications.openDocument')} ({c.fileName}, {formatBytes(c.size)})
                </Anchor>
              )}
            </Stack>
            {canWrite && (
              <Group gap={4} wrap="nowrap">
                <ActionIcon variant="subtle" aria-label={t('replications.coop.edit')} onClick={() => setEditing(c)}>
                  <IconPencil size={18} />
                </ActionIcon>
                <ActionIcon variant="subtle" color="red" aria-label={t('replications.coop.remove')} onClick={() => confirmRemove(c)}>
                  <IconTrash size={18} />
                </ActionIcon>
              </Group>
            )}
          </Group>
        </Card>
      ))}
      {editing && <CooperationModal agreement={editing === 'new' ? null : editing} regionId={regionId} onClose={() => setEditing(null)} />}
    </Stack>
  );
}

interface Values {
  partnerRegionId: string | null;
  partnerName: string;
  title: string;
  kind: string;
  number: string;
  signedOn: string;
  validUntil: string;
  notes: string;
  innovationIds: string[];
  file: File | null;
}

const valuesOf = (c: Cooperation | null): Values => ({
  partnerRegionId: c?.partnerRegionId ?? null,
  partnerName: c?.partnerName ?? '',
  title: c?.title ?? '',
  kind: c?.kind ?? 'pks',
  number: c?.number ?? '',
  signedOn: c?.signedOn ?? '',
  validUntil: c?.validUntil ?? '',
  notes: c?.notes ?? '',
  innovationIds: c?.innovations.map((i) => i.id) ?? [],
  file: null,
});

const inputOf = (v: Values): CooperationInput => ({
  partnerRegionId: v.partnerRegionId,
  partnerName: v.partnerName.trim() || null,
  title: v.title.trim(),
  kind: v.kind as CooperationInput['kind'],
  number: v.number.trim() || null,
  signedOn: v.signedOn,
  validUntil: v.validUntil || null,
  notes: v.notes.trim() || null,
  innovationIds: v.innovationIds,
});

function CooperationModal({ agreement, regionId, onClose }: { agreement: Cooperation | null; regionId: string | null; onClose: () => void }) {
  const { t } = useTranslation();
  const kinds = useKindLabels();
  const create = useCreateCooperation();
  const change = useChangeCooperation();
  const refresh = useRefreshReplications();
  const regions = usePartnerRegions(true);
  const innovations = useRegionInnovations();
  const [progress, setProgress] = useState<number | null>(null);
  // Saved already in this dialog (its document then failed to upload): saving again changes that row, at its new
  // version, and retries the upload instead of writing the agreement a second time.
  const [written, setWritten] = useState<Cooperation | null>(null);
  const initial = valuesOf(agreement);
  const form = useForm<Values>({
    initialValues: initial,
    validate: {
      partnerName: (v, all) => (v.trim() || all.partnerRegionId ? null : t('replications.coop.partnerRequired')),
      title: (v) => (v.trim() ? null : t('replications.required')),
      signedOn: (v) => (v ? null : t('replications.required')),
      validUntil: (v, all) => (v && all.signedOn && v <= all.signedOn ? t('replications.coop.validUntilAfter') : null),
    },
  });

  async function upload(c: Cooperation, file: File) {
    setProgress(0);
    try {
      await uploadCooperationDocument(c.id, c.version, file, setProgress).done;
    } finally {
      setProgress(null);
    }
  }

  async function submit(v: Values) {
    const input = inputOf(v);
    try {
      let saved: Cooperation;
      const current = written ?? agreement;
      if (!current) saved = await create.mutateAsync(input);
      else {
        // Only what changed is sent: absent fields stay as they are on the server.
        const before = inputOf(valuesOf(current));
        const changed = Object.fromEntries(
          Object.entries(input).filter(([k, val]) => JSON.stringify(val) !== JSON.stringify(before[k as keyof CooperationInput])),
        ) as Partial<CooperationInput>;
        saved = Object.keys(changed).length ? await change.mutateAsync({ id: current.id, version: current.version, ...changed }) : current;
      }
      setWritten(saved);
      if (v.file) await upload(saved, v.file);
      refresh();
      notifySaved(t('replications.coop.saved'));
      onClose();
    } catch (e) {
      // A row written before its upload failed is in the list behind the dialog already.
      refresh();
      showApiError(form, e);
    }
  }

  const regionOptions = (regions.data?.items ?? []).filter((r) => r.id !== regionId).map((r) => ({ value: r.id, label: r.name }));
  const innovationOptions = [...new Map((innovations.data?.items ?? []).map((i) => [i.innovationId, { value: i.innovationId, label: i.name }])).values()];
  for (const i of agreement?.innovations ?? []) if (!innovationOptions.some((o) => o.value === i.id)) innovationOptions.push({ value: i.id, label: i.name });

  return (
    <Modal opened onClose={onClose} title={agreement ? t('replications.coop.edit') : t('replications.coop.add')} size="lg">
      <form onSubmit={form.onSubmit(submit)} noValidate>
        <Stack>
          <Text size="xs" c="dimmed">
            {t('replications.coop.partnerHint')}
          </Text>
          <Group grow align="flex-start">
            <Select label={t('replications.coop.partnerRegion')} clearable searchable data={regionOptions} {...form.getInputProps('partnerRegionId')} />
            <TextInput label={t('replications.coop.partnerName')} maxLength={200} {...form.getInputProps('partnerName')} />
          </Group>
          <TextInput label={t('replications.coop.titleField')} required maxLength={300} {...form.getInputProps('title')} />
          <Group grow align="flex-start">
            <Select
              label={t('replications.coop.kind')}
              required
              allowDeselect={false}
              data={AGREEMENT_KINDS.map((k) => ({ value: k, label: kinds[k] }))}
              {...form.getInputProps('kind')}
            />
            <TextInput label={t('replications.coop.number')} maxLength={200} {...form.getInputProps('number')} />
          </Group>
          <Group grow align="flex-start">
            <TextInput type="date" label={t('replications.coop.signedOn')} required {...form.getInputProps('signedOn')} />
            <TextInput type="date" label={t('replications.coop.validUntil')} {...form.getInputProps('validUntil')} />
          </Group>
          <MultiSelect label={t('replications.coop.innovations')} searchable clearable data={innovationOptions} {...form.getInputProps('innovationIds')} />
          <Textarea label={t('replications.coop.notes')} autosize minRows={2} maxLength={4000} {...form.getInputProps('notes')} />
          <FileInput label={t('replications.coop.document')} accept="application/pdf,image/jpeg,image/png" clearable {...form.getInputProps('file')} />
          {agreement?.fileName && (
            <Text size="xs" c="dimmed">
              {t('replications.coop.currentDocument', { name: agreement.fileName })}
            </Text>
          )}
          {progress !== null && (
            <Stack gap={4}>
              <Progress value={progress * 100} aria-label={t('replications.uploading', { percent: Math.round(progress * 100) })} />
              <Text size="xs">{t('replications.uploading', { percent: Math.round(progress * 100) })}</Text>
            </Stack>
          )}
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('replications.cancel')}
            </Button>
            <Button type="submit" loading={create.isPending || change.isPending || progress !== null}>
              {t('replications.save')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
