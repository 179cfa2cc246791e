// What the signed-in person can do with this entry now: submit, approve, return with a note, mark as sent.
import { Alert, Button, Card, Group, List, Modal, Stack, Text, Textarea } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { allowedTransitions, type Transition } from '../../../domain/innovation/workflow';
import { periodAllows } from '../../../domain/period/status';
import type { Role } from '../../../domain/roles';
import { ApiError } from '../../lib/api';
import { notifySaved, showApiError } from '../../ui/forms';
import { type Entry, useTransition } from '../api/innovations';
import { SendControl } from './SendControl';

export function WorkflowBar({
  entry,
  role,
  canSend,
  beforeAction,
  onFieldErrors,
}: {
  entry: Entry;
  role: Role;
  canSend: boolean;
  /** Runs first (the profile's unsaved changes are saved, so the server checks what is on screen). */
  beforeAction?: () => Promise<void>;
  onFieldErrors: (f: Record<string, string>) => void;
}) {
  const { t } = useTranslation();
  const transition = useTransition(entry.id);
  const [problems, setProblems] = useState<string[] | null>(null);
  const [returning, setReturning] = useState(false);
  const [note, setNote] = useState('');
  const open = periodAllows(entry.periodStatus, 'innovation');
  const actions = open ? allowedTransitions(entry.status, role) : [];

  const run = async (action: Transition, extra?: { note?: string }) => {
    setProblems(null);
    await beforeAction?.();
    transition.mutate(
      { action, ...extra },
      {
        onSuccess: () => {
          notifySaved(t(`innovations.done.${action}`));
          setReturning(false);
          setNote('');
        },
        onError: (e) => {
          if (e instanceof ApiError && Object.keys(e.fields).length) {
            onFieldErrors(e.fields);
            setProblems(Object.entries(e.fields).map(([k, v]) => `${t(`innovations.fieldName.${k}`, k)}: ${v}`));
          } else showApiError(null, e);
        },
      },
    );
  };

  if (!actions.length && !canSend) return null;
  return (
    <Card withBorder>
      <Stack gap="sm">
        <Group justify="space-between">
          <Group gap="xs">
            {actions.includes('submit') && (
              <Button onClick={() => run('submit')} loading={transition.isPending}>
                {t('innovations.action.submit')}
              </Button>
            )}
            {actions.includes('approve') && (
              <Button color="green" onClick={() => run('approve')} loading={transition.isPending}>
                {t('innovations.action.approve')}
              </Button>
            )}
            {actions.includes('return') && (
              <Button variant="light" color="orange" onClick={() => setReturning(true)}>
                {t('innovations.action.return')}
              </Button>
            )}
          </Group>
          {canSend && <SendControl entry={entry} />}
        </Group>
        {problems && (
          <Alert color="red" title={t('innovations.submitIncomplete')}>
            <List size="sm">
              {problems.map((p) => (
                <List.Item key={p}>{p}</List.Item>
              ))}
            </List>
          </Alert>
        )}
        {entry.status !== 'draft' && (
          <Text size="sm" c="dimmed">
            {t(entry.status === 'disetujui' ? 'innovations.inVerification' : 'innovations.lockedForApproval')}
          </Text>
        )}
      </Stack>
      <Modal opened={returning} onClose={() => setReturning(false)} title={t('innovations.action.return')}>
        <Stack>
          <Textarea label={t('innovations.returnNote')} autosize minRows={3} value={note} onChange={(e) => setNote(e.currentTarget.value)} data-autofocus />
          <Group justify="flex-end">
            <Button variant="default" onClick={() => setReturning(false)}>
              {t('common.cancel')}
            </Button>
            <Button color="orange" onClick={() => run('return', { note: note.trim() || undefined })} loading={transition.isPending}>
              {t('innovations.action.return')}
            </Button>
          </Group>
        </Stack>
      </Modal>
    </Card>
  );
}
