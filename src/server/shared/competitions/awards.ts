// Reads of the region's awards shared by the competitions feature and the leaders' report: the innovator rewards
// recorded, the published competitions' winners and the national awards of a span of years.
import { and, asc, desc, eq, gte, inArray, isNull, lte, sql } from 'drizzle-orm';
import { AWARD_RESULTS } from '../../../domain/competitions/national';
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

/** Winners of the region's competitions published for the given years, best first, and national awards of those years. */
export async function awardsOfYears(db: Db, regionId: string, from: number, until: number, opdId: string | null) {
  const opdFilter = opdId ? eq(innovations.opdId, opdId) : undefined;
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
      .where(
        and(
          eq(competitions.regionId, regionId),
          eq(competitions.status, 'published'),
          gte(competitions.year, from),
          lte(competitions.year, until),
          eq(competitionResults.stageId, FINAL_STAGE),
          eq(competitionResults.advanced, true),
          isNull(innovations.deletedAt),
          opdFilter,
        ),
      )
      .orderBy(desc(competitions.year), asc(competitions.name), asc(competitionResults.rank)),
    db
      .select({
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
      .where(
        and(
          eq(nationalResults.regionId, regionId),
          inArray(nationalResults.result, [...AWARD_RESULTS]),
          gte(nationalResults.year, from),
          lte(nationalResults.year, until),
          isNull(innovations.deletedAt),
          opdFilter,
        ),
      )
      .orderBy(desc(nationalResults.year)),
  ]);
  const names = await newestEntries(db, [...new Set([...winners, ...national].map((r) => r.innovationId))]);
  const nameOf = (id: string) => names.get(id)?.name ?? '';
  return {
    winners: winners.map((w) => ({ ...w, innovationName: nameOf(w.innovationId) })),
    national: national.map((n) => ({ ...n, innovationName: nameOf(n.innovationId) })),
  };
}
