// A brand-new region has no assessment period: every "the period a page is about" read says exactly that, in
// the user's language, instead of a bare "not found" (the simulator shows this text to its user).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { call, createTestApp, login, type TestContext } from '../support/app';

let ctx: TestContext;
let admin: string;

beforeAll(async () => {
  ctx = await createTestApp();
  const sup = await login(ctx.app, 'superadmin');
  const created = await call(ctx.app, sup, 'POST', '/api/regions', {
    name: 'Kabupaten Contoh',
    type: 'kabupaten',
    kemendagriCode: '35.97',
    admin: { username: 'admin.kabcontoh', fullName: 'Admin Kabupaten Contoh' },
  });
  expect(created.statusCode, created.body).toBe(201);
  const temporary = created.json().admin.temporaryPassword;
  admin = await login(ctx.app, 'admin.kabcontoh', temporary);
  const changed = await call(ctx.app, admin, 'POST', '/api/auth/change-password', { currentPassword: temporary, newPassword: 'Kabupaten-Contoh-2026' });
  expect(changed.statusCode, changed.body).toBe(200);
});
afterAll(() => ctx.close());

describe('a region without a period', () => {
  it('lists no period', async () => {
    const res = await call(ctx.app, admin, 'GET', '/api/periods');
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual([]);
  });

  it.each(['/api/scores/region', '/api/dashboard/region', '/api/dashboard/opds', '/api/innovations/score-input?basis=claimed'])(
    '%s says there is no period yet and who opens one',
    async (url) => {
      const res = await call(ctx.app, admin, 'GET', url);
      expect(res.statusCode).toBe(404);
      expect(res.json().error).toEqual({
        code: 'no_period',
        message: 'Belum ada periode penilaian di daerah ini. Admin Daerah membukanya di menu Periode Penilaian.',
      });
      const en = await call(ctx.app, admin, 'GET', url, undefined, { 'accept-language': 'en' });
      expect(en.json().error.message).toBe('This region has no assessment period yet. The regional admin opens one under Assessment periods.');
    },
  );

  it('an unknown period asked for by id is still simply not found', async () => {
    const res = await call(ctx.app, admin, 'GET', '/api/scores/region?periodId=00000000-0000-4000-8000-000000000000');
    expect(res.statusCode).toBe(404);
    expect(res.json().error.code).toBe('not_found');
  });
});
