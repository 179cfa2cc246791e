// Admin Daerah organises the region: profile, OPDs, units, users — with validation, paging and audit.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_REGION } from '../../src/server/seed/demo-region';
import { call, createTestApp, login, type TestContext } from '../support/app';

const DEMO_ADDRESS = DEMO_REGION.address;

let ctx: TestContext;
let admin: string;
let regionId: string;

beforeAll(async () => {
  ctx = await createTestApp();
  admin = await login(ctx.app, 'admin');
  regionId = (await call(ctx.app, admin, 'GET', '/api/auth/me')).json().region.id;
});
afterAll(() => ctx.close());

describe('region profile', () => {
  it('admin edits name and address; the Kemendagri code must fit the region type', async () => {
    const bad = await call(ctx.app, admin, 'PATCH', `/api/regions/${regionId}`, { kemendagriCode: '3576' });
    expect(bad.statusCode).toBe(400);
    expect(Object.keys(bad.json().error.fields)).toEqual(['kemendagriCode']);
    const ok = await call(ctx.app, admin, 'PATCH', `/api/regions/${regionId}`, { address: 'Jl. Gajah Mada 145' });
    expect(ok.json().address).toBe('Jl. Gajah Mada 145');
    expect(ok.json().opdCount).toBeGreaterThanOrEqual(15);
    const active = await call(ctx.app, admin, 'PATCH', `/api/regions/${regionId}`, { active: false });
    expect(active.statusCode).toBe(403);
  });

  it('super admin creates regions; codes are unique', async () => {
    const sup = await login(ctx.app, 'superadmin');
    const dup = await call(ctx.app, sup, 'POST', '/api/regions', { name: 'Duplikat', type: 'kota', kemendagriCode: '35.76' });
    expect(dup.statusCode).toBe(409);
    expect(dup.json().error.fields.kemendagriCode).toMatch(/sudah dipakai/);
    const prov = await call(ctx.app, sup, 'POST', '/api/regions', { name: 'Provinsi Jawa Timur', type: 'provinsi', kemendagriCode: '35' });
    expect(prov.statusCode).toBe(201);
    expect(prov.json().admin).toBeNull();
    const list = await call(ctx.app, sup, 'GET', '/api/regions?sort=kemendagriCode');
    expect(list.json().items.map((r: { kemendagriCode: string }) => r.kemendagriCode)).toEqual(['35', '35.76']);
  });

  it('a deactivated region signs its users out and keeps them out', async () => {
    const sup = await login(ctx.app, 'superadmin');
    const created = (
      await call(ctx.app, sup, 'POST', '/api/regions', {
        name: 'Kota Contoh',
        type: 'kota',
        kemendagriCode: '35.99',
        admin: { username: 'admin.contoh', fullName: 'Admin Contoh' },
      })
    ).json();
    const c = await login(ctx.app, 'admin.contoh', created.admin.temporaryPassword);
    await call(ctx.app, sup, 'PATCH', `/api/regions/${created.region.id}`, { active: false });
    expect((await call(ctx.app, c, 'GET', '/api/auth/me')).statusCode).toBe(401);
    const again = await ctx.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      headers: { 'content-type': 'application/json' },
      payload: { username: 'admin.contoh', password: created.admin.temporaryPassword },
    });
    expect(again.statusCode).toBe(403);
    expect(again.json().error.code).toBe('region_inactive');
  });
});

