// Add evidence to one indicator: pick files (each uploads with its own progress bar and can be cancelled; the
// chosen file stays in the page until it is stored), or add a link. A failed upload offers what can help: a
// retry after a network or server failure, another file when the server refused this one (wrong type, too
// big, empty) — sending the same file again could never pass.
import { ActionIcon, Button, FileButton, Group, Progress, Stack, Text, TextInput } from '@mantine/core';
import { IconFileUpload, IconLink, IconRefresh, IconUpload, IconX } from '@tabler/icons-react';
import { useQueryClient } from '@tanstack/react-query';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../lib/api';
import { showApiError } from '../forms';
import { type EvidenceOwner, invalidateEvidence, uploadFile, useAddLink } from './api';

const ACCEPT = '.pdf,.jpg,.jpeg,.png,.mp4,application/pdf,image/jpeg,image/png,video/mp4';

interface Job {
  key: number;
  file: File;
  progress: number;
  error: string | null;
  /** The failure may pass another time (network, server busy or down); a refused file never will. */
  retryable: boolean;
  abort?: () => void;
}

const mayPassLater = (e: unknown) =>
  !(e instanceof ApiError) || (e.status === 0 && e.code === 'network') || e.status >= 500 || e.status === 408 || e.status === 429;

export function UploadControl({ owner, code, disabled }: { owner: EvidenceOwner; code: string; disabled?: boolean }) {
  const { t } = useTranslation();
  const qc = useQueryClient();
  const [jobs, setJobs] = useState<Job[]>([]);
  const [linkOpen, setLinkOpen] = useState(false);
  const nextKey = useRef(0);
  const resetChoice = useRef<() => void>(null);
  const update = (key: number, patch: Partial<Job>) => setJobs((js) => js.map((j) => (j.key === key ? { ...j, ...patch } : j)));

  function start(job: Job) {
    const { done, abort } = uploadFile(owner, code, job.file, (p) => update(job.key, { progress: p }));
    update(job.key, { abort, error: null, retryable: false, progress: 0 });
    done.then(
      () => {
        setJobs((js) => js.filter((j) => j.key !== job.key));
        void invalidateEvidence(qc);
      },
      (e: Error) => update(job.key, { error: e.message, retryable: mayPassLater(e), abort: undefined }),
    );
  }

  function add(files: File[]) {
    const added = files.map((file) => ({ key: nextKey.current++, file, progress: 0, error: null, retryable: false }));
    setJobs((js) => [...js, ...added]);
    // Sequential would be kinder to a slow line, but parallel keeps each row's progress honest and simple.
    for (const job of added) start(job);
  }

  return (
    <Stack gap={6}>
      {jobs.map((job) => (
        <Stack key={job.key} gap={2} data-testid="upload-job">
          <Group gap="xs" justify="space-between" wrap="nowrap">
            <Text size="xs" truncate>
              {job.file.name}
            </Text>
            <Group gap={4} wrap="nowrap">
              {job.error && job.retryable && (
                <Button size="compact-xs" variant="light" leftSection={<IconRefresh size={12} />} onClick={() => start(job)}>
                  {t('evidence.retry')}
                </Button>
              )}
              {job.error && !job.retryable && (
                <FileButton
                  accept={ACCEPT}
                  disabled={disabled}
                  onChange={(file) => {
                    if (!file) return;
                    setJobs((js) => js.filter((j) => j.key !== job.key));
                    add([file]);
                  }}
                >
                  {(props) => (
                    <Button {...props} size="compact-xs" variant="light" leftSection={<IconFileUpload size={12} />} data-testid="choose-another">
                      {t('evidence.badUpload.chooseAnother')}
                    </Button>
                  )}
                </FileButton>
              )}
              <ActionIcon
                size="sm"
                variant="subtle"
                aria-label={job.error ? t('common.close') : t('evidence.cancel')}
                onClick={() => {
                  job.abort?.();
                  setJobs((js) => js.filter((j) => j.key !== job.key));
                }}
              >
                <IconX size={12} />
              </ActionIcon>
            </Group>
          </Group>
          {job.error ? (
            <Text size="xs" c="red" role="alert">
              {job.error}
            </Text>
          ) : (
            <Progress value={job.progress * 100} size="sm" aria-label={t('evidence.progress', { name: job.file.name })} animated={job.progress >= 1} />
          )}
        </Stack>
      ))}
      <Group gap="xs">
        <FileButton
          // Emptied after each choice: the browser reports nothing when the same file is chosen again, and a second
          // choice of it must reach the server (which says it is attached already).
          resetRef={resetChoice}
          onChange={(files) => {
            if (files.length) add(files);
            resetChoice.current?.();
          }}
          accept={ACCEPT}
          multiple
          disabled={disabled}
        >
          {(props) => (
            <Button {...props} size="compact-sm" variant="light" leftSection={<IconUpload size={14} />} data-testid={`upload-${code}`}>
              {t('evidence.upload')}
            </Button>
          )}
        </FileButton>
        <Button size="compact-sm" variant="subtle" leftSection={<IconLink size={14} />} disabled={disabled} onClick={() => setLinkOpen((o) => !o)}>
          {t('evidence.addLink')}
        </Button>
      </Group>
      {linkOpen && <LinkForm owner={owner} code={code} onDone={() => setLinkOpen(false)} />}
    </Stack>
  );
}

function LinkForm({ owner, code, onDone }: { owner: EvidenceOwner; code: string; onDone: () => void }) {
  const { t } = useTranslation();
  const addLink = useAddLink(owner);
  const [url, setUrl] = useState('');
  const [title, setTitle] = useState('');
  const [error, setError] = useState<string | null>(null);
  return (
    <form
      onSubmit={(e) => {
        e.preventDefault();
        addLink.mutate(
          { code, url, title: title || undefined },
          {
            onSuccess: onDone,
            onError: (err) => {
              const fields = (err as { fields?: Record<string, string> }).fields;
              if (fields?.url) setError(fields.url);
              else showApiError(null, err);
            },
          },
        );
      }}
    >
      <Stack gap={4}>
        <TextInput
          size="xs"
          label={t('evidence.linkUrl')}
          placeholder="https://"
          value={url}
          onChange={(e) => setUrl(e.currentTarget.value)}
          error={error}
          required
        />
        <TextInput size="xs" label={t('evidence.linkTitle')} value={title} onChange={(e) => setTitle(e.currentTarget.value)} />
        <Group gap="xs">
          <Button size="compact-sm" type="submit" loading={addLink.isPending}>
            {t('common.save')}
          </Button>
          <Button size="compact-sm" variant="subtle" onClick={onDone}>
            {t('common.cancel')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
