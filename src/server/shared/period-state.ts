// A period's whole state as the engine's score input, claimed (options chosen) or verified (only accepted
// items with evidence). The same input feeds the region score, the simulator and the CLI format.
import { and, eq, isNull, sql } from 'drizzle-orm';
import { claimedAnswers, pendingAnswers, verifiedAnswers } from '../../domain/evidence/review';
import { type ScoreSummary, scoreSummary } from '../../domain/iid/engine';
import type { Answers, Framework, ScoreInput } from '../../domain/iid/types';
import { reviewable } from '../../domain/innovation/workflow';
import type { Db } from '../db/client';
import { innovationEntries, innovations } from '../db/schema';
import { liveEntry } from './live-entry';
import { prepared } from './prepared';
import { entryItems, regionItems } from './review-state';

export type Basis = 'claimed' | 'verified';

/** An entry's urusan for the count score: the main one and the others, empty ones left out. */
export const entryUrusan = (e: { urusanUtama: string | null; urusanLain: string[] | null }) =>
  [e.urusanUtama, ...(e.urusanLain ?? [])].filter((u): u is string => Boolean(u));

export interface PeriodState {
  claimed: ScoreInput;
  verified: ScoreInput;
  /** Entry id, name and workflow status per innovation input, in the same order. */
  entries: { id: string; name: string; status: string }[];
  /** Items a verifier could accept now (approved entries' and the region's): their claimed values. */
  pending: { region: Answers; innovations: Answers[] };
}

/** Each live entry's stored maturities and the region's SPD items: what the region score is made of. */
export async function periodMaturities(db: Db, periodId: string) {
  const entries = await prepared(db, 'inovda_period_maturities', (d) =>
    d
      .select({
        id: innovationEntries.id,
        sent: innovationEntries.sent,
        urusanUtama: innovationEntries.urusanUtama,
        urusanLain: innovationEntries.urusanLain,
        claimed: innovationEntries.maturityClaimed,
        verified: innovationEntries.maturityVerified,
      })
      .from(innovationEntries)
      .where(and(eq(innovationEntries.periodId, sql.placeholder('periodId')), liveEntry))
      .prepare('inovda_period_maturities'),
  ).execute({ periodId });
  return { entries, region: await regionItems(db, periodId) };
}

type Maturities = Awaited<ReturnType<typeof periodMaturities>>;

/** The engine's maturity input on one basis: per innovation its sent flag, urusan and stored maturity. */
export const maturityInputs = (entries: Maturities['entries'], basis: Basis) =>
  entries.map((e) => ({ id: e.id, sent: e.sent, urusan: entryUrusan(e), maturity: e[basis] }));

/** The region's answered SPD items on one basis. */
export const spdAnswers = (region: Maturities['region'], basis: Basis) => (basis === 'claimed' ? claimedAnswers(region) : verifiedAnswers(region));

/** The region score, claimed and verified, from the entries' stored maturities: a few rows per innovation. */
export async function regionScores(db: Db, framework: Framework, periodId: string): Promise<{ claimed: ScoreSummary; verified: ScoreSummary }> {
  const { entries, region } = await periodMaturities(db, periodId);
  const on = (basis: Basis) => scoreSummary(framework, spdAnswers(region, basis), maturityInputs(entries, basis));
  return { claimed: on('claimed'), verified: on('verified') };
}

export async function periodState(db: Db, periodId: string): Promise<PeriodState> {
  const entries = await db
    .select({
      id: innovationEntries.id,
      name: innovationEntries.name,
      status: innovationEntries.status,
      sent: innovationEntries.sent,
      urusanUtama: innovationEntries.urusanUtama,
      urusanLain: innovationEntries.urusanLain,
    })
    .from(innovationEntries)
    .innerJoin(innovations, eq(innovations.id, innovationEntries.innovationId))
    .where(and(eq(innovationEntries.periodId, periodId), isNull(innovations.deletedAt)))
    .orderBy(innovationEntries.name, innovationEntries.id);
  const items = await entryItems(
    db,
    entries.map((e) => e.id),
  );
  const region = await regionItems(db, periodId);
  const inputFor = (pick: typeof claimedAnswers): ScoreInput => ({
    region: { answers: pick(region) },
    innovations: entries.map((e) => ({
      id: e.id,
      // Unsent innovations come along unsent: the simulator then ranks "send this one" among its actions.
      sent: e.sent,
      urusan: entryUrusan(e),
      answers: pick(items.get(e.id) ?? {}),
    })),
  });
  return {
    claimed: inputFor(claimedAnswers),
    verified: inputFor(verifiedAnswers),
    entries: entries.map(({ id, name, status }) => ({ id, name, status })),
    // Only approved entries are in the verification queue.
    pending: { region: pendingAnswers(region), innovations: entries.map((e) => (reviewable(e.status) ? pendingAnswers(items.get(e.id) ?? {}) : {})) },
  };
}
