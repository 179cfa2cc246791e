// Satisfaction with the region's published innovations, from the approved feedback: in all, per OPD and per
// innovation (count, average of 1–5, how many of each rating), of a year or every year, and its spreadsheet.
import { Button, Card, Group, Progress, Select, SimpleGrid, Stack, Table, Text, Title } from '@mantine/core';
import { IconFileSpreadsheet } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { formatNumber } from '../../lib/format';
import { EmptyState, ErrorState, LoadingState } from '../../ui/states';
import { useRememberedState } from '../../ui/useRememberedState';
import { type SatisfactionReport, satisfactionSpreadsheetUrl, useSatisfaction } from '../api/feedback';

type Figures = SatisfactionReport['total'];
const thisYear = new Date().getFullYear();
const YEARS = Array.from({ length: 6 }, (_, k) => String(thisYear - k));
const RATINGS = ['5', '4', '3', '2', '1'] as const;

const average = (f: Figures) => (f.average === null ? '—' : formatNumber(f.average, 2));

export function SatisfactionPanel({ opdBound }: { opdBound: boolean }) {
  const { t } = useTranslation();
  const [year, setYear] = useRememberedState<string>('feedback:year', String(thisYear));
  const chosenYear = year === 'all' ? null : Number(year);
  const data = useSatisfaction(chosenYear);
  const report = data.data;

  return (
    <Stack gap="md">
      <Group justify="space-between" align="flex-end" gap="sm">
        <Select
          label={t('feedback.year')}
          w={180}
          allowDeselect={false}
          data={[{ value: 'all', label: t('feedback.allYears') }, ...YEARS.map((y) => ({ value: y, label: y }))]}
          value={year}
          onChange={(v) => v && setYear(v)}
        />
        <Button
          component="a"
          href={satisfactionSpreadsheetUrl(chosenYear)}
          download
          variant="default"
          leftSection={<IconFileSpreadsheet size={16} />}
          data-testid="satisfaction-export"
        >
          {opdBound ? t('feedback.exportOwn') : t('feedback.export')}
        </Button>
      </Group>
      {data.error && !report && <ErrorState error={data.error} onRetry={() => data.refetch()} />}
      {data.isLoading && <LoadingState />}
      {report && !report.innovations.length && <EmptyState message={t('feedback.noPublished')} />}
      {report && report.innovations.length > 0 && (
        <>
          <Card withBorder data-testid="satisfaction-total">
            <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="lg">
              <Stack gap={2}>
                <Text size="sm" c="dimmed">
                  {opdBound ? t('feedback.totalOwn') : t('feedback.totalRegion')}
                </Text>
                <Group gap="xs" align="baseline">
                  <Text fz={40} fw={700} lh={1} data-testid="satisfaction-average">
                    {average(report.total)}
                  </Text>
                  <Text c="dimmed">/ 5</Text>
                </Group>
                <Text size="sm">{t('feedback.ratingsCount', { count: report.total.count, shown: formatNumber(report.total.count) })}</Text>
              </Stack>
              <Distribution figures={report.total} />
            </SimpleGrid>
          </Card>
          {report.total.count === 0 && (
            <Text size="sm" c="dimmed">
              {t('feedback.noRatingsYet')}
            </Text>
          )}
          {!opdBound && (
            <FiguresTable
              title={t('feedback.perOpd')}
              rows={report.opds.map((o) => ({ key: o.opdId, name: o.opdName, sub: null, figures: o }))}
              nameHeader={t('feedback.opd')}
            />
          )}
          <FiguresTable
            title={t('feedback.perInnovation')}
            rows={report.innovations.map((i) => ({ key: i.innovationId, name: i.name, sub: opdBound ? null : i.opdName, figures: i }))}
            nameHeader={t('feedback.innovation')}
          />
        </>
      )}
    </Stack>
  );
}

function Distribution({ figures }: { figures: Figures }) {
  const { t } = useTranslation();
  return (
    <Stack gap={4} aria-label={t('feedback.distribution')}>
      {RATINGS.map((r) => {
        const n = figures.distribution[r];
        const share = figures.count ? (n / figures.count) * 100 : 0;
        return (
          <Group key={r} gap="xs" wrap="nowrap">
            <Text size="xs" w={56} style={{ flexShrink: 0 }}>
              {t('feedback.ratingValue', { rating: r })}
            </Text>
            <Progress value={share} style={{ flex: 1 }} color={Number(r) >= 4 ? 'green' : Number(r) === 3 ? 'yellow' : 'red'} aria-hidden />
            <Text size="xs" w={40} ta="right" style={{ flexShrink: 0 }}>
              {formatNumber(n)}
            </Text>
          </Group>
        );
      })}
    </Stack>
  );
}

function FiguresTable({
  title,
  rows,
  nameHeader,
}: {
  title: string;
  rows: { key: string; name: string; sub: string | null; figures: Figures }[];
  nameHeader: string;
}) {
  const { t } = useTranslation();
  return (
    <Card withBorder>
      <Title order={3} fz="h4" mb="xs">
        {title}
      </Title>
      <Table.ScrollContainer minWidth={300}>
        <Table striped verticalSpacing="xs" aria-label={title}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{nameHeader}</Table.Th>
              <Table.Th ta="right">{t('feedback.count')}</Table.Th>
              <Table.Th ta="right">{t('feedback.average')}</Table.Th>
              {RATINGS.map((r) => (
                <Table.Th key={r} ta="right" visibleFrom="sm">
                  {t('feedback.ratingShort', { rating: r })}
                </Table.Th>
              ))}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {rows.map((row) => (
              <Table.Tr key={row.key} data-testid="satisfaction-row">
                <Table.Td>
                  <Text size="sm">{row.name}</Text>
                  {row.sub && (
                    <Text size="xs" c="dimmed">
                      {row.sub}
                    </Text>
                  )}
                </Table.Td>
                <Table.Td ta="right">{formatNumber(row.figures.count)}</Table.Td>
                <Table.Td ta="right" fw={600}>
                  {average(row.figures)}
                </Table.Td>
                {RATINGS.map((r) => (
                  <Table.Td key={r} ta="right" visibleFrom="sm">
                    {formatNumber(row.figures.distribution[r])}
                  </Table.Td>
                ))}
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
    </Card>
  );
}
