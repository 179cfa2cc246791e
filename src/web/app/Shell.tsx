// The signed-in frame: header with region, language and user menu; navigation by permission; a burger on phones.
// Loaded after sign-in (app/router.tsx), with every Mantine component's styles (signed-out.css has the few
// the sign-in page needs) and the app's own.
import '@mantine/core/styles.css';
import './global.css';
import { AppShell, Avatar, Badge, Burger, Group, Menu, NavLink, ScrollArea, SegmentedControl, Text, UnstyledButton } from '@mantine/core';
import { useDisclosure, useHotkeys } from '@mantine/hooks';
import {
  IconApi,
  IconBuildingCommunity,
  IconBulb,
  IconCalendar,
  IconChartBar,
  IconChecklist,
  IconCopy,
  IconFileImport,
  IconGauge,
  IconHeartHandshake,
  IconHistory,
  IconHome,
  IconKey,
  IconListCheck,
  IconLogout,
  IconMap2,
  IconMapPin,
  IconMessageStar,
  IconReportMoney,
  IconScale,
  IconTrashX,
  IconTrophy,
  IconUserCircle,
  IconUsers,
  IconWorld,
} from '@tabler/icons-react';
import { Link, useNavigate, useRouterState } from '@tanstack/react-router';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Permission } from '../../domain/roles';
import { type Me, useLogout, useSwitchLanguage } from '../auth/api/auth';
import { usePendingFeedbackCount } from '../feedback/api/feedback';
import { formatNumber } from '../lib/format';
import { NotificationsBell } from '../reminders/components/NotificationsBell';
import { useFocusClearOfHeader } from './useFocusClearOfHeader';

interface NavItem {
  to: string;
  label: string;
  icon: ReactNode;
  show: (me: Me) => boolean;
  /** Work waiting there (a count), shown beside the label when there is any. */
  badge?: { count: number; label: string };
}

const has = (me: Me, p: Permission) => me.permissions.includes(p);

