import { Select, Stack, Textarea, TextInput } from '@mantine/core';
import type { UseFormReturnType } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import { REGION_TYPES } from '../../../domain/organisation';

export function RegionFields<T extends { name: string; type: string; kemendagriCode: string; address: string }>({
  form,
  readOnly,
}: {
  form: UseFormReturnType<T>;
  readOnly?: boolean;
}) {
  const { t } = useTranslation();
  return (
    <Stack gap="sm">
      <TextInput label={t('region.name')} required readOnly={readOnly} {...form.getInputProps('name')} />
      <Select
        label={t('region.type')}
        required
        readOnly={readOnly}
        data={REGION_TYPES.map((v) => ({ value: v, label: t(`regionType.${v}`) }))}
        allowDeselect={false}
        {...form.getInputProps('type')}
      />
      <TextInput label={t('region.code')} description={t('region.codeHint')} required readOnly={readOnly} {...form.getInputProps('kemendagriCode')} />
      <Textarea label={t('region.address')} autosize minRows={2} readOnly={readOnly} {...form.getInputProps('address')} />
    </Stack>
  );
}
