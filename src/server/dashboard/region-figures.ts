// The region dashboard's figures of a period: IID claimed and verified (with the breakdown),
// counts by status / tahapan / jenis and the verification backlog. Computed from the whole period, so they are
// memoised while the period is unchanged (shared/period-memo.ts); deadlines depend on today and stay outside.
import { and, eq } from 'drizzle-orm';
import { regionDashboard } from '../../contract/dashboard';
import { verificationCounts } from '../../domain/evidence/review';
import type { IidResult } from '../../domain/iid/engine';
import type { Db } from '../db/client';
import { innovationEntries } from '../db/schema';
import { liveEntry } from '../shared/entries/live-entry';
import { regionItems } from '../shared/items/state';
import { periodFramework } from '../shared/periods/period-framework';
import { periodMemo } from '../shared/periods/period-memo';
import { regionScores } from '../shared/periods/period-state';

const view = (r: IidResult) => ({
  iid: r.iid,
  iidExact: r.iidExact,
  predicate: r.predicate,
  spd: r.spd,
  sid: r.sid,
  countScore: r.countScore,
  sent: r.sent,
  divisor: r.divisor,
  averageMaturity: r.averageMaturity,
  aspects: r.breakdown.aspects,
  variables: r.breakdown.variables,
  urusan: r.urusan,
});

const tally = (keys: (string | null)[]) => {
  const out: Record<string, number> = {};
  for (const k of keys) out[k ?? 'belum_diisi'] = (out[k ?? 'belum_diisi'] ?? 0) + 1;
  return out;
};

/**
 * The period's IID from the one memoised region score (shared/period-state.ts regionScores, what the home card
 * and the leaders' report show too), with one read of the live entries for the counts and the backlog.
 */
async function computeRegionFigures(db: Db, periodId: string, stamp: string) {
  const [{ framework }, scores, entries, spd] = await Promise.all([
    periodFramework(db, periodId),
    regionScores(db, periodId, stamp),
    db
      .select({
        status: innovationEntries.status,
        tahapan: innovationEntries.tahapan,
        jenis: innovationEntries.jenis,
        sent: innovationEntries.sent,
        reviewSummary: innovationEntries.reviewSummary,
      })
      .from(innovationEntries)
      .where(and(eq(innovationEntries.periodId, periodId), liveEntry)),
    regionItems(db, periodId),
  ]);
  // The verifiers' backlog, by the one definition the Verifikasi page and home pages use (SID and SPD items).
  const verification = verificationCounts(entries, spd);
  return {
    frameworkName: framework.name,
    bands: framework.bands,
    divisorFloor: framework.divisorFloor,
    maxScore: framework.maxScore,
    claimed: view(scores.claimed),
    verified: view(scores.verified),
    innovations: {
      registered: entries.length,
      sent: entries.filter((e) => e.sent).length,
      byStatus: tally(entries.map((e) => e.status)),
      byTahapan: tally(entries.map((e) => e.tahapan)),
      byJenis: tally(entries.map((e) => e.jenis)),
    },
    verification,
  };
}

const figuresShape = regionDashboard.omit({ period: true, deadlines: true });

/**
 * The figures and their JSON, checked against the response schema once per computation: a read while the
 * period is unchanged then costs two small queries and a string join (the dashboard is polled by many).
 */
export const regionFigures = periodMemo(async (db, periodId, stamp) => {
  const { frameworkName, ...figures } = await computeRegionFigures(db, periodId, stamp);
  return { frameworkName, json: JSON.stringify(figuresShape.encode(figures)) };
});
