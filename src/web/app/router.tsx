// Routes. Signed-out pages stand alone; everything else renders inside the Shell once the user is known.

import { Alert, Button, Card, Center, Stack, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { createRootRoute, createRoute, createRouter, Link, Outlet, useNavigate, useRouterState } from '@tanstack/react-router';
import { type ComponentType, lazy, type ReactNode, Suspense, useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { REVIEW_STATUSES, type ReviewStatus } from '../../domain/evidence/review';
import { ENTRY_STATUSES, type EntryStatus } from '../../domain/innovation/workflow';
import { assignableRoles, type Permission } from '../../domain/roles';
import { type Me, useMe } from '../auth/api/auth';
import { ForgotPasswordPage } from '../auth/components/ForgotPasswordPage';
import { LoginPage } from '../auth/components/LoginPage';
import { ResetPasswordPage } from '../auth/components/ResetPasswordPage';
import { isSignedOutPage } from '../lib/after-sign-in';
import { authQueries } from '../lib/queries/auth';
import { ErrorState, LoadingState } from '../ui/states';

// Pages load when first opened (charts, the rich-text editor and the simulator are large), and so does the
// signed-in frame: the first visit on a slow connection downloads the sign-in page only (≤ 200 KB).
// biome-ignore lint/suspicious/noExplicitAny: any page component; the props stay typed through M[K]
function lazyPage<K extends string, M extends Record<K, ComponentType<any>>>(load: () => Promise<M>, name: K) {
  return lazy(async () => ({ default: (await load())[name] }));
}
const loadShell = () => import('./Shell');
const Shell = lazyPage(loadShell, 'Shell');
const HomePage = lazyPage(() => import('../home/components/HomePage'), 'HomePage');
const AccountPage = lazyPage(() => import('../auth/components/AccountPage'), 'AccountPage');
const ChangePasswordForm = lazyPage(() => import('../auth/components/ChangePasswordForm'), 'ChangePasswordForm');
const AuditPage = lazyPage(() => import('../audit/components/AuditPage'), 'AuditPage');
const CompetitionPage = lazyPage(() => import('../competitions/components/CompetitionPage'), 'CompetitionPage');
const CompetitionsPage = lazyPage(() => import('../competitions/components/CompetitionsPage'), 'CompetitionsPage');
const RewardsPage = lazyPage(() => import('../competitions/components/RewardsPage'), 'RewardsPage');
const ApiTokensPage = lazyPage(() => import('../open-data/components/ApiTokensPage'), 'ApiTokensPage');
const ReplicationsPage = lazyPage(() => import('../replications/components/ReplicationsPage'), 'ReplicationsPage');
const CooperationPage = lazyPage(() => import('../replications/components/CooperationPage'), 'CooperationPage');
const InnovationReplications = lazyPage(() => import('../replications/components/InnovationReplications'), 'InnovationReplications');
const JudgeSheetPage = lazyPage(() => import('../competitions/components/JudgeSheetPage'), 'JudgeSheetPage');
const JudgingListPage = lazyPage(() => import('../competitions/components/JudgingListPage'), 'JudgingListPage');
const ProposalPage = lazyPage(() => import('../competitions/components/ProposalPage'), 'ProposalPage');
const DashboardPage = lazyPage(() => import('../dashboard/components/DashboardPage'), 'DashboardPage');
const DeletedEvidencePage = lazyPage(() => import('../evidence/components/DeletedEvidencePage'), 'DeletedEvidencePage');
const FeedbackPage = lazyPage(() => import('../feedback/components/FeedbackPage'), 'FeedbackPage');
const FrameworkPage = lazyPage(() => import('../frameworks/components/FrameworkPage'), 'FrameworkPage');
const FrameworksPage = lazyPage(() => import('../frameworks/components/FrameworksPage'), 'FrameworksPage');
const IpkdPage = lazyPage(() => import('../ipkd/components/IpkdPage'), 'IpkdPage');
const IpkdYearPage = lazyPage(() => import('../ipkd/components/IpkdYearPage'), 'IpkdYearPage');
const IpkdFrameworksPage = lazyPage(() => import('../ipkd/components/IpkdFrameworksPage'), 'IpkdFrameworksPage');
const ImportPage = lazyPage(() => import('../imports/components/ImportPage'), 'ImportPage');
const InnovationPage = lazyPage(() => import('../innovations/components/InnovationPage'), 'InnovationPage');
const InnovationsPage = lazyPage(() => import('../innovations/components/InnovationsPage'), 'InnovationsPage');
const OpdDetailPage = lazyPage(() => import('../opds/components/OpdDetailPage'), 'OpdDetailPage');
const OpdsPage = lazyPage(() => import('../opds/components/OpdsPage'), 'OpdsPage');
const PeriodsPage = lazyPage(() => import('../periods/components/PeriodsPage'), 'PeriodsPage');
const RegionProfilePage = lazyPage(() => import('../regions/components/RegionProfilePage'), 'RegionProfilePage');
const RegionsPage = lazyPage(() => import('../regions/components/RegionsPage'), 'RegionsPage');
const SimulationPage = lazyPage(() => import('../simulation/components/SimulationPage'), 'SimulationPage');
const UsersPage = lazyPage(() => import('../users/components/UsersPage'), 'UsersPage');
const VerificationPage = lazyPage(() => import('../verification/components/VerificationPage'), 'VerificationPage');

/** Filters a link may open the Verifikasi queue with. */
type QueueLinkFilters = { periodId?: string; opdId?: string; status?: ReviewStatus; scope?: 'spd' };

const SignedInLayer = lazyPage(() => import('./SignedInLayer'), 'SignedInLayer');

/** Every page, and once someone is signed in, the notifications and dialogs layer above them. */
function Root() {
  // From the cache only: a signed-out visit asks the server nothing here.
  const me = useQuery({ ...authQueries.me(), enabled: false });
  return (
    <>
      <Outlet />
      {me.data && (
        <Suspense fallback={null}>
          <SignedInLayer />
        </Suspense>
      )}
    </>
  );
}

const rootRoute = createRootRoute({ component: Root, notFoundComponent: NotFound });

function NotFound() {
  const { t } = useTranslation();
  return (
    <Center py="xl">
      <Stack align="center">
        <Title order={2}>{t('errors.notFoundTitle')}</Title>
        <Text c="dimmed">{t('errors.notFoundText')}</Text>
        <Button component={Link} to="/">
          {t('nav.home')}
        </Button>
      </Stack>
    </Center>
  );
}

function Forbidden() {
  const { t } = useTranslation();
  return (
    <Stack>
      <Title order={2}>{t('errors.forbiddenTitle')}</Title>
      <Text c="dimmed">{t('errors.forbiddenText')}</Text>
    </Stack>
  );
}

/** Renders children with the signed-in user, or sends the visitor to the sign-in page. */
function Authenticated({ children }: { children: (me: Me) => ReactNode }) {
  // The frame downloads while the user is being asked for, not after.
  void loadShell();
  const me = useMe();
  const navigate = useNavigate();
  const location = useRouterState({ select: (s) => s.location });
  useEffect(() => {
    // Signing out already moves to the sign-in page: remembering that page as "where they were" would send
    // the next person back to the sign-in form after signing in.
    if (me.data !== null || isSignedOutPage(location.pathname)) return;
    void navigate({ to: '/login', search: { redirect: location.href === '/' ? undefined : location.href } });
  }, [me.data]);
  if (me.isLoading) return <LoadingState />;
  if (me.error) return <ErrorState error={me.error} onRetry={() => me.refetch()} />;
  if (!me.data) return <LoadingState />;
  return (
    <Suspense fallback={<LoadingState />}>
      <Shell me={me.data}>
        <Suspense fallback={<LoadingState />}>{me.data.user.mustChangePassword ? <MustChangePassword /> : children(me.data)}</Suspense>
      </Shell>
    </Suspense>
  );
}

function MustChangePassword() {
  const { t } = useTranslation();
  return (
    <Stack maw={520}>
      <Title order={2}>{t('auth.mustChangeTitle')}</Title>
      <Alert color="yellow">{t('auth.mustChangeText')}</Alert>
      <Card withBorder>
        <ChangePasswordForm />
      </Card>
    </Stack>
  );
}

const guarded = (permission: Permission | null, render: (me: Me) => ReactNode) => () => (
  <Authenticated>{(me) => (permission && !me.permissions.includes(permission) ? <Forbidden /> : render(me))}</Authenticated>
);

const loginRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/login',
  validateSearch: (s: Record<string, unknown>): { redirect?: string; notice?: string } => ({
    redirect: typeof s.redirect === 'string' ? s.redirect : undefined,
    notice: typeof s.notice === 'string' ? s.notice : undefined,
  }),
  component: function Login() {
    const { redirect, notice } = loginRoute.useSearch();
    const { t } = useTranslation();
    return <LoginPage redirect={redirect} notice={notice === 'reset' ? t('auth.resetDone') : notice === 'invite' ? t('auth.inviteDone') : undefined} />;
  },
});

