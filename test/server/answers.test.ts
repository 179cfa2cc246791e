// SID answers: only the period framework's options, audited, scoped, and fed to the simulator as claimed state.
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { builtInFramework } from '../../src/domain/iid/builtin';
import { scoreIid } from '../../src/domain/iid/engine';
import type { Framework } from '../../src/domain/iid/types';
import { innovationEntries } from '../../src/server/db/schema';
import { call, createTestApp, login, openPeriod2026, type TestContext } from '../support/app';
import { answer } from '../support/items';

let ctx: TestContext;
let admin: string;
let operator: string;
let entryId: string;

beforeAll(async () => {
  ctx = await createTestApp();
  admin = await login(ctx.app, 'admin');
  operator = await login(ctx.app, 'operator.dinkes');
  await openPeriod2026(ctx.app, admin);
  entryId = (await call(ctx.app, operator, 'POST', '/api/innovations', { name: 'Posyandu Digital' })).json().id;
  await call(ctx.app, operator, 'PATCH', `/api/innovations/entries/${entryId}`, { version: 1, urusanUtama: '1.02', urusanLain: ['2.14'] });
});
afterAll(() => ctx.close());

describe('SID answers', () => {
  it('starts empty, then records each choice with the claimed maturity', async () => {
    const empty = (await call(ctx.app, operator, 'GET', `/api/innovations/entries/${entryId}/answers`)).json();
    expect(empty).toMatchObject({ answers: {}, maturity: 0, maturityMax: 111, frameworkId: 'iid-2026' });
    await answer(ctx.app, operator, { entryId }, '16', 3);
    const res = await answer(ctx.app, operator, { entryId }, '35', 2);
    // 3 × 3 + 2 × 4 = 17
    expect(res.json()).toMatchObject({ answers: { '16': 3, '35': 2 }, maturity: 17 });
    const audit = (await call(ctx.app, admin, 'GET', '/api/audit?entityType=innovation&action=answer')).json().items[0];
    expect(audit).toMatchObject({ before: { 'indikator 35': 0 }, after: { 'indikator 35': 2 }, actorName: 'operator.dinkes' });
  });

  it('lists the claimed maturity and marks innovations below the period threshold', async () => {
    const before = (await call(ctx.app, admin, 'GET', '/api/innovations')).json().items[0];
    expect(before).toMatchObject({ maturity: 17, belowThreshold: null });
    const periodId = before.periodId;
    await call(ctx.app, admin, 'PATCH', `/api/periods/${periodId}`, { maturityThreshold: 60 });
    expect((await call(ctx.app, admin, 'GET', '/api/innovations')).json().items[0].belowThreshold).toBe(true);
    await call(ctx.app, admin, 'PATCH', `/api/periods/${periodId}`, { maturityThreshold: 10 });
    expect((await call(ctx.app, admin, 'GET', '/api/innovations')).json().items[0].belowThreshold).toBe(false);
  });

  it('refuses SPD codes, unknown codes and values outside the options', async () => {
    expect((await answer(ctx.app, operator, { entryId }, '1', 2)).statusCode).toBe(400);
    expect((await answer(ctx.app, operator, { entryId }, '99', 2)).statusCode).toBe(400);
    const tooHigh = await answer(ctx.app, operator, { entryId }, '16', 4);
    expect(tooHigh.json().error.fields.value).toBeTruthy();
  });

  it('other OPDs and read-only roles cannot answer', async () => {
    const other = await login(ctx.app, 'operator.dispendukcapil');
    expect((await answer(ctx.app, other, { entryId }, '16', 1)).statusCode).toBe(404);
    const verifier = await login(ctx.app, 'verifikator');
    expect((await answer(ctx.app, verifier, { entryId }, '16', 1)).statusCode).toBe(403);
  });

  it('the simulator input carries the claimed state and scores like the engine', async () => {
    const unsent = (await call(ctx.app, admin, 'GET', '/api/innovations/score-input')).json();
    expect(unsent.innovations[0].sent).toBe(false);
    // A draft cannot be marked sent through the API (send.test.ts); here only the score input matters.
    await ctx.database.db.update(innovationEntries).set({ sent: true }).where(eq(innovationEntries.id, entryId));
    const state = (await call(ctx.app, admin, 'GET', '/api/innovations/score-input')).json();
    expect(state.framework).toBe('iid-2026');
    expect(state.innovations).toEqual([
      { id: 'Posyandu Digital', entryId, status: 'draft', sent: true, urusan: ['1.02', '2.14'], answers: { '16': 3, '35': 2 } },
    ]);
    const r = scoreIid(builtInFramework('iid-2026') as Framework, state);
    // 17 / MAX(12, 1) = 1.4167; urusan condition not met → count 0
    expect(r.total).toBeCloseTo(17 / 12, 4);
    expect((await call(ctx.app, operator, 'GET', '/api/innovations/score-input')).statusCode).toBe(403);
  });
});
