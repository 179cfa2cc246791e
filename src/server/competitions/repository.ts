// Reads of the competitions feature: competitions with their entry counts, entries with their innovation's newest
// name and OPD, the innovation profile a proposal starts from, the evidence a section attaches, and the judging
// data of a stage (judges, assignments, conflicts, scores).
import { and, asc, eq, inArray, isNull, sql } from 'drizzle-orm';
import { NATIONAL_PROGRAMMES, type NationalProgramme, TOP_WINNER_RESULTS } from '../../domain/competitions/national';
import type { StageScore } from '../../domain/competitions/stages';
import type { Section } from '../../domain/competitions/template';
import type { Tahapan } from '../../domain/innovation/profile';
import type { Db } from '../db/client';
import {
  competitionAssignments,
  competitionConflicts,
  competitionEntries,
  competitionJudges,
  competitionResults,
  competitionScores,
  competitions,
  evidence,
  innovationEntries,
  innovations,
  nationalResults,
  opds,
  periods,
  users,
} from '../db/schema';

export type CompetitionRow = typeof competitions.$inferSelect;
export type EntryRow = typeof competitionEntries.$inferSelect;

/** The innovation's name in its newest assessment year (names may change from year to year). */
export const innovationName = sql<string>`coalesce((select ie.name from ${innovationEntries} ie join ${periods} p on p.id = ie.period_id
  where ie.innovation_id = ${competitionEntries.innovationId} order by p.year desc limit 1), '')`;

export async function findCompetition(db: Db, id: string): Promise<CompetitionRow | undefined> {
  const [row] = await db.select().from(competitions).where(eq(competitions.id, id));
  return row;
}

export async function listCompetitions(db: Db, regionId: string): Promise<CompetitionRow[]> {
  return db.select().from(competitions).where(eq(competitions.regionId, regionId)).orderBy(sql`${competitions.year} desc`, asc(competitions.name));
}

/** Entries per competition: all but withdrawn ones, proposed (waiting for review) and accepted. */
export async function entryCounts(db: Db, ids: string[]) {
  const out = new Map<string, { total: number; proposed: number; accepted: number }>();
  if (!ids.length) return out;
  const rows = await db
    .select({
      id: competitionEntries.competitionId,
      total: sql<number>`count(*) filter (where ${competitionEntries.status} <> 'withdrawn')::int`,
      proposed: sql<number>`count(*) filter (where ${competitionEntries.status} = 'proposed')::int`,
      accepted: sql<number>`count(*) filter (where ${competitionEntries.status} = 'accepted')::int`,
    })
    .from(competitionEntries)
    .where(inArray(competitionEntries.competitionId, ids))
    .groupBy(competitionEntries.competitionId);
  for (const r of rows) out.set(r.id, { total: r.total, proposed: r.proposed, accepted: r.accepted });
  return out;
}

const entryColumns = {
  entry: competitionEntries,
  innovationName,
  opdName: opds.name,
};

export async function listEntries(db: Db, competitionId: string, filter: { opdId?: string; status?: EntryRow['status'] } = {}) {
  return db
    .select(entryColumns)
    .from(competitionEntries)
    .innerJoin(opds, eq(opds.id, competitionEntries.opdId))
    .where(
      and(
        eq(competitionEntries.competitionId, competitionId),
        filter.opdId ? eq(competitionEntries.opdId, filter.opdId) : undefined,
        filter.status ? eq(competitionEntries.status, filter.status) : undefined,
      ),
    )
    .orderBy(asc(innovationName));
}

export async function findEntry(db: Db, id: string) {
  const [row] = await db
    .select({ ...entryColumns, competition: competitions })
    .from(competitionEntries)
    .innerJoin(opds, eq(opds.id, competitionEntries.opdId))
    .innerJoin(competitions, eq(competitions.id, competitionEntries.competitionId))
    .where(eq(competitionEntries.id, id));
  return row;
}

