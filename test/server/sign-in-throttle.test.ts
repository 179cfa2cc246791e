// Sign-in throttling: counted per resolved account and network, atomically, with growing delays that a
// stranger cannot turn into a lock on someone else's account.
import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { createResetToken } from '../../src/server/auth/repository';
import { networkOf } from '../../src/server/auth/throttle';
import { loginThrottles, users } from '../../src/server/db/schema';
import { call, createTestApp, DEMO_PASSWORD, json, type TestContext } from '../support/app';

// Every password check the sign-in makes, a real account's or the dummy one for unknown names.
const checks = vi.hoisted(() => ({ n: 0 }));
vi.mock('../../src/server/shared/accounts/passwords', async (importOriginal) => {
  const real = await importOriginal<typeof import('../../src/server/shared/accounts/passwords')>();
  return {
    ...real,
    verifyPassword: (hashed: string, password: string) => {
      checks.n++;
      return real.verifyPassword(hashed, password);
    },
    verifyDummy: (password: string) => {
      checks.n++;
      return real.verifyDummy(password);
    },
  };
});

let ctx: TestContext;
beforeAll(async () => {
  ctx = await createTestApp();
});
afterAll(() => ctx.close());
beforeEach(() => {
  checks.n = 0;
});

const attempt = (username: string, password: string, ip: string) =>
  ctx.app.inject({ method: 'POST', url: '/api/auth/login', headers: json, payload: { username, password }, remoteAddress: ip });

/** Lets every held key go, as if its delay had passed. */
const letDelaysPass = () => ctx.database.db.update(loginThrottles).set({ blockedUntil: sql`now() - interval '1 second'` });

describe('parallel tries', () => {
  it('100 wrong passwords at once for one account check at most 5 of them', async () => {
    const replies = await Promise.all(Array.from({ length: 100 }, () => attempt('pimpinan', 'Tebakan-salah-1', '10.20.0.1')));
    expect(checks.n).toBe(5);
    const statuses = replies.map((r) => r.statusCode);
    expect(statuses.filter((s) => s === 401)).toHaveLength(5);
    expect(statuses.filter((s) => s === 429)).toHaveLength(95);
    const held = replies.find((r) => r.statusCode === 429);
    expect(Number(held?.headers['retry-after'])).toBeGreaterThan(0);
    expect(held?.json().error.code).toBe('signin_throttled');
    expect(held?.json().error.message).toMatch(/Tunggu \d+ menit/);
  });

  it('100 wrong passwords at once across many names from one address check at most 30', async () => {
    const replies = await Promise.all(Array.from({ length: 100 }, (_, i) => attempt(`tebak${i}`, 'Tebakan-salah-1', '10.21.0.1')));
    expect(checks.n).toBe(30);
    const held = replies.filter((r) => r.statusCode === 429);
    expect(held).toHaveLength(70);
    expect(held[0].json().error.code).toBe('ip_throttled');
    expect(held[0].headers['retry-after']).toMatch(/^\d+$/);
  });
});

describe('colleagues behind one office address', () => {
  it('40 right passwords at once (8 accounts, 5 tries each) all sign in: tries still being checked hold the others only for a moment', async () => {
    const names = ['admin', 'juri', 'kepala.dinkes', 'operator.dinkes', 'operator.dispendukcapil', 'pimpinan', 'superadmin', 'verifikator'];
    const replies = await Promise.all(names.flatMap((n) => Array.from({ length: 5 }, () => attempt(n, DEMO_PASSWORD, '10.40.0.1'))));
    expect(replies.map((r) => r.statusCode).filter((s) => s !== 200)).toEqual([]);
    // Nothing is left held for the office, and each of those passwords was checked once.
    expect(checks.n).toBe(40);
    expect((await attempt('admin', DEMO_PASSWORD, '10.40.0.1')).statusCode).toBe(200);
  });

  it('a wrong password among them still counts: the delay starts after the free tries, not before', async () => {
    for (let i = 0; i < 4; i++) expect((await attempt('pimpinan', 'Tebakan-salah-1', '10.41.0.1')).statusCode).toBe(401);
    expect((await attempt('pimpinan', DEMO_PASSWORD, '10.41.0.1')).statusCode).toBe(200);
    for (let i = 0; i < 5; i++) expect((await attempt('pimpinan', 'Tebakan-salah-1', '10.41.0.1')).statusCode).toBe(401);
    expect((await attempt('pimpinan', DEMO_PASSWORD, '10.41.0.1')).statusCode).toBe(429);
  });
});

