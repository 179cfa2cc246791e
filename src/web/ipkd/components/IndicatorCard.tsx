// One IPKD indicator of a year: its value, document date and note saved field by field after a pause or on
// leaving the field (one save at a time, on the version seen; someone else's save in between is read and the
// field sent again), its documents, and its review. A refused save keeps what was typed and shows why on the field.
import { ActionIcon, Alert, Anchor, Badge, Button, Card, FileButton, Group, Select, Stack, Text, Textarea, TextInput } from '@mantine/core';
import { IconDownload, IconExternalLink, IconLink, IconTrash, IconUpload } from '@tabler/icons-react';
import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { IpkdIndicator } from '../../../domain/ipkd/framework';
import { type Locale, translate } from '../../../domain/messages';
import i18n from '../../i18n';
import { ApiError } from '../../lib/api';
import { formatBytes } from '../../lib/format';
import {
  type IpkdValue,
  type IpkdYear,
  ipkdQueries,
  saveIpkdValue,
  uploadIpkdDocument,
  useIpkdValueAction,
  useRemoveIpkdDocument,
  type ValuePatch,
} from '../api/ipkd';
import { nameOf } from './labels';

type Field = 'value' | 'documentDate' | 'note';
type FieldState = { kind: 'idle' | 'saving' | 'saved' } | { kind: 'error'; message: string };
const PAUSE_MS = 1200;
const FIELDS: Field[] = ['value', 'documentDate', 'note'];

const locale = (): Locale => (i18n.language === 'en' ? 'en' : 'id');

/** 79,5 and 79.5 are both 79.5; what is not a number stays text so the field can say so. */
function toNumber(text: string): number | null | 'invalid' {
  const s = text.trim().replace(/\s/g, '');
  if (!s) return null;
  const normal = s.includes(',') ? s.replace(/\./g, '').replace(',', '.') : s;
  const n = Number(normal);
  return Number.isFinite(n) ? n : 'invalid';
}
const numberText = (n: number) => String(n).replace('.', ',');

function textOf(v: IpkdValue | undefined, f: Field): string {
  if (!v) return '';
  const x = v[f];
  if (x === null || x === undefined) return '';
  return typeof x === 'number' ? numberText(x) : String(x);
}

export const statusColor = { draft: 'gray', menunggu: 'blue', diterima: 'green', dikembalikan: 'orange' } as const;

