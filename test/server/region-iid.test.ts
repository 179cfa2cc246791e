// One region IID: the home card (/api/scores/region), the dashboard and the leaders' PDF report show the same
// claimed and verified figures for the same period — before and after a change — and they equal the engine run
// on the period's every answer read afresh.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { builtInFramework } from '../../src/domain/iid/builtin';
import { scoreIid } from '../../src/domain/iid/engine';
import type { Framework } from '../../src/domain/iid/types';
import { leaderReportInput } from '../../src/server/exports/report-data';
import { seedDemoInnovations } from '../../src/server/seed/demo-innovations';
import { periodWithFramework } from '../../src/server/shared/periods/period-lookup';
import { call, createTestApp, login, type TestContext } from '../support/app';
import { answer } from '../support/items';

let ctx: TestContext;
let admin: string;
let leader: string;

beforeAll(async () => {
  ctx = await createTestApp();
  await seedDemoInnovations(ctx.database.db, ctx.app.storage);
  admin = await login(ctx.app, 'admin');
  leader = await login(ctx.app, 'pimpinan');
});
afterAll(() => ctx.close());

const headline = (s: Record<string, unknown>) => ({
  iid: s.iid,
  iidExact: s.iidExact,
  predicate: s.predicate,
  spd: s.spd,
  sid: s.sid,
  countScore: s.countScore,
  sent: s.sent,
  averageMaturity: s.averageMaturity,
});

/** The three figures of one period, each as its reader gets it; they must be one. */
async function threeWays(periodId: string) {
  const home = (await call(ctx.app, admin, 'GET', `/api/scores/region?periodId=${periodId}`)).json();
  const dashboard = (await call(ctx.app, leader, 'GET', `/api/dashboard/region?periodId=${periodId}`)).json();
  const me = (await call(ctx.app, admin, 'GET', '/api/auth/me')).json();
  const period = await periodWithFramework(ctx.database.db, me.user.regionId, periodId);
  const report = await leaderReportInput(ctx.database.db, me.user.regionId, period);
  const f = builtInFramework('iid-2026') as Framework;
  for (const basis of ['claimed', 'verified'] as const) {
    expect(headline(dashboard[basis])).toEqual(headline(home[basis]));
    expect(headline(report[basis] as unknown as Record<string, unknown>)).toEqual(headline(home[basis]));
    expect(dashboard[basis].variables).toEqual(report[basis].breakdown.variables);
    const fresh = scoreIid(f, (await call(ctx.app, admin, 'GET', `/api/innovations/score-input?periodId=${periodId}&basis=${basis}`)).json());
    expect(fresh.iidExact).toBe(home[basis].iidExact);
  }
  return home;
}

describe('one region IID', () => {
  it('the home card, the dashboard and the leaders’ report show the same IID for a period, and follow a change together', async () => {
    const periodId = (await call(ctx.app, admin, 'GET', '/api/scores/region')).json().periodId;
    const before = await threeWays(periodId);
    expect(before.claimed.iid).toBeGreaterThan(0);

    const f = builtInFramework('iid-2026') as Framework;
    const spd = (await call(ctx.app, admin, 'GET', `/api/periods/${periodId}/region-answers`)).json();
    const code = f.indicators.find((i) => i.aspect === 'SPD')?.code as string;
    await answer(ctx.app, admin, { periodId }, code, spd.answers[code] === 1 ? 2 : 1);
    const after = await threeWays(periodId);
    expect(after.claimed.iidExact).not.toBe(before.claimed.iidExact);
  });
});
