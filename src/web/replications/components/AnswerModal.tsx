// Answering a replication request: agree (the agreement's kind, number, date, note and document, uploaded with
// progress), decline with a note, or mark an agreed replication carried out. What was typed stays on a refusal.
import { Alert, Button, FileInput, Group, Modal, Progress, Select, Stack, Text, Textarea, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { AGREEMENT_KINDS } from '../../../domain/catalogue/replication';
import { ApiError } from '../../lib/api';
import { notifySaved, showApiError } from '../../ui/forms';
import { type Agreed, agreeWith, type Replication, useChangeReplication, useRefreshReplications } from '../api/replications';

export type AnswerMode = 'agree' | 'decline' | 'implement';

const today = () => {
  const d = new Date();
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
};

interface Values {
  agreementKind: string;
  agreementNumber: string;
  agreementDate: string;
  answerNote: string;
  file: File | null;
  implementedOn: string;
}

export function AnswerModal({ replication: r, mode, onClose }: { replication: Replication; mode: AnswerMode; onClose: () => void }) {
  const { t } = useTranslation();
  const change = useChangeReplication();
  const refresh = useRefreshReplications();
  const [progress, setProgress] = useState<number | null>(null);
  const abort = useRef<(() => void) | null>(null);
  const form = useForm<Values>({
    initialValues: { agreementKind: 'pks', agreementNumber: '', agreementDate: today(), answerNote: '', file: null, implementedOn: today() },
    validate: {
      agreementDate: (v) => (mode !== 'agree' ? null : !v ? t('replications.required') : v > today() ? t('replications.dateInFuture') : null),
      file: (v) => (mode === 'agree' && !v ? t('replications.documentRequired') : null),
      answerNote: (v) => (mode === 'decline' && !v.trim() ? t('replications.required') : null),
      implementedOn: (v) => (mode !== 'implement' ? null : !v ? t('replications.required') : v > today() ? t('replications.dateInFuture') : null),
    },
  });
  const kindLabel: Record<string, string> = {
    pks: t('replications.kind.pks'),
    mou: t('replications.kind.mou'),
    surat: t('replications.kind.surat'),
    lainnya: t('replications.kind.lainnya'),
  };
  const title = mode === 'agree' ? t('replications.agreeTitle') : mode === 'decline' ? t('replications.declineTitle') : t('replications.implementTitle');

  function evidenceMessage(a: Agreed) {
    const e = a.evidence;
    if (e.recorded)
      return t(e.optionAfter === e.optionBefore ? 'replications.evidenceRecordedKept' : 'replications.evidenceRecorded', {
        code: e.indicatorCode,
        year: e.periodYear,
        before: e.optionBefore,
        after: e.optionAfter,
        regions: e.distinctRegions,
      });
    if (e.reason === 'no_open_period') return t('replications.evidenceNoPeriod');
    if (e.reason === 'no_entry') return t('replications.evidenceNoEntry', { year: e.periodYear });
    return t('replications.evidenceNoIndicator', { year: e.periodYear });
  }

  async function submit(v: Values) {
    if (mode === 'agree' && v.file) {
      const upload = agreeWith(
        r.id,
        {
          version: r.version,
          agreementKind: v.agreementKind,
          agreementNumber: v.agreementNumber.trim(),
          agreementDate: v.agreementDate,
          answerNote: v.answerNote.trim(),
        },
        v.file,
        setProgress,
      );
      abort.current = upload.abort;
      setProgress(0);
      try {
        const answer = await upload.done;
        refresh();
        notifications.show({ color: answer.evidence.recorded ? 'green' : 'yellow', title: t('replications.agreed'), message: evidenceMessage(answer) });
        onClose();
      } catch (e) {
        if (!(e instanceof ApiError && e.code === 'aborted')) showApiError(form, e);
      } finally {
        abort.current = null;
        setProgress(null);
      }
      return;
    }
    const body =
      mode === 'decline'
        ? { id: r.id, version: r.version, status: 'declined' as const, answerNote: v.answerNote.trim() }
        : { id: r.id, version: r.version, status: 'implemented' as const, implementedOn: v.implementedOn };
    change.mutate(body, {
      onSuccess: () => {
        notifySaved(mode === 'decline' ? t('replications.declined') : t('replications.implemented'));
        onClose();
      },
      onError: (e) => showApiError(form, e),
    });
  }

  const busy = progress !== null || change.isPending;
  return (
    <Modal opened onClose={() => (abort.current ? abort.current() : onClose())} title={title} size="lg">
      <form onSubmit={form.onSubmit(submit)} noValidate>
        <Stack>
          <Text size="sm" fw={600}>
            {r.innovationName} — {r.replicatingName}
          </Text>
          {mode === 'agree' && (
            <>
              <Alert variant="light">{t('replications.agreeIntro')}</Alert>
              <Select
                label={t('replications.agreementKind')}
                required
                allowDeselect={false}
                data={AGREEMENT_KINDS.map((k) => ({ value: k, label: kindLabel[k] }))}
                {...form.getInputProps('agreementKind')}
              />
              <Group grow align="flex-start">
                <TextInput label={t('replications.agreementNumber')} maxLength={200} {...form.getInputProps('agreementNumber')} />
                <TextInput type="date" label={t('replications.agreementDate')} required max={today()} {...form.getInputProps('agreementDate')} />
              </Group>
              <FileInput
                label={t('replications.document')}
                required
                accept="application/pdf,image/jpeg,image/png"
                clearable
                data-testid="agreement-file"
                {...form.getInputProps('file')}
              />
              <Textarea label={t('replications.answerNote')} autosize minRows={2} maxLength={2000} {...form.getInputProps('answerNote')} />
              {progress !== null && (
                <Stack gap={4}>
                  <Progress value={progress * 100} aria-label={t('replications.uploading', { percent: Math.round(progress * 100) })} />
                  <Text size="xs">{t('replications.uploading', { percent: Math.round(progress * 100) })}</Text>
                </Stack>
              )}
            </>
          )}
          {mode === 'decline' && (
            <Textarea label={t('replications.declineNote')} required autosize minRows={3} maxLength={2000} {...form.getInputProps('answerNote')} />
          )}
          {mode === 'implement' && (
            <TextInput type="date" label={t('replications.implementedOn')} required max={today()} {...form.getInputProps('implementedOn')} />
          )}
          <Group justify="flex-end">
            <Button variant="default" onClick={() => (abort.current ? abort.current() : onClose())}>
              {t('replications.cancel')}
            </Button>
            <Button type="submit" loading={busy} color={mode === 'decline' ? 'red' : undefined}>
              {mode === 'agree' ? t('replications.agree') : mode === 'decline' ? t('replications.decline') : t('replications.save')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
