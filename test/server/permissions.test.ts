// Scope is enforced on the server: other regions and other OPDs are invisible and untouchable.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { call, createTestApp, idOf, login, secondRegion, type TestContext } from '../support/app';

let ctx: TestContext;
let superCookie: string;
let adminA: string;
let adminB: string;
let regionA: string;
let regionB: string;
let opdB: string;
let dinkes: string;
let dispenduk: string;

beforeAll(async () => {
  ctx = await createTestApp();
  superCookie = await login(ctx.app, 'superadmin');
  adminA = await login(ctx.app, 'admin');
  regionA = (await call(ctx.app, adminA, 'GET', '/api/auth/me')).json().region.id;
  ({ regionId: regionB, cookie: adminB } = await secondRegion(ctx.app, '35.16', 'admin.kabmojokerto'));
  opdB = (await call(ctx.app, adminB, 'POST', '/api/opds', { name: 'Dinas Kesehatan', shortName: 'Dinkes', kind: 'dinas' })).json().id;
  dinkes = await idOf(ctx.app, adminA, '/api/opds?q=Dinkes', () => true);
  dispenduk = await idOf(ctx.app, adminA, '/api/opds?q=Dispendukcapil', () => true);
});
afterAll(() => ctx.close());

describe('cross-region access is refused', () => {
  it('an admin cannot read or change another region', async () => {
    expect((await call(ctx.app, adminA, 'GET', `/api/regions/${regionB}`)).statusCode).toBe(404);
    expect((await call(ctx.app, adminA, 'PATCH', `/api/regions/${regionB}`, { name: 'X' })).statusCode).toBe(404);
    const list = (await call(ctx.app, adminA, 'GET', '/api/regions')).json();
    expect(list.items.map((r: { id: string }) => r.id)).toEqual([regionA]);
  });

  it('an admin cannot list, read, create in or change another region’s OPDs', async () => {
    expect((await call(ctx.app, adminA, 'GET', `/api/opds?regionId=${regionB}`)).statusCode).toBe(403);
    expect((await call(ctx.app, adminA, 'GET', `/api/opds/${opdB}`)).statusCode).toBe(404);
    expect((await call(ctx.app, adminA, 'PATCH', `/api/opds/${opdB}`, { name: 'Hijacked' })).statusCode).toBe(404);
    expect((await call(ctx.app, adminA, 'POST', '/api/opds', { regionId: regionB, name: 'X', shortName: 'X', kind: 'dinas' })).statusCode).toBe(403);
    expect((await call(ctx.app, adminA, 'POST', '/api/units', { opdId: opdB, name: 'UPT X', kind: 'upt' })).statusCode).toBe(404);
  });

  it('an admin cannot see or manage another region’s users or audit trail', async () => {
    const usersB = (await call(ctx.app, superCookie, 'GET', `/api/users?regionId=${regionB}`)).json().items as { id: string }[];
    expect(usersB.length).toBeGreaterThan(0);
    const userB = usersB[0].id;
    expect((await call(ctx.app, adminA, 'GET', `/api/users?regionId=${regionB}`)).statusCode).toBe(403);
    expect((await call(ctx.app, adminA, 'GET', `/api/users/${userB}`)).statusCode).toBe(404);
    expect((await call(ctx.app, adminA, 'PATCH', `/api/users/${userB}`, { active: false })).statusCode).toBe(404);
    expect((await call(ctx.app, adminA, 'POST', `/api/users/${userB}/reset-password`)).statusCode).toBe(404);
    expect((await call(ctx.app, adminA, 'GET', `/api/audit?regionId=${regionB}`)).statusCode).toBe(403);
    const ownUsers = (await call(ctx.app, adminA, 'GET', '/api/users?pageSize=100')).json().items as { regionId: string }[];
    expect(ownUsers.every((u) => u.regionId === regionA)).toBe(true);
    const ownAudit = (await call(ctx.app, adminA, 'GET', '/api/audit?pageSize=100')).json().items as { regionId: string }[];
    expect(ownAudit.every((e) => e.regionId === regionA)).toBe(true);
  });

  it('an admin cannot place a user in an OPD of another region, nor create a super admin', async () => {
    const res = await call(ctx.app, adminA, 'POST', '/api/users', { username: 'spy.one', fullName: 'Spy', role: 'operator_opd', opdId: opdB });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.fields.opdId).toBeTruthy();
    const sup = await call(ctx.app, adminA, 'POST', '/api/users', { username: 'root.two', fullName: 'Root', role: 'super_admin' });
    expect(sup.json().error.fields.role).toBeTruthy();
  });

  it('super admin reaches every region', async () => {
    expect((await call(ctx.app, superCookie, 'GET', `/api/opds?regionId=${regionB}`)).json().total).toBe(1);
    expect((await call(ctx.app, superCookie, 'GET', `/api/opds/${dinkes}`)).statusCode).toBe(200);
  });
});

describe('cross-OPD access is refused', () => {
  it('an operator sees only their own OPD', async () => {
    const op = await login(ctx.app, 'operator.dinkes');
    const list = (await call(ctx.app, op, 'GET', '/api/opds')).json();
    expect(list.items.map((o: { id: string }) => o.id)).toEqual([dinkes]);
    expect((await call(ctx.app, op, 'GET', `/api/opds/${dinkes}`)).statusCode).toBe(200);
    expect((await call(ctx.app, op, 'GET', `/api/opds/${dispenduk}`)).statusCode).toBe(404);
  });

  it('a kepala OPD cannot change any OPD, not even their own', async () => {
    const head = await login(ctx.app, 'kepala.dinkes');
    expect((await call(ctx.app, head, 'PATCH', `/api/opds/${dinkes}`, { headName: 'X' })).statusCode).toBe(403);
    expect((await call(ctx.app, head, 'PATCH', `/api/opds/${dispenduk}`, { headName: 'X' })).statusCode).toBe(403);
    expect((await call(ctx.app, head, 'POST', '/api/units', { opdId: dinkes, name: 'X', kind: 'upt' })).statusCode).toBe(403);
  });
});

describe('read-only and outside roles', () => {
  it('verifikator and pimpinan read the organisation but manage nothing', async () => {
    for (const username of ['verifikator', 'pimpinan']) {
      const c = await login(ctx.app, username);
      expect((await call(ctx.app, c, 'GET', '/api/opds')).json().total).toBeGreaterThan(10);
      expect((await call(ctx.app, c, 'POST', '/api/opds', { name: 'X', shortName: 'X', kind: 'dinas' })).statusCode).toBe(403);
      expect((await call(ctx.app, c, 'GET', '/api/users')).statusCode).toBe(403);
      expect((await call(ctx.app, c, 'GET', '/api/audit')).statusCode).toBe(403);
      expect((await call(ctx.app, c, 'PATCH', `/api/regions/${regionA}`, { name: 'X' })).statusCode).toBe(403);
    }
  });

  it('a juri reads none of the region organisation', async () => {
    const j = await login(ctx.app, 'juri');
    expect((await call(ctx.app, j, 'GET', '/api/opds')).statusCode).toBe(403);
    expect((await call(ctx.app, j, 'GET', `/api/regions/${regionA}`)).statusCode).toBe(403);
  });

  it('signed-out requests get 401 everywhere', async () => {
    for (const url of ['/api/opds', '/api/users', '/api/audit', '/api/regions', `/api/regions/${regionA}`]) {
      expect((await call(ctx.app, null, 'GET', url)).statusCode).toBe(401);
    }
  });
});
