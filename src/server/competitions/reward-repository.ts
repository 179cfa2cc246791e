// Reads behind the innovator rewards: the recorded rewards with their innovation and OPD, and the awards still
// waiting for one — winners of the region's published competitions and national awards (AWARD_RESULTS).
import { eq } from 'drizzle-orm';
import type { Db } from '../db/client';
import { innovations, innovatorRewards, opds } from '../db/schema';
import { regionAwards } from '../shared/competitions/awards';

export type RewardRow = typeof innovatorRewards.$inferSelect;

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
  const { winners, national } = await regionAwards(db, { regionId, opdId, unrewarded: true });
  return [
    ...winners.map((w) => ({
      source: 'competition' as const,
      entryId: w.entryId,
      innovationId: w.innovationId,
      innovationName: w.innovationName,
      opdName: w.opdName,
      competitionId: w.competitionId,
      nationalResultId: null,
      award: w.rank ? `${w.competitionName} — peringkat ${w.rank}` : w.competitionName,
      year: w.year,
    })),
    ...national.map((n) => ({
      source: 'national' as const,
      entryId: n.entryId,
      innovationId: n.innovationId,
      innovationName: n.innovationName,
      opdName: n.opdName,
      competitionId: null,
      nationalResultId: n.nationalResultId,
      award: n.award,
      year: n.year,
    })),
  ].sort((a, b) => b.year - a.year || a.award.localeCompare(b.award, 'id', { numeric: true }) || a.innovationName.localeCompare(b.innovationName, 'id'));
}
