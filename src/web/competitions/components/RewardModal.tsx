// Recording or changing one innovator reward: who received it, for which award, the piagam and any reward or
// incentive, when and by which decree. A change sends only the fields that changed.
import { Button, Checkbox, Group, Modal, NumberInput, Stack, Text, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import { notifySaved, showApiError } from '../../ui/forms';
import { type Reward, type RewardCandidate, type RewardFields, useChangeReward, useRecordReward } from '../api/competitions';

type Values = Omit<RewardFields, 'year' | 'incentiveAmount' | 'incentive' | 'givenOn' | 'decree' | 'evidenceUrl'> & {
  year: number | string;
  incentive: string;
  incentiveAmount: number | string;
  givenOn: string;
  decree: string;
  evidenceUrl: string;
};

/** Today as the date field writes it (the browser's own day). */
const today = () => {
  const d = new Date();
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
};

const valuesOf = (r: Reward | RewardCandidate): Values => ({
  recipient: 'recipient' in r ? r.recipient : '',
  award: r.award,
  year: r.year,
  certificate: 'certificate' in r ? r.certificate : true,
  incentive: ('incentive' in r && r.incentive) || '',
  incentiveAmount: 'incentiveAmount' in r && r.incentiveAmount !== null ? r.incentiveAmount : '',
  givenOn: ('givenOn' in r && r.givenOn) || '',
  decree: ('decree' in r && r.decree) || '',
  evidenceUrl: ('evidenceUrl' in r && r.evidenceUrl) || '',
});

const fieldsOf = (v: Values): RewardFields => ({
  recipient: v.recipient.trim(),
  award: v.award.trim(),
  year: Number(v.year),
  certificate: v.certificate,
  incentive: v.incentive.trim() || null,
  incentiveAmount: v.incentiveAmount === '' ? null : Number(v.incentiveAmount),
  givenOn: v.givenOn || null,
  decree: v.decree.trim() || null,
  evidenceUrl: v.evidenceUrl.trim() || null,
});

export function RewardModal({ target, onClose }: { target: { reward: Reward } | { candidate: RewardCandidate }; onClose: () => void }) {
  const { t } = useTranslation();
  const record = useRecordReward();
  const change = useChangeReward();
  const initial = valuesOf('reward' in target ? target.reward : target.candidate);
  const form = useForm<Values>({
    initialValues: initial,
    validate: {
      recipient: (v) => (v.trim() ? null : t('common.required')),
      award: (v) => (v.trim() ? null : t('common.required')),
      year: (v) => (Number(v) >= 2000 && Number(v) <= 2100 ? null : t('competitions.yearInvalid')),
      // The server says the same; said here, the field answers before anything is sent.
      givenOn: (v) => (v && v > today() ? t('competitions.rewards.givenInFuture') : null),
    },
  });
  const editing = 'reward' in target;
  const source = 'reward' in target ? target.reward : target.candidate;
  const submit = (v: Values) => {
    const fields = fieldsOf(v);
    const done = {
      onSuccess: () => {
        notifySaved(t('common.saved'));
        onClose();
      },
      onError: (e: unknown) => showApiError(form, e),
    };
    if ('reward' in target) {
      // Absent means unchanged: only what differs from the record as it was opened is sent.
      const before = fieldsOf(initial);
      const changed = Object.fromEntries(Object.entries(fields).filter(([k, x]) => before[k as keyof RewardFields] !== x));
      if (!Object.keys(changed).length) return onClose();
      change.mutate({ id: target.reward.id, version: target.reward.version, ...changed }, done);
    } else {
      const c = target.candidate;
      record.mutate({ ...fields, source: c.source, entryId: c.entryId, competitionId: c.competitionId, nationalResultId: c.nationalResultId }, done);
    }
  };
  return (
    <Modal opened onClose={onClose} title={editing ? t('competitions.rewards.edit') : t('competitions.rewards.record')} size="lg">
      <form onSubmit={form.onSubmit(submit)}>
        <Stack>
          <Text size="sm" c="dimmed">
            {source.innovationName} · {source.opdName}
          </Text>
          <TextInput
            label={t('competitions.rewards.recipient')}
            description={t('competitions.rewards.recipientHint')}
            required
            {...form.getInputProps('recipient')}
          />
          <TextInput label={t('competitions.rewards.award')} required {...form.getInputProps('award')} />
          <Group grow align="flex-start">
            <NumberInput label={t('competitions.year')} allowDecimal={false} thousandSeparator="" {...form.getInputProps('year')} />
            <TextInput
              type="date"
              max={today()}
              label={t('competitions.rewards.givenOn')}
              description={t('competitions.rewards.givenOnHint')}
              {...form.getInputProps('givenOn')}
            />
          </Group>
          <Checkbox label={t('competitions.rewards.certificate')} {...form.getInputProps('certificate', { type: 'checkbox' })} />
          <Group grow align="flex-start">
            <TextInput
              label={t('competitions.rewards.incentive')}
              placeholder={t('competitions.rewards.incentivePlaceholder')}
              {...form.getInputProps('incentive')}
            />
            <NumberInput
              label={t('competitions.rewards.incentiveAmount')}
              prefix="Rp "
              thousandSeparator="."
              decimalSeparator=","
              allowDecimal={false}
              allowNegative={false}
              {...form.getInputProps('incentiveAmount')}
            />
          </Group>
          <TextInput label={t('competitions.rewards.decree')} placeholder={t('competitions.rewards.decreePlaceholder')} {...form.getInputProps('decree')} />
          <TextInput label={t('competitions.rewards.evidenceUrl')} placeholder="https://" {...form.getInputProps('evidenceUrl')} />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" loading={record.isPending || change.isPending}>
              {t('common.save')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
