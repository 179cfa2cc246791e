// The Admin Daerah's work in the open period, on the first page after sign-in: the deadlines still ahead (with
// "hari ini" on the day), items waiting for a verifier (innovations' and the region's apart, as the queue lists them), innovations waiting for their Kepala OPD, and approved
// innovations not yet marked sent — each opening the page where it is done. Counts come from the same
// endpoints and filters as those pages.
import { Badge, Card, Group, Stack, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { daysFromToday, formatDate, formatDaysFromToday, formatNumber } from '../../lib/format';
import { AnchorLink } from '../../ui/links';
import { ErrorState, LoadingState } from '../../ui/states';
import { useCurrentPeriod, useTotal, useVerificationSummary } from '../api/home';

export function AdminWorkCard() {
  const { t } = useTranslation();
  const period = useCurrentPeriod();
  const open = period.data?.status === 'open' ? period.data : null;
  const summary = useVerificationSummary(open?.id);
  const awaitingHead = useTotal('innovations', '/api/innovations', { periodId: open?.id ?? '', status: 'diajukan' }, Boolean(open));
  const notSent = useTotal('innovations', '/api/innovations', { periodId: open?.id ?? '', status: 'disetujui', sent: 'false' }, Boolean(open));
  if (period.isLoading) return <LoadingState />;
  if (period.error) return <ErrorState error={period.error} onRetry={() => period.refetch()} />;
  if (!open)
    return (
      <Card withBorder data-testid="admin-work">
        <Text size="sm">
          {t('home.admin.noOpenPeriod')}{' '}
          <AnchorLink to="/periods" size="sm">
            {t('home.admin.openPeriod')}
          </AnchorLink>
        </Text>
      </Card>
    );
  const deadlines = [
    { key: 'internal', label: t('periods.internalDeadline'), date: open.internalDeadline },
    { key: 'closes', label: t('periods.closesOn'), date: open.penjaringanClosesOn },
  ].filter((d): d is { key: string; label: string; date: string } => Boolean(d.date) && daysFromToday(d.date as string) >= 0);
  const sidWaiting = summary.data ? summary.data.pendingByOpd.reduce((n, o) => n + o.pending, 0) : undefined;
  const spdWaiting = summary.data && sidWaiting !== undefined ? Math.max(0, summary.data.counts.menunggu - sidWaiting) : undefined;
  return (
    <Card withBorder data-testid="admin-work">
      <Group justify="space-between" mb="xs">
        <Title order={3} fz="h4">
          {t('home.admin.title')}
        </Title>
        <Badge variant="light">{open.year}</Badge>
      </Group>
      <Stack gap={6}>
        {deadlines.map((d) => (
          <Group key={d.key} justify="space-between" wrap="nowrap" data-testid="admin-deadline">
            <AnchorLink to="/periods" size="sm">
              {d.label}: {formatDate(d.date)}
            </AnchorLink>
            <Badge color={daysFromToday(d.date) <= 7 ? 'red' : 'gray'} variant="light">
              {formatDaysFromToday(daysFromToday(d.date))}
            </Badge>
          </Group>
        ))}
        <CountRow n={sidWaiting} testId="admin-waiting-verification">
          <AnchorLink to="/verifikasi" search={{ periodId: open.id, status: 'menunggu' }} size="sm">
            {t('home.admin.waitingVerification')}
          </AnchorLink>
        </CountRow>
        <CountRow n={spdWaiting} testId="admin-waiting-spd">
          <AnchorLink to="/verifikasi" search={{ periodId: open.id, scope: 'spd', status: 'menunggu' }} size="sm">
            {t('home.admin.waitingSpd')}
          </AnchorLink>
        </CountRow>
        <CountRow n={awaitingHead.data} testId="admin-waiting-head">
          <AnchorLink to="/innovations" search={{ status: 'diajukan' }} size="sm">
            {t('home.admin.waitingHead')}
          </AnchorLink>
        </CountRow>
        <CountRow n={notSent.data} testId="admin-not-sent">
          <AnchorLink to="/innovations" search={{ status: 'disetujui', sent: false }} size="sm">
            {t('home.admin.notSent')}
          </AnchorLink>
        </CountRow>
      </Stack>
    </Card>
  );
}

/** A link and its count; data-count on the row, like every home count, names the rows the link opens. */
function CountRow({ n, testId, children }: { n: number | undefined; testId: string; children: ReactNode }) {
  return (
    <Group justify="space-between" wrap="nowrap" data-testid={testId} data-count={n ?? ''}>
      {children}
      <Badge color={n ? 'orange' : 'gray'} variant="light">
        {n === undefined ? '…' : formatNumber(n)}
      </Badge>
    </Group>
  );
}
