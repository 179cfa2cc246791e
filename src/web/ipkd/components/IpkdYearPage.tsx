// One measurement year: the six dimensions with their claimed and verified index, the IPKD and its predicate,
// what to improve first, every indicator with its value, documents and review, and the official result.
import { Alert, Badge, Button, Card, Group, List, NumberInput, Select, SimpleGrid, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FISCAL_CAPACITIES, type IpkdIndicator } from '../../../domain/ipkd/framework';
import { type Locale, translate } from '../../../domain/messages';
import i18n from '../../i18n';
import { ApiError } from '../../lib/api';
import { notifySaved } from '../../ui/forms';
import { AnchorLink } from '../../ui/links';
import { PageHeader, SectionTitle } from '../../ui/PageHeader';
import { ErrorState, LoadingState } from '../../ui/states';
import { type IpkdYear, useIpkdYear, usePatchIpkdYear, useSubmitAllIpkd } from '../api/ipkd';
import { IndicatorCard } from './IndicatorCard';
import { formatIpkd, nameOf, predicateColor } from './labels';

export function IpkdYearPage({ year, canWrite, canReview }: { year: number; canWrite: boolean; canReview: boolean }) {
  const { t } = useTranslation();
  const detail = useIpkdYear(year);
  if (detail.isLoading) return <LoadingState />;
  if (detail.error || !detail.data) return <ErrorState error={detail.error} onRetry={() => detail.refetch()} />;
  const y = detail.data;
  const f = y.framework;
  const defaults = f.bands.defaultBands || f.dimensions.some((d) => d.defaultWeight);
  const indicators = new Map<string, IpkdIndicator>(f.dimensions.flatMap((d) => d.indicators.map((i) => [i.id, i] as const)));
  return (
    <Stack>
      <AnchorLink to="/ipkd" size="sm">
        {t('ipkd.back')}
      </AnchorLink>
      <PageHeader
        title={t('ipkd.yearTitle', { year: y.measurementYear, budgetYear: y.budgetYear })}
        description={`${y.frameworkName}${y.fiscalCapacity ? ` · ${t('ipkd.fiscalCapacity')}: ${t(`ipkd.capacity.${y.fiscalCapacity}`)}` : ''}`}
      />
      {defaults && (
        <Alert color="yellow" title={t('ipkd.defaultsTitle')}>
          {t(canWrite ? 'ipkd.defaultsAdmin' : 'ipkd.defaultsViewer')}
        </Alert>
      )}
      <SimpleGrid cols={{ base: 1, sm: 3 }}>
        <Score label={t('ipkd.claimed')} ipkd={y.claimed.ipkd} predicate={y.claimed.predicate} testId="ipkd-claimed" />
        <Score label={t('ipkd.verified')} ipkd={y.verified.ipkd} predicate={y.verified.predicate} testId="ipkd-verified" />
        <Card withBorder>
          <Text size="sm" c="dimmed">
            {t('ipkd.progress')}
          </Text>
          <Text fw={600}>{t('ipkd.progressOf', { answered: y.answered, accepted: y.accepted, total: y.total })}</Text>
          {y.waiting > 0 && <Text size="sm">{t('ipkd.waitingCount', { count: y.waiting })}</Text>}
          <Text size="xs" c="dimmed">
            {t('ipkd.bands', { a: formatIpkd(f.bands.A), b: formatIpkd(f.bands.B) })}
          </Text>
        </Card>
      </SimpleGrid>

      <Card withBorder>
        <SectionTitle title={t('ipkd.dimensions')} hint={t('ipkd.dimensionsHint')} />
        <Table.ScrollContainer minWidth={480}>
          <Table>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('ipkd.dimension')}</Table.Th>
                <Table.Th ta="right">{t('ipkd.weight')}</Table.Th>
                <Table.Th ta="right">{t('ipkd.claimedIndex')}</Table.Th>
                <Table.Th ta="right">{t('ipkd.verifiedIndex')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {f.dimensions.map((d) => {
                const c = y.claimedResult.dimensions.find((x) => x.id === d.id);
                const v = y.verifiedResult.dimensions.find((x) => x.id === d.id);
                return (
                  <Table.Tr key={d.id}>
                    <Table.Td>
                      <Text size="sm">{nameOf(d)}</Text>
                      <Text size="xs" c="dimmed">
                        {t('ipkd.answeredOf', { answered: c?.answered ?? 0, total: c?.total ?? d.indicators.length })}
                      </Text>
                    </Table.Td>
                    <Table.Td ta="right">
                      {formatIpkd(d.weight)} %{' '}
                      {d.defaultWeight && (
                        <Badge size="xs" color="yellow" variant="light">
                          {t('ipkd.defaultBadge')}
                        </Badge>
                      )}
                    </Table.Td>
                    <Table.Td ta="right">{formatIpkd(c?.index ?? 0)}</Table.Td>
                    <Table.Td ta="right">{formatIpkd(v?.index ?? 0)}</Table.Td>
                  </Table.Tr>
                );
              })}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      </Card>

      <Card withBorder>
        <SectionTitle
          title={t('ipkd.improveFirst')}
          hint={y.next ? t('ipkd.nextPredicate', { points: formatIpkd(y.next.points), predicate: y.next.predicate }) : t('ipkd.topPredicate')}
        />
        {y.actions.length === 0 ? (
          <Text size="sm" c="dimmed">
            {t('ipkd.nothingToImprove')}
          </Text>
        ) : (
          <List size="sm" spacing={4}>
            {y.actions.slice(0, 5).map((a) => {
              const i = indicators.get(a.indicatorId);
              return (
                <List.Item key={a.indicatorId}>
                  <a href={`#ipkd-${a.indicatorId}`}>{i ? nameOf(i) : a.indicatorId}</a> — {t(a.kind === 'missing' ? 'ipkd.actionMissing' : 'ipkd.actionShort')}{' '}
                  <b>{t('ipkd.gain', { points: formatIpkd(a.gain) })}</b>
                  {a.reaches && (
                    <Badge ml="xs" size="sm" color={predicateColor(a.reaches)}>
                      {t('ipkd.reaches', { predicate: a.reaches })}
                    </Badge>
                  )}
                </List.Item>
              );
            })}
          </List>
        )}
      </Card>

      {canWrite && <SubmitAll year={y} indicators={indicators} />}

      {f.dimensions.map((d) => (
        <Stack key={d.id} gap="xs">
          <Title order={3} fz="h4">
            {nameOf(d)}
          </Title>
          {d.indicators.map((i) => (
            <div key={i.id} id={`ipkd-${i.id}`}>
              <IndicatorCard year={y} indicator={i} value={y.values.find((v) => v.indicatorId === i.id)} canWrite={canWrite} canReview={canReview} />
            </div>
          ))}
        </Stack>
      ))}

      <OfficialResult year={y} canWrite={canWrite} />
    </Stack>
  );
}

