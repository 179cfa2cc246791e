import { Alert, Anchor, Button, Stack } from '@mantine/core';
import { useForm } from '@mantine/form';
import { Link, useNavigate } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { showApiError } from '../../ui/forms';
import { useResetPassword } from '../api/auth';
import { AuthCard } from './AuthCard';
import { confirmMatches, NewPasswordFields } from './NewPasswordFields';

export function ResetPasswordPage({ token }: { token?: string }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const reset = useResetPassword();
  const form = useForm({ initialValues: { newPassword: '', confirmPassword: '' }, validate: { confirmPassword: confirmMatches(t) } });
  if (!token)
    return (
      <AuthCard title={t('auth.resetTitle')}>
        <Stack>
          <Alert color="red">{t('auth.resetMissingToken')}</Alert>
          <Anchor component={Link} to="/forgot-password" size="sm">
            {t('auth.forgotTitle')}
          </Anchor>
        </Stack>
      </AuthCard>
    );
  return (
    <AuthCard title={t('auth.resetTitle')}>
      <form
        noValidate
        onSubmit={form.onSubmit((v) =>
          reset.mutate(
            { token, newPassword: v.newPassword },
            {
              onSuccess: () => navigate({ to: '/login', search: { notice: 'reset' } }),
              onError: (e) => showApiError(form, e),
            },
          ),
        )}
      >
        <Stack>
          {form.errors.token && <Alert color="red">{form.errors.token}</Alert>}
          <NewPasswordFields form={form} />
          <Button type="submit" loading={reset.isPending}>
            {t('auth.resetSubmit')}
          </Button>
        </Stack>
      </form>
    </AuthCard>
  );
}