describe('OPDs and units', () => {
  it('creates an OPD with field-level errors for bad input', async () => {
    const bad = await call(ctx.app, admin, 'POST', '/api/opds', { name: '  ', shortName: 'x'.repeat(41), kind: 'kementerian', headNip: '123' });
    expect(bad.statusCode).toBe(400);
    expect(Object.keys(bad.json().error.fields).sort()).toEqual(['headNip', 'kind', 'name', 'shortName']);
    const ok = await call(ctx.app, admin, 'POST', '/api/opds', {
      name: 'Dinas Perhubungan',
      shortName: 'Dishub',
      kind: 'dinas',
      headName: 'Ir. Contoh',
      headNip: '197001011990031001',
    });
    expect(ok.statusCode).toBe(201);
    expect(ok.json()).toMatchObject({ name: 'Dinas Perhubungan', unitCount: 0, active: true });
  });

  it('names are unique per region, ignoring case', async () => {
    const dup = await call(ctx.app, admin, 'POST', '/api/opds', { name: 'dinas perhubungan', shortName: 'Dishub2', kind: 'dinas' });
    expect(dup.statusCode).toBe(409);
    expect(Object.keys(dup.json().error.fields)).toEqual(['name']);
    const dupShort = await call(ctx.app, admin, 'POST', '/api/opds', { name: 'Dinas Lain', shortName: 'DISHUB', kind: 'dinas' });
    expect(Object.keys(dupShort.json().error.fields)).toEqual(['shortName']);
  });

  it('pages, searches and sorts on the server', async () => {
    const p1 = (await call(ctx.app, admin, 'GET', '/api/opds?pageSize=5&page=1&sort=name')).json();
    const p2 = (await call(ctx.app, admin, 'GET', '/api/opds?pageSize=5&page=2&sort=name')).json();
    expect(p1.items).toHaveLength(5);
    expect(p1.total).toBe(p2.total);
    const names = [...p1.items, ...p2.items].map((o: { name: string }) => o.name);
    expect(names).toEqual([...names].sort((a, b) => a.localeCompare(b, 'en', { sensitivity: 'base' })));
    expect(new Set(names).size).toBe(10);
    const kec = (await call(ctx.app, admin, 'GET', '/api/opds?kind=kecamatan')).json();
    expect(kec.total).toBe(3);
    const search = (await call(ctx.app, admin, 'GET', `/api/opds?q=${encodeURIComponent('pendudukan')}`)).json();
    expect(search.items[0].shortName).toBe('Dispendukcapil');
    const byUnits = (await call(ctx.app, admin, 'GET', '/api/opds?sort=unitCount&dir=desc&pageSize=1')).json();
    expect(byUnits.items[0].shortName).toBe('Dinkes PPKB');
    expect(byUnits.items[0].unitCount).toBe(6);
    const wildcard = (await call(ctx.app, admin, 'GET', '/api/opds?q=%25')).json();
    expect(wildcard.total).toBe(0);
    const badSort = await call(ctx.app, admin, 'GET', '/api/opds?sort=password');
    expect(badSort.statusCode).toBe(400);
    expect(badSort.json().error.fields.sort).toBeTruthy();
  });

  it('adds, renames and deactivates units; the OPD shows them', async () => {
    const opd = (await call(ctx.app, admin, 'GET', '/api/opds?q=Dishub')).json().items[0];
    const unit = await call(ctx.app, admin, 'POST', '/api/units', { opdId: opd.id, name: 'UPT Terminal', kind: 'upt' });
    expect(unit.statusCode).toBe(201);
    const dup = await call(ctx.app, admin, 'POST', '/api/units', { opdId: opd.id, name: 'upt terminal', kind: 'upt' });
    expect(dup.statusCode).toBe(409);
    const off = await call(ctx.app, admin, 'PATCH', `/api/units/${unit.json().id}`, { active: false });
    expect(off.json().active).toBe(false);
    const detail = (await call(ctx.app, admin, 'GET', `/api/opds/${opd.id}`)).json();
    expect(detail.units).toHaveLength(1);
    expect(detail.unitCount).toBe(1);
  });

  it('deactivating an OPD keeps it, filterable', async () => {
    const opd = (await call(ctx.app, admin, 'GET', '/api/opds?q=Dishub')).json().items[0];
    await call(ctx.app, admin, 'PATCH', `/api/opds/${opd.id}`, { active: false });
    const inactive = (await call(ctx.app, admin, 'GET', '/api/opds?active=false')).json();
    expect(inactive.items.map((o: { id: string }) => o.id)).toEqual([opd.id]);
  });

  it('unknown ids and malformed ids are 404, not 500', async () => {
    expect((await call(ctx.app, admin, 'GET', '/api/opds/00000000-0000-4000-8000-000000000000')).statusCode).toBe(404);
    expect((await call(ctx.app, admin, 'GET', '/api/opds/not-a-uuid')).statusCode).toBe(400);
    expect((await call(ctx.app, admin, 'PATCH', '/api/units/00000000-0000-4000-8000-000000000000', { name: 'x' })).statusCode).toBe(404);
  });
});

