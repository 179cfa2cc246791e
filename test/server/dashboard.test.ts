// Dashboards: the figures equal the engine's for the same data; OPD monitoring adds up; a Kepala OPD sees
// their own OPD with a to-do list; official results per year; an empty period gives empty, correct figures.
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { builtInFramework } from '../../src/domain/iid/builtin';
import { scoreIid } from '../../src/domain/iid/engine';
import type { Framework } from '../../src/domain/iid/types';
import { innovationEntries } from '../../src/server/db/schema';
import { seedDemoInnovations } from '../../src/server/seed/demo-innovations';
import { periodStamp } from '../../src/server/shared/periods/period-memo';
import { call, createTestApp, login, type TestContext } from '../support/app';
import { answer, decideItem } from '../support/items';

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

describe('region dashboard', () => {
  it('shows the engine’s IID, claimed and verified, with breakdown, counts and deadlines', async () => {
    const d = (await call(ctx.app, leader, 'GET', '/api/dashboard/region')).json();
    const f = builtInFramework('iid-2026') as Framework;
    for (const basis of ['claimed', 'verified'] as const) {
      const input = (await call(ctx.app, admin, 'GET', `/api/innovations/score-input?basis=${basis}`)).json();
      const r = scoreIid(f, input);
      expect(d[basis]).toMatchObject({ iid: r.iid, predicate: r.predicate, spd: r.spd, sid: r.sid, sent: r.sent, urusan: r.urusan });
      expect(d[basis].variables).toEqual(r.breakdown.variables);
    }
    const score = (await call(ctx.app, admin, 'GET', '/api/scores/region')).json();
    expect(d.claimed.iid).toBe(score.claimed.iid);
    expect(d.verified.iid).toBe(score.verified.iid);
    const list = (await call(ctx.app, admin, 'GET', '/api/innovations?pageSize=100')).json();
    expect(d.innovations.registered).toBe(list.total);
    expect(Object.values(d.innovations.byStatus as Record<string, number>).reduce((a, b) => a + b, 0)).toBe(list.total);
    expect(d.deadlines.map((x: { key: string }) => x.key)).toEqual(['opens', 'internal', 'closes']);
    expect(d.bands.at(-1)).toMatchObject({ max: 100 });
    expect(d.verification.menunggu + d.verification.diterima + d.verification.dikembalikan).toBeGreaterThan(0);
  });
});

