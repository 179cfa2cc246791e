// The first page after sign-in, per role: what this person has to do now, and counts that open the lists
// they count. Only pages the role may open are linked or suggested.
import { Card, List, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { IconBuildingCommunity, IconBulb, IconMap2, IconUserShield, IconUsers } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Role } from '../../../domain/roles';
import { PageHeader } from '../../ui/PageHeader';
import { useCurrentPeriod, useTotal } from '../api/home';
import { AdminWorkCard } from './AdminWorkCard';
import { ApprovalInboxCard } from './ApprovalInboxCard';
import { CompetitionsCard } from './CompetitionsCard';
import { JudgingCard } from './JudgingCard';
import { OpdInnovationsCard } from './OpdInnovationsCard';
import { RegionScoreCard } from './RegionScoreCard';
import { ReturnedCard } from './ReturnedCard';
import { CardLink, StatBody } from './StatLink';
import { VerifierQueueCard } from './VerifierQueueCard';

interface Props {
  userId: string;
  fullName: string;
  role: Role;
  regionId: string | null;
  regionName: string | null;
  opdName: string | null;
}

/** Region roles see the region's OPDs; OPD roles only their own, so the region's count means nothing to them. */
const REGION_VIEWERS: Role[] = ['admin_daerah', 'verifikator', 'pimpinan'];

function Stats({ children }: { children: ReactNode }) {
  return <SimpleGrid cols={{ base: 1, sm: 3 }}>{children}</SimpleGrid>;
}

export function HomePage({ userId, fullName, role, regionId, regionName, opdName }: Props) {
  const { t } = useTranslation();
  const inRegion = Boolean(regionId) && REGION_VIEWERS.includes(role);
  const isSuper = role === 'super_admin';
  const isAdmin = role === 'admin_daerah';
  const regions = useTotal('regions', '/api/regions', {}, isSuper);
  const admins = useTotal('users', '/api/users', { role: 'admin_daerah', active: 'all' }, isSuper);
  const opds = useTotal('opds', '/api/opds', { active: 'all' }, inRegion);
  const users = useTotal('users', '/api/users', { active: 'all' }, isAdmin || isSuper);
  const innovations = useTotal('innovations', '/api/innovations', {}, inRegion);
  // Set-up steps are for a region's first days; once a period is open the admin's work card says what to do.
  const period = useCurrentPeriod(isAdmin);
  const settingUp = isSuper || (isAdmin && period.isSuccess && period.data?.status !== 'open');

  const guide = {
    super_admin: t('home.guideSuper'),
    admin_daerah: t('home.guideAdmin'),
    verifikator: t('home.guideVerifier'),
    kepala_opd: t('home.guideHead'),
    operator_opd: t('home.guideOpd'),
    pimpinan: t('home.readOnly'),
    juri: t('home.guideJuri'),
  }[role];

  return (
    <Stack>
      <PageHeader title={t('home.welcome', { name: fullName })} description={[regionName, opdName].filter(Boolean).join(' · ') || undefined} />
      <Text>{t('home.intro')}</Text>
      {role === 'operator_opd' && <OpdInnovationsCard canCreate />}
      {role === 'kepala_opd' && <ApprovalInboxCard />}
      {(role === 'kepala_opd' || role === 'operator_opd') && <ReturnedCard />}
      {role === 'kepala_opd' && <OpdInnovationsCard canCreate={false} />}
      {role === 'verifikator' && <VerifierQueueCard userId={userId} />}
      {role === 'juri' && <JudgingCard />}
      {role === 'pimpinan' && inRegion && <CompetitionsCard />}
      {isAdmin && inRegion && <AdminWorkCard />}
      {inRegion && <RegionScoreCard />}
      {(isSuper || inRegion) && (
        <Stats>
          {isSuper && (
            <CardLink to="/regions" data-testid="home-stat" data-count={regions.data}>
              <StatBody icon={<IconMap2 />} label={t('home.regions')} value={regions.data} />
            </CardLink>
          )}
          {isSuper && (
            <CardLink to="/users" search={{ role: 'admin_daerah' }} data-testid="home-stat" data-count={admins.data}>
              <StatBody icon={<IconUserShield />} label={t('home.admins')} value={admins.data} />
            </CardLink>
          )}
          {inRegion && (
            <CardLink to="/opds" data-testid="home-stat" data-count={opds.data}>
              <StatBody icon={<IconBuildingCommunity />} label={t('home.opds')} value={opds.data} />
            </CardLink>
          )}
          {inRegion && (
            <CardLink to="/innovations" data-testid="home-stat" data-count={innovations.data}>
              <StatBody icon={<IconBulb />} label={t('home.innovations')} value={innovations.data} />
            </CardLink>
          )}
          {(isAdmin || isSuper) && (
            <CardLink to="/users" data-testid="home-stat" data-count={users.data}>
              <StatBody icon={<IconUsers />} label={t('home.users')} value={users.data} />
            </CardLink>
          )}
        </Stats>
      )}
      {settingUp && (
        <Card withBorder>
          <Title order={3} fz="h4" mb="sm">
            {t('home.nextSteps')}
          </Title>
          <List spacing="xs">
            {isSuper && <List.Item>{t('home.stepRegions')}</List.Item>}
            {isAdmin && <List.Item>{t('home.stepRegion')}</List.Item>}
            {isAdmin && <List.Item>{t('home.stepOpds')}</List.Item>}
            {isAdmin && <List.Item>{t('home.stepUsers')}</List.Item>}
            {isAdmin && <List.Item>{t('home.stepPeriod')}</List.Item>}
          </List>
        </Card>
      )}
      <Card withBorder bg="blue.0">
        <Text size="sm">{guide}</Text>
      </Card>
    </Stack>
  );
}
