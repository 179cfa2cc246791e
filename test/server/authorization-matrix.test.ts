// The authorization matrix: every route of the route table × anonymous and every demo role × a resource of the
// caller's own OPD, another OPD of the region and another region, against what authorization-matrix.routes.ts
// declares of the route. Anonymous → 401; a role without the permission → 403; with it → the access decision
// lets it in (any other status but 5xx); a foreign resource → 404/403 with the error shape, never its data.
import { expect, it } from 'vitest';
import { can, isOpdBound, type Permission, type Role } from '../../src/domain/roles';
import type { RouteAccess } from '../../src/server/plugins/access';
import { call, idOf, login, openPeriod2026, secondRegion } from '../support/app';
import { signedInApp } from '../support/signed-in-app';
import { type FixtureKind, ROUTE_EXPECTATIONS, type RouteExpectation } from './authorization-matrix.routes';

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
type Fixtures = Record<FixtureKind, Record<Variant, string>> & { documents: Record<string, unknown> };
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
  const job = async (c: string, periodId: string) => (await call(app, c, 'POST', '/api/exports/package', { periodId })).json().id;
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

interface Cell {
  route: RouteAccess;
  declared: RouteExpectation;
  role: Role | 'anonymous';
  variant: Variant;
}

/** The request of one cell: the route's parameters filled with the variant's resource. */
function requestOf({ route, declared, variant }: Cell, f: Fixtures) {
  const id = declared.id ? f[declared.id][variant] : MISSING;
  const path = route.url
    .replace(':messageId', MISSING)
    .replace(':index', '0')
    .replace(':code', route.url.includes('region-answers') ? '12' : '16')
    .replace(':year', '2024')
    .replace('/*', '/index.css')
    .replace(':id', declared.query !== undefined || declared.bodyId ? MISSING : id);
  const query = declared.query ? `?${declared.query.replace('{id}', id)}` : '';
  const body = declared.documentBody ? f.documents[id] : declared.bodyId ? { ...(declared.body as object), [declared.bodyId]: id } : declared.body;
  return { url: path + query, body };
}

/** What the cell must answer: 'in' (the access decision lets it through), 401, 403, or 'foreign' (404/403, never the data). */
function expected({ route, declared, role, variant }: Cell): 'in' | 401 | 403 | 'foreign' | 'any' {
  const access = route.access;
  if (access === 'public') return 'any';
  if (role === 'anonymous') return 401;
  if (access !== 'signed_in' && !can(role, access as Permission)) return 403;
  if (variant === 'otherRegion' && (declared.scope === 'region' || declared.scope === 'opd') && role !== 'super_admin') return 'foreign';
  if (variant === 'otherOpd' && declared.scope === 'opd' && isOpdBound(role)) return 'foreign';
  if (declared.roleRefused?.roles.includes(role)) return 403;
  return 'in';
}

const variantsOf = (d: RouteExpectation): Variant[] =>
  !d.id || d.scope === 'none' || d.scope === 'self' ? ['own'] : d.scope === 'opd' ? ['own', 'otherOpd', 'otherRegion'] : ['own', 'otherRegion'];

it('every route answers each role and each resource as declared', { timeout: 120_000 }, async () => {
  const f = await buildFixtures();
  const routes = s.app.routeAccess().flatMap((r) => (r.method === 'HEAD' ? [] : [{ ...r, method: r.method.replace('HEAD,', '') }]));
  const undeclared = routes.filter((r) => !ROUTE_EXPECTATIONS[`${r.method} ${r.url}`]).map((r) => `${r.method} ${r.url}`);
  expect(undeclared, 'routes without a declaration in authorization-matrix.routes.ts').toEqual([]);
  const stale = Object.keys(ROUTE_EXPECTATIONS).filter((k) => !routes.some((r) => `${r.method} ${r.url}` === k));
  expect(stale, 'declarations of routes that no longer exist').toEqual([]);

  const foreignIds = [f.entry.otherRegion, f.opd.otherRegion, f.user.otherRegion, f.evidence.otherRegion, 'Matriks Wilayah Lain'];
  const foreignOpdIds = [f.entry.otherOpd, f.evidence.otherOpd, 'Matriks OPD Lain'];
  // Destructive routes last, so that a resource is still there for the routes read before them.
  const order = (r: RouteAccess) => (r.method === 'DELETE' || r.url.endsWith('/restore') || r.url.endsWith('/purge') ? 1 : 0);
  const wrong: string[] = [];
  let tried = 0;
  for (const route of [...routes].sort((a, b) => order(a) - order(b))) {
    const declared = ROUTE_EXPECTATIONS[`${route.method} ${route.url}`];
    for (const variant of variantsOf(declared))
      for (const role of ['anonymous', ...Object.keys(ACTORS)] as (Role | 'anonymous')[]) {
        const cell: Cell = { route, declared, role, variant };
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
            declared.query !== undefined || declared.bodyId
              ? !leaks && (status < 300 || ([400, 403, 404].includes(status) && errorShaped()))
              : (status === 403 || status === 404) && errorShaped() && !leaks;
        else held = status !== 401 && status !== 403;
        if (!held) wrong.push(`${role} ${variant} ${route.method} ${url}: ${status} (want ${want}) ${text.slice(0, 120)}`);
      }
  }
  console.log(`authorization matrix: ${routes.length} routes, ${tried} cells tried, ${tried - wrong.length} held`);
  expect(wrong).toEqual([]);
});
