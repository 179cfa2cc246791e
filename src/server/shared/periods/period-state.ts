// A period as the engine's score input, claimed (options chosen) or verified (only accepted items with
// evidence): the region score from each entry's stored answers (regionScores, memoised), and the whole state
// read afresh (periodState) for the simulator and the CLI format.
import { and, eq, isNull, sql } from 'drizzle-orm';
import { claimedAnswers, pendingAnswers, verifiedAnswers } from '../../../domain/evidence/review';
import { type IidResult, scoreIid } from '../../../domain/iid/engine';
import type { Answers, ScoreInput } from '../../../domain/iid/types';
import { type EntryStatus, reviewable } from '../../../domain/innovation/workflow';
import type { Db } from '../../db/client';
import { prepared } from '../../db/prepared';
import { innovationEntries, innovations } from '../../db/schema';
import { liveEntry } from '../entries/live-entry';
import { entryItems, regionItems } from '../items/state';
import { periodFramework } from './period-framework';
import { periodMemo } from './period-memo';

export type Basis = 'claimed' | 'verified';

/** An entry's urusan for the count score: the main one and the others, empty ones left out. */
export const entryUrusan = (e: { urusanUtama: string | null; urusanLain: string[] | null }) =>
  [e.urusanUtama, ...(e.urusanLain ?? [])].filter((u): u is string => Boolean(u));

export interface PeriodState {
  claimed: ScoreInput;
  verified: ScoreInput;
  /** Entry id, name and workflow status per innovation input, in the same order. */
  entries: { id: string; name: string; status: EntryStatus }[];
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

/**
 * The region's IID, claimed and verified, with the engine's breakdown: the one figure the home card, the
 * dashboard and the leaders' report show. The engine scores each live entry's stored answers (items/scores.ts;
 * tests hold this equal to scoring every answer read afresh by periodState), memoised while the period is
 * unchanged (period-memo.ts).
 */
export const regionScores = periodMemo(async (db, periodId): Promise<Record<Basis, IidResult>> => {
  const [{ framework }, entries, region] = await Promise.all([
    periodFramework(db, periodId),
    db
      .select({
        id: innovationEntries.id,
        sent: innovationEntries.sent,
        urusanUtama: innovationEntries.urusanUtama,
        urusanLain: innovationEntries.urusanLain,
        scoredAnswers: innovationEntries.scoredAnswers,
      })
      .from(innovationEntries)
      .where(and(eq(innovationEntries.periodId, periodId), liveEntry)),
    regionItems(db, periodId),
  ]);
  const on = (basis: Basis) =>
    scoreIid(framework, {
      region: { answers: spdAnswers(region, basis) },
      innovations: entries.map((e) => ({ id: e.id, sent: e.sent, urusan: entryUrusan(e), answers: e.scoredAnswers[basis] ?? {} })),
    });
  return { claimed: on('claimed'), verified: on('verified') };
});

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
