// Designed loading, empty and error states, used by every page so they look and read the same.
import { Alert, Button, Center, Loader, Stack, Text, ThemeIcon } from '@mantine/core';
import { IconAlertTriangle, IconCalendarPlus, IconInbox } from '@tabler/icons-react';
import { Link } from '@tanstack/react-router';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

export function LoadingState({ label }: { label?: string }) {
  const { t } = useTranslation();
  return (
    <Center py="xl" role="status" aria-live="polite">
      <Stack align="center" gap="xs">
        <Loader size="md" />
        <Text size="sm" c="dimmed">
          {label ?? t('common.loading')}
        </Text>
      </Stack>
    </Center>
  );
}

export function ErrorState({ error, onRetry }: { error: unknown; onRetry?: () => void }) {
  const { t } = useTranslation();
  const message = error instanceof Error ? error.message : t('errors.unexpected');
  return (
    <Alert color="red" icon={<IconAlertTriangle />} title={t('errors.loadFailed')} role="alert">
      <Stack gap="xs" align="flex-start">
        <Text size="sm">{message}</Text>
        {onRetry && (
          <Button size="xs" variant="light" color="red" onClick={onRetry}>
            {t('common.retry')}
          </Button>
        )}
      </Stack>
    </Alert>
  );
}

export function EmptyState({ message, action }: { message: string; action?: ReactNode }) {
  return (
    <Center py="xl">
      <Stack align="center" gap="sm" maw={420}>
        <ThemeIcon size={48} radius="xl" variant="light" color="gray">
          <IconInbox size={28} />
        </ThemeIcon>
        <Text ta="center" c="dimmed">
          {message}
        </Text>
        {action}
      </Stack>
    </Center>
  );
}

/**
 * A region without any assessment period yet (a new region): what that means here and the next step — the
 * Admin Daerah gets the button that opens one, everyone else learns who does.
 */
export function NoPeriodState({ canOpen, what }: { canOpen: boolean; what: 'dashboard' | 'innovations' | 'verification' }) {
  const { t } = useTranslation();
  return (
    <EmptyState
      message={`${t(`noPeriod.${what}`)} ${t(canOpen ? 'noPeriod.admin' : 'noPeriod.others')}`}
      action={
        canOpen && (
          <Button component={Link} to="/periods" leftSection={<IconCalendarPlus size={16} />} data-testid="open-period-link">
            {t('noPeriod.open')}
          </Button>
        )
      }
    />
  );
}
