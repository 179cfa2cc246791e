import { Alert, Anchor, Button, Stack, Text } from '@mantine/core';
import { useForm } from '@mantine/form';
import { Link, useNavigate } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { showApiError } from '../../ui/forms';
import { useResetPassword } from '../api/auth';
import { AuthCard } from './AuthCard';
import { confirmMatches, NewPasswordFields } from './NewPasswordFields';

/** `invite`: the link of an outside judge's invitation — the account is new, so the password is made, not reset. */
export function ResetPasswordPage({ token, invite = false }: { token?: string; invite?: boolean }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const reset = useResetPassword();
  const form = useForm({ initialValues: { newPassword: '', confirmPassword: '' }, validate: { confirmPassword: confirmMatches(t) } });
  // No token, or one the server refused (used or expired): a new password cannot be set with this link, so no
  // form — only the way to ask for a new link.
  const refused = form.errors.token;
  if (!token || refused)
    return (
      <AuthCard title={t('auth.resetTitle')}>
        <Stack>
          <Alert color="red" role="alert">
            {refused ?? t('auth.resetMissingToken')}
          </Alert>
          <Anchor component={Link} to="/forgot-password" size="sm" data-testid="request-new-link">
            {t('auth.requestNewLink')}
          </Anchor>
        </Stack>
      </AuthCard>
    );
  return (
    <AuthCard title={invite ? t('auth.inviteTitle') : t('auth.resetTitle')}>
      <form
        noValidate
        onSubmit={form.onSubmit((v) =>
          reset.mutate(
            { token, newPassword: v.newPassword },
            {
              onSuccess: () => navigate({ to: '/login', search: { notice: invite ? 'invite' : 'reset' } }),
              onError: (e) => showApiError(form, e),
            },
          ),
        )}
      >
        <Stack>
          {invite && (
            <Text size="sm" data-testid="invite-intro">
              {t('auth.inviteIntro')}
            </Text>
          )}
          <NewPasswordFields form={form} />
          <Button type="submit" loading={reset.isPending}>
            {invite ? t('auth.inviteSubmit') : t('auth.resetSubmit')}
          </Button>
        </Stack>
      </form>
    </AuthCard>
  );
}
