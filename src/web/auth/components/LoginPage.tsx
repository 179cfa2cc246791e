import { Alert, Anchor, Button, PasswordInput, PinInput, Stack, Text, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useQueryClient } from '@tanstack/react-query';
import { Link, useNavigate } from '@tanstack/react-router';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { afterSignIn } from '../../lib/after-sign-in';
import { ApiError } from '../../lib/api';
import { type Me, meKey, useLogin } from '../api/auth';
import { AuthCard } from './AuthCard';

export function LoginPage({ redirect, notice }: { redirect?: string; notice?: string }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const login = useLogin();
  const [needTotp, setNeedTotp] = useState(false);
  const [message, setMessage] = useState<string | null>(null);
  const target = afterSignIn(redirect);
  const form = useForm({
    initialValues: { username: '', password: '', totp: '' },
    validate: {
      username: (v) => (v.trim() ? null : t('common.required')),
      password: (v) => (v ? null : t('common.required')),
    },
  });

  // Already signed in (the session is known in this tab): this form has nothing to do, open the app.
  // Only the cached answer is read: asking the server here would log a 401 on every signed-out visit.
  const known = useQueryClient().getQueryData<Me | null>(meKey);
  useEffect(() => {
    if (known) void navigate({ to: target, replace: true });
  }, [known]);

  const submit = form.onSubmit(async (values) => {
    setMessage(null);
    try {
      await login.mutateAsync({ username: values.username.trim(), password: values.password, totp: needTotp ? values.totp : undefined });
      await navigate({ to: target });
    } catch (e) {
      if (e instanceof ApiError && e.code === 'totp_required') {
        setNeedTotp(true);
        return;
      }
      if (e instanceof ApiError && e.code === 'totp_invalid') form.setFieldValue('totp', '');
      setMessage(e instanceof Error ? e.message : String(e));
    }
  });

  return (
    <AuthCard title={t('auth.loginTitle')} subtitle={t('auth.loginSubtitle')}>
      <form onSubmit={submit} noValidate>
        <Stack>
          {notice && !message && <Alert color="blue">{notice}</Alert>}
          {message && (
            <Alert color="red" role="alert">
              {message}
            </Alert>
          )}
          <TextInput
            label={t('auth.username')}
            autoComplete="username"
            autoCapitalize="none"
            required
            data-autofocus
            autoFocus
            {...form.getInputProps('username')}
          />
          <PasswordInput label={t('auth.password')} autoComplete="current-password" required {...form.getInputProps('password')} />
          {needTotp && (
            <Stack gap={4}>
              <Text size="sm" fw={500}>
                {t('auth.totp')}
              </Text>
              <PinInput length={6} type="number" oneTimeCode autoFocus aria-label={t('auth.totp')} {...form.getInputProps('totp')} />
              <Text size="xs" c="dimmed">
                {t('auth.totpHint')}
              </Text>
            </Stack>
          )}
          <Button type="submit" loading={login.isPending} fullWidth>
            {t('auth.submit')}
          </Button>
          <Anchor component={Link} to="/forgot-password" size="sm" ta="center">
            {t('auth.forgot')}
          </Anchor>
        </Stack>
      </form>
    </AuthCard>
  );
}
