import { Card, Group, List, SimpleGrid, Stack, Text, ThemeIcon, Title } from '@mantine/core';
import { IconBuildingCommunity, IconMap2, IconUsers } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Role } from '../../../domain/roles';
import { get } from '../../lib/api';
import { formatNumber } from '../../lib/format';
import { PageHeader } from '../../ui/PageHeader';
import { RegionScoreCard } from './RegionScoreCard';

interface Props {
  fullName: string;
  role: Role;
  regionId: string | null;
  regionName: string | null;
  opdName: string | null;
}

function Stat({ icon, label, value }: { icon: ReactNode; label: string; value: number | undefined }) {
  return (
    <Card withBorder>
      <Group>
        <ThemeIcon size={42} radius="md" variant="light">
          {icon}
        </ThemeIcon>
        <Stack gap={0}>
          <Text size="xs" c="dimmed" tt="uppercase" fw={600}>
            {label}
          </Text>
          <Text fz={26} fw={700}>
            {value === undefined ? '…' : formatNumber(value)}
          </Text>
        </Stack>
      </Group>
    </Card>
  );
}

export function HomePage({ fullName, role, regionId, regionName, opdName }: Props) {
  const { t } = useTranslation();
  const region = useQuery({
    queryKey: ['region', regionId],
    queryFn: () => get<{ opdCount: number; userCount: number }>(`/api/regions/${regionId}`),
    enabled: Boolean(regionId) && role !== 'juri',
  });
  const regions = useQuery({
    queryKey: ['regions', 'count'],
    queryFn: () => get<{ total: number }>('/api/regions', { pageSize: 1 }),
    enabled: role === 'super_admin',
  });
  const isAdmin = role === 'admin_daerah';

  return (
    <Stack>
      <PageHeader title={t('home.welcome', { name: fullName })} description={[regionName, opdName].filter(Boolean).join(' · ') || undefined} />
      <Text>{t('home.intro')}</Text>
      {regionId && ['admin_daerah', 'verifikator', 'pimpinan'].includes(role) && <RegionScoreCard />}
      <SimpleGrid cols={{ base: 1, sm: 3 }}>
        {role === 'super_admin' && <Stat icon={<IconMap2 />} label={t('home.regions')} value={regions.data?.total} />}
        {regionId && role !== 'juri' && <Stat icon={<IconBuildingCommunity />} label={t('home.opds')} value={region.data?.opdCount} />}
        {(isAdmin || role === 'super_admin') && regionId && <Stat icon={<IconUsers />} label={t('home.users')} value={region.data?.userCount} />}
      </SimpleGrid>
      {(isAdmin || role === 'super_admin') && (
        <Card withBorder>
          <Title order={3} fz="h4" mb="sm">
            {t('home.nextSteps')}
          </Title>
          <List spacing="xs">
            {role === 'super_admin' && <List.Item>{t('home.stepRegions')}</List.Item>}
            {isAdmin && <List.Item>{t('home.stepRegion')}</List.Item>}
            {isAdmin && <List.Item>{t('home.stepOpds')}</List.Item>}
            {isAdmin && <List.Item>{t('home.stepUsers')}</List.Item>}
          </List>
        </Card>
      )}
      <Card withBorder bg="blue.0">
        <Text size="sm">
          {role === 'pimpinan' || role === 'verifikator'
            ? t('home.readOnly')
            : role === 'juri'
              ? t('home.guideJuri')
              : role === 'operator_opd' || role === 'kepala_opd'
                ? t('home.guideOpd')
                : t('home.guideAdmin')}
        </Text>
      </Card>
    </Stack>
  );
}