export interface NewestProfile {
  entryId: string;
  name: string;
  regionId: string;
  opdId: string;
  tahapan: Tahapan | null;
  waktuPenerapan: string | null;
  tujuan: string | null;
  manfaat: string | null;
  hasil: string | null;
  rancangBangun: string | null;
  lokasi: string | null;
  haki: string | null;
  penghargaan: string | null;
}

/** The innovation's profile in its newest assessment year (a deleted innovation has none). */
export async function newestProfile(db: Db, innovationId: string): Promise<NewestProfile | undefined> {
  const [row] = await db
    .select({
      entryId: innovationEntries.id,
      name: innovationEntries.name,
      regionId: innovations.regionId,
      opdId: innovations.opdId,
      tahapan: innovationEntries.tahapan,
      waktuPenerapan: innovationEntries.waktuPenerapan,
      tujuan: innovationEntries.tujuan,
      manfaat: innovationEntries.manfaat,
      hasil: innovationEntries.hasil,
      rancangBangun: innovationEntries.rancangBangun,
      lokasi: innovationEntries.lokasi,
      haki: innovationEntries.haki,
      penghargaan: innovationEntries.penghargaan,
    })
    .from(innovationEntries)
    .innerJoin(innovations, eq(innovations.id, innovationEntries.innovationId))
    .innerJoin(periods, eq(periods.id, innovationEntries.periodId))
    .where(and(eq(innovationEntries.innovationId, innovationId), isNull(innovations.deletedAt)))
    .orderBy(sql`${periods.year} desc`)
    .limit(1);
  return row;
}

/** The newest profile of each of an OPD's (or a region's) live innovations, for the "enter an innovation" list. */
export async function candidateProfiles(db: Db, regionId: string, opdId: string | undefined) {
  return db
    .selectDistinctOn([innovationEntries.innovationId], {
      innovationId: innovationEntries.innovationId,
      name: innovationEntries.name,
      opdName: opds.name,
      tahapan: innovationEntries.tahapan,
      waktuPenerapan: innovationEntries.waktuPenerapan,
    })
    .from(innovationEntries)
    .innerJoin(innovations, eq(innovations.id, innovationEntries.innovationId))
    .innerJoin(periods, eq(periods.id, innovationEntries.periodId))
    .innerJoin(opds, eq(opds.id, innovations.opdId))
    .where(and(eq(innovations.regionId, regionId), opdId ? eq(innovations.opdId, opdId) : undefined, isNull(innovations.deletedAt)))
    .orderBy(innovationEntries.innovationId, sql`${periods.year} desc`);
}

/** The evidence of the given indicators of one innovation entry (a year's profile), live ones only. */
export async function evidenceOf(db: Db, entryId: string, codes: string[]) {
  if (!codes.length) return [];
  return db
    .select({ id: evidence.id, indicatorCode: evidence.indicatorCode, title: evidence.title, fileName: evidence.fileName, url: evidence.url })
    .from(evidence)
    .where(and(eq(evidence.entryId, entryId), inArray(evidence.indicatorCode, codes), isNull(evidence.deletedAt)))
    .orderBy(asc(evidence.indicatorCode), asc(evidence.createdAt));
}

/** Each section's attachments: the live evidence of its indicators on one innovation entry (a year's profile). */
export async function sectionAttachments(db: Db, sections: readonly Section[], entryId: string) {
  const files = await evidenceOf(db, entryId, [...new Set(sections.flatMap((s) => s.evidenceCodes))]);
  return Object.fromEntries(sections.map((s) => [s.id, files.filter((f) => s.evidenceCodes.includes(f.indicatorCode))]));
}

