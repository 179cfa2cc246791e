// The demo region's innovations: Kota Mojokerto mid-2026, a "Sangat Inovatif" city part-way through verification,
// with about two hundred innovations across all its OPDs in every stage and state.
import { describe, expect, it } from 'vitest';
import { builtInFramework } from '../../src/domain/iid/builtin';
import { scoreIid } from '../../src/domain/iid/engine';
import type { Framework } from '../../src/domain/iid/types';
import { seedDemoInnovations } from '../../src/server/seed/demo-innovations';
import { call, listAll, login } from '../support/app';
import { signedInApp } from '../support/signed-in-app';

const s = signedInApp(['admin']);

/** An innovation as the list gives it (the fields these tests read). */
interface Listed {
  [key: string]: unknown;
  status: string;
  sent: boolean;
  belowThreshold: boolean;
  opdName: string;
  rancangBangunWords: number;
  review: { menunggu: number; diterima: number; dikembalikan: number; missingEvidence: number };
}
const allInnovations = (cookie: string) => listAll<Listed>(s.app, cookie, '/api/innovations');

describe('demo innovations', () => {
  it('seeds once: about two hundred innovations across the OPDs, every stage and workflow state', async () => {
    const first = await seedDemoInnovations(s.ctx.database.db, s.app.storage);
    expect(first.seeded).toBe(true);
    expect(first.innovations).toBeGreaterThanOrEqual(150);
    expect((await seedDemoInnovations(s.ctx.database.db, s.app.storage)).seeded).toBe(false);

    const all = await allInnovations(s.cookie.admin);
    expect(all.total).toBe(first.innovations);
    expect(all.items).toHaveLength(all.total);
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
    // Most are approved and in verification; a few are drafts or wait for approval; some approved are not sent.
    const count = (f: (e: { status: string; sent: boolean }) => boolean) => (all.items as { status: string; sent: boolean }[]).filter(f).length;
    expect(count((e) => e.status === 'disetujui')).toBeGreaterThan(all.total * 0.7);
    expect(count((e) => e.status === 'draft')).toBeLessThan(all.total * 0.15);
    expect(count((e) => e.status === 'disetujui' && !e.sent)).toBeGreaterThan(0);
  });

  it('reads as a "Sangat Inovatif" city mid-year: claimed in the top band, verified lower but well under way', async () => {
    const f = builtInFramework('iid-2026') as Framework;
    const top = f.bands.find((b) => b.label === 'Sangat Inovatif') as { min: number; max: number };
    const score = (await call(s.app, s.cookie.admin, 'GET', '/api/scores/region')).json();
    expect(score.frameworkId).toBe('iid-2026');
    expect(score.claimed.iid).toBeGreaterThanOrEqual(top.min);
    expect(score.claimed.predicate).toBe('Sangat Inovatif');
    expect(score.verified.iid).toBeGreaterThan(0);
    expect(score.verified.iid).toBeLessThan(score.claimed.iid);
    expect(score.claimed.spd).toBeGreaterThan(score.verified.spd);
    expect(score.verified.spd).toBeGreaterThan(0);
    // The count score's condition (basic-service urusan covered) holds on both bases.
    const dashboard = (await call(s.app, s.cookie.admin, 'GET', '/api/dashboard/region')).json();
    expect(dashboard.claimed.iid).toBe(score.claimed.iid);
    expect(dashboard.verified.iid).toBe(score.verified.iid);
    expect(dashboard.claimed.urusan.conditionMet).toBe(true);
    expect(dashboard.verified.urusan.conditionMet).toBe(true);
    expect(dashboard.verified.countScore).toBeGreaterThan(0);
    // The verification summary has work in every state.
    const summary = (await call(s.app, s.cookie.admin, 'GET', `/api/verification/summary?periodId=${score.periodId}`)).json();
    expect(summary.counts.menunggu).toBeGreaterThan(0);
    expect(summary.counts.diterima).toBeGreaterThan(summary.counts.menunggu);
    expect(summary.counts.dikembalikan).toBeGreaterThan(0);
  });

  it('every active OPD has innovations; most meet "more than one", one or two do not', async () => {
    const opdList = (await call(s.app, s.cookie.admin, 'GET', '/api/opds?pageSize=100')).json();
    const active = opdList.items.filter((o: { active: boolean }) => o.active);
    expect(active.length).toBe(18);
    const monitoring = (await call(s.app, s.cookie.admin, 'GET', '/api/dashboard/opds')).json();
    const registered = new Map(monitoring.rows.map((r: { opdId: string; registered: number }) => [r.opdId, r.registered]));
    for (const o of active) expect(registered.get(o.id), o.name).toBeGreaterThanOrEqual(1);
    const below = monitoring.rows.filter((r: { meetsTarget: boolean }) => !r.meetsTarget);
    expect(below.length).toBeGreaterThanOrEqual(1);
    expect(below.length).toBeLessThanOrEqual(2);
    expect(monitoring.rows.some((r: { sent: number }) => r.sent === 0)).toBe(true);
  });

  it('has the official results of 2021–2023 with their source', async () => {
    const history = (await call(s.app, s.cookie.admin, 'GET', '/api/dashboard/history')).json();
    expect(history.map((r: { year: number; iid: number }) => [r.year, r.iid])).toEqual([
      [2021, 62.3],
      [2022, 70.78],
      [2023, 84.46],
    ]);
    for (const r of history) expect(r.source).toMatch(/Mojokerto.*2024/);
  });

  it('pages, sorts and filters the list, with the total past the last page', async () => {
    const all = await allInnovations(s.cookie.admin);
    const beyond = (await call(s.app, s.cookie.admin, 'GET', '/api/innovations?page=99&pageSize=10')).json();
    expect(beyond).toMatchObject({ items: [], total: all.total, page: 99 });
    const byOpd = (await call(s.app, s.cookie.admin, 'GET', '/api/innovations?sort=opd&dir=desc&pageSize=100'))
      .json()
      .items.map((e: { opdName: string }) => e.opdName);
    expect(new Set(byOpd).size).toBeGreaterThan(1);
    expect(byOpd).toEqual([...byOpd].sort((a, b) => b.localeCompare(a, 'en')));
    const drafts = (await call(s.app, s.cookie.admin, 'GET', '/api/innovations?status=draft&pageSize=100')).json();
    expect(drafts.total).toBe(all.items.filter((e: { status: string }) => e.status === 'draft').length);
    expect(drafts.items.every((e: { status: string }) => e.status === 'draft')).toBe(true);
  });

  it('the operator of an OPD sees only that OPD’s innovations', async () => {
    const op = await login(s.app, 'operator.dinkes');
    const mine = await allInnovations(op);
    const dinkes = (await allInnovations(s.cookie.admin)).items.filter((e) => (e.opdName as string).startsWith('Dinas Kesehatan'));
    expect(dinkes.length).toBeGreaterThanOrEqual(2);
    expect(mine.total).toBe(dinkes.length);
    expect(new Set(mine.items.map((e) => e.opdName))).toEqual(new Set([dinkes[0].opdName]));
  });

  it('the simulator gets a plausible region to score', async () => {
    const state = (await call(s.app, s.cookie.admin, 'GET', '/api/innovations/score-input')).json();
    const r = scoreIid(builtInFramework('iid-2026') as Framework, state);
    expect(r.sent).toBeGreaterThan(10);
    expect(r.iid).toBe((await call(s.app, s.cookie.admin, 'GET', '/api/scores/region')).json().claimed.iid);
    expect(r.iid).toBeLessThan(100);
  });
});
