// The region dashboard's figures of a period: IID claimed and verified from the engine (with the breakdown),
// counts by status / tahapan / jenis and the verification backlog. Computed from the whole period, so they are
// memoised while the period is unchanged (shared/period-memo.ts); deadlines depend on today and stay outside.
import { and, eq } from 'drizzle-orm';
import { claimedAnswers, verificationCounts, verifiedAnswers } from '../../domain/evidence/review';
import { type IidResult, scoreIid } from '../../domain/iid/engine';
import type { Framework, ScoreInput } from '../../domain/iid/types';
import type { Db } from '../db/client';
import { innovationEntries } from '../db/schema';
import { liveEntry } from '../shared/entries/live-entry';
import { regionItems } from '../shared/items/state';
import { periodFramework } from '../shared/periods/period-framework';
import { periodMemo } from '../shared/periods/period-memo';
import { entryUrusan } from '../shared/periods/period-state';
import { regionDashboard } from './schemas';

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
 * One read of the period's live entries with their stored scores (shared/entry-scores.ts), plus the SPD items:
 * the engine then scores the stored claimed and verified answers (tests hold this equal to scoring every
 * answer read afresh, shared/period-state.ts).
 */
async function computeRegionFigures(db: Db, periodId: string) {
  const { framework } = await periodFramework(db, periodId);
  const [entries, spd] = await Promise.all([
    db
      .select({
        id: innovationEntries.id,
        status: innovationEntries.status,
        tahapan: innovationEntries.tahapan,
        jenis: innovationEntries.jenis,
        sent: innovationEntries.sent,
        urusanUtama: innovationEntries.urusanUtama,
        urusanLain: innovationEntries.urusanLain,
        reviewSummary: innovationEntries.reviewSummary,
        scoredAnswers: innovationEntries.scoredAnswers,
      })
      .from(innovationEntries)
      .where(and(eq(innovationEntries.periodId, periodId), liveEntry)),
    regionItems(db, periodId),
  ]);
  const inputOf = (basis: 'claimed' | 'verified', region: Record<string, number>): ScoreInput => ({
    region: { answers: region },
    innovations: entries.map((e) => ({
      id: e.id,
      sent: e.sent,
      urusan: entryUrusan(e),
      answers: e.scoredAnswers[basis] ?? {},
    })),
  });
  // The verifiers' backlog, by the one definition the Verifikasi page and home pages use (SID and SPD items).
  const verification = verificationCounts(entries, spd);
  return {
    frameworkName: framework.name,
    bands: framework.bands,
    divisorFloor: framework.divisorFloor,
    maxScore: framework.maxScore,
    claimed: view(scoreIid(framework as Framework, inputOf('claimed', claimedAnswers(spd)))),
    verified: view(scoreIid(framework as Framework, inputOf('verified', verifiedAnswers(spd)))),
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
export const regionFigures = periodMemo(async (db, periodId) => {
  const { frameworkName, ...figures } = await computeRegionFigures(db, periodId);
  return { frameworkName, json: JSON.stringify(figuresShape.encode(figures)) };
});
