// Every OPD against "One OPD More Than One Innovation" (OPDs below the target of sent innovations highlighted,
// the same rule as the "di bawah target" mark), with change vs last
// period; a Kepala OPD sees their own row and a to-do list.
import { Anchor, Badge, Card, List, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { formatNumber } from '../../lib/format';
import { AnchorLink } from '../../ui/links';
import { SectionTitle } from '../../ui/PageHeader';
import { ErrorState, LoadingState } from '../../ui/states';
import { useOpdMonitoring } from '../api/dashboard';

export function OpdMonitoringCard() {
  const { t } = useTranslation();
  const m = useOpdMonitoring();
  if (m.isLoading) return <LoadingState />;
  if (m.error || !m.data) return <ErrorState error={m.error} onRetry={() => m.refetch()} />;
  const { rows, target, previousYear, todo } = m.data;
  return (
    <Card withBorder data-testid="opd-monitoring">
      <SectionTitle title={t('dashboard.opds')} hint={t('dashboard.opdsHint', { target })} />
      {todo.length > 0 && (
        <Card withBorder bg="orange.0" mb="sm" data-testid="todo">
          <Title order={4} fz="h5" mb="xs">
            {t('dashboard.todo')}
          </Title>
          <List size="sm" spacing={4}>
            {todo.map((x) => (
              <List.Item key={`${x.entryId}-${x.kind}`}>
                <AnchorLink to="/innovations/$entryId" params={{ entryId: x.entryId }}>
                  {x.entryName}
                </AnchorLink>
                : {t(`dashboard.todoKind.${x.kind}`, { codes: x.codes.join(', ') })}
                {x.notes.filter(Boolean).length > 0 && (
                  <Text size="xs" c="dimmed">
                    {x.notes.filter(Boolean).join(' · ')}
                  </Text>
                )}
              </List.Item>
            ))}
          </List>
        </Card>
      )}
      <Table.ScrollContainer minWidth={760}>
        <Table striped verticalSpacing={4} fz="sm">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('nav.opds')}</Table.Th>
              <Table.Th>{t('dashboard.registered')}</Table.Th>
              <Table.Th>{t('dashboard.sent')}</Table.Th>
              <Table.Th>{t('dashboard.avgMaturity')}</Table.Th>
              <Table.Th>{t('dashboard.completeness')}</Table.Th>
              <Table.Th>{t('evidence.review.dikembalikan')}</Table.Th>
              <Table.Th>{t('evidence.review.menunggu')}</Table.Th>
              <Table.Th>{previousYear ? t('dashboard.change', { year: previousYear }) : t('dashboard.changeNone')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {rows.map((r) => (
              <Table.Tr key={r.opdId} bg={r.meetsTarget ? undefined : 'var(--mantine-color-orange-light)'} data-below-target={!r.meetsTarget}>
                <Table.Td>
                  <AnchorLink to="/opds/$opdId" params={{ opdId: r.opdId }} size="sm">
                    {r.shortName}
                  </AnchorLink>
                  <Text size="xs" c="dimmed">
                    {r.name}
                  </Text>
                </Table.Td>
                <Table.Td>{formatNumber(r.registered)}</Table.Td>
                <Table.Td>
                  {formatNumber(r.sent)}{' '}
                  {!r.meetsTarget && (
                    <Badge size="xs" color="orange" variant="light">
                      {t('dashboard.belowTarget')}
                    </Badge>
                  )}
                </Table.Td>
                <Table.Td>
                  {formatNumber(r.averageMaturity, 2)}{' '}
                  <Text span size="xs" c="teal.8">
                    ({formatNumber(r.averageVerified, 2)})
                  </Text>
                </Table.Td>
                <Table.Td>{r.evidenceCompleteness === null ? '—' : `${formatNumber(r.evidenceCompleteness, 1)} %`}</Table.Td>
                <Table.Td>{formatNumber(r.returned)}</Table.Td>
                <Table.Td>{formatNumber(r.waiting)}</Table.Td>
                <Table.Td>{r.change === null ? '—' : r.change > 0 ? `+${r.change}` : String(r.change)}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      <Anchor size="xs" c="dimmed" component="span">
        {t('dashboard.opdsLegend')}
      </Anchor>
    </Card>
  );
}
