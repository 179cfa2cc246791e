// The OPD's own innovations in the current period by where they stand (draft, waiting for the Kepala,
// approved), each count opening the Inovasi list filtered to exactly those; operators can register one here.
import { Card, Group, SimpleGrid, Title } from '@mantine/core';
import { IconCircleCheck, IconHourglass, IconPencil, IconPlus } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { ButtonLink } from '../../ui/links';
import { useCurrentPeriod, useTotal } from '../api/home';
import { CardLink, StatBody } from './StatLink';

const STATUSES = [
  { status: 'draft', icon: <IconPencil /> },
  { status: 'diajukan', icon: <IconHourglass /> },
  { status: 'disetujui', icon: <IconCircleCheck /> },
] as const;

function StatusStat({ status, icon }: (typeof STATUSES)[number]) {
  const { t } = useTranslation();
  const total = useTotal('innovations', '/api/innovations', { status });
  // These move with every submission and decision: a number from an earlier visit is not shown as current.
  const value = total.isRefetching ? undefined : total.data;
  return (
    <CardLink to="/innovations" search={{ status }} data-testid="home-stat" data-count={value}>
      <StatBody icon={icon} label={t(`home.own.${status}`)} value={value} />
    </CardLink>
  );
}

export function OpdInnovationsCard({ canCreate }: { canCreate: boolean }) {
  const { t } = useTranslation();
  const period = useCurrentPeriod();
  const open = period.data?.status === 'open';
  return (
    <Card withBorder data-testid="own-innovations">
      <Group justify="space-between" mb="sm">
        <Title order={3} fz="h4">
          {period.data ? t('home.own.titleYear', { year: period.data.year }) : t('home.own.title')}
        </Title>
        {canCreate && open && (
          <ButtonLink to="/innovations" search={{ create: true }} leftSection={<IconPlus size={16} />} size="sm">
            {t('innovations.create')}
          </ButtonLink>
        )}
      </Group>
      <SimpleGrid cols={{ base: 1, sm: 3 }}>
        {STATUSES.map((s) => (
          <StatusStat key={s.status} {...s} />
        ))}
      </SimpleGrid>
    </Card>
  );
}