describe('what is counted together', () => {
  it('the username and the e-mail of one account share one count', async () => {
    for (let i = 0; i < 3; i++) expect((await attempt('kepala.dinkes', 'Tebakan-salah-1', '10.22.0.1')).statusCode).toBe(401);
    for (let i = 0; i < 2; i++) expect((await attempt('KEPALA.DINKES@demo.inovda.id', 'Tebakan-salah-1', '10.22.0.1')).statusCode).toBe(401);
    expect((await attempt('kepala.dinkes@demo.inovda.id', 'Tebakan-salah-1', '10.22.0.1')).statusCode).toBe(429);
    expect((await attempt('kepala.dinkes', DEMO_PASSWORD, '10.22.0.1')).statusCode).toBe(429);
    expect(checks.n).toBe(5);
  });

  it('a name that matches no account is held exactly like one that does', async () => {
    const seen = async (username: string, ip: string) => {
      const out: number[] = [];
      for (let i = 0; i < 7; i++) out.push((await attempt(username, 'Tebakan-salah-1', ip)).statusCode);
      return out;
    };
    expect(await seen('tidak.ada', '10.23.0.1')).toEqual(await seen('verifikator', '10.23.0.2'));
    expect(checks.n).toBe(10);
  });

  it('keeps no typed name or address in the table', async () => {
    await attempt('nama.rahasia', 'Tebakan-salah-1', '10.24.0.1');
    const rows = await ctx.database.db.select().from(loginThrottles);
    expect(JSON.stringify(rows)).not.toMatch(/nama\.rahasia|10\.24\.0\.1/);
  });
});

describe('no lock a stranger can put on someone else', () => {
  it('the owner signs in from another network while a stranger is held', async () => {
    for (let i = 0; i < 8; i++) await attempt('operator.dinkes', 'Tebakan-salah-1', '10.30.0.1');
    expect((await attempt('operator.dinkes', DEMO_PASSWORD, '10.30.0.1')).statusCode).toBe(429);
    expect((await attempt('operator.dinkes', DEMO_PASSWORD, '10.31.0.7')).statusCode).toBe(200);
  });

  it('delays grow with each failure after the free tries', async () => {
    for (let i = 0; i < 5; i++) await attempt('juri', 'Tebakan-salah-1', '10.32.0.1');
    const first = Number((await attempt('juri', 'Tebakan-salah-1', '10.32.0.1')).headers['retry-after']);
    await letDelaysPass();
    expect((await attempt('juri', 'Tebakan-salah-1', '10.32.0.1')).statusCode).toBe(401);
    const second = Number((await attempt('juri', 'Tebakan-salah-1', '10.32.0.1')).headers['retry-after']);
    expect(first).toBeGreaterThan(50);
    expect(first).toBeLessThanOrEqual(60);
    expect(second).toBeGreaterThan(first * 1.5);
    expect(checks.n).toBe(6);
  });

  it('an e-mailed password reset lifts the delays from every network', async () => {
    for (let i = 0; i < 6; i++) await attempt('operator.dispendukcapil', 'Tebakan-salah-1', '10.33.0.1');
    expect((await attempt('operator.dispendukcapil', DEMO_PASSWORD, '10.33.0.1')).statusCode).toBe(429);
    const [user] = await ctx.database.db.select().from(users).where(eq(users.username, 'operator.dispendukcapil'));
    const token = await createResetToken(ctx.database.db, user.id);
    const reset = await call(ctx.app, null, 'POST', '/api/auth/reset-password', { token, newPassword: 'Kependudukan-Mojokerto-2026' });
    expect(reset.statusCode).toBe(200);
    expect((await attempt('operator.dispendukcapil', 'Kependudukan-Mojokerto-2026', '10.33.0.1')).statusCode).toBe(200);
  });

  it('colleagues signing in correctly from one office address do not add up', async () => {
    for (let i = 0; i < 40; i++) expect((await attempt('admin', DEMO_PASSWORD, '10.34.0.1')).statusCode).toBe(200);
  });

  it('speaks English when asked, with the wait in minutes', async () => {
    for (let i = 0; i < 5; i++) await attempt('superadmin', 'Tebakan-salah-1', '10.35.0.1');
    const res = await ctx.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      headers: { ...json, 'accept-language': 'en' },
      payload: { username: 'superadmin', password: DEMO_PASSWORD },
      remoteAddress: '10.35.0.1',
    });
    expect(res.statusCode).toBe(429);
    expect(res.json().error.message).toMatch(/Wait 1 min and try again/);
  });
});

describe('networks', () => {
  it('an IPv6 address counts by its /64, IPv4 by itself', () => {
    expect(networkOf('2001:db8:1:2:aaaa::1')).toBe('2001:db8:1:2::/64');
    expect(networkOf('2001:db8:1:2:ffff:1:2:3')).toBe('2001:db8:1:2::/64');
    expect(networkOf('2001:db8::1')).toBe('2001:db8:0:0::/64');
    expect(networkOf('::ffff:10.1.2.3')).toBe('10.1.2.3');
    expect(networkOf('10.1.2.3')).toBe('10.1.2.3');
  });
});
