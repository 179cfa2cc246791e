// The authorization matrix: every route of the route table × anonymous and every demo role × a resource of the
// caller's own OPD, another OPD of the region and another region, against the permission and scope the route
// declares in its config (src/server/plugins/access.ts; the request fixtures are in authorization-matrix.fixtures.ts).
// Anonymous → 401; a role without the permission → 403; with it → the access decision lets it in (any other
// status but 5xx); a foreign resource → 404/403 with the error shape, never its data; a role the scope refuses → 403.
import ExcelJS from 'exceljs';
import { expect, it } from 'vitest';
import { can, isOpdBound, type Permission, type Role } from '../../src/domain/roles';
import type { RouteAccess, RouteScope, ScopedResource } from '../../src/server/plugins/access';
import { call, idOf, login, openPeriod2026, secondRegion } from '../support/app';
import { signedInApp } from '../support/signed-in-app';
import { ROUTE_FIXTURES, type RouteFixture } from './authorization-matrix.fixtures';

// In this order, so that the roles a handler refuses try a destructive route before one that may run it.
const ACTORS = {
  juri: 'juri',
  pimpinan: 'pimpinan',
  verifikator: 'verifikator',
  operator_opd: 'operator.dinkes',
  kepala_opd: 'kepala.dinkes',
  admin_daerah: 'admin',
  super_admin: 'superadmin',
} as const satisfies Record<Role, string>;
const s = signedInApp([...Object.values(ACTORS), 'operator.dispendukcapil'], { demoInnovations: true });

type Variant = 'own' | 'otherOpd' | 'otherRegion';
type Fixtures = Record<ScopedResource, Record<Variant, string>> & { documents: Record<string, unknown> };
const MISSING = '00000000-0000-4000-8000-000000000000';

