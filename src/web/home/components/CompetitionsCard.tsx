// A leader's view of the region's competitions: what runs now and what was published, with the entries each has.
import { Badge, Card, Group, Stack, Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { competitionQueries } from '../../lib/queries/competitions';
import { AnchorLink } from '../../ui/links';
import { EmptyState, ErrorState, LoadingState } from '../../ui/states';
import { CountTitle } from './CountTitle';

const SHOWN = 5;

export function CompetitionsCard() {
  const { t } = useTranslation();
  const list = useQuery(competitionQueries.list());
  if (list.isLoading) return <LoadingState />;
  if (list.error) return <ErrorState error={list.error} onRetry={() => list.refetch()} />;
  // Drafts are the admin's work in progress; the newest year first, running ones before published ones.
  const rows = (list.data ?? [])
    .filter((c) => c.status !== 'draft')
    .sort((a, b) => b.year - a.year || Number(a.status === 'published') - Number(b.status === 'published'));
  const running = rows.filter((c) => c.status !== 'published').length;
  return (
    <Card withBorder data-testid="competitions-home">
      <CountTitle title={t('home.competitions.title')} count={running} testId="competitions-running" label={t('home.competitions.runningLabel')} />
      {!rows.length ? (
        <EmptyState message={t('home.competitions.empty')} />
      ) : (
        <Stack gap="xs">
          {rows.slice(0, SHOWN).map((c) => (
            <Group key={c.id} justify="space-between" wrap="nowrap">
              <div style={{ minWidth: 0 }}>
                <AnchorLink to="/kompetisi/$competitionId" params={{ competitionId: c.id }} fw={600}>
                  {c.name}
                </AnchorLink>
                <Text size="xs" c="dimmed">
                  {c.status === 'published'
                    ? t('home.competitions.published', { year: c.year })
                    : t('home.competitions.running', { stage: c.stageName, accepted: c.entries.accepted, total: c.entries.total })}
                </Text>
              </div>
              <Badge variant="light" color={c.status === 'published' ? 'green' : 'blue'}>
                {t(`competitions.status.${c.status}`)}
              </Badge>
            </Group>
          ))}
          <Group gap="md">
            {rows.length > SHOWN && (
              <AnchorLink to="/kompetisi" size="sm">
                {t('home.competitions.all', { count: rows.length })}
              </AnchorLink>
            )}
            <AnchorLink to="/kompetisi/penghargaan" size="sm">
              {t('competitions.rewards.title')}
            </AnchorLink>
          </Group>
        </Stack>
      )}
    </Card>
  );
}
