// Region-level (SPD) answers: Admin Daerah only, audited, refused once locked, and part of the simulator's state.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { call, createTestApp, login, openPeriod2026, type TestContext } from '../support/app';
import { answer } from '../support/items';

let ctx: TestContext;
let admin: string;
let periodId: string;

beforeAll(async () => {
  ctx = await createTestApp();
  admin = await login(ctx.app, 'admin');
  periodId = await openPeriod2026(ctx.app, admin);
});
afterAll(() => ctx.close());

describe('region (SPD) answers', () => {
  it('records answers and their SPD score', async () => {
    expect((await call(ctx.app, admin, 'GET', `/api/periods/${periodId}/region-answers`)).json()).toEqual({
      periodId,
      answers: {},
      items: {},
      spd: 0,
      spdVerified: 0,
      spdMax: 63,
      missingEvidence: [],
    });
    await answer(ctx.app, admin, { periodId }, '12', 3);
    const res = await answer(ctx.app, admin, { periodId }, '5a', 2);
    // 3 × 2 + 2 × 0.75 = 7.5
    expect(res.json()).toMatchObject({ answers: { '12': 3, '5a': 2 }, spd: 7.5, spdVerified: 0, missingEvidence: ['5a', '12'] });
    const audit = (await call(ctx.app, admin, 'GET', '/api/audit?entityType=period&action=answer')).json().items[0];
    expect(audit.after).toEqual({ 'indikator 5a': 2 });
    const state = (await call(ctx.app, admin, 'GET', '/api/innovations/score-input')).json();
    expect(state.region.answers).toEqual({ '12': 3, '5a': 2 });
  });

  it('refuses SID codes, other roles and locked periods', async () => {
    expect((await answer(ctx.app, admin, { periodId }, '16', 1)).statusCode).toBe(400);
    const verifier = await login(ctx.app, 'verifikator');
    expect((await call(ctx.app, verifier, 'GET', `/api/periods/${periodId}/region-answers`)).statusCode).toBe(200);
    expect((await answer(ctx.app, verifier, { periodId }, '12', 1)).statusCode).toBe(403);
    await call(ctx.app, admin, 'POST', `/api/periods/${periodId}/status`, { status: 'closed' });
    expect((await answer(ctx.app, admin, { periodId }, '1', 1)).statusCode).toBe(200);
    await call(ctx.app, admin, 'POST', `/api/periods/${periodId}/status`, { status: 'locked' });
    expect((await answer(ctx.app, admin, { periodId }, '1', 2)).json().error.code).toBe('period_locked');
  });
});
