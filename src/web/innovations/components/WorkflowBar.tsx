// What the signed-in person can do with this entry now: submit, approve, return with a note, mark as sent —
// and where the entry stands: waiting for the Kepala OPD, in verification, or back in draft with the note.
import { Alert, Button, Card, Group, List, Modal, Stack, Text, Textarea } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { allowedTransitions, type Transition } from '../../../domain/innovation/workflow';
import { periodAllows } from '../../../domain/period-status';
import type { Role } from '../../../domain/roles';
import { ApiError } from '../../lib/api';
import { formatDateTime } from '../../lib/format';
import { notifySaved, showApiError } from '../../ui/forms';
import { type Entry, useReturnedStep, useTransition } from '../api/innovations';
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
  /**
   * Runs first: the profile's unsaved changes are saved, so the server checks what is on screen. Answers the
   * fields that could not be saved (field → message); then nothing is sent.
   */
  beforeAction?: () => Promise<Record<string, string>>;
  onFieldErrors: (f: Record<string, string>) => void;
}) {
  const { t } = useTranslation();
  const transition = useTransition(entry.id);
  const [problems, setProblems] = useState<string[] | null>(null);
  const [returning, setReturning] = useState(false);
  const [note, setNote] = useState('');
  const [noteError, setNoteError] = useState<string | null>(null);
  const returnedStep = useReturnedStep(entry).data ?? null;
  const open = periodAllows(entry.periodStatus, 'innovation');
  const actions = open ? allowedTransitions(entry.status, role) : [];

  const run = async (action: Transition, extra?: { note?: string }) => {
    setProblems(null);
    let unsaved: Record<string, string>;
    try {
      unsaved = (await beforeAction?.()) ?? {};
    } catch (e) {
      // Saving what is on screen failed unexpectedly: say so, rather than a button that does nothing.
      showApiError(null, e);
      return;
    }
    if (Object.keys(unsaved).length) {
      setProblems(Object.entries(unsaved).map(([k, v]) => `${t(`innovations.fieldName.${k}`, k)}: ${v || t('innovations.autosave.invalid')}`));
      return;
    }
    transition.mutate(
      { action, ...extra },
      {
        onSuccess: () => {
          notifySaved(t(`innovations.done.${action}`));
          setReturning(false);
          setNote('');
          setNoteError(null);
        },
        onError: (e) => {
          if (e instanceof ApiError && e.fields.note) setNoteError(e.fields.note);
          else if (e instanceof ApiError && Object.keys(e.fields).length) {
            onFieldErrors(e.fields);
            setProblems(Object.entries(e.fields).map(([k, v]) => `${t(`innovations.fieldName.${k}`, k)}: ${v}`));
          } else showApiError(null, e);
        },
      },
    );
  };

  // Where the entry stands, for whoever looks at it (the operator who submitted it sees why it is locked).
  const standing =
    entry.status === 'disetujui'
      ? t('innovations.inVerification')
      : entry.status === 'diajukan'
        ? t(actions.includes('approve') ? 'innovations.lockedForApproval' : 'innovations.waitingForHead')
        : null;
  if (!actions.length && !canSend && !standing && !returnedStep) return null;
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
        {standing && (
          <Text size="sm" c="dimmed" data-testid="entry-standing">
            {standing}
          </Text>
        )}
        {returnedStep && (
          <Alert color="orange" variant="light" title={t('innovations.returnedByHead', { name: returnedStep.returnedBy })} data-testid="head-return-note">
            {returnedStep.note && (
              <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
                {returnedStep.note}
              </Text>
            )}
            <Text size="xs" c="dimmed">
              {formatDateTime(returnedStep.returnedAt)}
            </Text>
          </Alert>
        )}
      </Stack>
      <Modal opened={returning} onClose={() => setReturning(false)} title={t('innovations.action.return')}>
        <Stack>
          <Textarea
            label={t('innovations.returnNote')}
            required
            autosize
            minRows={3}
            value={note}
            error={noteError}
            onChange={(e) => {
              setNote(e.currentTarget.value);
              setNoteError(null);
            }}
            data-autofocus
          />
          <Group justify="flex-end">
            <Button variant="default" onClick={() => setReturning(false)}>
              {t('common.cancel')}
            </Button>
            <Button color="orange" disabled={!note.trim()} onClick={() => run('return', { note: note.trim() })} loading={transition.isPending}>
              {t('innovations.action.return')}
            </Button>
          </Group>
        </Stack>
      </Modal>
    </Card>
  );
}