export function IndicatorCard({
  year,
  indicator,
  value,
  canWrite,
  canReview,
}: {
  year: IpkdYear;
  indicator: IpkdIndicator;
  value: IpkdValue | undefined;
  canWrite: boolean;
  canReview: boolean;
}) {
  const { t } = useTranslation();
  const qc = useQueryClient();
  const y = year.measurementYear;
  const [local, setLocal] = useState<Record<Field, string>>(() => ({
    value: textOf(value, 'value'),
    documentDate: textOf(value, 'documentDate'),
    note: textOf(value, 'note'),
  }));
  const [states, setStates] = useState<Record<Field, FieldState>>({ value: { kind: 'idle' }, documentDate: { kind: 'idle' }, note: { kind: 'idle' } });
  const saved = useRef<Record<Field, string>>({ ...local });
  const localRef = useRef(local);
  localRef.current = local;
  const version = useRef(value?.version ?? 0);
  const chain = useRef<Promise<void>>(Promise.resolve());
  const timers = useRef<Partial<Record<Field, ReturnType<typeof setTimeout>>>>({});

  // What the server has now, for the fields not being changed here.
  useEffect(() => {
    if (value && value.version > version.current) version.current = value.version;
    const next = { ...localRef.current };
    let changed = false;
    for (const f of FIELDS) {
      const server = textOf(value, f);
      if (localRef.current[f] === saved.current[f] && server !== saved.current[f]) {
        next[f] = server;
        saved.current[f] = server;
        changed = true;
      }
    }
    if (changed) setLocal(next);
  }, [value]);

  // Leaving the page before the pause is over still saves what was typed.
  const saveRef = useRef<(f: Field) => void>(() => {});
  useEffect(
    () => () => {
      for (const f of FIELDS) if (timers.current[f] !== undefined && localRef.current[f] !== saved.current[f]) saveRef.current(f);
    },
    [],
  );

  const setState = (f: Field, s: FieldState) => setStates((all) => ({ ...all, [f]: s }));

  const bodyFor = (f: Field, text: string): { ok: true; body: Omit<ValuePatch, 'version'> } | { ok: false; message: string } => {
    if (f === 'value' && indicator.unit !== 'choice') {
      const n = toNumber(text);
      if (n === 'invalid') return { ok: false, message: translate('ipkd_value_number', locale()) };
      return { ok: true, body: { value: n } };
    }
    return { ok: true, body: { [f]: text.trim() ? text.trim() : null } };
  };

  const save = (f: Field) => {
    clearTimeout(timers.current[f]);
    timers.current[f] = undefined;
    chain.current = chain.current.then(async () => {
      const text = localRef.current[f];
      if (text === saved.current[f]) return;
      const prepared = bodyFor(f, text);
      if (!prepared.ok) return setState(f, { kind: 'error', message: prepared.message });
      setState(f, { kind: 'saving' });
      for (let attempt = 0; attempt < 2; attempt++) {
        try {
          const result = await saveIpkdValue(y, indicator.id, { version: version.current, ...prepared.body });
          version.current = result.version;
          saved.current[f] = text;
          setState(f, { kind: localRef.current[f] === text ? 'saved' : 'idle' });
          void qc.invalidateQueries({ queryKey: ipkdQueries.year(y).queryKey });
          return;
        } catch (e) {
          if (e instanceof ApiError && e.code === 'stale_version' && attempt === 0) {
            // Someone saved in between: read the year again and send this field on the version it has now.
            const fresh = await qc.fetchQuery({ ...ipkdQueries.year(y), staleTime: 0 });
            version.current = fresh.values.find((v) => v.indicatorId === indicator.id)?.version ?? 0;
            continue;
          }
          const message = e instanceof ApiError ? (e.fields[f] ?? e.message) : t('errors.unexpected');
          setState(f, { kind: 'error', message });
          return;
        }
      }
    });
  };

  saveRef.current = save;

  const type = (f: Field, text: string, immediately = false) => {
    setLocal((l) => ({ ...l, [f]: text }));
    localRef.current = { ...localRef.current, [f]: text };
    if (states[f].kind !== 'saving') setState(f, { kind: 'idle' });
    clearTimeout(timers.current[f]);
    if (immediately) save(f);
    else timers.current[f] = setTimeout(() => save(f), PAUSE_MS);
  };

  const stateText = (f: Field) => {
    const s = states[f];
    if (s.kind === 'saving') return t('ipkd.saving');
    if (s.kind === 'saved') return t('ipkd.savedField');
    if (local[f] !== saved.current[f]) return t('ipkd.notSavedYet');
    return undefined;
  };
  const errorOf = (f: Field) => {
    const s = states[f];
    return s.kind === 'error' ? s.message : undefined;
  };
  const common = (f: Field) => ({
    description: stateText(f),
    error: errorOf(f),
    inputWrapperOrder: ['label', 'input', 'description', 'error'] as ('label' | 'input' | 'description' | 'error')[],
  });

  const action = useIpkdValueAction(y);
  const remove = useRemoveIpkdDocument();
  const [actionError, setActionError] = useState<string | null>(null);
  const [uploading, setUploading] = useState(false);
  const [link, setLink] = useState({ url: '', title: '' });
  const [linkError, setLinkError] = useState<string | undefined>();
  const [returning, setReturning] = useState(false);
  const [returnNote, setReturnNote] = useState('');
  const [returnError, setReturnError] = useState<string | undefined>();

  const status = value?.reviewStatus ?? 'draft';
  const unitLabel =
    indicator.unit === 'percent' ? '%' : indicator.unit === 'ratio' ? t('ipkd.unit.ratio') : indicator.unit === 'count' ? t('ipkd.unit.count') : '';
  const labelId = `ipkd-${indicator.id}`;

  const upload = async (file: File | null) => {
    if (!file) return;
    setActionError(null);
    setUploading(true);
    try {
      const result = await uploadIpkdDocument(y, indicator.id, file, () => {}).done;
      version.current = Math.max(version.current, result.version);
      await qc.invalidateQueries({ queryKey: ['ipkd'] });
    } catch (e) {
      setActionError(e instanceof Error ? e.message : t('errors.unexpected'));
    } finally {
      setUploading(false);
    }
  };

  const addLink = () => {
    setLinkError(undefined);
    action.mutate(
      { indicatorId: indicator.id, action: 'documents', body: { url: link.url.trim(), ...(link.title.trim() ? { title: link.title.trim() } : {}) } },
      {
        onSuccess: (r) => {
          version.current = Math.max(version.current, r.version);
          setLink({ url: '', title: '' });
        },
        onError: (e) => setLinkError(e instanceof ApiError ? (e.fields.url ?? e.message) : t('errors.unexpected')),
      },
    );
  };

  const submit = () => {
    setActionError(null);
    action.mutate({ indicatorId: indicator.id, action: 'submit', body: { version: version.current } }, { onError: (e) => setActionError(e.message) });
  };

  const review = (decision: 'accept' | 'return') => {
    setReturnError(undefined);
    setActionError(null);
    action.mutate(
      {
        indicatorId: indicator.id,
        action: 'review',
        body: { version: value?.version ?? 0, decision, ...(decision === 'return' ? { note: returnNote.trim() } : {}) },
      },
      {
        onSuccess: () => {
          setReturning(false);
          setReturnNote('');
        },
        onError: (e) => (e instanceof ApiError && e.fields.note ? setReturnError(e.fields.note) : setActionError(e.message)),
      },
    );
  };

  const choiceLabel = (v: string) => {
    if (indicator.scoring.kind !== 'choice') return v;
    const o = indicator.scoring.options.find((x) => x.value === v);
    return o ? (i18n.language === 'en' && o.labelEn ? o.labelEn : o.label) : v;
  };

  return (
    <Card withBorder padding="sm" data-testid={`ipkd-indicator-${indicator.id}`} aria-labelledby={labelId}>
      <Stack gap="xs">
        <Group justify="space-between" align="flex-start" wrap="nowrap">
          <Stack gap={2}>
            <Text fw={600} id={labelId}>
              {nameOf(indicator)}
            </Text>
            {indicator.documents.length > 0 && (
              <Text size="xs" c="dimmed">
                {t('ipkd.documentsAsked', { list: indicator.documents.join(', ') })}
              </Text>
            )}
          </Stack>
          <Badge color={statusColor[status]} variant="light" style={{ flexShrink: 0 }}>
            {t(`ipkd.status.${status}`)}
          </Badge>
        </Group>
        {value?.reviewNote && (
          <Alert color={status === 'dikembalikan' ? 'orange' : 'gray'} p="xs" title={t('ipkd.reviewNote')}>
            {value.reviewNote}
          </Alert>
        )}
        {canWrite ? (
          <Group align="flex-start" grow preventGrowOverflow={false} wrap="wrap">
            {indicator.scoring.kind === 'choice' ? (
              <Select
                label={t('ipkd.value')}
                data={indicator.scoring.options.map((o) => ({ value: o.value, label: choiceLabel(o.value) }))}
                value={local.value || null}
                onChange={(v) => type('value', v ?? '', true)}
                clearable
                miw={180}
                {...common('value')}
              />
            ) : (
              <TextInput
                label={unitLabel ? `${t('ipkd.value')} (${unitLabel})` : t('ipkd.value')}
                inputMode="decimal"
                value={local.value}
                onChange={(e) => type('value', e.currentTarget.value)}
                onBlur={() => save('value')}
                miw={140}
                {...common('value')}
              />
            )}
            <TextInput
              type="date"
              label={t('ipkd.documentDate')}
              value={local.documentDate}
              onChange={(e) => type('documentDate', e.currentTarget.value)}
              onBlur={() => save('documentDate')}
              miw={160}
              {...common('documentDate')}
            />
            <Textarea
              label={t('ipkd.note')}
              autosize
              minRows={1}
              maxRows={4}
              value={local.note}
              onChange={(e) => type('note', e.currentTarget.value)}
              onBlur={() => save('note')}
              miw={220}
              {...common('note')}
            />
          </Group>
        ) : (
          <Group gap="lg">
            <Text size="sm">
              {t('ipkd.value')}:{' '}
              <b>
                {value?.value === null || value?.value === undefined
                  ? '—'
                  : typeof value.value === 'number'
                    ? `${numberText(value.value)}${indicator.unit === 'percent' ? ' %' : ''}`
                    : choiceLabel(value.value)}
              </b>
            </Text>
            {value?.documentDate && (
              <Text size="sm">
                {t('ipkd.documentDate')}: {value.documentDate}
              </Text>
            )}
            {value?.note && <Text size="sm">{value.note}</Text>}
          </Group>
        )}

        {(value?.documents.length ?? 0) > 0 && (
          <Stack gap={4}>
            {value?.documents.map((d) => (
              <Group key={d.id} gap="xs" wrap="nowrap">
                {d.url ? (
                  <Anchor href={d.url} target="_blank" rel="noopener noreferrer" size="sm">
                    <IconLink size={14} /> {d.title || d.url}
                  </Anchor>
                ) : (
                  <>
                    <Anchor href={`/api/ipkd/documents/${d.id}`} target="_blank" rel="noopener" size="sm">
                      <IconExternalLink size={14} /> {d.fileName}
                    </Anchor>
                    <Text size="xs" c="dimmed">
                      {formatBytes(d.size)}
                    </Text>
                    <ActionIcon
                      component="a"
                      href={`/api/ipkd/documents/${d.id}?download=1`}
                      variant="subtle"
                      size="sm"
                      aria-label={t('ipkd.download', { name: d.fileName })}
                    >
                      <IconDownload size={14} />
                    </ActionIcon>
                  </>
                )}
                {canWrite && (
                  <ActionIcon
                    variant="subtle"
                    color="red"
                    size="sm"
                    aria-label={t('ipkd.removeDocument', { name: d.fileName ?? d.title ?? d.url })}
                    loading={remove.isPending && remove.variables === d.id}
                    onClick={() => remove.mutate(d.id)}
                  >
                    <IconTrash size={14} />
                  </ActionIcon>
                )}
              </Group>
            ))}
          </Stack>
        )}

        {canWrite && (
          <Group gap="xs" align="flex-start" wrap="wrap">
            <FileButton onChange={upload} accept="application/pdf,image/jpeg,image/png">
              {(props) => (
                <Button {...props} size="xs" variant="light" leftSection={<IconUpload size={14} />} loading={uploading}>
                  {t('ipkd.upload')}
                </Button>
              )}
            </FileButton>
            <TextInput
              size="xs"
              placeholder="https://"
              aria-label={t('ipkd.linkUrl')}
              value={link.url}
              onChange={(e) => setLink({ ...link, url: e.currentTarget.value })}
              error={linkError}
              miw={200}
            />
            <TextInput
              size="xs"
              placeholder={t('ipkd.linkTitle')}
              aria-label={t('ipkd.linkTitle')}
              value={link.title}
              onChange={(e) => setLink({ ...link, title: e.currentTarget.value })}
              miw={140}
            />
            <Button
              size="xs"
              variant="default"
              disabled={!link.url.trim()}
              onClick={addLink}
              loading={action.isPending && action.variables?.action === 'documents'}
            >
              {t('ipkd.addLink')}
            </Button>
          </Group>
        )}

        {actionError && (
          <Alert color="red" p="xs" role="alert">
            {actionError}
          </Alert>
        )}

        {canWrite && value && value.value !== null && (status === 'draft' || status === 'dikembalikan') && (
          <Group justify="flex-end">
            <Button size="xs" onClick={submit} loading={action.isPending && action.variables?.action === 'submit'}>
              {t('ipkd.submit')}
            </Button>
          </Group>
        )}

        {canReview && status === 'menunggu' && (
          <Stack gap="xs">
            {returning && (
              <Textarea
                label={t('ipkd.returnNote')}
                value={returnNote}
                onChange={(e) => setReturnNote(e.currentTarget.value)}
                error={returnError}
                autosize
                minRows={2}
              />
            )}
            <Group justify="flex-end" gap="xs">
              <Button size="xs" color="green" onClick={() => review('accept')} loading={action.isPending && action.variables?.action === 'review'}>
                {t('ipkd.accept')}
              </Button>
              <Button size="xs" color="orange" variant={returning ? 'filled' : 'light'} onClick={() => (returning ? review('return') : setReturning(true))}>
                {t('ipkd.return')}
              </Button>
            </Group>
          </Stack>
        )}
      </Stack>
    </Card>
  );
}
