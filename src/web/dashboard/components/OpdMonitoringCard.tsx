// Every OPD against "One OPD More Than One Innovation" (OPDs below the target of sent innovations highlighted,
// the same rule as the "di bawah target" mark), with change vs last
// period; a Kepala OPD sees their own row and a to-do list. On phones each OPD is a card.
import { Anchor, Badge, Card, Group, List, Paper, Stack, Table, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { formatNumber } from '../../lib/format';
import { usePhoneLayout } from '../../ui/DataTable';
import { AnchorLink } from '../../ui/links';
import { SectionTitle } from '../../ui/PageHeader';
import { ErrorState, LoadingState } from '../../ui/states';
import { useOpdMonitoring } from '../api/dashboard';

export function OpdMonitoringCard() {
  const { t } = useTranslation();
  const phone = usePhoneLayout();
  const m = useOpdMonitoring();
  if (m.isLoading) return <LoadingState />;
  if (m.error || !m.data) return <ErrorState error={m.error} onRetry={() => m.refetch()} />;
  const { rows, target, previousYear, todo } = m.data;
  type Row = (typeof rows)[number];
  const columns: { key: string; header: string; render: (r: Row) => ReactNode }[] = [
    {
      key: 'opd',
      header: t('nav.opds'),
      render: (r) => (
        <div>
          <AnchorLink to="/opds/$opdId" params={{ opdId: r.opdId }} size="sm">
            {r.shortName}
          </AnchorLink>
          <Text size="xs" c="dimmed">
            {r.name}
          </Text>
        </div>
      ),
    },
    { key: 'registered', header: t('dashboard.registered'), render: (r) => formatNumber(r.registered) },
    {
      key: 'sent',
      header: t('dashboard.sent'),
      render: (r) => (
        <>
          {formatNumber(r.sent)}{' '}
          {!r.meetsTarget && (
            <Badge size="xs" color="orange" variant="light">
              {t('dashboard.belowTarget')}
            </Badge>
          )}
        </>
      ),
    },
    {
      key: 'maturity',
      header: t('dashboard.avgMaturity'),
      render: (r) => (
        <>
          {formatNumber(r.averageMaturity, 2)}{' '}
          <Text span size="xs" c="teal.8">
            ({formatNumber(r.averageVerified, 2)})
          </Text>
        </>
      ),
    },
    {
      key: 'completeness',
      header: t('dashboard.completeness'),
      render: (r) => (r.evidenceCompleteness === null ? '—' : `${formatNumber(r.evidenceCompleteness, 1)} %`),
    },
    { key: 'returned', header: t('evidence.review.dikembalikan'), render: (r) => formatNumber(r.returned) },
    { key: 'waiting', header: t('evidence.review.menunggu'), render: (r) => formatNumber(r.waiting) },
    {
      key: 'change',
      header: previousYear ? t('dashboard.change', { year: previousYear }) : t('dashboard.changeNone'),
      render: (r) => (r.change === null ? '—' : r.change > 0 ? `+${r.change}` : String(r.change)),
    },
  ];
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
                : {t(`dashboard.todoKind.${x.kind}`, { codes: x.codes.join(', '), count: x.codes.length })}
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
      {phone ? (
        // A leader reads this on a phone: one card per OPD, every figure labelled, instead of a table
        // scrolled sideways with the target and maturity out of sight.
        <Stack gap="xs" role="list" aria-label={t('dashboard.opds')} mb="xs">
          {rows.map((r) => (
            <Paper
              key={r.opdId}
              withBorder
              p="sm"
              role="listitem"
              data-testid="opd-card"
              bg={r.meetsTarget ? undefined : 'var(--mantine-color-orange-light)'}
              data-below-target={!r.meetsTarget}
              style={{ overflowWrap: 'anywhere' }}
            >
              <Stack gap={4}>
                {columns[0].render(r)}
                {columns.slice(1).map((c) => (
                  <Group key={c.key} gap="xs" wrap="nowrap" align="flex-start">
                    <Text size="xs" c="dimmed" w={130} style={{ flexShrink: 0 }}>
                      {c.header}
                    </Text>
                    <div className="inovda-card-value">{c.render(r)}</div>
                  </Group>
                ))}
              </Stack>
            </Paper>
          ))}
        </Stack>
      ) : (
        <Table.ScrollContainer minWidth={760}>
          <Table striped verticalSpacing={4} fz="sm">
            <Table.Thead>
              <Table.Tr>
                {columns.map((c) => (
                  <Table.Th key={c.key}>{c.header}</Table.Th>
                ))}
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {rows.map((r) => (
                <Table.Tr key={r.opdId} bg={r.meetsTarget ? undefined : 'var(--mantine-color-orange-light)'} data-below-target={!r.meetsTarget}>
                  {columns.map((c) => (
                    <Table.Td key={c.key}>{c.render(r)}</Table.Td>
                  ))}
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
      <Anchor size="xs" c="dimmed" component="span">
        {t('dashboard.opdsLegend')}
      </Anchor>
    </Card>
  );
}