describe('users', () => {
  let opdId: string;
  beforeAll(async () => {
    opdId = (await call(ctx.app, admin, 'GET', '/api/opds?q=DLH')).json().items[0].id;
  });

  it('creates an operator with a one-time temporary password that must be changed', async () => {
    const res = await call(ctx.app, admin, 'POST', '/api/users', {
      username: 'Operator.DLH',
      fullName: 'Operator DLH',
      email: 'operator.dlh@mojokertokota.go.id',
      role: 'operator_opd',
      opdId,
    });
    expect(res.statusCode).toBe(201);
    const { user, temporaryPassword } = res.json();
    expect(user).toMatchObject({ username: 'operator.dlh', opdName: 'Dinas Lingkungan Hidup', mustChangePassword: true });
    expect(temporaryPassword).toMatch(/^[A-Za-z0-9]{14}$/);

    const op = await login(ctx.app, 'operator.dlh', temporaryPassword);
    const blocked = await call(ctx.app, op, 'GET', '/api/opds');
    expect(blocked.statusCode).toBe(403);
    expect(blocked.json().error.code).toBe('password_change_required');
    await call(ctx.app, op, 'POST', '/api/auth/change-password', { currentPassword: temporaryPassword, newPassword: 'Sungai-Brantas-bersih-26' });
    expect((await call(ctx.app, op, 'GET', '/api/opds')).statusCode).toBe(200);
  });

  it('validates role placement, username format and uniqueness', async () => {
    const noOpd = await call(ctx.app, admin, 'POST', '/api/users', { username: 'op.x', fullName: 'X', role: 'operator_opd' });
    expect(noOpd.json().error.fields).toEqual({ opdId: 'Peran ini wajib memilih Perangkat Daerah.' });
    const badName = await call(ctx.app, admin, 'POST', '/api/users', { username: 'Bad Name!', fullName: 'X', role: 'verifikator' });
    expect(badName.json().error.fields.username).toBeTruthy();
    const taken = await call(ctx.app, admin, 'POST', '/api/users', { username: 'verifikator', fullName: 'X', role: 'verifikator' });
    expect(taken.statusCode).toBe(409);
    expect(taken.json().error.fields.username).toBeTruthy();
    const email = await call(ctx.app, admin, 'POST', '/api/users', { username: 'v.two', fullName: 'X', role: 'verifikator', email: 'ADMIN@demo.inovda.id' });
    expect(email.json().error.fields.email).toBeTruthy();
    const badEmail = await call(ctx.app, admin, 'POST', '/api/users', { username: 'v.three', fullName: 'X', role: 'verifikator', email: 'not-an-email' });
    expect(badEmail.json().error.fields.email).toBeTruthy();
  });

  it('deactivating signs the user out at once; admins cannot deactivate themselves', async () => {
    const victim = await login(ctx.app, 'operator.dlh', 'Sungai-Brantas-bersih-26');
    const id = (await call(ctx.app, admin, 'GET', '/api/users?q=operator.dlh')).json().items[0].id;
    expect((await call(ctx.app, admin, 'PATCH', `/api/users/${id}`, { active: false })).json().active).toBe(false);
    expect((await call(ctx.app, victim, 'GET', '/api/auth/me')).statusCode).toBe(401);
    const self = (await call(ctx.app, admin, 'GET', '/api/auth/me')).json().user.id;
    const selfOff = await call(ctx.app, admin, 'PATCH', `/api/users/${self}`, { active: false });
    expect(selfOff.json().error.fields.active).toBeTruthy();
    await call(ctx.app, admin, 'PATCH', `/api/users/${id}`, { active: true });
  });

  it('an admin reset gives a new temporary password and lifts a sign-in lock', async () => {
    const id = (await call(ctx.app, admin, 'GET', '/api/users?q=operator.dlh')).json().items[0].id;
    for (let i = 0; i < 5; i++)
      await ctx.app.inject({
        method: 'POST',
        url: '/api/auth/login',
        headers: { 'content-type': 'application/json' },
        payload: { username: 'operator.dlh', password: 'wrong-pass-1' },
      });
    const { temporaryPassword } = (await call(ctx.app, admin, 'POST', `/api/users/${id}/reset-password`)).json();
    const c = await login(ctx.app, 'operator.dlh', temporaryPassword);
    expect((await call(ctx.app, c, 'GET', '/api/auth/me')).json().user.mustChangePassword).toBe(true);
  });

  it('filters by role, OPD and status, and sorts', async () => {
    const ops = (await call(ctx.app, admin, 'GET', '/api/users?role=operator_opd')).json();
    expect(ops.items.every((u: { role: string }) => u.role === 'operator_opd')).toBe(true);
    const byOpd = (await call(ctx.app, admin, 'GET', `/api/users?opdId=${opdId}`)).json();
    expect(byOpd.items.map((u: { username: string }) => u.username)).toEqual(['operator.dlh']);
    const sorted = (await call(ctx.app, admin, 'GET', '/api/users?sort=username&dir=desc')).json();
    const names = sorted.items.map((u: { username: string }) => u.username);
    expect(names).toEqual([...names].sort().reverse());
  });
});

describe('audit trail', () => {
  it('records every change with actor, before and after — never secrets', async () => {
    const events = (await call(ctx.app, admin, 'GET', '/api/audit?entityType=region&action=update')).json();
    expect(events.items[0]).toMatchObject({ before: { address: DEMO_ADDRESS }, after: { address: 'Jl. Gajah Mada 145' } });
    const deactivate = (await call(ctx.app, admin, 'GET', '/api/audit?entityType=opd&action=deactivate')).json().items[0];
    expect(deactivate).toMatchObject({ actorName: 'admin', entityLabel: 'Dinas Perhubungan', before: { active: true }, after: { active: false } });
    const created = (await call(ctx.app, admin, 'GET', '/api/audit?entityType=user&action=create')).json().items[0];
    expect(created.after.username).toBe('operator.dlh');
    expect(JSON.stringify(created)).not.toMatch(/passwordHash|argon2/);
  });

  it('filters by time and text, newest first', async () => {
    const future = encodeURIComponent(new Date(Date.now() + 3_600_000).toISOString());
    expect((await call(ctx.app, admin, 'GET', `/api/audit?from=${future}`)).json().total).toBe(0);
    const all = (await call(ctx.app, admin, 'GET', '/api/audit?q=Perhubungan')).json();
    expect(all.items.length).toBeGreaterThan(1);
    expect(all.items[0].id).toBeGreaterThan(all.items[1].id);
    const bad = await call(ctx.app, admin, 'GET', '/api/audit?from=yesterday');
    expect(bad.statusCode).toBe(400);
  });
});