/** Resources of the demo region's Dinkes PPKB (own), its Dispendukcapil (other OPD) and a second region, made through the API. */
async function buildFixtures(): Promise<Fixtures> {
  const { app, cookie } = s;
  const admin = cookie.admin;
  const me = (await call(app, admin, 'GET', '/api/auth/me')).json();
  const b = await secondRegion(app, '35.16', 'admin.matriks');
  const dinkes = await idOf(app, admin, '/api/opds?q=Dinkes', () => true);
  const dispenduk = await idOf(app, admin, '/api/opds?q=Dispendukcapil', () => true);
  const opdB = (await call(app, b.cookie, 'POST', '/api/opds', { name: 'Dinas Kesehatan Matriks', shortName: 'DKM', kind: 'dinas' })).json().id;
  const periodA = (await call(app, admin, 'GET', '/api/periods')).json()[0].id;
  const periodB = await openPeriod2026(app, b.cookie);
  const unit = async (c: string, opdId: string, name: string) => (await call(app, c, 'POST', '/api/units', { opdId, name, kind: 'upt' })).json().id;
  const user = async (c: string, username: string, role: string, opdId?: string) =>
    (await call(app, c, 'POST', '/api/users', { username, fullName: `Pengguna ${username}`, role, ...(opdId ? { opdId } : {}) })).json().user.id;
  const clone = async (c: string) => (await call(app, c, 'POST', '/api/frameworks/iid-2026/clone', {})).json().framework.id;
  const innovation = async (c: string, name: string, opdId?: string) =>
    (await call(app, c, 'POST', '/api/innovations', { name, ...(opdId ? { opdId } : {}) })).json().id;
  const entryOwn = await innovation(cookie['operator.dinkes'], 'Matriks Milik Sendiri');
  const entryOpd = await innovation(cookie['operator.dispendukcapil'], 'Matriks OPD Lain');
  const entryB = await innovation(b.cookie, 'Matriks Wilayah Lain', opdB);
  const link = async (c: string, entryId: string) =>
    (await call(app, c, 'POST', '/api/evidence/links', { entryId, code: '16', url: 'https://example.org/bukti' })).json().id;
  for (const [c, id] of [
    [admin, entryOwn],
    [admin, entryOpd],
    [b.cookie, entryB],
  ])
    await call(app, c, 'POST', `/api/innovations/entries/${id}/messages`, { body: 'Catatan matriks' });
  // A local contest (no eligibility rules) in each region, open, with an entry of each OPD.
  const contest = async (c: string) => {
    const created = (await call(app, c, 'POST', '/api/competitions', { templateId: 'lomba-lokal', name: 'Lomba Matriks', year: 2026 })).json();
    await call(app, c, 'POST', `/api/competitions/${created.id}/status`, { status: 'open', version: created.version });
    return created.id as string;
  };
  const contestA = await contest(admin);
  const contestB = await contest(b.cookie);
  const innovationOf = async (c: string, entryId: string) => (await call(app, c, 'GET', `/api/innovations/entries/${entryId}`)).json().innovationId as string;
  const enter = async (c: string, competitionId: string, entryId: string) =>
    (await call(app, c, 'POST', `/api/competitions/${competitionId}/entries`, { innovationId: await innovationOf(c, entryId), groupId: 'umum' })).json().id;
  const reward = async (c: string, entryId: string) =>
    (
      await call(app, c, 'POST', '/api/innovator-rewards', {
        entryId,
        source: 'other',
        recipient: 'Tim Matriks',
        award: 'Juara Matriks',
        year: 2026,
        certificate: true,
      })
    ).json().id;
  const token = async (c: string) => {
    const expiresOn = new Date(Date.now() + 30 * 86_400_000).toISOString().slice(0, 10);
    return (await call(app, c, 'POST', '/api/api-tokens', { name: 'Token Matriks', scopes: ['statistics:read'], expiresOn })).json().item.id;
  };
  // Replication requests between two OPDs of one region (the owning OPD answers), and cooperation agreements.
  const replicate = async (c: string, entryId: string, replicatingOpdId: string) =>
    (await call(app, c, 'POST', '/api/replications', { innovationId: await innovationOf(c, entryId), replicatingOpdId })).json().id;
  const thirdOpd = (await call(app, admin, 'GET', '/api/opds?pageSize=100')).json().items.find((o: { id: string }) => o.id !== dinkes && o.id !== dispenduk).id;
  const opdB2 = (await call(app, b.cookie, 'POST', '/api/opds', { name: 'Dinas Kominfo Matriks', shortName: 'DKMx', kind: 'dinas' })).json().id;
  const agreement = async (c: string) =>
    (await call(app, c, 'POST', '/api/cooperation', { partnerName: 'Kota Matriks', title: 'PKS Matriks', kind: 'pks', signedOn: '2026-01-05' })).json().id;
  // An IPKD framework clone and a document (a publication link) of a value, per region.
  const ipkdClone = async (c: string) => (await call(app, c, 'POST', '/api/ipkd/frameworks/ipkd-2026/clone', {})).json().framework.id as string;
  const ipkdDocument = async (c: string) => {
    await call(app, c, 'POST', '/api/ipkd/years', { measurementYear: 2026, frameworkId: 'ipkd-2026' });
    const value = (await call(app, c, 'POST', '/api/ipkd/years/2026/values/D3.publikasi/documents', { url: 'https://matriks.example/apbd' })).json();
    return value.documents[0].id as string;
  };
  const job = async (c: string, periodId: string) => (await call(app, c, 'POST', '/api/exports/package', { periodId })).json().id;
  // A checked import with a wrong header (status invalid): running it is refused, so the matrix writes nothing.
  const importJob = async (c: string) => {
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet('Per inovasi').addRow(['Kolom Matriks']);
    const form = new FormData();
    form.append('file', new Blob([new Uint8Array(await wb.xlsx.writeBuffer())]), 'matriks.xlsx');
    const res = await app.inject({ method: 'POST', url: '/api/imports/check', headers: { cookie: c, 'x-requested-with': 'test' }, payload: form });
    return res.json().id as string;
  };
  const fixtures: Fixtures = {
    region: { own: me.region.id, otherOpd: me.region.id, otherRegion: b.regionId },
    opd: { own: dinkes, otherOpd: dispenduk, otherRegion: opdB },
    unit: {
      own: await unit(admin, dinkes, 'UPT Matriks A'),
      otherOpd: await unit(admin, dispenduk, 'UPT Matriks B'),
      otherRegion: await unit(b.cookie, opdB, 'UPT Matriks C'),
    },
    user: {
      own: await user(admin, 'matriks.sendiri', 'verifikator'),
      otherOpd: await user(admin, 'matriks.opdlain', 'operator_opd', dispenduk),
      otherRegion: await user(b.cookie, 'matriks.wilayahlain', 'verifikator'),
    },
    framework: { own: await clone(admin), otherOpd: 'iid-2026', otherRegion: await clone(b.cookie) },
    period: { own: periodA, otherOpd: periodA, otherRegion: periodB },
    entry: { own: entryOwn, otherOpd: entryOpd, otherRegion: entryB },
    evidence: {
      own: await link(cookie['operator.dinkes'], entryOwn),
      otherOpd: await link(cookie['operator.dispendukcapil'], entryOpd),
      otherRegion: await link(b.cookie, entryB),
    },
    exportJob: { own: await job(admin, periodA), otherOpd: MISSING, otherRegion: await job(b.cookie, periodB) },
    notification: { own: MISSING, otherOpd: MISSING, otherRegion: MISSING },
    competition: { own: contestA, otherOpd: contestA, otherRegion: contestB },
    competitionEntry: {
      own: await enter(cookie['operator.dinkes'], contestA, entryOwn),
      otherOpd: await enter(cookie['operator.dispendukcapil'], contestA, entryOpd),
      otherRegion: await enter(b.cookie, contestB, entryB),
    },
    innovatorReward: {
      own: await reward(admin, entryOwn),
      otherOpd: await reward(admin, entryOpd),
      otherRegion: await reward(b.cookie, entryB),
    },
    apiToken: { own: await token(admin), otherOpd: MISSING, otherRegion: await token(b.cookie) },
    replication: {
      own: await replicate(admin, entryOwn, thirdOpd),
      otherOpd: await replicate(admin, entryOpd, thirdOpd),
      otherRegion: await replicate(b.cookie, entryB, opdB2),
    },
    cooperation: { own: await agreement(admin), otherOpd: await agreement(admin), otherRegion: await agreement(b.cookie) },
    importJob: { own: await importJob(admin), otherOpd: MISSING, otherRegion: await importJob(b.cookie) },
    ipkdFramework: { own: await ipkdClone(admin), otherOpd: MISSING, otherRegion: await ipkdClone(b.cookie) },
    ipkdDocument: { own: await ipkdDocument(admin), otherOpd: MISSING, otherRegion: await ipkdDocument(b.cookie) },
    documents: {},
  };
  for (const id of Object.values(fixtures.framework)) {
    const doc = (await call(app, cookie.superadmin, 'GET', `/api/frameworks/${id}`)).json();
    fixtures.documents[id] = { framework: doc.framework, version: doc.version };
  }
  const missing = Object.entries(fixtures)
    .filter(([k]) => k !== 'documents')
    .flatMap(([k, v]) =>
      Object.entries(v)
        .filter(([, id]) => !id)
        .map(([variant]) => `${k}.${variant}`),
    );
  if (missing.length) throw new Error(`fixtures not made: ${missing.join(', ')}`);
  return fixtures;
}