const forgotRoute = createRoute({ getParentRoute: () => rootRoute, path: '/forgot-password', component: ForgotPasswordPage });

const resetRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/reset-password',
  validateSearch: (s: Record<string, unknown>): { token?: string; invite?: boolean } => ({
    token: typeof s.token === 'string' ? s.token : undefined,
    invite: s.invite === 1 || s.invite === '1' || s.invite === true ? true : undefined,
  }),
  component: function Reset() {
    const { token, invite } = resetRoute.useSearch();
    return <ResetPasswordPage token={token} invite={Boolean(invite)} />;
  },
});

const homeRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/',
  component: guarded(null, (me) => (
    <HomePage
      userId={me.user.id}
      fullName={me.user.fullName}
      role={me.user.role}
      regionId={me.region?.id ?? null}
      regionName={me.region?.name ?? null}
      opdName={me.opd?.name ?? null}
    />
  )),
});

const regionRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/region',
  component: guarded('region:read', (me) =>
    me.region ? <RegionProfilePage regionId={me.region.id} canEdit={me.permissions.includes('region:update')} /> : <Forbidden />,
  ),
});

const regionsRoute = createRoute({ getParentRoute: () => rootRoute, path: '/regions', component: guarded('region:list_all', () => <RegionsPage />) });

const opdsRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/opds',
  component: guarded('opd:read', (me) => <OpdsPage canWrite={me.permissions.includes('opd:write')} />),
});

const opdRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/opds/$opdId',
  component: function Opd() {
    const { opdId } = opdRoute.useParams();
    return <Authenticated>{(me) => <OpdDetailPage key={opdId} opdId={opdId} canWrite={me.permissions.includes('opd:write')} />}</Authenticated>;
  },
});

const usersRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/users',
  validateSearch: (s: Record<string, unknown>): { role?: string } => ({ role: typeof s.role === 'string' && s.role ? s.role : undefined }),
  component: function UsersRoute() {
    const { role } = usersRoute.useSearch();
    return (
      <Authenticated>
        {(me) =>
          me.permissions.includes('user:read') ? (
            <UsersPage
              key={role}
              initialRole={role}
              currentUserId={me.user.id}
              regionId={me.user.regionId}
              assignableRoles={assignableRoles({ id: me.user.id, role: me.user.role, regionId: me.user.regionId, opdId: me.user.opdId })}
              isSuperAdmin={me.user.role === 'super_admin'}
            />
          ) : (
            <Forbidden />
          )
        }
      </Authenticated>
    );
  },
});

const auditRoute = createRoute({ getParentRoute: () => rootRoute, path: '/audit', component: guarded('audit:read', () => <AuditPage />) });

const frameworksRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/frameworks',
  component: guarded('framework:read', (me) => <FrameworksPage canWrite={me.permissions.includes('framework:write')} />),
});

const frameworkRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/frameworks/$frameworkId',
  component: function FrameworkRoute() {
    const { frameworkId } = frameworkRoute.useParams();
    return (
      <Authenticated>
        {(me) =>
          me.permissions.includes('framework:read') ? (
            <FrameworkPage key={frameworkId} frameworkId={frameworkId} canWrite={me.permissions.includes('framework:write')} />
          ) : (
            <Forbidden />
          )
        }
      </Authenticated>
    );
  },
});

const ipkdRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/ipkd',
  component: guarded('ipkd:read', (me) => <IpkdPage canWrite={me.permissions.includes('ipkd:write')} />),
});

const ipkdFrameworksRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/ipkd/kerangka',
  component: guarded('ipkd:read', (me) => <IpkdFrameworksPage canWrite={me.permissions.includes('ipkd:write')} />),
});

const ipkdYearRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/ipkd/$year',
  component: function IpkdYearRoute() {
    const { year } = ipkdYearRoute.useParams();
    const n = Number(year);
    return (
      <Authenticated>
        {(me) =>
          !me.permissions.includes('ipkd:read') ? (
            <Forbidden />
          ) : Number.isInteger(n) && n >= 2020 && n <= 2100 ? (
            <IpkdYearPage key={n} year={n} canWrite={me.permissions.includes('ipkd:write')} canReview={me.permissions.includes('ipkd:review')} />
          ) : (
            <NotFound />
          )
        }
      </Authenticated>
    );
  },
});

const simulationRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/simulasi',
  validateSearch: (search: Record<string, unknown>): { indikator?: string } => ({
    indikator: typeof search.indikator === 'string' && search.indikator ? search.indikator : undefined,
  }),
  component: function SimulationRoute() {
    const { indikator } = simulationRoute.useSearch();
    const navigate = useNavigate();
    return (
      <Authenticated>
        {(me) =>
          me.permissions.includes('simulation:use') ? (
            <SimulationPage focus={indikator} onClearFocus={() => void navigate({ to: '/simulasi', search: {} })} />
          ) : (
            <Forbidden />
          )
        }
      </Authenticated>
    );
  },
});

const periodsRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/periods',
  component: guarded('period:read', (me) => (
    <PeriodsPage canWrite={me.permissions.includes('period:write')} canSeeRewards={me.permissions.includes('competition:read')} />
  )),
});

/** Filters a link may open Inovasi with (e.g. the admin's home: approved, not yet sent). */
type InnovationLinkFilters = { status?: EntryStatus; sent?: boolean; create?: boolean };

const innovationsRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/innovations',
  // A link (e.g. from the home page) may open the list filtered by status, or the registration dialog.
  validateSearch: (s: Record<string, unknown>): InnovationLinkFilters => ({
    status: (ENTRY_STATUSES as readonly unknown[]).includes(s.status) ? (s.status as EntryStatus) : undefined,
    sent: s.sent === true || s.sent === 'true' ? true : s.sent === false || s.sent === 'false' ? false : undefined,
    create: s.create === true || s.create === 'true' ? true : undefined,
  }),
  component: function InnovationsRoute() {
    const search = innovationsRoute.useSearch();
    return (
      <Authenticated>
        {(me) =>
          me.permissions.includes('innovation:read') ? (
            <InnovationsPage
              key={`${search.status}-${search.sent}`}
              canWrite={me.permissions.includes('innovation:write')}
              opdBound={me.user.role === 'operator_opd' || me.user.role === 'kepala_opd'}
              canOpenPeriod={me.permissions.includes('period:write')}
              initialStatus={search.status}
              initialSent={search.sent}
              openCreate={search.create}
            />
          ) : (
            <Forbidden />
          )
        }
      </Authenticated>
    );
  },
});

const innovationRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/innovations/$entryId',
  component: function InnovationRoute() {
    const { entryId } = innovationRoute.useParams();
    return (
      <Authenticated>
        {(me) =>
          me.permissions.includes('innovation:read') ? (
            <InnovationPage
              key={entryId}
              entryId={entryId}
              canWrite={me.permissions.includes('innovation:write')}
              canSend={me.permissions.includes('innovation:send')}
              role={me.user.role}
            >
              <InnovationReplications entryId={entryId} />
            </InnovationPage>
          ) : (
            <Forbidden />
          )
        }
      </Authenticated>
    );
  },
});

const dashboardRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/dasbor',
  component: guarded('period:read', (me) => (
    <DashboardPage
      canEditHistory={me.permissions.includes('period:write')}
      canSimulate={me.permissions.includes('simulation:use')}
      canExport={me.permissions.includes('innovation:send')}
      canReadIpkd={me.permissions.includes('ipkd:read')}
    />
  )),
});

const verificationRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/verifikasi',
  // A link (e.g. from the verifier's home page) may open the queue already filtered.
  validateSearch: (s: Record<string, unknown>): QueueLinkFilters => {
    const text = (v: unknown) => (typeof v === 'string' && v ? v : undefined);
    return {
      periodId: text(s.periodId),
      opdId: text(s.opdId),
      status: REVIEW_STATUSES.find((x) => x === s.status),
      scope: s.scope === 'spd' ? 'spd' : undefined,
    };
  },
  component: function VerificationRoute() {
    const search = verificationRoute.useSearch();
    return (
      <Authenticated>
        {(me) =>
          me.permissions.includes('innovation:read') ? (
            <VerificationPage
              key={JSON.stringify(search)}
              initial={search}
              canDecide={me.permissions.includes('evidence:review')}
              canAssign={me.permissions.includes('user:write')}
              canOpenPeriod={me.permissions.includes('period:write')}
              userId={me.user.id}
            />
          ) : (
            <Forbidden />
          )
        }
      </Authenticated>
    );
  },
});

const deletedEvidenceRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/bukti-terhapus',
  component: guarded('evidence:restore', () => <DeletedEvidencePage />),
});

const competitionsRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/kompetisi',
  component: guarded('competition:read', (me) => <CompetitionsPage canManage={me.permissions.includes('competition:manage')} />),
});

const rewardsRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/kompetisi/penghargaan',
  component: guarded('competition:read', (me) => <RewardsPage canManage={me.permissions.includes('competition:manage')} opdBound={Boolean(me.user.opdId)} />),
});

const apiTokensRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/token-api',
  component: guarded('token:manage', () => <ApiTokensPage />),
});

// `?arah=keluar` opens the requests the user's side asked (where an answer's notification leads); `?ajukan=<id>`
// opens the request form on that innovation (the catalogue page's link for a signed-in user).
const replicationsRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/replikasi',
  validateSearch: (s: Record<string, unknown>): { arah?: 'keluar'; ajukan?: string } => ({
    arah: s.arah === 'keluar' ? 'keluar' : undefined,
    ajukan: typeof s.ajukan === 'string' && /^[0-9a-f-]{36}$/i.test(s.ajukan) ? s.ajukan : undefined,
  }),
  component: function ReplicationsRoute() {
    const search = replicationsRoute.useSearch();
    return guarded('replication:request', (me) => (
      <ReplicationsPage
        key={JSON.stringify(search)}
        initialDirection={search.arah === 'keluar' ? 'outgoing' : 'incoming'}
        askFor={search.ajukan ?? null}
        opdBound={Boolean(me.user.opdId) && (me.user.role === 'operator_opd' || me.user.role === 'kepala_opd')}
      />
    ))();
  },
});

const cooperationRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/kerja-sama',
  component: guarded('innovation:read', (me) => <CooperationPage canWrite={me.permissions.includes('cooperation:write')} regionId={me.user.regionId} />),
});
const importRoute = createRoute({ getParentRoute: () => rootRoute, path: '/impor-inovasi', component: guarded('import:run', () => <ImportPage />) });

const competitionRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/kompetisi/$competitionId',
  component: function CompetitionRoute() {
    const { competitionId } = competitionRoute.useParams();
    return guarded('competition:read', (me) => (
      <CompetitionPage
        key={competitionId}
        competitionId={competitionId}
        canManage={me.permissions.includes('competition:manage')}
        canEnter={me.permissions.includes('competition:enter')}
      />
    ))();
  },
});

const proposalRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/kompetisi/usulan/$entryId',
  component: function ProposalRoute() {
    const { entryId } = proposalRoute.useParams();
    return guarded('competition:read', (me) => (
      <ProposalPage
        key={entryId}
        entryId={entryId}
        canEnter={me.permissions.includes('competition:enter')}
        canManage={me.permissions.includes('competition:manage')}
      />
    ))();
  },
});

const judgingRoute = createRoute({ getParentRoute: () => rootRoute, path: '/penjurian', component: guarded('competition:judge', () => <JudgingListPage />) });

const judgeSheetRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/penjurian/$competitionId',
  component: function JudgeSheetRoute() {
    const { competitionId } = judgeSheetRoute.useParams();
    return guarded('competition:judge', () => <JudgeSheetPage key={competitionId} competitionId={competitionId} />)();
  },
});

// Citizen feedback: the Admin Daerah moderates; OPD roles and the leaders read (the verification team does not).
const feedbackRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/umpan-balik',
  component: guarded('innovation:read', (me) =>
    me.user.role === 'verifikator' || !me.region ? (
      <Forbidden />
    ) : (
      <FeedbackPage canModerate={me.permissions.includes('feedback:moderate')} opdBound={me.user.role === 'operator_opd' || me.user.role === 'kepala_opd'} />
    ),
  ),
});

const accountRoute = createRoute({ getParentRoute: () => rootRoute, path: '/account', component: guarded(null, (me) => <AccountPage me={me} />) });

const routeTree = rootRoute.addChildren([
  loginRoute,
  forgotRoute,
  resetRoute,
  homeRoute,
  regionRoute,
  regionsRoute,
  opdsRoute,
  opdRoute,
  usersRoute,
  auditRoute,
  frameworksRoute,
  frameworkRoute,
  ipkdRoute,
  ipkdFrameworksRoute,
  ipkdYearRoute,
  simulationRoute,
  periodsRoute,
  innovationsRoute,
  innovationRoute,
  dashboardRoute,
  verificationRoute,
  deletedEvidenceRoute,
  competitionsRoute,
  rewardsRoute,
  apiTokensRoute,
  replicationsRoute,
  cooperationRoute,
  importRoute,
  competitionRoute,
  proposalRoute,
  judgingRoute,
  judgeSheetRoute,
  feedbackRoute,
  accountRoute,
]);

export const router = createRouter({ routeTree, defaultPreload: false });

declare module '@tanstack/react-router' {
  interface Register {
    router: typeof router;
  }
}