function Score({ label, ipkd, predicate, testId }: { label: string; ipkd: number; predicate: string; testId: string }) {
  return (
    <Card withBorder data-testid={testId}>
      <Text size="sm" c="dimmed">
        {label}
      </Text>
      <Group gap="xs" align="baseline">
        <Text fz={28} fw={700}>
          {formatIpkd(ipkd)}
        </Text>
        <Badge size="lg" color={predicateColor(predicate)}>
          {predicate}
        </Badge>
      </Group>
    </Card>
  );
}

function SubmitAll({ year, indicators }: { year: IpkdYear; indicators: Map<string, IpkdIndicator> }) {
  const { t } = useTranslation();
  const submit = useSubmitAllIpkd(year.measurementYear);
  const locale: Locale = i18n.language === 'en' ? 'en' : 'id';
  return (
    <Card withBorder>
      <Group justify="space-between">
        <Text size="sm">{t('ipkd.submitAllHint')}</Text>
        <Button onClick={() => submit.mutate()} loading={submit.isPending}>
          {t('ipkd.submitAll')}
        </Button>
      </Group>
      {submit.data && (
        <Alert mt="sm" color={submit.data.sent ? 'green' : 'yellow'} title={t('ipkd.sentCount', { count: submit.data.sent })}>
          {submit.data.notReady.length > 0 && (
            <>
              <Text size="sm">{t('ipkd.notReady')}</Text>
              <List size="sm">
                {submit.data.notReady.map((n) => {
                  const i = indicators.get(n.indicatorId);
                  return (
                    <List.Item key={n.indicatorId}>
                      {i ? nameOf(i) : n.indicatorId}: {translate(n.code, locale)}
                    </List.Item>
                  );
                })}
              </List>
            </>
          )}
        </Alert>
      )}
      {submit.error && (
        <Alert mt="sm" color="red">
          {submit.error.message}
        </Alert>
      )}
    </Card>
  );
}

