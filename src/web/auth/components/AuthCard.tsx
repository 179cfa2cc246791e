// The centred card the signed-out pages share, with the language switch in reach.
import { Anchor, Box, Center, Group, Paper, Stack, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { setLanguage } from '../../i18n';

export function AuthCard({ title, subtitle, children }: { title: string; subtitle?: string; children: ReactNode }) {
  const { t, i18n } = useTranslation();
  return (
    <Center mih="100dvh" p="md" bg="gray.0">
      <Box w="100%" maw={420}>
        <Stack gap="xs" mb="md" align="center">
          <Text fw={800} fz={28} c="blue.7">
            {t('app.name')}
          </Text>
          <Text c="dimmed" size="sm">
            {t('app.tagline')}
          </Text>
        </Stack>
        <Paper withBorder shadow="sm" p="lg" radius="md">
          <Title order={1} fz="h3" mb={subtitle ? 4 : 'md'}>
            {title}
          </Title>
          {subtitle && (
            <Text size="sm" c="dimmed" mb="md">
              {subtitle}
            </Text>
          )}
          {children}
        </Paper>
        <Group justify="center" mt="md" gap="xs">
          <Anchor component="button" size="sm" fw={i18n.language === 'id' ? 700 : 400} onClick={() => setLanguage('id')} lang="id">
            Bahasa Indonesia
          </Anchor>
          <Text c="dimmed">·</Text>
          <Anchor component="button" size="sm" fw={i18n.language === 'en' ? 700 : 400} onClick={() => setLanguage('en')} lang="en">
            English
          </Anchor>
        </Group>
      </Box>
    </Center>
  );
}
