import { Badge, Button, Code, Group, Image, PasswordInput, Stack, Text, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import { notifySaved, showApiError } from '../../ui/forms';
import { type Me, useTotpDisable, useTotpEnable, useTotpSetup } from '../api/auth';

export function TwoFactorSection({ me }: { me: Me }) {
  const { t } = useTranslation();
  const setup = useTotpSetup();
  const enable = useTotpEnable();
  const disable = useTotpDisable();
  const codeForm = useForm({ initialValues: { code: '' } });
  const passwordForm = useForm({ initialValues: { password: '' } });

  if (me.user.totpEnabled)
    return (
      <Stack maw={420}>
        <Group>
          <Badge color="green">{t('common.active')}</Badge>
          <Text size="sm">{t('auth.twoFactorOn')}</Text>
        </Group>
        <form
          noValidate
          onSubmit={passwordForm.onSubmit((v) =>
            disable.mutate(v.password, {
              onSuccess: () => {
                passwordForm.reset();
                notifySaved(t('auth.twoFactorDisabled'));
              },
              onError: (e) => showApiError(passwordForm, e),
            }),
          )}
        >
          <Stack gap="xs">
            <Text size="sm">{t('auth.twoFactorDisableText')}</Text>
            <PasswordInput label={t('auth.password')} autoComplete="current-password" {...passwordForm.getInputProps('password')} />
            <Button type="submit" color="red" variant="light" loading={disable.isPending} style={{ alignSelf: 'flex-start' }}>
              {t('auth.twoFactorDisable')}
            </Button>
          </Stack>
        </form>
      </Stack>
    );

  if (!setup.data)
    return (
      <Stack maw={420} align="flex-start">
        <Text size="sm">{t('auth.twoFactorOff')}</Text>
        <Button variant="light" onClick={() => setup.mutate(undefined, { onError: (e) => showApiError(null, e) })} loading={setup.isPending}>
          {t('auth.twoFactorSetup')}
        </Button>
      </Stack>
    );

  return (
    <form
      noValidate
      onSubmit={codeForm.onSubmit((v) =>
        enable.mutate(v.code, {
          onSuccess: () => {
            setup.reset();
            codeForm.reset();
            notifySaved(t('auth.twoFactorEnabled'));
          },
          onError: (e) => showApiError(codeForm, e),
        }),
      )}
    >
      <Stack maw={420}>
        <Text size="sm">{t('auth.twoFactorScan')}</Text>
        <Image src={setup.data.qrDataUrl} alt="QR" w={200} h={200} />
        <Text size="xs" c="dimmed">
          {t('auth.twoFactorManual')}
        </Text>
        <Code data-testid="totp-secret">{setup.data.secret}</Code>
        <TextInput label={t('auth.code')} inputMode="numeric" autoComplete="one-time-code" maxLength={6} {...codeForm.getInputProps('code')} />
        <Button type="submit" loading={enable.isPending} style={{ alignSelf: 'flex-start' }}>
          {t('auth.twoFactorConfirm')}
        </Button>
      </Stack>
    </form>
  );
}
