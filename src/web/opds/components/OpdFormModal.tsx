import { Group, Modal, Select, Stack, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { OPD_KINDS, type OpdKind } from '../../../domain/organisation';
import { FormActions } from '../../ui/controls';
import { notifySaved, showApiError } from '../../ui/forms';
import { type Opd, useCreateOpd, useUpdateOpd } from '../api/opds';

const empty = { name: '', shortName: '', kind: 'dinas', headName: '', headNip: '' };

/** Create (no `opd`) or edit an OPD. What was typed stays in the form when saving fails. */
export function OpdFormModal({ opened, onClose, opd }: { opened: boolean; onClose: () => void; opd?: Opd }) {
  const { t } = useTranslation();
  const create = useCreateOpd();
  const update = useUpdateOpd(opd?.id ?? '');
  const form = useForm({ initialValues: empty });

  useEffect(() => {
    if (opened && opd) form.setValues({ name: opd.name, shortName: opd.shortName, kind: opd.kind, headName: opd.headName ?? '', headNip: opd.headNip ?? '' });
  }, [opened, opd?.id]);

  const submit = form.onSubmit((v) => {
    const body = { ...v, kind: v.kind as OpdKind, headName: v.headName || null, headNip: v.headNip.replace(/\s+/g, '') || null };
    const options = {
      onSuccess: () => {
        notifySaved(opd ? t('common.saved') : t('common.created'));
        if (!opd) form.reset();
        onClose();
      },
      onError: (e: unknown) => showApiError(form, e),
    };
    if (opd) update.mutate(body, options);
    else create.mutate(body, options);
  });

  return (
    <Modal opened={opened} onClose={onClose} title={opd ? t('opds.editTitle') : t('opds.create')} size="lg">
      <form onSubmit={submit} noValidate>
        <Stack gap="sm">
          <TextInput label={t('opds.name')} required data-autofocus {...form.getInputProps('name')} />
          <Group grow align="flex-start">
            <TextInput label={t('opds.shortName')} required {...form.getInputProps('shortName')} />
            <Select
              label={t('opds.kind')}
              required
              allowDeselect={false}
              data={OPD_KINDS.map((k) => ({ value: k, label: t(`opdKind.${k}`) }))}
              {...form.getInputProps('kind')}
            />
          </Group>
          <TextInput label={t('opds.head')} {...form.getInputProps('headName')} />
          <TextInput label={t('opds.headNip')} description={t('opds.headNipHint')} inputMode="numeric" maxLength={22} {...form.getInputProps('headNip')} />
          <FormActions onCancel={onClose} loading={create.isPending || update.isPending} />
        </Stack>
      </form>
    </Modal>
  );
}