describe('region dashboard kept between changes', () => {
  it('follows every kind of change at once: a new innovation, an SPD answer, an SID answer, a review, a period edit', async () => {
    const f = builtInFramework('iid-2026') as Framework;
    const dashboard = async () => (await call(ctx.app, leader, 'GET', '/api/dashboard/region')).json();
    const matchesEngine = async () => {
      const d = await dashboard();
      for (const basis of ['claimed', 'verified'] as const) {
        const r = scoreIid(f, (await call(ctx.app, admin, 'GET', `/api/innovations/score-input?basis=${basis}`)).json());
        expect(d[basis]).toMatchObject({ iidExact: r.iidExact, spd: r.spd, sid: r.sid, sent: r.sent });
        expect(d[basis].variables).toEqual(r.breakdown.variables);
      }
      return d;
    };
    const first = await matchesEngine();
    expect(await dashboard()).toEqual(first);

    const operator = await login(ctx.app, 'operator.dinkes');
    await call(ctx.app, operator, 'POST', '/api/innovations', { name: 'Antrean Puskesmas Daring' });
    const added = await matchesEngine();
    expect(added.innovations.registered).toBe(first.innovations.registered + 1);
    expect(added.innovations.byStatus.draft).toBe((first.innovations.byStatus.draft ?? 0) + 1);

    const periodId = first.period.id;
    const spd = (await call(ctx.app, admin, 'GET', `/api/periods/${periodId}/region-answers`)).json();
    const code = f.indicators.find((i) => i.aspect === 'SPD')?.code as string;
    await answer(ctx.app, admin, { periodId }, code, spd.answers[code] === 1 ? 2 : 1);
    expect((await matchesEngine()).claimed.spd).not.toBe(added.claimed.spd);

    const verifier = await login(ctx.app, 'verifikator');
    const waiting = (await call(ctx.app, verifier, 'GET', `/api/verification/queue?periodId=${periodId}&status=menunggu&pageSize=100`)).json();
    const item = waiting.items.find((i: { scope: string; evidenceCount: number }) => i.scope === 'sid' && i.evidenceCount > 0);
    const input = (await call(ctx.app, admin, 'GET', '/api/innovations/score-input')).json();
    if (!input.innovations.find((i: { entryId: string }) => i.entryId === item.entryId).sent) {
      const unsent = await dashboard();
      expect(
        (await call(ctx.app, admin, 'POST', `/api/innovations/entries/${item.entryId}/sent`, { sent: true, confirmBelowThreshold: true })).statusCode,
      ).toBe(200);
      expect((await matchesEngine()).innovations.sent).toBe(unsent.innovations.sent + 1);
    }
    const beforeReview = await dashboard();
    await decideItem(ctx.app, verifier, { entryId: item.entryId, code: item.code, decision: 'accept' });
    const reviewed = await matchesEngine();
    expect(reviewed.verification.diterima).toBe(beforeReview.verification.diterima + 1);
    expect(reviewed.verified.iidExact).toBeGreaterThan(beforeReview.verified.iidExact);

    // Changing the accepted answer sends it back to the queue and changes the claimed score.
    const head = await login(ctx.app, 'admin');
    const answers = (await call(ctx.app, head, 'GET', `/api/innovations/entries/${item.entryId}/answers`)).json();
    const value = answers.answers[item.code] === 1 ? 2 : 1;
    expect((await answer(ctx.app, head, { entryId: item.entryId }, item.code, value)).statusCode).toBe(200);
    const changed = await matchesEngine();
    expect(changed.verification.diterima).toBe(reviewed.verification.diterima - 1);
    expect(changed.claimed.iidExact).not.toBe(reviewed.claimed.iidExact);

    await call(ctx.app, admin, 'PATCH', `/api/periods/${periodId}`, { opdTarget: 3 });
    expect((await dashboard()).period.opdTarget).toBe(3);
    await call(ctx.app, admin, 'PATCH', `/api/periods/${periodId}`, { opdTarget: 2 });
  });
});

describe('period stamp', () => {
  it('changes when an innovation is deleted or restored, and with every entry update', async () => {
    const { db } = ctx.database;
    const [entry] = await db.select({ innovation_id: innovationEntries.innovationId, period_id: innovationEntries.periodId }).from(innovationEntries).limit(1);
    const s0 = await periodStamp(db, entry.period_id);
    expect(await periodStamp(db, entry.period_id)).toBe(s0);
    await db.execute(sql`update innovations set deleted_at = now() where id = ${entry.innovation_id}`);
    const s1 = await periodStamp(db, entry.period_id);
    expect(s1).not.toBe(s0);
    await db.execute(sql`update innovations set deleted_at = null where id = ${entry.innovation_id}`);
    const s2 = await periodStamp(db, entry.period_id);
    expect(new Set([s0, s1, s2]).size).toBe(3);
    await db.execute(sql`update innovation_entries set name = name where innovation_id = ${entry.innovation_id}`);
    expect(await periodStamp(db, entry.period_id)).not.toBe(s2);
  });
});

describe('OPD monitoring', () => {
  it('every OPD with its figures against the target; the totals add up', async () => {
    const m = (await call(ctx.app, admin, 'GET', '/api/dashboard/opds')).json();
    const list = (await call(ctx.app, admin, 'GET', '/api/innovations?pageSize=100')).json();
    expect(m.target).toBe(2);
    expect(m.rows.length).toBeGreaterThanOrEqual(15);
    expect(m.rows.reduce((n: number, r: { registered: number }) => n + r.registered, 0)).toBe(list.total);
    for (const r of m.rows) expect(r.meetsTarget).toBe(r.sent >= 2);
    expect(m.todo).toEqual([]);
  });

  it('a Kepala OPD sees their own OPD and what to fix', async () => {
    const head = await login(ctx.app, 'kepala.dinkes');
    const m = (await call(ctx.app, head, 'GET', '/api/dashboard/opds')).json();
    expect(m.rows).toHaveLength(1);
    const mine = (await call(ctx.app, head, 'GET', '/api/innovations?pageSize=100')).json();
    expect(m.rows[0].registered).toBe(mine.total);
    const returned = mine.items.filter((e: { review: { dikembalikan: number } }) => e.review.dikembalikan > 0).length;
    expect(m.todo.filter((x: { kind: string }) => x.kind === 'returned')).toHaveLength(returned);
    for (const x of m.todo.filter((t: { kind: string }) => t.kind === 'returned')) expect(x.notes.every((n: string) => n.length > 0)).toBe(true);
  });
});

