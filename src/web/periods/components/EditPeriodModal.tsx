// Changing a period's windows, maturity threshold and OPD target after it opened (an internal deadline moved,
// penjaringan extended). Only the changed fields are sent; the server checks the dates' order.
import { Modal, SimpleGrid, Stack, Text } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import { FormActions } from '../../ui/controls';
import { notifySaved, showApiError } from '../../ui/forms';
import { type Period, type PeriodUpdateInput, useUpdatePeriod } from '../api/periods';
import { PeriodScheduleFields } from './PeriodScheduleFields';

export function EditPeriodModal({ period, onClose }: { period: Period; onClose: () => void }) {
  const { t } = useTranslation();
  const update = useUpdatePeriod(period.id);
  const form = useForm({
    initialValues: {
      penjaringanOpensOn: period.penjaringanOpensOn,
      penjaringanClosesOn: period.penjaringanClosesOn,
      internalDeadline: period.internalDeadline ?? '',
      maturityThreshold: (period.maturityThreshold ?? '') as number | string,
      opdTarget: (period.opdTarget ?? 2) as number | string,
    },
    validate: {
      penjaringanOpensOn: (v) => (v ? null : t('common.required')),
      penjaringanClosesOn: (v) => (v ? null : t('common.required')),
      opdTarget: (v) => (v === '' ? t('common.required') : null),
    },
  });
  const submit = form.onSubmit((v) => {
    const change: PeriodUpdateInput = {};
    if (form.isDirty('penjaringanOpensOn')) change.penjaringanOpensOn = v.penjaringanOpensOn;
    if (form.isDirty('penjaringanClosesOn')) change.penjaringanClosesOn = v.penjaringanClosesOn;
    if (form.isDirty('internalDeadline')) change.internalDeadline = v.internalDeadline || null;
    if (form.isDirty('maturityThreshold')) change.maturityThreshold = v.maturityThreshold === '' ? null : Number(v.maturityThreshold);
    if (form.isDirty('opdTarget')) change.opdTarget = Number(v.opdTarget);
    if (!Object.keys(change).length) return onClose();
    update.mutate(change, {
      onSuccess: () => {
        notifySaved(t('common.saved'));
        onClose();
      },
      onError: (e) => showApiError(form, e),
    });
  });
  return (
    <Modal opened onClose={onClose} title={t('periods.editTitle', { year: period.year })} size="lg">
      <form onSubmit={submit} noValidate data-testid="period-edit-form">
        <Stack gap="sm">
          <Text size="sm" c="dimmed">
            {t('periods.editHint')}
          </Text>
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <PeriodScheduleFields inputProps={(field) => form.getInputProps(field)} />
          </SimpleGrid>
          <FormActions onCancel={onClose} loading={update.isPending} />
        </Stack>
      </form>
    </Modal>
  );
}
