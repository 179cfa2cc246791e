import { Alert, Anchor, Button, Stack, Text, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { showApiError } from '../../ui/forms';
import { useForgotPassword } from '../api/auth';
import { AuthCard } from './AuthCard';

export function ForgotPasswordPage() {
  const { t } = useTranslation();
  const forgot = useForgotPassword();
  const form = useForm({ initialValues: { identifier: '' } });
  return (
    <AuthCard title={t('auth.forgotTitle')}>
      {forgot.isSuccess ? (
        <Stack>
          <Alert color="green">{t('auth.forgotSent')}</Alert>
          <Anchor component={Link} to="/login" size="sm">
            {t('auth.backToLogin')}
          </Anchor>
        </Stack>
      ) : (
        <form onSubmit={form.onSubmit((v) => forgot.mutate(v.identifier.trim(), { onError: (e) => showApiError(form, e) }))} noValidate>
          <Stack>
            <Text size="sm">{t('auth.forgotText')}</Text>
            <TextInput label={t('auth.username')} required autoComplete="username" {...form.getInputProps('identifier')} />
            <Button type="submit" loading={forgot.isPending}>
              {t('auth.forgotSubmit')}
            </Button>
            <Anchor component={Link} to="/login" size="sm">
              {t('auth.backToLogin')}
            </Anchor>
          </Stack>
        </form>
      )}
    </AuthCard>
  );
}