/** A route of the table with the scope it declares (the app does not start without one). */
type ScopedRoute = RouteAccess & { scope: RouteScope };

interface Cell {
  route: ScopedRoute;
  fixture: RouteFixture;
  role: Role | 'anonymous';
  variant: Variant;
}

/** The request of one cell: the route's parameters filled with the variant's resource. */
function requestOf({ route, fixture, variant }: Cell, f: Fixtures) {
  const id = route.scope.resource ? f[route.scope.resource][variant] : MISSING;
  const path = route.url
    .replace(':messageId', MISSING)
    .replace(':resultId', MISSING)
    .replace(':stageId', 'penilaian')
    .replace(':index', '0')
    .replace(':code', route.url.includes('region-answers') ? '12' : '16')
    .replace(':year', '2024')
    .replace('/*', '/index.css')
    .replace(':id', fixture.query !== undefined || fixture.bodyId ? MISSING : id);
  const query = fixture.query ? `?${fixture.query.replace('{id}', id)}` : '';
  const body = fixture.documentBody ? f.documents[id] : fixture.bodyId ? { ...(fixture.body as object), [fixture.bodyId]: id } : fixture.body;
  return { url: path + query, body };
}

/** What the cell must answer: 'in' (the access decision lets it through), 401, 403, or 'foreign' (404/403, never the data). */
function expected({ route, role, variant }: Cell): 'in' | 401 | 403 | 'foreign' | 'any' {
  const { access, scope } = route;
  if (access === 'public') return 'any';
  if (role === 'anonymous') return 401;
  if (access !== 'signed_in' && !can(role, access as Permission)) return 403;
  if (variant === 'otherRegion' && (scope.kind === 'region' || scope.kind === 'opd') && role !== 'super_admin') return 'foreign';
  if (variant === 'otherOpd' && scope.kind === 'opd' && isOpdBound(role)) return 'foreign';
  if (scope.refusedRoles?.roles.includes(role)) return 403;
  return 'in';
}

