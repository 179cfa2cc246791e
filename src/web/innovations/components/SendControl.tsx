// The admin's "dikirim" switch. Drafts and incomplete profiles cannot be sent (the reason is shown); an
// innovation below the period's maturity threshold is sent only after the admin sees the exact IID change.
import { Button, Group, Modal, Stack, Switch, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { sendProblem } from '../../../domain/innovation/send';
import { periodAllows } from '../../../domain/period-status';
import { formatNumber } from '../../lib/format';
import { notifySaved, showApiError } from '../../ui/forms';
import { type Entry, fetchSentPreview, type ScoreChange, type SentPreview, useMarkSent } from '../api/innovations';

/** "+0,30" / "−0,56": the signed change in the UI language's number format. */
export const signedChange = (delta: number) => {
  const rounded = Math.round(delta * 100) / 100;
  return `${rounded < 0 ? '−' : '+'}${formatNumber(Math.abs(rounded), 2)}`;
};

export function SendControl({ entry }: { entry: Entry }) {
  const { t } = useTranslation();
  const markSent = useMarkSent(entry.id);
  const [checking, setChecking] = useState(false);
  const [confirming, setConfirming] = useState<SentPreview | null>(null);
  const problem = entry.sent ? null : sendProblem(entry);
  const reason =
    problem?.code === 'send_not_approved'
      ? t('innovations.sendControl.notApproved')
      : problem?.code === 'send_profile_incomplete'
        ? t('innovations.sendControl.incomplete', { fields: problem.problems.map((p) => t(`innovations.fieldName.${p.field}`)).join(', ') })
        : null;

  const save = (sent: boolean, confirmBelowThreshold?: boolean) =>
    markSent.mutate(
      { sent, ...(confirmBelowThreshold ? { confirmBelowThreshold } : {}) },
      {
        onSuccess: () => {
          setConfirming(null);
          notifySaved(t(sent ? 'innovations.sendControl.done' : 'innovations.sendControl.undone'));
        },
        onError: (err) => showApiError(null, err),
      },
    );

  const toggle = async (sent: boolean) => {
    if (!sent) return save(false);
    setChecking(true);
    try {
      const preview = await fetchSentPreview(entry.id, true);
      if (preview.belowThreshold) setConfirming(preview);
      else save(true);
    } catch (err) {
      showApiError(null, err);
    } finally {
      setChecking(false);
    }
  };

  return (
    <>
      <Switch
        label={t('innovations.sent')}
        description={reason ?? undefined}
        checked={entry.sent}
        disabled={!periodAllows(entry.periodStatus, 'send') || markSent.isPending || checking || Boolean(problem)}
        onChange={(e) => void toggle(e.currentTarget.checked)}
        data-testid="send-switch"
        styles={{ description: { maxWidth: 420 } }}
      />
      <Modal opened={Boolean(confirming)} onClose={() => setConfirming(null)} title={t('innovations.sendControl.confirmTitle')}>
        {confirming && (
          <Stack data-testid="send-confirm">
            <Text size="sm">
              {t('innovations.sendControl.explain', {
                name: entry.name,
                maturity: formatNumber(confirming.maturity, 2),
                threshold: formatNumber(confirming.threshold ?? 0, 2),
              })}
            </Text>
            <IidChange label={t('innovations.sendControl.claimed')} change={confirming.claimed} testId="iid-change-claimed" />
            <IidChange label={t('innovations.sendControl.verified')} change={confirming.verified} testId="iid-change-verified" />
            <Group justify="flex-end">
              <Button variant="default" onClick={() => setConfirming(null)}>
                {t('common.cancel')}
              </Button>
              <Button color="orange" loading={markSent.isPending} onClick={() => save(true, true)}>
                {t('innovations.sendControl.confirm')}
              </Button>
            </Group>
          </Stack>
        )}
      </Modal>
    </>
  );
}

function IidChange({ label, change, testId }: { label: string; change: ScoreChange; testId: string }) {
  const { t } = useTranslation();
  return (
    <Text size="sm" data-testid={testId}>
      <Text span fw={600}>
        {label}:{' '}
      </Text>
      <Text span c={change.delta < 0 ? 'red.8' : 'green.8'}>
        {t('innovations.sendControl.iidChange', {
          before: formatNumber(change.before.iid, 2),
          after: formatNumber(change.after.iid, 2),
          delta: signedChange(change.after.iid - change.before.iid),
        })}
      </Text>
    </Text>
  );
}
