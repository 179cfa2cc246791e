import { Alert, Badge, Box, Button, Card, Group, List, MultiSelect, Paper, Select, SimpleGrid, Stack, Text, Textarea, TextInput, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useIntersection } from '@mantine/hooks';
import { memo, type ReactNode, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { URUSAN } from '../../../domain/iid/urusan';
import type { Tahapan } from '../../../domain/innovation/profile';
import { BENTUK, eligibility, INISIATOR, JENIS, RANCANG_BANGUN_MIN_WORDS, TAHAPAN, TEMATIK, wordCount } from '../../../domain/innovation/profile';
import { answersEditable, isEditable } from '../../../domain/innovation/workflow';
import { periodAllows } from '../../../domain/period-status';
import { can, type Role } from '../../../domain/roles';
import { formatDate, formatDateTime } from '../../lib/format';
import { AnchorLink } from '../../ui/links';
import { RichTextField } from '../../ui/RichTextField';
import { ErrorState, LoadingState } from '../../ui/states';
import { RESUME } from '../../ui/useRememberedState';
import { type Entry, type Profile, useEntry, useOpdUnits } from '../api/innovations';
import { AnswersCard } from './AnswersCard';
import { CompetitionResultsCard } from './CompetitionResultsCard';
import { KlinikCard } from './KlinikCard';
import { ProfileConflicts } from './ProfileConflicts';
import { ProfileDocumentsCard } from './ProfileDocumentsCard';
import { PublicationCard } from './PublicationCard';
import { restoreDeviceCopy } from './profile-merge';
import { UnitSelect } from './UnitSelect';
import { profileOf, readBackup, useAutosave } from './useAutosave';
import { WorkflowBar } from './WorkflowBar';

/** A date field's spelled-out value goes under the field. */
const DATE_ORDER: ('label' | 'input' | 'description' | 'error')[] = ['label', 'input', 'description', 'error'];

// The cards below the profile depend only on the entry's id: typing in the profile must not re-render them
// (the indicator list alone is dozens of inputs), or every keystroke would lag.
const AnswersSection = memo(AnswersCard);
const DocumentsSection = memo(ProfileDocumentsCard);
const KlinikSection = memo(KlinikCard);
const ResultsSection = memo(CompetitionResultsCard);
const PublicationSection = memo(PublicationCard);
const Workflow = memo(WorkflowBar);

/** `children`: sections other features add below the results (the router passes them: features do not import each other). */
export function InnovationPage({
  entryId,
  canWrite,
  canSend,
  role,
  children,
}: {
  entryId: string;
  canWrite: boolean;
  canSend: boolean;
  role: Role;
  children?: ReactNode;
}) {
  const entry = useEntry(entryId);
  if (entry.isLoading) return <LoadingState />;
  if (entry.error || !entry.data) return <ErrorState error={entry.error} onRetry={() => entry.refetch()} />;
  return (
    <Editor
      key={`${entry.data.id}.${entry.data.status}`}
      entry={entry.data}
      canWrite={canWrite && periodAllows(entry.data.periodStatus, 'innovation') && isEditable(entry.data.status)}
      canAnswer={canWrite && periodAllows(entry.data.periodStatus, 'innovation') && answersEditable(entry.data.status)}
      canSend={canSend}
      role={role}
      extra={children}
    />
  );
}

function Editor({
  entry,
  canWrite,
  canAnswer,
  canSend,
  role,
  extra,
}: {
  entry: Entry;
  canWrite: boolean;
  canAnswer: boolean;
  canSend: boolean;
  role: Role;
  extra?: ReactNode;
}) {
  const { t } = useTranslation();
  // Typing kept on this device: restored where the server has not changed the field since, offered where it has.
  const [restored] = useState(() => restoreDeviceCopy(profileOf(entry), entry.version, canWrite ? readBackup(entry.id) : null));
  const form = useForm<Profile>({
    initialValues: { ...profileOf(entry), ...restored.restore, ...Object.fromEntries(restored.conflicts.map((c) => [c.field, c.mine])) },
  });
  const { state, conflicts, resolve, saveNow, settle } = useAutosave(entry, form, canWrite, restored.conflicts);
  const units = useOpdUnits(entry.opdId);
  // The title row out of sight (under the 56 px header): the save state floats instead.
  const { ref: titleRef, entry: titleSeen } = useIntersection({ rootMargin: '-56px 0px 0px 0px' });
  const floating = titleSeen ? !titleSeen.isIntersecting : false;
  const v = form.values;
  const words = wordCount(v.rancangBangun);
  const notes = eligibility(entry.periodYear, {
    tahapan: v.tahapan as Tahapan | null,
    waktuUjiCoba: v.waktuUjiCoba || null,
    waktuPenerapan: v.waktuPenerapan || null,
  });
  const choices = useMemo(() => {
    const choice = (group: string, values: readonly string[]) => values.map((x) => ({ value: x, label: t(`innovations.${group}.${x}`) }));
    return {
      tahapan: choice('tahapan', TAHAPAN),
      inisiator: choice('inisiator', INISIATOR),
      jenis: choice('jenis', JENIS),
      bentuk: choice('bentuk', BENTUK),
      tematik: choice('tematik', TEMATIK),
      urusan: URUSAN.map((u) => ({ value: u.code, label: `${u.code} ${u.name}` })),
    };
  }, [t]);
  const ro = !canWrite;
  // The browser writes the date in its own order (03/01/2025 may read as 3 Januari): spelled out beneath.
  const dateProps = (key: 'waktuUjiCoba' | 'waktuPenerapan') => {
    const p = form.getInputProps(key);
    return { ...p, value: p.value ?? '', description: p.value ? formatDate(p.value) : undefined, inputWrapperOrder: DATE_ORDER };
  };
  const textProps = (key: keyof Profile) => {
    const p = form.getInputProps(key);
    return { ...p, value: (p.value as string | null) ?? '' };
  };

  return (
    <Stack>
      {/* Once the title has scrolled away, the save state floats under the header while the lower fields are typed. */}
      {floating && (
        <Box pos="sticky" top={64} h={0} style={{ zIndex: 20 }}>
          <Box pos="absolute" right={0} top={0} maw="70%">
            <SaveIndicator state={state} onRetry={() => void saveNow()} floating />
          </Box>
        </Box>
      )}
      {/* Back to the list as it was left (search, filters, page), not to a fresh one. */}
      <AnchorLink to="/innovations" size="sm" state={() => ({ ...RESUME })}>
        ← {t('innovations.title')}
      </AnchorLink>
      <Group justify="space-between" align="flex-start" ref={titleRef}>
        <Stack gap={4}>
          <Title order={2}>{v.name || entry.name}</Title>
          <Group gap="xs">
            <Badge variant="light">{t(`innovations.status.${entry.status}`, entry.status)}</Badge>
            {entry.sent && <Badge color="green">{t('innovations.sentBadge')}</Badge>}
            <Text size="sm" c="dimmed">
              {entry.opdName}
              {entry.unitName ? ` · ${entry.unitName}` : ''} · {t('innovations.period')} {entry.periodYear}
            </Text>
          </Group>
        </Stack>
        {!floating && <SaveIndicator state={state} onRetry={() => void saveNow()} />}
      </Group>
      <Workflow entry={entry} role={role} canSend={canSend} beforeAction={settle} onFieldErrors={form.setErrors} />
      {ro && entry.status === 'draft' && <Alert color="gray">{t('innovations.readOnly')}</Alert>}
      {canWrite && (
        <ProfileConflicts
          conflicts={conflicts.map((c) => ({ ...c, mine: v[c.field] }))}
          onResolve={resolve}
          unitName={(id) => units.data?.find((u) => u.id === id)?.name}
        />
      )}
      {state.kind === 'blocked' && <Alert color="red">{state.message}</Alert>}
      <Card withBorder>
        <Title order={3} fz="h4" mb="sm">
          {t('innovations.sectionIdentity')}
        </Title>
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <TextInput label={t('innovations.name')} required readOnly={ro} {...textProps('name')} />
          <UnitSelect
            opdId={entry.opdId}
            readOnly={ro}
            value={v.unitId}
            onChange={(unitId) => form.setFieldValue('unitId', unitId)}
            error={form.errors.unitId}
          />
          <Select
            label={t('innovations.tahapan.label')}
            readOnly={ro}
            clearable
            allowDeselect={false}
            data={choices.tahapan}
            {...form.getInputProps('tahapan')}
          />
          <Select
            label={t('innovations.inisiator.label')}
            readOnly={ro}
            clearable
            allowDeselect={false}
            data={choices.inisiator}
            {...form.getInputProps('inisiatorType')}
          />
          <TextInput label={t('innovations.inisiatorName')} readOnly={ro} {...textProps('inisiatorName')} />
          <Select label={t('innovations.jenis.label')} readOnly={ro} clearable allowDeselect={false} data={choices.jenis} {...form.getInputProps('jenis')} />
          <Select label={t('innovations.bentuk.label')} readOnly={ro} clearable allowDeselect={false} data={choices.bentuk} {...form.getInputProps('bentuk')} />
          <Select
            label={t('innovations.tematik.label')}
            readOnly={ro}
            clearable
            allowDeselect={false}
            data={choices.tematik}
            {...form.getInputProps('tematik')}
          />
          <Select
            label={t('innovations.urusanUtama')}
            readOnly={ro}
            clearable
            allowDeselect={false}
            searchable
            data={choices.urusan}
            {...form.getInputProps('urusanUtama')}
          />
          <MultiSelect label={t('innovations.urusanLain')} readOnly={ro} searchable data={choices.urusan} {...form.getInputProps('urusanLain')} />
          <TextInput label={t('innovations.lokasi')} readOnly={ro} {...textProps('lokasi')} />
        </SimpleGrid>
      </Card>
      <Card withBorder>
        <Title order={3} fz="h4" mb="sm">
          {t('innovations.sectionTime')}
        </Title>
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <TextInput type="date" label={t('innovations.waktuUjiCoba')} readOnly={ro} {...dateProps('waktuUjiCoba')} />
          <TextInput type="date" label={t('innovations.waktuPenerapan')} readOnly={ro} {...dateProps('waktuPenerapan')} />
        </SimpleGrid>
        <List size="sm" mt="sm">
          {notes.map((n) => (
            <List.Item key={n.code} c={n.code === 'ok' ? 'green.8' : n.code === 'window' ? 'dimmed' : 'orange.8'}>
              {t(`innovations.eligibility.${n.code}`, {
                from: 'from' in n ? formatDate(n.from) : '',
                until: 'until' in n ? formatDate(n.until) : '',
              })}
            </List.Item>
          ))}
        </List>
      </Card>
      <Card withBorder>
        <Title order={3} fz="h4" mb="sm">
          {t('innovations.sectionDesign')}
        </Title>
        <Stack>
          <Stack gap={4}>
            <RichTextField
              label={t('innovations.rancangBangun')}
              description={t('innovations.rancangBangunHint', { min: RANCANG_BANGUN_MIN_WORDS })}
              readOnly={ro}
              value={v.rancangBangun}
              onChange={(html) => form.setFieldValue('rancangBangun', html)}
              error={form.errors.rancangBangun}
            />
            <Group justify="flex-end">
              <Badge color={words >= RANCANG_BANGUN_MIN_WORDS ? 'green' : 'orange'} variant="light" data-testid="word-count">
                {t('innovations.words', { count: words, min: RANCANG_BANGUN_MIN_WORDS })}
              </Badge>
            </Group>
          </Stack>
          <Textarea label={t('innovations.tujuan')} readOnly={ro} autosize minRows={3} {...textProps('tujuan')} />
          <Textarea label={t('innovations.manfaat')} readOnly={ro} autosize minRows={3} {...textProps('manfaat')} />
          <Textarea label={t('innovations.hasil')} readOnly={ro} autosize minRows={3} {...textProps('hasil')} />
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <Textarea label={t('innovations.haki')} readOnly={ro} autosize minRows={2} {...textProps('haki')} />
            <Textarea label={t('innovations.penghargaan')} readOnly={ro} autosize minRows={2} {...textProps('penghargaan')} />
          </SimpleGrid>
        </Stack>
      </Card>
      <AnswersSection entryId={entry.id} periodId={entry.periodId} canWrite={canAnswer} />
      <DocumentsSection entryId={entry.id} canWrite={canWrite} />
      <ResultsSection entryId={entry.id} canRecord={can(role, 'competition:enter')} />
      <PublicationSection entryId={entry.id} canPublish={can(role, 'catalogue:publish')} />
      {extra}
      <KlinikSection entryId={entry.id} canPost={role !== 'pimpinan' && role !== 'juri' && role !== 'super_admin'} />
    </Stack>
  );
}

function SaveIndicator({ state, onRetry, floating }: { state: ReturnType<typeof useAutosave>['state']; onRetry: () => void; floating?: boolean }) {
  const { t } = useTranslation();
  const line = (text: string, color: string) => (
    <Text size={floating ? 'xs' : 'sm'} c={color} maw={360} aria-live="polite" data-testid="save-state" data-state={state.kind}>
      {text}
    </Text>
  );
  const pill = (children: React.ReactNode) =>
    floating ? (
      <Paper withBorder shadow="xs" radius="xl" px="sm" py={4}>
        {children}
      </Paper>
    ) : (
      children
    );
  switch (state.kind) {
    case 'pending':
      return pill(line(t('innovations.autosave.pending'), 'dimmed'));
    case 'saving':
      return pill(line(t('innovations.saving'), 'dimmed'));
    case 'conflict':
      return pill(line(t('innovations.autosave.conflict'), 'orange.8'));
    case 'saved':
      return pill(line(t('innovations.savedAt', { time: formatDateTime(state.at) }), 'green.8'));
    case 'invalid':
      return pill(
        line(t('innovations.autosave.invalidFields', { fields: state.fields.map((k) => t(`innovations.fieldName.${k}`, k)).join(', ') }), 'orange.8'),
      );
    case 'error':
      return pill(
        <Group gap="xs" wrap="nowrap">
          {line(state.retrying ? t('innovations.saveFailed') : t('innovations.autosave.refused', { message: state.message }), 'orange.8')}
          <Button size="compact-xs" variant="light" onClick={onRetry}>
            {t('innovations.retry')}
          </Button>
        </Group>,
      );
    default:
      return null;
  }
}
