// IPKD over the years: claimed, verified and official index per measurement year, and opening a new year with a
// framework version of that year and its fiscal-capacity cluster.
import { Alert, Badge, Button, Card, Group, NumberInput, Select, SimpleGrid, Stack, Table, Text } from '@mantine/core';
import { useNavigate } from '@tanstack/react-router';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FISCAL_CAPACITIES } from '../../../domain/ipkd/framework';
import { ApiError } from '../../lib/api';
import { AnchorLink, ButtonLink } from '../../ui/links';
import { PageHeader } from '../../ui/PageHeader';
import { EmptyState, ErrorState, LoadingState } from '../../ui/states';
import { useIpkdFrameworks, useIpkdYears, useOpenIpkdYear } from '../api/ipkd';
import { formatIpkd, predicateColor } from './labels';

export function IpkdPage({ canWrite }: { canWrite: boolean }) {
  const { t } = useTranslation();
  const years = useIpkdYears();
  const [opening, setOpening] = useState(false);
  if (years.isLoading) return <LoadingState />;
  if (years.error) return <ErrorState error={years.error} onRetry={() => years.refetch()} />;
  const list = [...(years.data ?? [])].sort((a, b) => b.measurementYear - a.measurementYear);
  return (
    <Stack>
      <PageHeader
        title={t('ipkd.title')}
        description={t('ipkd.intro')}
        actions={
          <Group gap="xs">
            <ButtonLink to="/ipkd/kerangka" variant="light">
              {t('ipkd.frameworks')}
            </ButtonLink>
            {canWrite && list.length > 0 && !opening && <Button onClick={() => setOpening(true)}>{t('ipkd.openYear')}</Button>}
          </Group>
        }
      />
      {canWrite && (opening || list.length === 0) && <OpenYearForm onDone={() => setOpening(false)} first={list.length === 0} />}
      {list.length === 0 ? (
        !canWrite && <EmptyState message={t('ipkd.emptyViewer')} />
      ) : (
        <Card withBorder>
          <Table.ScrollContainer minWidth={520}>
            <Table striped>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('ipkd.measurementYear')}</Table.Th>
                  <Table.Th>{t('ipkd.claimed')}</Table.Th>
                  <Table.Th>{t('ipkd.verified')}</Table.Th>
                  <Table.Th>{t('ipkd.official')}</Table.Th>
                  <Table.Th>{t('ipkd.progress')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {list.map((y) => (
                  <Table.Tr key={y.measurementYear}>
                    <Table.Td>
                      <AnchorLink to="/ipkd/$year" params={{ year: String(y.measurementYear) }} fw={600}>
                        {t('ipkd.yearLabel', { year: y.measurementYear, budgetYear: y.budgetYear })}
                      </AnchorLink>
                    </Table.Td>
                    <Table.Td>
                      {formatIpkd(y.claimed.ipkd)} <Badge color={predicateColor(y.claimed.predicate)}>{y.claimed.predicate}</Badge>
                    </Table.Td>
                    <Table.Td>
                      {formatIpkd(y.verified.ipkd)} <Badge color={predicateColor(y.verified.predicate)}>{y.verified.predicate}</Badge>
                    </Table.Td>
                    <Table.Td>
                      {y.official ? (
                        <>
                          {formatIpkd(y.official.ipkd, 4)}{' '}
                          {y.official.predicate && <Badge color={predicateColor(y.official.predicate)}>{y.official.predicate}</Badge>}
                        </>
                      ) : (
                        '—'
                      )}
                    </Table.Td>
                    <Table.Td>{t('ipkd.progressOf', { answered: y.answered, accepted: y.accepted, total: y.total })}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        </Card>
      )}
    </Stack>
  );
}

function OpenYearForm({ onDone, first }: { onDone: () => void; first: boolean }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const frameworks = useIpkdFrameworks();
  const open = useOpenIpkdYear();
  const [year, setYear] = useState<number>(new Date().getFullYear());
  const [frameworkId, setFrameworkId] = useState<string | null>(null);
  const [capacity, setCapacity] = useState<string | null>(null);
  const ofYear = (frameworks.data ?? []).filter((f) => f.measurementYear === year);
  const fields = open.error instanceof ApiError ? open.error.fields : {};
  const chosen = ofYear.some((f) => f.id === frameworkId) ? frameworkId : (ofYear[0]?.id ?? null);
  return (
    <Card withBorder>
      <Stack>
        {first && <Alert color="blue">{t('ipkd.emptyAdmin')}</Alert>}
        <SimpleGrid cols={{ base: 1, sm: 3 }}>
          <NumberInput
            label={t('ipkd.measurementYear')}
            description={t('ipkd.budgetYearHint', { budgetYear: year - 1 })}
            value={year}
            min={2020}
            max={2100}
            onChange={(v) => setYear(Number(v) || year)}
            error={fields.measurementYear}
          />
          <Select
            label={t('ipkd.frameworkVersion')}
            data={ofYear.map((f) => ({ value: f.id, label: f.name }))}
            value={chosen}
            onChange={setFrameworkId}
            error={fields.frameworkId ?? (frameworks.data && ofYear.length === 0 ? t('ipkd.noFrameworkOfYear') : undefined)}
            allowDeselect={false}
          />
          <Select
            label={t('ipkd.fiscalCapacity')}
            data={FISCAL_CAPACITIES.map((c) => ({ value: c, label: t(`ipkd.capacity.${c}`) }))}
            value={capacity}
            onChange={setCapacity}
            clearable
            error={fields.fiscalCapacity}
          />
        </SimpleGrid>
        {open.error && !Object.keys(fields).length && <Alert color="red">{open.error.message}</Alert>}
        <Group justify="flex-end">
          {!first && (
            <Button variant="default" onClick={onDone}>
              {t('common.cancel')}
            </Button>
          )}
          <Button
            disabled={!chosen}
            loading={open.isPending}
            onClick={() =>
              chosen &&
              // Not mutate's own onSuccess: the years refetch it waits for can replace this first-year form by the
              // list before that callback runs, and an unmounted form's callback never runs (no navigation).
              open
                .mutateAsync({ measurementYear: year, frameworkId: chosen, fiscalCapacity: capacity })
                .then((y) => {
                  onDone();
                  void navigate({ to: '/ipkd/$year', params: { year: String(y.measurementYear) } });
                })
                .catch(() => undefined /* shown from open.error */)
            }
          >
            {t('ipkd.openYearSubmit')}
          </Button>
        </Group>
        <Text size="xs" c="dimmed">
          {t('ipkd.openYearHint')}
        </Text>
      </Stack>
    </Card>
  );
}
