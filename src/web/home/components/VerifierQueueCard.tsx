// The verifier's work: items waiting per assigned OPD (all OPDs when none are assigned), each opening the
// Verifikasi queue filtered to that OPD. The numbers are the verification summary's, the queue's own source.
import { Badge, Card, Group, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { formatNumber } from '../../lib/format';
import { AnchorLink } from '../../ui/links';
import { EmptyState, ErrorState, LoadingState } from '../../ui/states';
import { useCurrentPeriod, useVerificationSummary } from '../api/home';

export function VerifierQueueCard({ userId }: { userId: string }) {
  const { t } = useTranslation();
  const period = useCurrentPeriod();
  const summary = useVerificationSummary(period.data?.id);
  if (period.isLoading || summary.isLoading) return <LoadingState />;
  if (period.error || summary.error) return <ErrorState error={period.error ?? summary.error} onRetry={() => summary.refetch()} />;
  const periodId = period.data?.id;
  const mine = summary.data?.byVerifier.find((v) => v.userId === userId)?.opdIds ?? [];
  const rows = (summary.data?.pendingByOpd ?? []).filter((o) => !mine.length || mine.includes(o.opdId));
  const sidWaiting = (summary.data?.pendingByOpd ?? []).reduce((n, o) => n + o.pending, 0);
  // Region-level (SPD) items are everyone's: the summary's waiting count less the OPDs' items.
  const spdWaiting = Math.max(0, (summary.data?.counts.menunggu ?? 0) - sidWaiting);
  return (
    <Card withBorder data-testid="verifier-queue">
      <Group justify="space-between" mb="xs">
        <Title order={3} fz="h4">
          {t('home.verifier.title')}
        </Title>
        {period.data && <Badge variant="light">{period.data.year}</Badge>}
      </Group>
      <Text size="sm" c="dimmed" mb="sm">
        {mine.length ? t('home.verifier.assigned', { count: mine.length }) : t('home.verifier.allOpds')}
      </Text>
      {!periodId || (!rows.length && !spdWaiting) ? (
        <EmptyState message={t('home.verifier.empty')} />
      ) : (
        <Stack gap={6}>
          {rows.map((o) => (
            <Group key={o.opdId} justify="space-between" wrap="nowrap" data-testid="home-count" data-count={o.pending}>
              <AnchorLink to="/verifikasi" search={{ periodId, opdId: o.opdId, status: 'menunggu' }} size="sm">
                {o.opdName}
              </AnchorLink>
              <Badge color="gray" variant="light">
                {t('home.verifier.waiting', { count: o.pending, n: formatNumber(o.pending) })}
              </Badge>
            </Group>
          ))}
          {spdWaiting > 0 && (
            <Group justify="space-between" wrap="nowrap" data-testid="home-count" data-count={spdWaiting}>
              <AnchorLink to="/verifikasi" search={{ periodId, scope: 'spd', status: 'menunggu' }} size="sm">
                {t('home.verifier.regionLevel')}
              </AnchorLink>
              <Badge color="gray" variant="light">
                {t('home.verifier.waiting', { count: spdWaiting, n: formatNumber(spdWaiting) })}
              </Badge>
            </Group>
          )}
        </Stack>
      )}
    </Card>
  );
}