export function Shell({ me, children }: { me: Me; children: ReactNode }) {
  useFocusClearOfHeader();
  const { t, i18n } = useTranslation();
  const [opened, { toggle, close }] = useDisclosure();
  // The phone menu closes with Escape, as a menu does (inputs too: the menu has none).
  useHotkeys([['Escape', () => opened && close()]], []);
  const logout = useLogout();
  const navigate = useNavigate();
  const language = useSwitchLanguage();
  const path = useRouterState({ select: (s) => s.location.pathname });
  const moderates = Boolean(me.region) && has(me, 'feedback:moderate');
  const pendingFeedback = usePendingFeedbackCount(moderates).data?.pending ?? 0;

  const items: NavItem[] = [
    { to: '/', label: t('nav.home'), icon: <IconHome size={18} />, show: () => true },
    { to: '/dasbor', label: t('nav.dashboard'), icon: <IconChartBar size={18} />, show: (m) => Boolean(m.region) && has(m, 'period:read') },
    { to: '/regions', label: t('nav.regions'), icon: <IconMap2 size={18} />, show: (m) => has(m, 'region:list_all') },
    { to: '/region', label: t('nav.region'), icon: <IconMapPin size={18} />, show: (m) => Boolean(m.region) && has(m, 'region:read') },
    { to: '/opds', label: t('nav.opds'), icon: <IconBuildingCommunity size={18} />, show: (m) => Boolean(m.region) && has(m, 'opd:read') },
    { to: '/users', label: t('nav.users'), icon: <IconUsers size={18} />, show: (m) => has(m, 'user:read') },
    { to: '/innovations', label: t('nav.innovations'), icon: <IconBulb size={18} />, show: (m) => Boolean(m.region) && has(m, 'innovation:read') },
    {
      to: '/verifikasi',
      label: t('nav.verification'),
      icon: <IconChecklist size={18} />,
      show: (m) => Boolean(m.region) && (has(m, 'evidence:review') || has(m, 'innovation:send')),
    },
    { to: '/kompetisi', label: t('nav.competitions'), icon: <IconTrophy size={18} />, show: (m) => Boolean(m.region) && has(m, 'competition:read') },
    {
      to: '/replikasi',
      label: t('replications.nav.replications'),
      icon: <IconCopy size={18} />,
      show: (m) => Boolean(m.region) && has(m, 'replication:request'),
    },
    {
      to: '/kerja-sama',
      label: t('replications.nav.cooperation'),
      icon: <IconHeartHandshake size={18} />,
      show: (m) => Boolean(m.region) && has(m, 'innovation:read'),
    },
    { to: '/penjurian', label: t('nav.judging'), icon: <IconScale size={18} />, show: (m) => has(m, 'competition:judge') },
    {
      to: '/umpan-balik',
      label: t('feedback.nav'),
      icon: <IconMessageStar size={18} />,
      show: (m) => Boolean(m.region) && has(m, 'innovation:read') && m.user.role !== 'verifikator',
      badge: moderates ? { count: pendingFeedback, label: t('feedback.navPending', { count: pendingFeedback }) } : undefined,
    },
    { to: '/impor-inovasi', label: t('imports.nav'), icon: <IconFileImport size={18} />, show: (m) => Boolean(m.region) && has(m, 'import:run') },
    { to: '/periods', label: t('nav.periods'), icon: <IconCalendar size={18} />, show: (m) => Boolean(m.region) && has(m, 'period:read') },
    { to: '/ipkd', label: t('nav.ipkd'), icon: <IconReportMoney size={18} />, show: (m) => Boolean(m.region) && has(m, 'ipkd:read') },
    { to: '/simulasi', label: t('nav.simulation'), icon: <IconGauge size={18} />, show: (m) => has(m, 'simulation:use') },
    // The super admin has no region but may read the built-in versions (and every region's corrections).
    { to: '/frameworks', label: t('nav.frameworks'), icon: <IconListCheck size={18} />, show: (m) => has(m, 'framework:read') },
    { to: '/bukti-terhapus', label: t('nav.deletedEvidence'), icon: <IconTrashX size={18} />, show: (m) => Boolean(m.region) && has(m, 'evidence:restore') },
    { to: '/token-api', label: t('openData.nav'), icon: <IconKey size={18} />, show: (m) => Boolean(m.region) && has(m, 'token:manage') },
    { to: '/audit', label: t('nav.audit'), icon: <IconHistory size={18} />, show: (m) => has(m, 'audit:read') },
    { to: '/account', label: t('nav.account'), icon: <IconUserCircle size={18} />, show: () => true },
  ];

  return (
    <AppShell header={{ height: 56 }} navbar={{ width: 240, breakpoint: 'sm', collapsed: { mobile: !opened } }} padding="md">
      <a href="#main" className="skip-link">
        {t('app.skip')}
      </a>
      <AppShell.Header>
        <Group h="100%" px="md" justify="space-between" wrap="nowrap">
          <Group gap="sm" wrap="nowrap" style={{ minWidth: 0 }}>
            <Burger opened={opened} onClick={toggle} hiddenFrom="sm" size="sm" aria-label={t('nav.menu')} aria-expanded={opened} />
            <Text fw={800} c="blue.7" fz="lg">
              {t('app.name')}
            </Text>
            {me.region && (
              <Text size="sm" c="dimmed" truncate visibleFrom="xs">
                {me.region.name}
              </Text>
            )}
          </Group>
          <Group gap="xs" wrap="nowrap">
            <SegmentedControl
              size="xs"
              value={i18n.language === 'en' ? 'en' : 'id'}
              onChange={(l) => language.switchTo(l)}
              data={[
                { value: 'id', label: 'ID' },
                { value: 'en', label: 'EN' },
              ]}
              aria-label={t('nav.language')}
            />
            <NotificationsBell />
            <Menu position="bottom-end" withinPortal>
              <Menu.Target>
                <UnstyledButton aria-label={t('nav.account')} data-testid="user-menu">
                  <Group gap={6} wrap="nowrap">
                    <Avatar size="sm" color="blue" radius="xl">
                      {me.user.fullName.slice(0, 1).toUpperCase()}
                    </Avatar>
                    {/* Wide screens have room for a full name with its titles; the menu's label repeats it. */}
                    <Text size="sm" visibleFrom="md" truncate maw={{ base: 160, lg: 300 }} title={me.user.fullName}>
                      {me.user.fullName}
                    </Text>
                  </Group>
                </UnstyledButton>
              </Menu.Target>
              <Menu.Dropdown>
                <Menu.Label>
                  {me.user.fullName}
                  <br />
                  {me.user.username} · {t(`role.${me.user.role}`)}
                </Menu.Label>
                <Menu.Item component={Link} to="/account" leftSection={<IconUserCircle size={16} />}>
                  {t('nav.account')}
                </Menu.Item>
                <Menu.Item component="a" href="/api/docs" target="_blank" leftSection={<IconApi size={16} />}>
                  {t('nav.apiDocs')}
                </Menu.Item>
                <Menu.Item component="a" href="/katalog" target="_blank" leftSection={<IconWorld size={16} />}>
                  {t('nav.publicCatalogue')}
                </Menu.Item>
                <Menu.Divider />
                <Menu.Item
                  color="red"
                  leftSection={<IconLogout size={16} />}
                  onClick={() => logout.mutate(undefined, { onSettled: () => navigate({ to: '/login' }) })}
                >
                  {t('nav.logout')}
                </Menu.Item>
              </Menu.Dropdown>
            </Menu>
          </Group>
        </Group>
      </AppShell.Header>
      <AppShell.Navbar p="xs" aria-label={t('nav.menu')}>
        <ScrollArea>
          {items
            .filter((i) => i.show(me))
            .map((i) => (
              <NavLink
                key={i.to}
                component={Link}
                to={i.to}
                label={i.label}
                leftSection={i.icon}
                rightSection={
                  i.badge && i.badge.count > 0 ? (
                    <Badge size="sm" circle={i.badge.count < 10} color="red" aria-label={i.badge.label} title={i.badge.label} data-testid="nav-badge">
                      {formatNumber(i.badge.count)}
                    </Badge>
                  ) : undefined
                }
                active={i.to === '/' ? path === '/' : path.startsWith(i.to)}
                onClick={close}
              />
            ))}
        </ScrollArea>
      </AppShell.Navbar>
      <AppShell.Main id="main">{children}</AppShell.Main>
    </AppShell>
  );
}
