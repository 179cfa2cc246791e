// The region dashboard's figures of a period: IID claimed and verified from the engine (with the breakdown),
// counts by status / tahapan / jenis and the verification backlog. Computed from the whole period, so they are
// memoised while the period is unchanged (shared/period-memo.ts); deadlines depend on today and stay outside.
import { and, count, eq, sql } from 'drizzle-orm';
import { type IidResult, scoreIid } from '../../domain/iid/engine';
import type { Framework } from '../../domain/iid/types';
import type { Db } from '../db/client';
import { entryAnswers, innovationEntries } from '../db/schema';
import { liveEntry } from '../shared/live-entry';
import { periodFramework } from '../shared/period-framework';
import { periodMemo } from '../shared/period-memo';
import { periodState } from '../shared/period-state';

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

type CountColumn = typeof innovationEntries.status | typeof innovationEntries.tahapan | typeof innovationEntries.jenis;

async function countBy(db: Db, periodId: string, column: CountColumn) {
  const rows = await db
    .select({ key: column, n: count() })
    .from(innovationEntries)
    .where(and(eq(innovationEntries.periodId, periodId), liveEntry))
    .groupBy(column);
  return Object.fromEntries(rows.map((r) => [r.key ?? 'belum_diisi', r.n]));
}

/** Answered items of approved entries by review status: the verifiers' backlog. */
async function verificationOf(db: Db, periodId: string) {
  const rows = await db
    .select({ status: entryAnswers.reviewStatus, n: count() })
    .from(entryAnswers)
    .innerJoin(innovationEntries, eq(innovationEntries.id, entryAnswers.entryId))
    .where(and(eq(innovationEntries.periodId, periodId), eq(innovationEntries.status, 'disetujui'), sql`${entryAnswers.value} > 0`, liveEntry))
    .groupBy(entryAnswers.reviewStatus);
  const verification = { menunggu: 0, diterima: 0, dikembalikan: 0 };
  for (const r of rows) if (r.status in verification) verification[r.status as keyof typeof verification] = r.n;
  return verification;
}

async function computeRegionFigures(db: Db, periodId: string) {
  const { framework } = await periodFramework(db, periodId);
  const state = await periodState(db, periodId);
  const [byStatus, byTahapan, byJenis, verification] = await Promise.all([
    countBy(db, periodId, innovationEntries.status),
    countBy(db, periodId, innovationEntries.tahapan),
    countBy(db, periodId, innovationEntries.jenis),
    verificationOf(db, periodId),
  ]);
  return {
    frameworkName: framework.name,
    bands: framework.bands,
    divisorFloor: framework.divisorFloor,
    maxScore: framework.maxScore,
    claimed: view(scoreIid(framework as Framework, state.claimed)),
    verified: view(scoreIid(framework as Framework, state.verified)),
    innovations: {
      registered: state.entries.length,
      sent: state.claimed.innovations.filter((i) => i.sent).length,
      byStatus,
      byTahapan,
      byJenis,
    },
    verification,
  };
}

export const regionFigures = periodMemo(computeRegionFigures);
