import { Button, PasswordInput, Stack } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import { notifySaved, showApiError } from '../../ui/forms';
import { useChangePassword, useMe } from '../api/auth';
import { confirmMatches, NewPasswordFields } from './NewPasswordFields';

export function ChangePasswordForm() {
  const { t } = useTranslation();
  const change = useChangePassword();
  const me = useMe().data;
  const context = me
    ? {
        username: me.user.username,
        fullName: me.user.fullName,
        email: me.user.email,
        regionName: me.region?.name,
        opdName: me.opd ? `${me.opd.name} ${me.opd.shortName}` : null,
      }
    : {};
  const form = useForm({
    initialValues: { currentPassword: '', newPassword: '', confirmPassword: '' },
    validate: { confirmPassword: confirmMatches(t) },
  });
  return (
    <form
      noValidate
      onSubmit={form.onSubmit((v) =>
        change.mutate(
          { currentPassword: v.currentPassword, newPassword: v.newPassword },
          {
            onSuccess: () => {
              form.reset();
              notifySaved(t('auth.passwordChanged'));
            },
            onError: (e) => showApiError(form, e),
          },
        ),
      )}
    >
      <Stack maw={420}>
        <PasswordInput label={t('auth.currentPassword')} autoComplete="current-password" required {...form.getInputProps('currentPassword')} />
        <NewPasswordFields form={form} context={context} />
        <Button type="submit" loading={change.isPending} style={{ alignSelf: 'flex-start' }}>
          {t('auth.changePassword')}
        </Button>
      </Stack>
    </form>
  );
}