describe('heatmap', () => {
  it('OPD × indicator and innovation × indicator, consistent with the answers', async () => {
    const h = (await call(ctx.app, admin, 'GET', '/api/dashboard/heatmap')).json();
    expect(h.indicators.map((i: { code: string }) => i.code)).toContain('16');
    const list = (await call(ctx.app, admin, 'GET', '/api/innovations?pageSize=100')).json();
    expect(h.innovations).toHaveLength(list.total);
    const one = h.innovations[0];
    const answers = (await call(ctx.app, admin, 'GET', `/api/innovations/entries/${one.id}/answers`)).json();
    for (const [code, cell] of Object.entries(one.cells as Record<string, { value: number }>)) expect(cell.value).toBe(answers.answers[code] ?? 0);
    for (const o of h.opds)
      for (const c of Object.values(o.cells as Record<string, { claimed: number; verified: number }>)) {
        expect(c.claimed).toBeGreaterThanOrEqual(c.verified);
        expect(c.claimed).toBeLessThanOrEqual(1);
      }
    const head = await login(ctx.app, 'kepala.dinkes');
    expect((await call(ctx.app, head, 'GET', '/api/dashboard/heatmap')).json().opds).toHaveLength(1);
  });
});

describe('history', () => {
  it('keeps official results per year with their source; only the admin writes them', async () => {
    const h = (await call(ctx.app, leader, 'GET', '/api/dashboard/history')).json();
    expect(h.map((r: { year: number; iid: number }) => [r.year, r.iid])).toEqual([
      [2021, 62.3],
      [2022, 70.78],
      [2023, 84.46],
    ]);
    expect((await call(ctx.app, leader, 'PUT', '/api/dashboard/history/2024', { iid: 80, source: 'x' })).statusCode).toBe(403);
    const noSource = await call(ctx.app, admin, 'PUT', '/api/dashboard/history/2024', { iid: 80 });
    expect(noSource.json().error.fields.source).toBeTruthy();
    const saved = await call(ctx.app, admin, 'PUT', '/api/dashboard/history/2024', {
      iid: 81.5,
      predicate: 'Sangat Inovatif',
      nationalRank: 12,
      source: 'SK Mendagri 2024',
    });
    expect(saved.json()).toMatchObject({ year: 2024, iid: 81.5, nationalRank: 12 });
    expect((await call(ctx.app, admin, 'GET', '/api/dashboard/history')).json()).toHaveLength(4);
  });
});

describe('empty period', () => {
  it('a period without innovations gives zeros and empty lists, not errors', async () => {
    const periods = (await call(ctx.app, admin, 'GET', '/api/periods')).json();
    await call(ctx.app, admin, 'POST', `/api/periods/${periods[0].id}/status`, { status: 'closed' });
    const created = await call(ctx.app, admin, 'POST', '/api/periods', {
      year: 2027,
      frameworkId: 'iid-2026',
      penjaringanOpensOn: '2027-06-01',
      penjaringanClosesOn: '2027-08-15',
      carryOver: false,
    });
    const d = (await call(ctx.app, admin, 'GET', `/api/dashboard/region?periodId=${created.json().id}`)).json();
    expect(d.innovations).toMatchObject({ registered: 0, sent: 0, byStatus: {} });
    expect(d.claimed.iid).toBe(0);
    const m = (await call(ctx.app, admin, 'GET', `/api/dashboard/opds?periodId=${created.json().id}`)).json();
    expect(m.rows.every((r: { registered: number; change: number }) => r.registered === 0)).toBe(true);
    expect(m.previousYear).toBe(2026);

    // Every page means the same period by default: the open one, even when a later one exists (closed).
    await call(ctx.app, admin, 'POST', `/api/periods/${created.json().id}/status`, { status: 'closed' });
    await call(ctx.app, admin, 'POST', `/api/periods/${periods[0].id}/status`, { status: 'open' });
    const dashboard = (await call(ctx.app, admin, 'GET', '/api/dashboard/region')).json();
    const score = (await call(ctx.app, admin, 'GET', '/api/scores/region')).json();
    expect([dashboard.period.year, score.year]).toEqual([2026, 2026]);
  });
});
