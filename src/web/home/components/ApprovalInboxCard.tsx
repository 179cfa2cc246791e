// The Kepala OPD's approval inbox: their OPD's innovations submitted and waiting for them, oldest first.
// Approve and return are on each innovation's page (the workflow bar), one click away.
import { Card, Group, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../lib/format';
import { AnchorLink } from '../../ui/links';
import { EmptyState, ErrorState, LoadingState } from '../../ui/states';
import { useApprovalInbox } from '../api/home';
import { CountTitle } from './CountTitle';

export function ApprovalInboxCard() {
  const { t } = useTranslation();
  const inbox = useApprovalInbox(true);
  if (inbox.isLoading) return <LoadingState />;
  if (inbox.error || !inbox.data) return <ErrorState error={inbox.error} onRetry={() => inbox.refetch()} />;
  const { items, total } = inbox.data;
  return (
    <Card withBorder data-testid="approval-inbox">
      <CountTitle title={t('home.inbox.title')} count={total} testId="approval-inbox-count" />
      {!items.length ? (
        <EmptyState message={t('home.inbox.empty')} />
      ) : (
        <Stack gap="xs">
          {items.map((e) => (
            <Group key={e.id} justify="space-between" wrap="wrap" gap={4} data-testid="approval-item">
              <Stack gap={0}>
                <AnchorLink to="/innovations/$entryId" params={{ entryId: e.id }} fw={500} size="sm">
                  {e.name}
                </AnchorLink>
                <Text size="xs" c="dimmed">
                  {e.unitName ?? e.opdName} · {formatDateTime(e.updatedAt)}
                </Text>
              </Stack>
              <AnchorLink to="/innovations/$entryId" params={{ entryId: e.id }} size="sm">
                {t('home.inbox.decide')}
              </AnchorLink>
            </Group>
          ))}
          {total > items.length && (
            <Text size="xs" c="dimmed">
              {t('home.inbox.more', { count: total - items.length })}
            </Text>
          )}
        </Stack>
      )}
    </Card>
  );
}