function OfficialResult({ year, canWrite }: { year: IpkdYear; canWrite: boolean }) {
  const { t } = useTranslation();
  const save = usePatchIpkdYear(year.measurementYear);
  const from = () => ({
    ipkd: year.official ? String(year.official.ipkd).replace('.', ',') : '',
    predicate: year.official?.predicate ?? null,
    rank: year.official?.rank ?? ('' as number | ''),
    source: year.official?.source ?? '',
    capacity: year.fiscalCapacity as string | null,
  });
  const [form, setForm] = useState(from);
  useEffect(() => setForm(from()), [year.version]);
  const [localError, setLocalError] = useState<string | undefined>();
  const fields = save.error instanceof ApiError ? save.error.fields : {};

  if (!canWrite) {
    return (
      <Card withBorder>
        <SectionTitle title={t('ipkd.officialTitle')} hint={t('ipkd.officialHint')} />
        {year.official ? (
          <Stack gap={2}>
            <Group gap="xs">
              <Text fw={700}>{formatIpkd(year.official.ipkd, 4)}</Text>
              {year.official.predicate && <Badge color={predicateColor(year.official.predicate)}>{year.official.predicate}</Badge>}
              {year.official.rank && <Text size="sm">{t('ipkd.rankOf', { rank: year.official.rank })}</Text>}
            </Group>
            <Text size="sm" c="dimmed">
              {t('ipkd.source')}: {year.official.source}
            </Text>
          </Stack>
        ) : (
          <Text size="sm" c="dimmed">
            {t('ipkd.noOfficial')}
          </Text>
        )}
      </Card>
    );
  }

  const onSave = () => {
    setLocalError(undefined);
    const raw = form.ipkd.trim().replace(',', '.');
    const ipkd = raw ? Number(raw) : null;
    if (ipkd !== null && !Number.isFinite(ipkd)) return setLocalError(translate('ipkd_value_number', i18n.language === 'en' ? 'en' : 'id'));
    save.mutate(
      {
        version: year.version,
        officialIpkd: ipkd,
        officialPredicate: form.predicate as 'A' | 'B' | 'C' | null,
        officialRank: form.rank === '' ? null : Number(form.rank),
        officialSource: form.source.trim() || null,
        fiscalCapacity: form.capacity,
      },
      { onSuccess: () => notifySaved(t('ipkd.officialSaved')) },
    );
  };

  return (
    <Card withBorder>
      <SectionTitle title={t('ipkd.officialTitle')} hint={t('ipkd.officialHint')} />
      <SimpleGrid cols={{ base: 1, sm: 2, md: 3 }}>
        <TextInput
          label={t('ipkd.officialIpkd')}
          inputMode="decimal"
          placeholder="79,5230"
          value={form.ipkd}
          onChange={(e) => setForm({ ...form, ipkd: e.currentTarget.value })}
          error={localError ?? fields.officialIpkd}
        />
        <Select
          label={t('ipkd.officialPredicate')}
          data={['A', 'B', 'C']}
          value={form.predicate}
          onChange={(v) => setForm({ ...form, predicate: v as 'A' | 'B' | 'C' | null })}
          clearable
          error={fields.officialPredicate}
        />
        <NumberInput
          label={t('ipkd.officialRank')}
          min={1}
          max={1000}
          value={form.rank}
          onChange={(v) => setForm({ ...form, rank: v === '' ? '' : Number(v) })}
          error={fields.officialRank}
        />
        <TextInput
          label={t('ipkd.source')}
          placeholder={t('ipkd.sourcePlaceholder')}
          value={form.source}
          onChange={(e) => setForm({ ...form, source: e.currentTarget.value })}
          error={fields.officialSource}
        />
        <Select
          label={t('ipkd.fiscalCapacity')}
          data={FISCAL_CAPACITIES.map((c) => ({ value: c, label: t(`ipkd.capacity.${c}`) }))}
          value={form.capacity}
          onChange={(v) => setForm({ ...form, capacity: v })}
          clearable
          error={fields.fiscalCapacity}
        />
      </SimpleGrid>
      {save.error && !Object.keys(fields).length && (
        <Alert mt="sm" color="red">
          {save.error.message}
        </Alert>
      )}
      <Group justify="flex-end" mt="sm">
        <Button onClick={onSave} loading={save.isPending}>
          {t('ipkd.saveOfficial')}
        </Button>
      </Group>
    </Card>
  );
}
