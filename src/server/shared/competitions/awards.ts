// Reads of the region's awards shared by the competitions feature and the leaders' report: the innovator rewards
// recorded, the published competitions' winners and the national awards of a span of years.
import { and, asc, desc, eq, gte, inArray, isNull, lte, sql } from 'drizzle-orm';
import { AWARD_RESULTS, nationalAwardName } from '../../../domain/competitions/national';
import { FINAL_STAGE } from '../../../domain/competitions/status';
import type { Db } from '../../db/client';
import {
  competitionEntries,
  competitionResults,
  competitions,
  innovationEntries,
  innovations,
  innovatorRewards,
  nationalResults,
  opds,
  periods,
} from '../../db/schema';

/** The newest entry (a year's profile) of each innovation: its name now, and where a reward is recorded from. */
export async function newestEntries(db: Db, innovationIds: string[]) {
  if (!innovationIds.length) return new Map<string, { entryId: string; name: string }>();
  const rows = await db
    .selectDistinctOn([innovationEntries.innovationId], {
      innovationId: innovationEntries.innovationId,
      entryId: innovationEntries.id,
      name: innovationEntries.name,
    })
    .from(innovationEntries)
    .innerJoin(periods, eq(periods.id, innovationEntries.periodId))
    .where(inArray(innovationEntries.innovationId, innovationIds))
    .orderBy(innovationEntries.innovationId, sql`${periods.year} desc`);
  return new Map(rows.map((r) => [r.innovationId, { entryId: r.entryId, name: r.name }]));
}

export async function listRewards(db: Db, regionId: string, opdId: string | undefined) {
  return db
    .select({ reward: innovatorRewards, opdId: innovations.opdId, opdName: opds.name })
    .from(innovatorRewards)
    .innerJoin(innovations, eq(innovations.id, innovatorRewards.innovationId))
    .innerJoin(opds, eq(opds.id, innovations.opdId))
    .where(and(eq(innovatorRewards.regionId, regionId), opdId ? eq(innovations.opdId, opdId) : undefined, isNull(innovations.deletedAt)))
    .orderBy(desc(innovatorRewards.year), desc(innovatorRewards.createdAt));
}

export interface AwardQuery {
  regionId: string;
  /** An OPD-bound reader's own OPD. */
  opdId?: string | null;
  /** Only awards of these years (inclusive). */
  from?: number;
  until?: number;
  /** Only awards without a recorded innovator reward. */
  unrewarded?: boolean;
  /** Only one innovation's awards (its public page). */
  innovationId?: string;
}

/**
 * The region's awards: winners of its published competitions (best first within each) and national or provincial
 * awards (AWARD_RESULTS), newest first, each with its innovation's current name and newest entry.
 */
export async function regionAwards(db: Db, q: AwardQuery) {
  const opdFilter = and(q.opdId ? eq(innovations.opdId, q.opdId) : undefined, q.innovationId ? eq(innovations.id, q.innovationId) : undefined);
  const [winners, national] = await Promise.all([
    db
      .select({
        competitionId: competitions.id,
        competitionName: competitions.name,
        year: competitions.year,
        innovationId: innovations.id,
        opdName: opds.name,
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
          eq(competitions.regionId, q.regionId),
          eq(competitions.status, 'published'),
          q.from === undefined ? undefined : gte(competitions.year, q.from),
          q.until === undefined ? undefined : lte(competitions.year, q.until),
          eq(competitionResults.stageId, FINAL_STAGE),
          eq(competitionResults.advanced, true),
          q.unrewarded ? isNull(innovatorRewards.id) : undefined,
          isNull(innovations.deletedAt),
          opdFilter,
        ),
      )
      .orderBy(desc(competitions.year), asc(competitions.name), asc(competitionResults.rank)),
    db
      .select({
        nationalResultId: nationalResults.id,
        innovationId: innovations.id,
        opdName: opds.name,
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
          eq(nationalResults.regionId, q.regionId),
          inArray(nationalResults.result, [...AWARD_RESULTS]),
          q.from === undefined ? undefined : gte(nationalResults.year, q.from),
          q.until === undefined ? undefined : lte(nationalResults.year, q.until),
          q.unrewarded ? isNull(innovatorRewards.id) : undefined,
          isNull(innovations.deletedAt),
          opdFilter,
        ),
      )
      .orderBy(desc(nationalResults.year)),
  ]);
  const newest = await newestEntries(db, [...new Set([...winners, ...national].map((r) => r.innovationId))]);
  const named = <T extends { innovationId: string }>(r: T) => {
    const n = newest.get(r.innovationId);
    return n ? [{ ...r, innovationName: n.name, entryId: n.entryId }] : [];
  };
  return {
    winners: winners.flatMap(named),
    national: national.flatMap((n) => named({ ...n, award: nationalAwardName(n) })),
  };
}