/** Innovations that already won (reached the published final's winners) in a competition of this programme. */
export async function pastTopWinners(db: Db, innovationIds: string[], programme: string, exceptCompetitionId: string): Promise<Set<string>> {
  if (!innovationIds.length) return new Set();
  const rows = await db
    .select({ innovationId: competitionEntries.innovationId })
    .from(competitionResults)
    .innerJoin(competitionEntries, eq(competitionEntries.id, competitionResults.entryId))
    .innerJoin(competitions, eq(competitions.id, competitionResults.competitionId))
    .where(
      and(
        inArray(competitionEntries.innovationId, innovationIds),
        eq(competitions.status, 'published'),
        sql`${competitions.rules}->>'programme' = ${programme}`,
        sql`${competitions.id} <> ${exceptCompetitionId}`,
        eq(competitionResults.stageId, '_final'),
        eq(competitionResults.advanced, true),
      ),
    );
  // …and results recorded from outside Inovda (national KIPP Top 45, Outstanding…).
  const recorded = (NATIONAL_PROGRAMMES as readonly string[]).includes(programme)
    ? await db
        .select({ innovationId: nationalResults.innovationId })
        .from(nationalResults)
        .where(
          and(
            inArray(nationalResults.innovationId, innovationIds),
            eq(nationalResults.programme, programme as NationalProgramme),
            inArray(nationalResults.result, [...TOP_WINNER_RESULTS]),
          ),
        )
    : [];
  return new Set([...rows, ...recorded].map((r) => r.innovationId));
}

export interface JudgeRow {
  id: string;
  username: string;
  fullName: string;
  regionId: string | null;
  opdId: string | null;
  opdName: string | null;
}

const judgeColumns = { id: users.id, username: users.username, fullName: users.fullName, regionId: users.regionId, opdId: users.opdId, opdName: opds.name };

export async function stageJudges(db: Db, competitionId: string, stageId: string): Promise<JudgeRow[]> {
  return db
    .select(judgeColumns)
    .from(competitionJudges)
    .innerJoin(users, eq(users.id, competitionJudges.userId))
    .leftJoin(opds, eq(opds.id, users.opdId))
    .where(and(eq(competitionJudges.competitionId, competitionId), eq(competitionJudges.stageId, stageId)))
    .orderBy(asc(users.fullName));
}

/**
 * Active juri accounts a competition may use: the region's own, and outside judges (no region) invited to this
 * competition — an outside judge's account is limited to the competitions that invited it.
 */
export async function judgeCandidates(db: Db, regionId: string, competitionId: string): Promise<JudgeRow[]> {
  const invited = sql`exists (select 1 from ${competitionJudges} cj where cj.user_id = ${users.id} and cj.competition_id = ${competitionId})`;
  return db
    .select(judgeColumns)
    .from(users)
    .leftJoin(opds, eq(opds.id, users.opdId))
    .where(and(eq(users.role, 'juri'), eq(users.active, true), sql`(${users.regionId} = ${regionId} or (${users.regionId} is null and ${invited}))`))
    .orderBy(asc(users.fullName));
}

export async function stageAssignments(db: Db, competitionId: string, stageId: string) {
  return db
    .select({ judge: competitionAssignments.judgeId, entry: competitionAssignments.entryId })
    .from(competitionAssignments)
    .where(and(eq(competitionAssignments.competitionId, competitionId), eq(competitionAssignments.stageId, stageId)));
}

export async function declaredConflicts(db: Db, competitionId: string) {
  return db
    .select({ judgeId: competitionConflicts.judgeId, entryId: competitionConflicts.entryId, reason: competitionConflicts.reason })
    .from(competitionConflicts)
    .where(eq(competitionConflicts.competitionId, competitionId));
}

export async function stageScores(db: Db, competitionId: string, stageId: string): Promise<(StageScore & { comment: string | null })[]> {
  const rows = await db
    .select({
      judge: competitionScores.judgeId,
      entry: competitionScores.entryId,
      criterion: competitionScores.criterionId,
      value: competitionScores.value,
      comment: competitionScores.comment,
    })
    .from(competitionScores)
    .where(and(eq(competitionScores.competitionId, competitionId), eq(competitionScores.stageId, stageId)));
  return rows.filter((r): r is StageScore & { comment: string | null } => r.value !== null);
}

export async function storedResults(db: Db, competitionId: string, stageId: string) {
  return db
    .select()
    .from(competitionResults)
    .where(and(eq(competitionResults.competitionId, competitionId), eq(competitionResults.stageId, stageId)));
}
