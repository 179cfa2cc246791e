// IPKD framework versions: the built-in ones read-only, clones (optionally for another measurement year) whose
// dimension weights (summing to 100 %), indicator weights, scoring and A/B bands the admin enters from the pedoman, saved on
// the version loaded; export as JSON and import. A refused save names the field it is about.
import { Alert, Badge, Button, Card, Group, Modal, NumberInput, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { IconDownload } from '@tabler/icons-react';
import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { IpkdFramework } from '../../../domain/ipkd/framework';
import { ApiError } from '../../lib/api';
import { downloadJson } from '../../lib/download';
import { notifySaved } from '../../ui/forms';
import { useJsonImport } from '../../ui/JsonImport';
import { AnchorLink } from '../../ui/links';
import { PageHeader } from '../../ui/PageHeader';
import { ErrorState, LoadingState } from '../../ui/states';
import {
  type IpkdFrameworkEnvelope,
  type IpkdFrameworkSummary,
  ipkdQueries,
  useCloneIpkdFramework,
  useDeleteIpkdFramework,
  useImportIpkdFramework,
  useIpkdFramework,
  useIpkdFrameworks,
  useSaveIpkdFramework,
} from '../api/ipkd';
import { formatIpkd, nameOf } from './labels';
import { ScoringInputs } from './ScoringInputs';

export function IpkdFrameworksPage({ canWrite }: { canWrite: boolean }) {
  const { t } = useTranslation();
  const list = useIpkdFrameworks();
  const qc = useQueryClient();
  const importer = useImportIpkdFramework();
  const remove = useDeleteIpkdFramework();
  const [selected, setSelected] = useState<string | null>(null);
  const [cloning, setCloning] = useState<IpkdFrameworkSummary | null>(null);

  const json = useJsonImport({
    importer,
    label: t('ipkd.import'),
    failedTitle: t('ipkd.importFailed'),
    invalidJson: t('ipkd.invalidJson'),
    onImported: (saved) => {
      notifySaved(t('ipkd.imported'));
      setSelected(saved.framework.id);
    },
  });

  const exportOne = async (id: string) => {
    const env = await qc.fetchQuery(ipkdQueries.framework(id));
    downloadJson(`${id}.json`, env.framework);
  };

  if (list.isLoading) return <LoadingState />;
  if (list.error) return <ErrorState error={list.error} onRetry={() => list.refetch()} />;
  return (
    <Stack>
      <AnchorLink to="/ipkd" size="sm">
        {t('ipkd.back')}
      </AnchorLink>
      <PageHeader title={t('ipkd.frameworksTitle')} description={t('ipkd.frameworksIntro')} actions={canWrite && json.button} />
      {json.errors}
      <Card withBorder>
        <Table.ScrollContainer minWidth={560}>
          <Table>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('ipkd.frameworkName')}</Table.Th>
                <Table.Th>{t('ipkd.measurementYear')}</Table.Th>
                <Table.Th>{t('ipkd.indicators')}</Table.Th>
                <Table.Th />
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {(list.data ?? []).map((f) => (
                <Table.Tr key={f.id}>
                  <Table.Td>
                    <Text size="sm" fw={600}>
                      {f.name}
                    </Text>
                    <Group gap={4}>
                      {f.builtIn && (
                        <Badge size="xs" variant="light">
                          {t('ipkd.builtIn')}
                        </Badge>
                      )}
                      {f.defaults && (
                        <Badge size="xs" color="yellow" variant="light">
                          {t('ipkd.defaultBadge')}
                        </Badge>
                      )}
                    </Group>
                  </Table.Td>
                  <Table.Td>{f.measurementYear}</Table.Td>
                  <Table.Td>{f.indicatorCount}</Table.Td>
                  <Table.Td>
                    <Group gap={4} justify="flex-end" wrap="wrap">
                      <Button size="xs" variant="subtle" onClick={() => setSelected(f.id)}>
                        {t(f.builtIn || !canWrite ? 'ipkd.view' : 'ipkd.edit')}
                      </Button>
                      <Button size="xs" variant="subtle" leftSection={<IconDownload size={14} />} onClick={() => void exportOne(f.id)}>
                        {t('ipkd.export')}
                      </Button>
                      {canWrite && (
                        <Button size="xs" variant="light" onClick={() => setCloning(f)}>
                          {t('ipkd.clone')}
                        </Button>
                      )}
                      {canWrite && !f.builtIn && (
                        <Button
                          size="xs"
                          variant="subtle"
                          color="red"
                          onClick={() => remove.mutate(f.id, { onSuccess: () => selected === f.id && setSelected(null) })}
                        >
                          {t('ipkd.delete')}
                        </Button>
                      )}
                    </Group>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
        {remove.error && (
          <Alert mt="sm" color="red">
            {remove.error.message}
          </Alert>
        )}
      </Card>
      {cloning && <CloneModal source={cloning} onClose={() => setCloning(null)} onCloned={(id) => setSelected(id)} />}
      {selected && <FrameworkEditor key={selected} id={selected} canWrite={canWrite} />}
    </Stack>
  );
}

function CloneModal({ source, onClose, onCloned }: { source: IpkdFrameworkSummary; onClose: () => void; onCloned: (id: string) => void }) {
  const { t } = useTranslation();
  const clone = useCloneIpkdFramework();
  const [name, setName] = useState(`${source.name} (${t('ipkd.copy')})`);
  const [year, setYear] = useState<number | ''>(source.measurementYear);
  const fields = clone.error instanceof ApiError ? clone.error.fields : {};
  return (
    <Modal opened onClose={onClose} title={t('ipkd.cloneTitle', { name: source.name })}>
      <Stack>
        <TextInput label={t('ipkd.frameworkName')} value={name} onChange={(e) => setName(e.currentTarget.value)} error={fields.name} />
        <NumberInput
          label={t('ipkd.measurementYear')}
          description={t('ipkd.cloneYearHint')}
          value={year}
          min={2020}
          max={2100}
          onChange={(v) => setYear(v === '' ? '' : Number(v))}
          error={fields.measurementYear}
        />
        {clone.error && !Object.keys(fields).length && <Alert color="red">{clone.error.message}</Alert>}
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {t('common.cancel')}
          </Button>
          <Button
            loading={clone.isPending}
            onClick={() =>
              clone.mutate(
                { id: source.id, name: name.trim() || undefined, measurementYear: year === '' ? undefined : year },
                {
                  onSuccess: (c) => {
                    notifySaved(t('ipkd.cloned'));
                    onCloned(c.framework.id);
                    onClose();
                  },
                },
              )
            }
          >
            {t('ipkd.clone')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}

function FrameworkEditor({ id, canWrite }: { id: string; canWrite: boolean }) {
  const q = useIpkdFramework(id);
  if (q.isLoading) return <LoadingState />;
  if (q.error || !q.data) return <ErrorState error={q.error} onRetry={() => q.refetch()} />;
  return <EditorForm envelope={q.data} editable={canWrite && !q.data.builtIn} />;
}

function EditorForm({ envelope, editable }: { envelope: IpkdFrameworkEnvelope; editable: boolean }) {
  const { t } = useTranslation();
  const [draft, setDraft] = useState<IpkdFramework>(() => structuredClone(envelope.framework));
  useEffect(() => setDraft(structuredClone(envelope.framework)), [envelope.version]);
  const save = useSaveIpkdFramework(envelope.framework.id);
  const fields = save.error instanceof ApiError ? save.error.fields : {};
  const sum = draft.dimensions.reduce((s, d) => s + (Number(d.weight) || 0), 0);
  const sumOk = Math.abs(sum - 100) < 1e-9;

  const setDim = (di: number, weight: number) =>
    setDraft((f) => ({ ...f, dimensions: f.dimensions.map((d, i) => (i === di ? { ...d, weight, defaultWeight: false } : d)) }));
  const setInd = (di: number, ii: number, change: Partial<IpkdFramework['dimensions'][number]['indicators'][number]>) =>
    setDraft((f) => ({
      ...f,
      dimensions: f.dimensions.map((d, i) => (i === di ? { ...d, indicators: d.indicators.map((x, j) => (j === ii ? { ...x, ...change } : x)) } : d)),
    }));
  const setBand = (k: 'A' | 'B', v: number) => setDraft((f) => ({ ...f, bands: { ...f.bands, [k]: v, defaultBands: false } }));

  return (
    <Card withBorder>
      <Stack>
        <Group justify="space-between">
          <Title order={3} fz="h4">
            {draft.name}
          </Title>
          {!editable && <Badge variant="light">{t('ipkd.readOnly')}</Badge>}
        </Group>
        {fields.framework && <Alert color="red">{fields.framework}</Alert>}
        <Group align="flex-start">
          <NumberInput
            label={t('ipkd.bandA')}
            value={draft.bands.A}
            onChange={(v) => setBand('A', Number(v))}
            decimalSeparator=","
            readOnly={!editable}
            error={fields.bands}
            w={160}
          />
          <NumberInput
            label={t('ipkd.bandB')}
            value={draft.bands.B}
            onChange={(v) => setBand('B', Number(v))}
            decimalSeparator=","
            readOnly={!editable}
            error={fields.bands ? ' ' : undefined}
            w={160}
          />
          {draft.bands.defaultBands && (
            <Badge mt={30} color="yellow" variant="light">
              {t('ipkd.defaultBadge')}
            </Badge>
          )}
        </Group>
        <Text size="sm" fw={600} c={sumOk ? undefined : 'red'} data-testid="ipkd-weight-sum">
          {t('ipkd.weightSum', { sum: formatIpkd(sum) })}
        </Text>
        {fields.dimensions && (
          <Alert color="red" p="xs">
            {fields.dimensions}
          </Alert>
        )}
        {draft.dimensions.map((d, di) => (
          <Card key={d.id} withBorder padding="sm">
            <Group justify="space-between" align="flex-end">
              <Text fw={600} size="sm" style={{ flex: 1 }}>
                {nameOf(d)}
              </Text>
              <NumberInput
                label={t('ipkd.dimensionWeight')}
                value={d.weight}
                onChange={(v) => setDim(di, Number(v))}
                decimalSeparator=","
                suffix=" %"
                readOnly={!editable}
                error={fields[`dimensions[${di}].weight`]}
                w={140}
              />
              {d.defaultWeight && (
                <Badge color="yellow" variant="light">
                  {t('ipkd.defaultBadge')}
                </Badge>
              )}
            </Group>
            <Stack gap={4} mt="xs">
              {d.indicators.map((x, ii) => (
                <Stack key={x.id} gap={2} data-testid={`ipkd-framework-indicator-${x.id}`}>
                  <Group justify="space-between" wrap="nowrap">
                    <Text size="xs">{nameOf(x)}</Text>
                    <NumberInput
                      size="xs"
                      aria-label={t('ipkd.indicatorWeightOf', { name: nameOf(x) })}
                      value={x.weight}
                      onChange={(v) => setInd(di, ii, { weight: Number(v) })}
                      decimalSeparator=","
                      readOnly={!editable}
                      error={fields[`dimensions[${di}].indicators[${ii}].weight`]}
                      w={90}
                    />
                  </Group>
                  <ScoringInputs
                    indicator={x}
                    editable={editable}
                    errors={(path) => fields[`dimensions[${di}].indicators[${ii}].scoring.${path}`] ?? fields[`dimensions[${di}].indicators[${ii}].scoring`]}
                    onChange={(scoring) => setInd(di, ii, { scoring })}
                  />
                </Stack>
              ))}
            </Stack>
          </Card>
        ))}
        {save.error && !Object.keys(fields).length && <Alert color="red">{save.error.message}</Alert>}
        {editable && (
          <Group justify="flex-end" align="center">
            <Text size="sm" c={sumOk ? 'dimmed' : 'red'} role={sumOk ? undefined : 'alert'}>
              {sumOk ? t('ipkd.weightSum', { sum: formatIpkd(sum) }) : (fields.dimensions ?? t('ipkd.weightSum', { sum: formatIpkd(sum) }))}
            </Text>
            <Button
              loading={save.isPending}
              onClick={() => save.mutate({ framework: draft, version: envelope.version }, { onSuccess: () => notifySaved(t('ipkd.frameworkSaved')) })}
            >
              {t('common.save')}
            </Button>
          </Group>
        )}
      </Stack>
    </Card>
  );
}
