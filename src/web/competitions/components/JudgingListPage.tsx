// A judge's home: the competitions they judge in the running stage, with how many of their entries are done.
import { Badge, Card, Group, Progress, SimpleGrid, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { AnchorLink } from '../../ui/links';
import { PageHeader } from '../../ui/PageHeader';
import { EmptyState, ErrorState, LoadingState } from '../../ui/states';
import { useMyJudging } from '../api/competitions';

export function JudgingListPage({ embedded }: { embedded?: boolean }) {
  const { t } = useTranslation();
  const list = useMyJudging();
  return (
    <Stack>
      {!embedded && <PageHeader title={t('judging.title')} description={t('judging.intro')} />}
      {list.isLoading && <LoadingState />}
      {list.error && <ErrorState error={list.error} onRetry={() => list.refetch()} />}
      {list.data?.length === 0 && <EmptyState message={t('judging.empty')} />}
      {list.data && list.data.length > 0 && (
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          {list.data.map((j) => (
            <Card withBorder key={j.competitionId} data-testid="judging-card">
              <Group justify="space-between" align="flex-start" wrap="nowrap">
                <div>
                  <AnchorLink to="/penjurian/$competitionId" params={{ competitionId: j.competitionId }} fw={700}>
                    {j.name}
                  </AnchorLink>
                  <Text size="sm" c="dimmed">
                    {j.stageName} · {j.year}
                  </Text>
                </div>
                <Badge color={j.open ? 'orange' : 'gray'} variant="light">
                  {t(j.open ? 'judging.open' : 'judging.closed')}
                </Badge>
              </Group>
              <Text size="sm" mt="sm">
                {t('judging.progress', { done: j.completed, total: j.assigned })}
              </Text>
              <Progress value={j.assigned ? (100 * j.completed) / j.assigned : 0} mt={4} aria-hidden />
            </Card>
          ))}
        </SimpleGrid>
      )}
    </Stack>
  );
}
