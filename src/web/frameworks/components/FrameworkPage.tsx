import { Alert, Badge, Button, Group, List, Stack, Text, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useDebouncedCallback } from '@mantine/hooks';
import { IconCopy, IconDownload, IconPencil, IconTrash } from '@tabler/icons-react';
import { useNavigate } from '@tanstack/react-router';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Framework } from '../../../domain/iid/types';
import { downloadJson } from '../../lib/download';
import { notifySaved, showApiError } from '../../ui/forms';
import { AnchorLink } from '../../ui/links';
import { ErrorState, LoadingState } from '../../ui/states';
import { type FrameworkEnvelope, useCloneFramework, useDeleteFramework, useFramework, useSaveFramework } from '../api/frameworks';
import { BandsSection, IndicatorsSection, ParametersSection } from './FrameworkEditor';

const draftKey = (id: string, version: number) => `inovda.framework-draft.${id}.${version}`;

function readDraft(id: string, version: number): Framework | null {
  try {
    const raw = localStorage.getItem(draftKey(id, version));
    return raw ? (JSON.parse(raw) as Framework) : null;
  } catch {
    return null;
  }
}

export function FrameworkPage({ frameworkId, canWrite }: { frameworkId: string; canWrite: boolean }) {
  const query = useFramework(frameworkId);
  if (query.isLoading) return <LoadingState />;
  if (query.error || !query.data) return <ErrorState error={query.error} onRetry={() => query.refetch()} />;
  return <FrameworkView key={`${frameworkId}.${query.data.version}`} envelope={query.data} canWrite={canWrite} />;
}

function FrameworkView({ envelope, canWrite }: { envelope: FrameworkEnvelope; canWrite: boolean }) {
  const { t, i18n } = useTranslation();
  const navigate = useNavigate();
  const { framework, builtIn, version } = envelope;
  const draft = builtIn ? null : readDraft(framework.id, version);
  const [editing, setEditing] = useState(Boolean(draft));
  const form = useForm<Framework>({ initialValues: draft ?? framework });
  const save = useSaveFramework(framework.id);
  const clone = useCloneFramework();
  const remove = useDeleteFramework();
  const persistDraft = useDebouncedCallback((values: Framework) => {
    try {
      localStorage.setItem(draftKey(framework.id, version), JSON.stringify(values));
    } catch {
      // Storage full or private mode: editing still works, only the safety copy is missing.
    }
  }, 500);

  useEffect(() => {
    if (editing && form.isDirty()) persistDraft(form.values);
  }, [form.values]);

  const discardDraft = () => {
    localStorage.removeItem(draftKey(framework.id, version));
    form.setValues(framework);
    form.resetDirty(framework);
  };

  const onSave = form.onSubmit((values) =>
    save.mutate(
      { framework: values, version },
      {
        onSuccess: () => {
          localStorage.removeItem(draftKey(framework.id, version));
          notifySaved(t('common.saved'));
        },
        onError: (e) => showApiError(form, e),
      },
    ),
  );

  const onClone = () =>
    clone.mutate(
      { id: framework.id },
      {
        onSuccess: (copy) => {
          notifySaved(t('frameworks.cloned'));
          void navigate({ to: '/frameworks/$frameworkId', params: { frameworkId: copy.framework.id } });
        },
        onError: (e) => showApiError(null, e),
      },
    );

  const onDelete = () => {
    if (!window.confirm(t('frameworks.deleteConfirm', { name: framework.name }))) return;
    remove.mutate(framework.id, { onSuccess: () => navigate({ to: '/frameworks' }), onError: (e) => showApiError(null, e) });
  };

  return (
    <form onSubmit={onSave} noValidate>
      <Stack>
        <AnchorLink to="/frameworks" size="sm">
          ← {t('frameworks.title')}
        </AnchorLink>
        <Group justify="space-between" align="flex-start">
          <Stack gap={4}>
            <Title order={2}>{framework.name}</Title>
            <Group gap="xs">
              <Text size="sm" c="dimmed">
                {framework.id}
              </Text>
              <Badge variant="light" color={builtIn ? 'gray' : 'blue'}>
                {builtIn ? t('frameworks.builtIn') : t('frameworks.custom')}
              </Badge>
              {framework.uncertain && (
                <Badge variant="light" color="yellow">
                  {t('frameworks.uncertain')}
                </Badge>
              )}
              {framework.basedOn && (
                <Text size="sm" c="dimmed">
                  {t('frameworks.basedOn')} {framework.basedOn}
                </Text>
              )}
            </Group>
          </Stack>
          <Group gap="xs">
            <Button variant="default" leftSection={<IconDownload size={16} />} onClick={() => downloadJson(`${framework.id}.json`, form.values)}>
              {t('frameworks.export')}
            </Button>
            {canWrite && (
              <Button variant="light" leftSection={<IconCopy size={16} />} onClick={onClone} loading={clone.isPending}>
                {t('frameworks.clone')}
              </Button>
            )}
            {canWrite && !builtIn && !editing && (
              <Button leftSection={<IconPencil size={16} />} onClick={() => setEditing(true)}>
                {t('frameworks.edit')}
              </Button>
            )}
            {canWrite && !builtIn && (
              <Button variant="subtle" color="red" leftSection={<IconTrash size={16} />} onClick={onDelete} loading={remove.isPending}>
                {t('frameworks.delete')}
              </Button>
            )}
          </Group>
        </Group>
        {builtIn && <Alert color="gray">{t(canWrite ? 'frameworks.readOnly' : 'frameworks.readOnlyViewer')}</Alert>}
        {draft && (
          <Alert color="blue" withCloseButton={false}>
            <Group justify="space-between">
              <Text size="sm">{t('frameworks.draftRestored')}</Text>
              <Button size="xs" variant="subtle" onClick={discardDraft}>
                {t('frameworks.discardDraft')}
              </Button>
            </Group>
          </Alert>
        )}
        {framework.notes.length > 0 && (
          <Alert color="yellow" title={t('frameworks.notes')}>
            <List size="sm">
              {framework.notes.map((n) => (
                <List.Item key={n.id}>{i18n.language === 'en' ? n.en : n.id}</List.Item>
              ))}
            </List>
          </Alert>
        )}
        {Object.keys(form.errors).length > 0 && <Alert color="red">{t('errors.checkFields')}</Alert>}
        {/* Not being edited: the values read as text, not as a form of locked fields (global.css). */}
        <Stack className={editing ? undefined : 'read-only-fields'}>
          <ParametersSection form={form} editing={editing} />
          <BandsSection form={form} editing={editing} />
          <IndicatorsSection form={form} editing={editing} aspect="SPD" />
          <IndicatorsSection form={form} editing={editing} aspect="SID" />
        </Stack>
        {editing && (
          <Group
            justify="flex-end"
            p="sm"
            style={{ position: 'sticky', bottom: 0, background: 'var(--mantine-color-body)', borderTop: '1px solid var(--mantine-color-gray-3)', zIndex: 2 }}
          >
            {form.isDirty() && (
              <Text size="sm" c="dimmed">
                {t('frameworks.unsaved')}
              </Text>
            )}
            <Button variant="default" onClick={() => setEditing(false)}>
              {t('frameworks.stopEditing')}
            </Button>
            <Button type="submit" loading={save.isPending}>
              {t('common.save')}
            </Button>
          </Group>
        )}
      </Stack>
    </form>
  );
}
