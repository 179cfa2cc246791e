// The demo region's innovations: an open 2026 period with ~60 innovations in every stage and state.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { builtInFramework } from '../../src/domain/iid/builtin';
import { scoreIid } from '../../src/domain/iid/engine';
import type { Framework } from '../../src/domain/iid/types';
import { seedDemoInnovations } from '../../src/server/seed/demo-innovations';
import { call, createTestApp, login, type TestContext } from '../support/app';

let ctx: TestContext;
let admin: string;

beforeAll(async () => {
  ctx = await createTestApp();
  admin = await login(ctx.app, 'admin');
});
afterAll(() => ctx.close());

describe('demo innovations', () => {
  it('seeds once: about 60 innovations across the OPDs, every stage and workflow state', async () => {
    const first = await seedDemoInnovations(ctx.database.db, ctx.app.storage);
    expect(first.seeded).toBe(true);
    expect(first.innovations).toBeGreaterThanOrEqual(55);
    expect((await seedDemoInnovations(ctx.database.db, ctx.app.storage)).seeded).toBe(false);

    const all = (await call(ctx.app, admin, 'GET', '/api/innovations?pageSize=100')).json();
    expect(all.total).toBe(first.innovations);
    const values = (key: string) => new Set(all.items.map((e: Record<string, unknown>) => e[key]));
    expect(values('tahapan')).toEqual(new Set(['inisiatif', 'uji_coba', 'penerapan']));
    expect(values('status')).toEqual(new Set(['draft', 'diajukan', 'disetujui']));
    expect(values('opdName').size).toBeGreaterThanOrEqual(15);
    expect(all.items.some((e: { sent: boolean }) => e.sent)).toBe(true);
    expect(all.items.some((e: { belowThreshold: boolean }) => e.belowThreshold)).toBe(true);
    const submitted = all.items.filter((e: { status: string }) => e.status !== 'draft');
    expect(submitted.every((e: { rancangBangunWords: number }) => e.rancangBangunWords >= 300)).toBe(true);
    // Submitted entries have evidence for every answer; approved ones are part-way through verification.
    expect(submitted.every((e: { review: { missingEvidence: number } }) => e.review.missingEvidence === 0)).toBe(true);
    const approved = all.items.filter((e: { status: string }) => e.status === 'disetujui');
    const total = (k: string) => approved.reduce((n: number, e: { review: Record<string, number> }) => n + e.review[k], 0);
    expect(total('diterima')).toBeGreaterThan(total('dikembalikan'));
    expect(total('dikembalikan')).toBeGreaterThan(0);
    expect(total('menunggu')).toBeGreaterThan(0);
    const score = (await call(ctx.app, admin, 'GET', '/api/scores/region')).json();
    expect(score.verified.iid).toBeGreaterThan(0);
    expect(score.verified.iid).toBeLessThan(score.claimed.iid);
    expect(score.claimed.spd).toBeGreaterThan(score.verified.spd);
    expect(score.verified.spd).toBeGreaterThan(0);
  });

  it('pages, sorts and filters the list, with the total past the last page', async () => {
    const all = (await call(ctx.app, admin, 'GET', '/api/innovations?pageSize=100')).json();
    const beyond = (await call(ctx.app, admin, 'GET', '/api/innovations?page=99&pageSize=10')).json();
    expect(beyond).toMatchObject({ items: [], total: all.total, page: 99 });
    const byOpd = (await call(ctx.app, admin, 'GET', '/api/innovations?sort=opd&dir=desc&pageSize=100'))
      .json()
      .items.map((e: { opdName: string }) => e.opdName);
    expect(byOpd).toEqual([...byOpd].sort((a, b) => b.localeCompare(a, 'en')));
    const drafts = (await call(ctx.app, admin, 'GET', '/api/innovations?status=draft&pageSize=100')).json();
    expect(drafts.total).toBe(all.items.filter((e: { status: string }) => e.status === 'draft').length);
    expect(drafts.items.every((e: { status: string }) => e.status === 'draft')).toBe(true);
  });

  it('the operator of an OPD sees only that OPD’s innovations', async () => {
    const op = await login(ctx.app, 'operator.dinkes');
    const mine = (await call(ctx.app, op, 'GET', '/api/innovations?pageSize=100')).json();
    expect(mine.total).toBe(7);
  });

  it('the simulator gets a plausible region to score', async () => {
    const state = (await call(ctx.app, admin, 'GET', '/api/innovations/score-input')).json();
    const r = scoreIid(builtInFramework('iid-2026') as Framework, state);
    expect(r.sent).toBeGreaterThan(10);
    expect(r.iid).toBeGreaterThan(10);
    expect(r.iid).toBeLessThan(100);
  });
});
