// Klinik inovasi: the OPD and the Bappeda talk per innovation; other OPDs neither read nor write.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { call, createTestApp, login, openPeriod2026, type TestContext } from '../support/app';

let ctx: TestContext;
let admin: string;
let operator: string;
let entryId: string;

beforeAll(async () => {
  ctx = await createTestApp();
  admin = await login(ctx.app, 'admin');
  operator = await login(ctx.app, 'operator.dinkes');
  await openPeriod2026(ctx.app, admin);
  entryId = (await call(ctx.app, operator, 'POST', '/api/innovations', { name: 'Kader Sehat Digital' })).json().id;
});
afterAll(() => ctx.close());

describe('klinik inovasi', () => {
  it('operator asks, Bappeda answers; the thread is in order with authors', async () => {
    const q = await call(ctx.app, operator, 'POST', `/api/innovations/entries/${entryId}/messages`, {
      body: 'Apakah SK kepala dinas cukup untuk indikator regulasi?',
    });
    expect(q.statusCode).toBe(201);
    await call(ctx.app, admin, 'POST', `/api/innovations/entries/${entryId}/messages`, {
      body: 'Untuk 2026 minimal SK Kepala Daerah atau a.n. Kepala Daerah.',
    });
    const thread = (await call(ctx.app, operator, 'GET', `/api/innovations/entries/${entryId}/messages`)).json();
    expect(thread.map((m: { authorRole: string; mine: boolean }) => [m.authorRole, m.mine])).toEqual([
      ['operator_opd', true],
      ['admin_daerah', false],
    ]);
    expect((await call(ctx.app, operator, 'POST', `/api/innovations/entries/${entryId}/messages`, { body: '   ' })).json().error.fields.body).toBeTruthy();
  });

  it('another OPD cannot read or write; pimpinan reads but does not write', async () => {
    const other = await login(ctx.app, 'operator.dispendukcapil');
    expect((await call(ctx.app, other, 'GET', `/api/innovations/entries/${entryId}/messages`)).statusCode).toBe(404);
    expect((await call(ctx.app, other, 'POST', `/api/innovations/entries/${entryId}/messages`, { body: 'x' })).statusCode).toBe(404);
    const leader = await login(ctx.app, 'pimpinan');
    expect((await call(ctx.app, leader, 'GET', `/api/innovations/entries/${entryId}/messages`)).json()).toHaveLength(2);
    expect((await call(ctx.app, leader, 'POST', `/api/innovations/entries/${entryId}/messages`, { body: 'x' })).statusCode).toBe(403);
  });
});
