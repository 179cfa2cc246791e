import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { currentTotp } from '../../src/server/auth/totp';
import { sessions, users } from '../../src/server/db/schema';
import { call, createTestApp, DEMO_PASSWORD, json, login, type TestContext } from '../support/app';

let ctx: TestContext;
beforeAll(async () => {
  ctx = await createTestApp();
});
afterAll(() => ctx.close());

const loginAs = (username: string, password: string, headers: Record<string, string> = {}, remoteAddress = '10.0.0.1') =>
  ctx.app.inject({ method: 'POST', url: '/api/auth/login', headers: { ...json, ...headers }, payload: { username, password }, remoteAddress });

describe('sign in', () => {
  it('signs in by username or e-mail and sets an httpOnly SameSite cookie', async () => {
    const res = await loginAs('admin', DEMO_PASSWORD);
    expect(res.statusCode).toBe(200);
    expect(res.json().user.role).toBe('admin_daerah');
    expect(res.json().region.name).toBe('Kota Mojokerto');
    const cookie = res.cookies.find((c) => c.name === 'inovda_session');
    expect(cookie?.httpOnly).toBe(true);
    expect(cookie?.sameSite).toBe('Lax');
    const byEmail = await loginAs('ADMIN@demo.inovda.id', DEMO_PASSWORD);
    expect(byEmail.statusCode).toBe(200);
  });

  it('wrong credentials give one message, in the request language', async () => {
    const wrongPw = await loginAs('verifikator', 'nope-nope-1', {}, '10.0.0.2');
    const noUser = await loginAs('nobody', 'nope-nope-1', { 'accept-language': 'en' }, '10.0.0.2');
    expect(wrongPw.statusCode).toBe(401);
    expect(wrongPw.json().error).toEqual({ code: 'invalid_credentials', message: 'Nama pengguna atau kata sandi salah.' });
    expect(noUser.json().error.message).toBe('Wrong username or password.');
  });

  it('missing fields are named', async () => {
    const res = await ctx.app.inject({ method: 'POST', url: '/api/auth/login', headers: json, payload: { username: '' } });
    expect(res.statusCode).toBe(400);
    expect(Object.keys(res.json().error.fields).sort()).toEqual(['password', 'username']);
  });

  it('holds an account tried too often from one network, and says for how long', async () => {
    for (let i = 0; i < 5; i++) expect((await loginAs('pimpinan', 'wrong-password-1', {}, '10.1.0.1')).statusCode).toBe(401);
    const held = await loginAs('pimpinan', DEMO_PASSWORD, {}, '10.1.0.1');
    expect(held.statusCode).toBe(429);
    expect(held.json().error.code).toBe('signin_throttled');
    expect(held.json().error.message).toMatch(/\d+ menit/);
    expect(held.headers['retry-after']).toMatch(/^\d+$/);
    expect((await loginAs('pimpinan', DEMO_PASSWORD, {}, '10.1.0.99')).statusCode).toBe(200);
  });

  it('throttles one IP trying many accounts', async () => {
    for (let i = 0; i < 30; i++) await loginAs(`guess${i}`, 'wrong-password-1', {}, '10.9.9.9');
    const res = await loginAs('admin', DEMO_PASSWORD, {}, '10.9.9.9');
    expect(res.statusCode).toBe(429);
    expect(res.json().error.code).toBe('ip_throttled');
    expect((await loginAs('admin', DEMO_PASSWORD, {}, '10.9.9.10')).statusCode).toBe(200);
  });

  it('refuses a deactivated account with a clear message', async () => {
    await ctx.database.db.update(users).set({ active: false }).where(eq(users.username, 'juri'));
    const res = await loginAs('juri', DEMO_PASSWORD, {}, '10.0.0.3');
    expect(res.statusCode).toBe(403);
    expect(res.json().error.code).toBe('account_inactive');
    await ctx.database.db.update(users).set({ active: true }).where(eq(users.username, 'juri'));
  });
});

