import { Badge, Card, Group, SegmentedControl, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { notifySaved, showApiError } from '../../ui/forms';
import { PageHeader } from '../../ui/PageHeader';
import { type Me, useSwitchLanguage } from '../api/auth';
import { ChangePasswordForm } from './ChangePasswordForm';
import { TwoFactorSection } from './TwoFactorSection';

export function AccountPage({ me }: { me: Me }) {
  const { t, i18n } = useTranslation();
  const language = useSwitchLanguage();
  const switchLanguage = (lang: string) =>
    language.switchTo(lang, { onSuccess: () => notifySaved(t('auth.languageSaved')), onError: (e) => showApiError(null, e) });
  return (
    <Stack>
      <PageHeader title={t('nav.account')} />
      <Card withBorder>
        <Title order={3} fz="h4" mb="sm">
          {t('auth.profile')}
        </Title>
        <Stack gap={4}>
          <Text fw={600}>{me.user.fullName}</Text>
          <Text size="sm" c="dimmed">
            {me.user.username}
            {me.user.email ? ` · ${me.user.email}` : ''}
          </Text>
          <Group gap="xs">
            <Badge variant="light">{t(`role.${me.user.role}`)}</Badge>
            {me.region && <Badge variant="outline">{me.region.name}</Badge>}
            {me.opd && <Badge variant="outline">{me.opd.shortName}</Badge>}
          </Group>
        </Stack>
      </Card>
      <Card withBorder>
        <Title order={3} fz="h4" mb="sm">
          {t('auth.language')}
        </Title>
        <SegmentedControl
          value={i18n.language === 'en' ? 'en' : 'id'}
          onChange={switchLanguage}
          data={[
            { value: 'id', label: 'Bahasa Indonesia' },
            { value: 'en', label: 'English' },
          ]}
          aria-label={t('auth.language')}
        />
      </Card>
      <Card withBorder>
        <Title order={3} fz="h4" mb="sm">
          {t('auth.changePassword')}
        </Title>
        <ChangePasswordForm />
      </Card>
      <Card withBorder>
        <Title order={3} fz="h4" mb="sm">
          {t('auth.twoFactor')}
        </Title>
        <TwoFactorSection me={me} />
      </Card>
    </Stack>
  );
}
