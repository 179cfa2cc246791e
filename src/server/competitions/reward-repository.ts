// Reads behind the innovator rewards: the recorded rewards with their innovation and OPD, and the awards still
// waiting for one — winners of the region's published competitions and national awards (AWARD_RESULTS).
import { and, eq, inArray, isNull } from 'drizzle-orm';
import { AWARD_RESULTS } from '../../domain/competitions/national';
import { FINAL_STAGE } from '../../domain/competitions/status';
import type { Db } from '../db/client';
import { competitionEntries, competitionResults, competitions, innovations, innovatorRewards, nationalResults, opds } from '../db/schema';
import { newestEntries } from '../shared/competitions/awards';

export type RewardRow = typeof innovatorRewards.$inferSelect;

const NATIONAL_NAME: Record<string, string> = { kipp: 'KIPP', iga: 'IGA', inotek: 'Inotek', kovablik: 'KOVABLIK', other: 'Kompetisi' };
const RESULT_NAME: Record<string, string> = {
  top99: 'Top 99',
  top45: 'Top 45',
  replikasi: 'Top Replikasi',
  outstanding: 'Outstanding Achievement',
  winner: 'Pemenang',
};

export async function findReward(db: Db, id: string) {
  const [row] = await db
    .select({ reward: innovatorRewards, opdId: innovations.opdId, opdName: opds.name })
    .from(innovatorRewards)
    .innerJoin(innovations, eq(innovations.id, innovatorRewards.innovationId))
    .innerJoin(opds, eq(opds.id, innovations.opdId))
    .where(eq(innovatorRewards.id, id));
  return row;
}

/** Awards of the region without a recorded reward, newest first. */
export async function rewardCandidates(db: Db, regionId: string, opdId: string | undefined) {
  const opdFilter = opdId ? eq(innovations.opdId, opdId) : undefined;
  const winners = await db
    .select({
      innovationId: innovations.id,
      opdName: opds.name,
      competitionId: competitions.id,
      competitionName: competitions.name,
      year: competitions.year,
      rank: competitionResults.rank,
    })
    .from(competitionResults)
    .innerJoin(competitions, eq(competitions.id, competitionResults.competitionId))
    .innerJoin(competitionEntries, eq(competitionEntries.id, competitionResults.entryId))
    .innerJoin(innovations, eq(innovations.id, competitionEntries.innovationId))
    .innerJoin(opds, eq(opds.id, innovations.opdId))
    .leftJoin(innovatorRewards, and(eq(innovatorRewards.competitionId, competitions.id), eq(innovatorRewards.innovationId, innovations.id)))
    .where(
      and(
        eq(competitions.regionId, regionId),
        eq(competitions.status, 'published'),
        eq(competitionResults.stageId, FINAL_STAGE),
        eq(competitionResults.advanced, true),
        isNull(innovatorRewards.id),
        isNull(innovations.deletedAt),
        opdFilter,
      ),
    );
  const national = await db
    .select({
      innovationId: innovations.id,
      opdName: opds.name,
      nationalResultId: nationalResults.id,
      programme: nationalResults.programme,
      result: nationalResults.result,
      title: nationalResults.title,
      year: nationalResults.year,
    })
    .from(nationalResults)
    .innerJoin(innovations, eq(innovations.id, nationalResults.innovationId))
    .innerJoin(opds, eq(opds.id, innovations.opdId))
    .leftJoin(innovatorRewards, eq(innovatorRewards.nationalResultId, nationalResults.id))
    .where(
      and(
        eq(nationalResults.regionId, regionId),
        inArray(nationalResults.result, [...AWARD_RESULTS]),
        isNull(innovatorRewards.id),
        isNull(innovations.deletedAt),
        opdFilter,
      ),
    );
  const entries = await newestEntries(db, [...new Set([...winners, ...national].map((r) => r.innovationId))]);
  const out = [
    ...winners.map((w) => ({
      source: 'competition' as const,
      innovationId: w.innovationId,
      opdName: w.opdName,
      competitionId: w.competitionId,
      nationalResultId: null,
      award: w.rank ? `${w.competitionName} — peringkat ${w.rank}` : w.competitionName,
      year: w.year,
    })),
    ...national.map((n) => ({
      source: 'national' as const,
      innovationId: n.innovationId,
      opdName: n.opdName,
      competitionId: null,
      nationalResultId: n.nationalResultId,
      award: n.title || `${RESULT_NAME[n.result] ?? n.result} ${NATIONAL_NAME[n.programme] ?? ''} ${n.year}`.replace(/\s+/g, ' ').trim(),
      year: n.year,
    })),
  ];
  return out
    .flatMap((c) => {
      const newest = entries.get(c.innovationId);
      return newest ? [{ ...c, entryId: newest.entryId, innovationName: newest.name }] : [];
    })
    .sort((a, b) => b.year - a.year || a.innovationName.localeCompare(b.innovationName, 'id'));
}
