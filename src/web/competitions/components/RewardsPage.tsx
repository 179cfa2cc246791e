// Innovator rewards (SPD indicator 12): what a year's rewards support, the awards still waiting for the region's
// piagam or incentive, and every reward recorded. The region records; OPDs see their own.
import { ActionIcon, Alert, Badge, Button, Card, Group, Select, Stack, Table, Text, Title } from '@mantine/core';
import { modals } from '@mantine/modals';
import { IconPencil, IconTrash } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDate, formatNumber } from '../../lib/format';
import { showApiError } from '../../ui/forms';
import { AnchorLink } from '../../ui/links';
import { PageHeader } from '../../ui/PageHeader';
import { EmptyState, ErrorState, LoadingState } from '../../ui/states';
import { type Reward, type RewardCandidate, useRemoveReward, useRewards } from '../api/competitions';
import { RewardModal } from './RewardModal';

const thisYear = new Date().getFullYear();
const YEARS = Array.from({ length: 6 }, (_, k) => String(thisYear + 1 - k));

/** `opdBound`: an operator's or Kepala OPD's view (their own OPD's rewards, and who to ask about a missing one). */
export function RewardsPage({ canManage, opdBound }: { canManage: boolean; opdBound: boolean }) {
  const { t } = useTranslation();
  const [year, setYear] = useState(thisYear);
  const data = useRewards(year);
  const remove = useRemoveReward();
  const [open, setOpen] = useState<{ reward: Reward } | { candidate: RewardCandidate } | null>(null);
  const confirmRemove = (r: Reward) =>
    modals.openConfirmModal({
      title: t('competitions.rewards.removeTitle'),
      children: <Text size="sm">{t('competitions.rewards.removeText', { who: r.recipient, award: r.award })}</Text>,
      labels: { confirm: t('common.delete'), cancel: t('common.cancel') },
      confirmProps: { color: 'red' },
      onConfirm: () => remove.mutate(r.id, { onError: (e) => showApiError(null, e) }),
    });

  return (
    <Stack>
      <PageHeader title={t('competitions.rewards.title')} description={t('competitions.rewards.intro')} />
      <AnchorLink to="/kompetisi" size="sm">
        ← {t('competitions.title')}
      </AnchorLink>
      {data.isLoading && <LoadingState />}
      {data.error && <ErrorState error={data.error} onRetry={() => data.refetch()} />}
      {data.data && (
        <>
          <Card withBorder data-testid="spd12-support">
            <Group justify="space-between" align="flex-start">
              <div>
                <Title order={2} fz="h4">
                  {t('competitions.rewards.spd12Title')}
                </Title>
                <Text size="sm" c="dimmed">
                  {t('competitions.rewards.window', { from: data.data.spd12.from, until: data.data.spd12.until })}
                </Text>
              </div>
              <Select
                label={t('competitions.rewards.periodYear')}
                w={140}
                allowDeselect={false}
                data={YEARS}
                value={String(year)}
                onChange={(v) => v && setYear(Number(v))}
              />
            </Group>
            <Group mt="sm" gap="xs">
              <Badge size="lg" variant="light" color={data.data.spd12.option ? 'green' : 'gray'} data-testid="spd12-option">
                {data.data.spd12.option ? t('competitions.rewards.supports', { option: data.data.spd12.option }) : t('competitions.rewards.supportsNone')}
              </Badge>
              <Text size="sm">{t('competitions.rewards.counts', { certificates: data.data.spd12.certificates, incentives: data.data.spd12.incentives })}</Text>
            </Group>
            <Text size="xs" c="dimmed" mt="xs">
              {canManage ? t('competitions.rewards.option3') : t('competitions.rewards.option3Reader')}
            </Text>
          </Card>

          <Card withBorder>
            <Title order={2} fz="h4" mb="xs">
              {t('competitions.rewards.waiting')}
            </Title>
            {!data.data.candidates.length ? (
              <Text size="sm" c="dimmed">
                {t('competitions.rewards.waitingEmpty')}
              </Text>
            ) : (
              <Stack gap="xs">
                {data.data.candidates.map((c) => (
                  <Group
                    key={`${c.competitionId ?? c.nationalResultId}-${c.innovationId}`}
                    justify="space-between"
                    wrap="nowrap"
                    data-testid="reward-candidate"
                  >
                    <div style={{ minWidth: 0 }}>
                      <Text size="sm" fw={600}>
                        {c.award}
                      </Text>
                      <Text size="xs" c="dimmed">
                        {c.innovationName} · {c.opdName} · {t(`competitions.rewards.source.${c.source}`)}
                      </Text>
                    </div>
                    {canManage && (
                      <Button size="xs" variant="light" style={{ flexShrink: 0 }} onClick={() => setOpen({ candidate: c })}>
                        {t('competitions.rewards.record')}
                      </Button>
                    )}
                  </Group>
                ))}
              </Stack>
            )}
          </Card>

          <Card withBorder>
            <Title order={2} fz="h4" mb="xs">
              {t('competitions.rewards.recorded')}
            </Title>
            {!data.data.rewards.length ? (
              <EmptyState message={t('competitions.rewards.empty')} />
            ) : (
              <Table.ScrollContainer minWidth={320}>
                <Table striped verticalSpacing="xs" aria-label={t('competitions.rewards.recorded')}>
                  <Table.Thead>
                    <Table.Tr>
                      <Table.Th>{t('competitions.rewards.recipient')}</Table.Th>
                      <Table.Th>{t('competitions.rewards.award')}</Table.Th>
                      <Table.Th visibleFrom="sm">{t('competitions.rewards.given')}</Table.Th>
                      <Table.Th visibleFrom="sm">{t('competitions.rewards.incentive')}</Table.Th>
                      {canManage && <Table.Th />}
                    </Table.Tr>
                  </Table.Thead>
                  <Table.Tbody>
                    {data.data.rewards.map((r) => (
                      <Table.Tr key={r.id} data-testid="reward-row">
                        <Table.Td>
                          <Text size="sm" fw={600}>
                            {r.recipient}
                          </Text>
                          <Text size="xs" c="dimmed">
                            {r.innovationName} · {r.opdName}
                          </Text>
                        </Table.Td>
                        <Table.Td>
                          <Text size="sm">{r.award}</Text>
                          <Text size="xs" c="dimmed">
                            {r.year}
                            {r.decree && ` · ${r.decree}`}
                          </Text>
                          {/* On a phone the two columns after this one are hidden; what they say is here, in one line. */}
                          <Text size="xs" hiddenFrom="sm">
                            {r.givenOn ? formatDate(r.givenOn) : t('competitions.rewards.notGiven')}
                            {(r.incentive || r.incentiveAmount) &&
                              ` · ${[r.incentive, r.incentiveAmount ? `Rp ${formatNumber(r.incentiveAmount)}` : null].filter(Boolean).join(', ')}`}
                          </Text>
                        </Table.Td>
                        <Table.Td visibleFrom="sm">
                          {r.givenOn ? (
                            <Text size="sm">{formatDate(r.givenOn)}</Text>
                          ) : (
                            <Badge color="orange" variant="light">
                              {t('competitions.rewards.notGiven')}
                            </Badge>
                          )}
                          <Text size="xs" c="dimmed">
                            {r.certificate ? t('competitions.rewards.withCertificate') : t('competitions.rewards.noCertificate')}
                          </Text>
                        </Table.Td>
                        <Table.Td visibleFrom="sm">
                          <Text size="sm">{r.incentive ?? (r.incentiveAmount ? '' : '—')}</Text>
                          {r.incentiveAmount !== null && r.incentiveAmount > 0 && (
                            <Text size="xs" c="dimmed">
                              Rp {formatNumber(r.incentiveAmount)}
                            </Text>
                          )}
                        </Table.Td>
                        {canManage && (
                          <Table.Td>
                            <Group gap={4} wrap="nowrap" justify="flex-end">
                              <ActionIcon variant="subtle" aria-label={t('common.edit')} onClick={() => setOpen({ reward: r })}>
                                <IconPencil size={16} />
                              </ActionIcon>
                              <ActionIcon variant="subtle" color="red" aria-label={t('common.delete')} onClick={() => confirmRemove(r)}>
                                <IconTrash size={16} />
                              </ActionIcon>
                            </Group>
                          </Table.Td>
                        )}
                      </Table.Tr>
                    ))}
                  </Table.Tbody>
                </Table>
              </Table.ScrollContainer>
            )}
          </Card>
          {opdBound && (
            <Alert variant="light" color="blue">
              {t('competitions.rewards.opdNote')}
            </Alert>
          )}
        </>
      )}
      {open && <RewardModal target={open} onClose={() => setOpen(null)} />}
    </Stack>
  );
}
