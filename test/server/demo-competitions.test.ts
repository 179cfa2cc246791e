// The demo installation's competition record: last year's local contest, judged by the demo judge and ranked by
// the same code (and the fixed ranking contract), published with three winners; the first rewarded, the other two
// waiting for the region's reward; seeded once.
import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { rankEntries } from '../../src/domain/competitions/ranking';
import { seedDemoCatalogue } from '../../src/server/catalogue/demo-seed';
import { seedDemoCompetitions } from '../../src/server/competitions/demo-seed';
import { competitionScores } from '../../src/server/db/schema';
import { call } from '../support/app';
import { signedInApp } from '../support/signed-in-app';

const s = signedInApp(['admin', 'pimpinan', 'operator.dinkes'], { demoInnovations: true });

describe('demo competitions', () => {
  it('seeds a published local contest whose ranking is the contract’s, once', { timeout: 60_000 }, async () => {
    expect(await seedDemoCompetitions(s.ctx.database.db)).toBe(true);
    expect(await seedDemoCompetitions(s.ctx.database.db)).toBe(false);
    const list = (await call(s.app, s.cookie.pimpinan, 'GET', '/api/competitions')).json();
    expect(list).toEqual([expect.objectContaining({ name: 'Lomba Inovasi Daerah Kota Mojokerto 2025', status: 'published', year: 2025 })]);
    const c = (await call(s.app, s.cookie.pimpinan, 'GET', `/api/competitions/${list[0].id}`)).json();
    expect(c.results).toHaveLength(6);
    expect(c.results.filter((r: { advanced: boolean }) => r.advanced)).toHaveLength(3);
    // The stored final equals the contract's ranking of the demo judge's stored scores (one weighted stage).
    const stage = c.rules.stages[1];
    const scores = await s.ctx.database.db.select().from(competitionScores).where(eq(competitionScores.competitionId, c.id));
    const contract = rankEntries({
      criteria: stage.criteria.map((k: { id: string; weight: number; max: number }) => ({ id: k.id, weight: k.weight, max: k.max })),
      scores: scores.map((x) => ({ judge: x.judgeId, entry: x.entryId, criterion: x.criterionId, value: x.value ?? 0 })),
      normalise: 'none',
    });
    expect(c.results.map((r: { entryId: string; score: number; rank: number }) => [r.entryId, r.score, r.rank])).toEqual(
      contract.map((r) => [r.entry, r.score, r.rank]),
    );
    // The first winner's innovators were rewarded: SPD 12 of 2026 (window 2025–2026) has option 2; two wait.
    const rewards = (await call(s.app, s.cookie.admin, 'GET', '/api/innovator-rewards?year=2026')).json();
    expect(rewards.rewards).toHaveLength(1);
    expect(rewards.spd12).toMatchObject({ certificates: 1, incentives: 1, option: 2 });
    expect(rewards.candidates.filter((x: { competitionId: string | null }) => x.competitionId === c.id)).toHaveLength(2);
    // The leaders' report names it.
    const { extractText } = await import('unpdf');
    const report = await call(s.app, s.cookie.pimpinan, 'GET', '/api/exports/report.pdf');
    expect((await extractText(new Uint8Array(report.rawPayload), { mergePages: true })).text).toContain('Lomba Inovasi Daerah Kota Mojokerto 2025 (2025)');
  });

  it('publishes the demo region’s approved innovations in the public catalogue, with approved ratings, once', { timeout: 60_000 }, async () => {
    const published = await seedDemoCatalogue(s.ctx.database.db);
    expect(published).toBeGreaterThan(3);
    expect(await seedDemoCatalogue(s.ctx.database.db)).toBe(0);
    const list = await s.app.inject({ method: 'GET', url: '/katalog/kota-mojokerto' });
    expect(list.body).toContain(`${published} inovasi`);
    const first = /href="(\/katalog\/inovasi\/[^"]+)"/.exec(list.body)?.[1] as string;
    const satisfaction = (await call(s.app, s.cookie.admin, 'GET', '/api/feedback/satisfaction')).json();
    expect(satisfaction.total).toMatchObject({ count: 9 });
    expect((await s.app.inject({ method: 'GET', url: first })).statusCode).toBe(200);
  });
});