describe('sessions', () => {
  it('me, logout, and an expired session', async () => {
    const cookie = await login(ctx.app, 'verifikator');
    expect((await call(ctx.app, cookie, 'GET', '/api/auth/me')).json().user.username).toBe('verifikator');
    expect((await call(ctx.app, null, 'GET', '/api/auth/me')).json().error.code).toBe('unauthenticated');

    await ctx.database.db.update(sessions).set({ expiresAt: new Date(Date.now() - 1000) });
    const expired = await call(ctx.app, cookie, 'GET', '/api/auth/me');
    expect(expired.statusCode).toBe(401);
    expect(expired.json().error.code).toBe('session_expired');

    const fresh = await login(ctx.app, 'verifikator');
    expect((await call(ctx.app, fresh, 'POST', '/api/auth/logout')).statusCode).toBe(200);
    expect((await call(ctx.app, fresh, 'GET', '/api/auth/me')).statusCode).toBe(401);
  });

  it('stores only a hash of the session token', async () => {
    const cookie = await login(ctx.app, 'operator.dinkes');
    const token = cookie.split('=')[1];
    const rows = await ctx.database.db.select().from(sessions);
    expect(rows.some((r) => r.id === token)).toBe(false);
  });

  it('the user language setting is used when the request names none', async () => {
    const cookie = await login(ctx.app, 'kepala.dinkes');
    await call(ctx.app, cookie, 'PATCH', '/api/auth/me/preferences', { locale: 'en' });
    const res = await call(ctx.app, cookie, 'GET', '/api/users');
    expect(res.statusCode).toBe(403);
    expect(res.json().error.message).toBe('You do not have access to do this.');
    const overridden = await call(ctx.app, cookie, 'GET', '/api/users', undefined, { 'accept-language': 'id' });
    expect(overridden.json().error.message).toBe('Anda tidak memiliki akses untuk tindakan ini.');
  });
});

describe('passwords', () => {
  it('change password checks the current one and the policy, and signs out other sessions', async () => {
    const a = await login(ctx.app, 'operator.dispendukcapil');
    const b = await login(ctx.app, 'operator.dispendukcapil');
    const wrong = await call(ctx.app, a, 'POST', '/api/auth/change-password', { currentPassword: 'x', newPassword: 'Another-pass-2026' });
    expect(wrong.json().error.fields).toEqual({ currentPassword: 'Kata sandi saat ini salah.' });
    const weak = await call(ctx.app, a, 'POST', '/api/auth/change-password', { currentPassword: DEMO_PASSWORD, newPassword: 'short' });
    expect(weak.json().error.fields.newPassword).toMatch(/minimal 10/i);
    const ok = await call(ctx.app, a, 'POST', '/api/auth/change-password', { currentPassword: DEMO_PASSWORD, newPassword: 'Another-pass-2026' });
    expect(ok.statusCode).toBe(200);
    expect((await call(ctx.app, a, 'GET', '/api/auth/me')).statusCode).toBe(200);
    expect((await call(ctx.app, b, 'GET', '/api/auth/me')).statusCode).toBe(401);
    await login(ctx.app, 'operator.dispendukcapil', 'Another-pass-2026');
  });
});

describe('two-factor sign-in', () => {
  it('set-up, confirm, then every sign-in needs a code', async () => {
    const cookie = await login(ctx.app, 'superadmin');
    const setup = (await call(ctx.app, cookie, 'POST', '/api/auth/totp/setup')).json();
    expect(setup.uri).toMatch(/^otpauth:\/\/totp\//);
    expect(setup.qrDataUrl).toMatch(/^data:image\/png;base64,/);
    const bad = await call(ctx.app, cookie, 'POST', '/api/auth/totp/enable', { code: '000000' });
    expect(bad.json().error.fields.code).toBeTruthy();
    const on = await call(ctx.app, cookie, 'POST', '/api/auth/totp/enable', { code: currentTotp(setup.secret) });
    expect(on.json().user.totpEnabled).toBe(true);

    const noCode = await loginAs('superadmin', DEMO_PASSWORD, {}, '10.2.0.1');
    expect(noCode.statusCode).toBe(401);
    expect(noCode.json().error.code).toBe('totp_required');
    const wrongCode = await ctx.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      headers: json,
      payload: { username: 'superadmin', password: DEMO_PASSWORD, totp: '123456' },
      remoteAddress: '10.2.0.1',
    });
    expect(wrongCode.json().error.code).toBe('totp_invalid');
    const withCode = await login(ctx.app, 'superadmin', DEMO_PASSWORD, { totp: currentTotp(setup.secret) });
    const off = await call(ctx.app, withCode, 'POST', '/api/auth/totp/disable', { password: DEMO_PASSWORD });
    expect(off.json().user.totpEnabled).toBe(false);
    await login(ctx.app, 'superadmin');
  });
});