const variantsOf = ({ kind, resource }: RouteScope): Variant[] =>
  !resource || kind === 'self' ? ['own'] : kind === 'opd' ? ['own', 'otherOpd', 'otherRegion'] : ['own', 'otherRegion'];

// Generous: ~2,700 cells take seconds alone, but minutes on a shared 2-core machine running two test files at once.
it('every route answers each role and each resource as declared', { timeout: 600_000 }, async () => {
  const f = await buildFixtures();
  const table = s.app.routeAccess().flatMap((r) => (r.method === 'HEAD' ? [] : [{ ...r, method: r.method.replace('HEAD,', '') }]));
  const keyOf = (r: RouteAccess) => `${r.method} ${r.url}`;
  expect(table.filter((r) => !r.scope).map(keyOf), 'routes without a declared scope (config.scope)').toEqual([]);
  const routes = table as ScopedRoute[];
  const stale = Object.keys(ROUTE_FIXTURES).filter((k) => !routes.some((r) => keyOf(r) === k));
  expect(stale, 'fixtures of routes that no longer exist').toEqual([]);
  // A fixture naming the resource in the query or body is only read for a route whose scope names one.
  const unnamed = routes.filter((r) => !r.scope.resource && (ROUTE_FIXTURES[keyOf(r)]?.query?.includes('{id}') || ROUTE_FIXTURES[keyOf(r)]?.bodyId));
  expect(unnamed.map(keyOf), 'fixtures naming a resource of routes whose scope names none').toEqual([]);

  const foreignIds = [f.entry.otherRegion, f.opd.otherRegion, f.user.otherRegion, f.evidence.otherRegion, 'Matriks Wilayah Lain'];
  const foreignOpdIds = [f.entry.otherOpd, f.evidence.otherOpd, 'Matriks OPD Lain'];
  // Destructive routes last, so that a resource is still there for the routes read before them.
  const order = (r: RouteAccess) => (r.method === 'DELETE' || r.url.endsWith('/restore') || r.url.endsWith('/purge') ? 1 : 0);
  const wrong: string[] = [];
  let tried = 0;
  for (const route of [...routes].sort((a, b) => order(a) - order(b))) {
    const fixture = ROUTE_FIXTURES[keyOf(route)] ?? {};
    for (const variant of variantsOf(route.scope))
      for (const role of ['anonymous', ...Object.keys(ACTORS)] as (Role | 'anonymous')[]) {
        const cell: Cell = { route, fixture, role, variant };
        const want = expected(cell);
        const { url, body } = requestOf(cell, f);
        const cookie = role === 'anonymous' ? null : s.cookie[ACTORS[role]];
        const res = await call(s.app, cookie, route.method as 'GET', url, body);
        tried++;
        // Signing out ends the session the other cells use: sign in again.
        if (route.url === '/api/auth/logout' && role !== 'anonymous') s.cookie[ACTORS[role]] = await login(s.app, ACTORS[role]);
        const status = res.statusCode;
        const text = res.body;
        const errorShaped = () => {
          try {
            return typeof res.json().error?.code === 'string';
          } catch {
            return false;
          }
        };
        const leaks = (variant === 'otherRegion' ? foreignIds : variant === 'otherOpd' ? foreignOpdIds : []).some((m) => text.includes(m));
        let held: boolean;
        if (status >= 500) held = false;
        else if (want === 'any') held = true;
        else if (want === 401 || want === 403) held = status === want && errorShaped();
        else if (want === 'foreign')
          // A filter or body naming a foreign resource may also be answered as a field refusal (400) or with nothing of it.
          held =
            fixture.query !== undefined || fixture.bodyId
              ? !leaks && (status < 300 || ([400, 403, 404].includes(status) && errorShaped()))
              : (status === 403 || status === 404) && errorShaped() && !leaks;
        else held = status !== 401 && status !== 403;
        if (!held) wrong.push(`${role} ${variant} ${route.method} ${url}: ${status} (want ${want}) ${text.slice(0, 120)}`);
      }
  }
  console.log(`authorization matrix: ${routes.length} routes, ${tried} cells tried, ${tried - wrong.length} held`);
  expect(wrong).toEqual([]);
});
