// New password + confirmation with the policy shown, shared by reset and change forms.
import { PasswordInput, Stack, Text } from '@mantine/core';
import type { UseFormReturnType } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import { PASSWORD_MIN_LENGTH } from '../../../domain/password-policy';

export function NewPasswordFields<T extends { newPassword: string; confirmPassword: string }>({ form }: { form: UseFormReturnType<T> }) {
  const { t } = useTranslation();
  return (
    <Stack gap="sm">
      <PasswordInput label={t('auth.newPassword')} autoComplete="new-password" required {...form.getInputProps('newPassword')} />
      <PasswordInput label={t('auth.confirmPassword')} autoComplete="new-password" required {...form.getInputProps('confirmPassword')} />
      <Text size="xs" c="dimmed">
        {t('auth.policy', { min: PASSWORD_MIN_LENGTH })}
      </Text>
    </Stack>
  );
}

export function confirmMatches(t: (k: string) => string) {
  return (value: string, values: { newPassword: string }) => (value === values.newPassword ? null : t('auth.mismatch'));
}
