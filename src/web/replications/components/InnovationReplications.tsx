// On an innovation's page: where it has been replicated (agreed or carried out) and the cooperation agreements
// that cover it.
import { Badge, Card, Group, List, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { formatDate } from '../../lib/format';
import { ErrorState, LoadingState } from '../../ui/states';
import { useEntryReplications } from '../api/replications';
import { StatusBadge } from './ReplicationsPage';

export function InnovationReplications({ entryId }: { entryId: string }) {
  const { t } = useTranslation();
  const data = useEntryReplications(entryId);
  return (
    <Card withBorder id="replikasi" data-testid="innovation-replications">
      <Title order={2} fz="h4" mb="xs">
        {t('replications.section.title')}
      </Title>
      {data.isLoading && <LoadingState />}
      {data.error && <ErrorState error={data.error} onRetry={() => data.refetch()} />}
      {data.data && (
        <Stack gap="sm">
          <div>
            <Text fw={600} size="sm">
              {t('replications.section.replicatedIn')}
            </Text>
            {!data.data.replications.length ? (
              <Text size="sm" c="dimmed">
                {t('replications.section.none')}
              </Text>
            ) : (
              <List size="sm" spacing={4}>
                {data.data.replications.map((r) => (
                  <List.Item key={r.id}>
                    <Group gap="xs" wrap="wrap">
                      <Text size="sm">{r.replicatingName}</Text>
                      {r.insideRegion && <Badge variant="outline">{t('replications.insideRegion')}</Badge>}
                      <StatusBadge status={r.status} />
                      {r.agreementDate && (
                        <Text size="xs" c="dimmed">
                          {t('replications.agreedOn', {
                            kind: r.agreementKind ? t(`replications.kind.${r.agreementKind}`) : '',
                            number: r.agreementNumber ?? '',
                            date: formatDate(r.agreementDate),
                          })}
                        </Text>
                      )}
                    </Group>
                  </List.Item>
                ))}
              </List>
            )}
          </div>
          <div>
            <Text fw={600} size="sm">
              {t('replications.section.agreements')}
            </Text>
            {!data.data.agreements.length ? (
              <Text size="sm" c="dimmed">
                {t('replications.section.noAgreements')}
              </Text>
            ) : (
              <List size="sm" spacing={4}>
                {data.data.agreements.map((a) => (
                  <List.Item key={a.id}>
                    {a.title} — {a.partnerName} ({t(`replications.kind.${a.kind}`)}
                    {a.number && ` ${a.number}`}, {formatDate(a.signedOn)})
                  </List.Item>
                ))}
              </List>
            )}
          </div>
        </Stack>
      )}
    </Card>
  );
}
