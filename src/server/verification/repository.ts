// The verification queue: answered items of approved innovations (SID) or of the region (SPD), waiting
// first and oldest first, with counts per status, per verifier and per OPD.
import { and, asc, count, eq, gt, inArray, isNull, or, sql } from 'drizzle-orm';
import type { AnyPgColumn } from 'drizzle-orm/pg-core';
import { type ReviewStatus, verificationCounts } from '../../domain/evidence/review';
import type { Db } from '../db/client';
import { entryAnswers, innovationEntries, innovations, opds, regionAnswers, users, verifierAssignments } from '../db/schema';
import { searchAny } from '../db/search';
import { liveEntry } from '../shared/entries/live-entry';
import { evidenceTextMatches } from '../shared/evidence-check/search';
import { regionItems, sidEvidence, spdEvidence } from '../shared/items/state';

export interface QueueFilter {
  periodId: string;
  opdId?: string;
  code?: string;
  status?: ReviewStatus;
  q?: string;
  /** OPD-bound viewers only ever see their own OPD. */
  onlyOpd?: string;
  /** A verifier's own queue: the OPDs assigned to them. */
  opdIds?: string[];
}

const waitingFirst = (status: AnyPgColumn) => sql`case ${status} when 'menunggu' then 0 when 'dikembalikan' then 1 else 2 end`;

/** Every word of a search must match the innovation or its OPD (ILIKE: case-insensitive). */
const searchWords = (q: string | undefined) =>
  and(
    ...(q ?? '')
      .split(/\s+/)
      .filter(Boolean)
      .map((w) => searchAny(w, [innovationEntries.name, opds.name, opds.shortName])),
  );

// The SQL form of the queue's definition (domain/evidence/review.ts verificationCounts): answered items of
// live, approved entries. Tests hold the queue's totals equal to the summary's counts.
function sidWhere(f: QueueFilter) {
  return and(
    eq(innovationEntries.periodId, f.periodId),
    eq(innovationEntries.status, 'disetujui'),
    isNull(innovations.deletedAt),
    gt(entryAnswers.value, 0),
    f.opdId ? eq(innovationEntries.opdId, f.opdId) : undefined,
    f.onlyOpd ? eq(innovationEntries.opdId, f.onlyOpd) : undefined,
    f.opdIds ? inArray(innovationEntries.opdId, f.opdIds) : undefined,
    f.code ? eq(entryAnswers.indicatorCode, f.code) : undefined,
    f.status ? eq(entryAnswers.reviewStatus, f.status) : undefined,
    // The innovation or its OPD by name, or the item's evidence by what it says (the pre-check's kept text).
    f.q ? or(searchWords(f.q), evidenceTextMatches(f.q, entryAnswers.entryId, entryAnswers.indicatorCode)) : undefined,
  );
}

export async function sidQueue(db: Db, f: QueueFilter, limit: number, offset: number) {
  const where = sidWhere(f);
  const [{ n }] = await db
    .select({ n: count() })
    .from(entryAnswers)
    .innerJoin(innovationEntries, eq(innovationEntries.id, entryAnswers.entryId))
    .innerJoin(innovations, eq(innovations.id, innovationEntries.innovationId))
    .innerJoin(opds, eq(opds.id, innovationEntries.opdId))
    .where(where);
  const rows = await db
    .select({
      entryId: entryAnswers.entryId,
      entryName: innovationEntries.name,
      opdId: innovationEntries.opdId,
      opdName: opds.name,
      code: entryAnswers.indicatorCode,
      value: entryAnswers.value,
      version: entryAnswers.version,
      reviewStatus: entryAnswers.reviewStatus,
      reviewNote: entryAnswers.reviewNote,
      reviewedByName: users.fullName,
      reviewedAt: entryAnswers.reviewedAt,
      updatedAt: entryAnswers.updatedAt,
      evidenceCount: sidEvidence,
    })
    .from(entryAnswers)
    .innerJoin(innovationEntries, eq(innovationEntries.id, entryAnswers.entryId))
    .innerJoin(innovations, eq(innovations.id, innovationEntries.innovationId))
    .innerJoin(opds, eq(opds.id, innovationEntries.opdId))
    .leftJoin(users, eq(users.id, entryAnswers.reviewedBy))
    .where(where)
    .orderBy(waitingFirst(entryAnswers.reviewStatus), asc(entryAnswers.updatedAt), asc(entryAnswers.entryId), asc(entryAnswers.indicatorCode))
    .limit(limit)
    .offset(offset);
  return { total: n, rows };
}

export async function spdQueue(db: Db, f: QueueFilter) {
  return db
    .select({
      code: regionAnswers.indicatorCode,
      value: regionAnswers.value,
      version: regionAnswers.version,
      reviewStatus: regionAnswers.reviewStatus,
      reviewNote: regionAnswers.reviewNote,
      reviewedByName: users.fullName,
      reviewedAt: regionAnswers.reviewedAt,
      updatedAt: regionAnswers.updatedAt,
      evidenceCount: spdEvidence,
    })
    .from(regionAnswers)
    .leftJoin(users, eq(users.id, regionAnswers.reviewedBy))
    .where(
      and(
        eq(regionAnswers.periodId, f.periodId),
        gt(regionAnswers.value, 0),
        f.code ? eq(regionAnswers.indicatorCode, f.code) : undefined,
        f.status ? eq(regionAnswers.reviewStatus, f.status) : undefined,
      ),
    )
    .orderBy(waitingFirst(regionAnswers.reviewStatus), asc(regionAnswers.updatedAt), asc(regionAnswers.indicatorCode));
}

/** The OPDs each verifier of a region is assigned to. */
export async function assignmentsOf(db: Db, regionId: string): Promise<Map<string, string[]>> {
  const rows = await db.select().from(verifierAssignments).where(eq(verifierAssignments.regionId, regionId));
  const out = new Map<string, string[]>();
  for (const r of rows) out.set(r.userId, [...(out.get(r.userId) ?? []), r.opdId]);
  return out;
}

/** Counts for the queue's header: by status (SID + SPD), done per verifier, still waiting per OPD. */
export async function queueSummary(db: Db, regionId: string, periodId: string, onlyOpd?: string) {
  // The counts come from each live entry's stored review counts and the SPD items through verificationCounts,
  // the same definition and source as the dashboard (dashboard/region-figures.ts): one number everywhere.
  const [entries, spd] = await Promise.all([
    db
      .select({ opdId: innovationEntries.opdId, opdName: opds.name, status: innovationEntries.status, reviewSummary: innovationEntries.reviewSummary })
      .from(innovationEntries)
      .innerJoin(opds, eq(opds.id, innovationEntries.opdId))
      .where(and(eq(innovationEntries.periodId, periodId), liveEntry, onlyOpd ? eq(innovationEntries.opdId, onlyOpd) : undefined)),
    onlyOpd ? {} : regionItems(db, periodId),
  ]);
  const counts = verificationCounts(entries, spd);
  const byOpd = new Map<string, { opdId: string; opdName: string; list: typeof entries }>();
  for (const e of entries) {
    const group = byOpd.get(e.opdId) ?? { opdId: e.opdId, opdName: e.opdName, list: [] };
    group.list.push(e);
    byOpd.set(e.opdId, group);
  }
  const pendingByOpd = [...byOpd.values()]
    .map((g) => ({ opdId: g.opdId, opdName: g.opdName, pending: verificationCounts(g.list).menunggu }))
    .filter((g) => g.pending > 0)
    .sort((a, b) => a.opdName.localeCompare(b.opdName, 'id'));

  // Decisions per verifier on the items counted above (in verification now), so the columns add up to the counts.
  const verifierRows = (await db.execute(sql`
    select u.id as user_id, u.full_name as name,
      count(*) filter (where x.review_status = 'diterima')::int as accepted,
      count(*) filter (where x.review_status = 'dikembalikan')::int as returned
    from (
      select ea.reviewed_by, ea.review_status from ${entryAnswers} ea
        join ${innovationEntries} ie on ie.id = ea.entry_id
        where ie.period_id = ${periodId} and ie.status = 'disetujui' and ea.value > 0 and ea.reviewed_by is not null
          and not exists (select 1 from ${innovations} i where i.id = ie.innovation_id and i.deleted_at is not null)
          ${onlyOpd ? sql`and ie.opd_id = ${onlyOpd}` : sql``}
      union all
      select ra.reviewed_by, ra.review_status from ${regionAnswers} ra
        where ra.period_id = ${periodId} and ra.value > 0 and ra.reviewed_by is not null ${onlyOpd ? sql`and false` : sql``}
    ) x join ${users} u on u.id = x.reviewed_by
    group by u.id, u.full_name order by u.full_name`)) as unknown as { rows: { user_id: string; name: string; accepted: number; returned: number }[] };

  // Every verifier of the region appears, with what they decided and what still waits for them: the
  // waiting items of their assigned OPDs, or of all OPDs when they have no assignment.
  const assignments = await assignmentsOf(db, regionId);
  const verifiers = await db
    .select({ id: users.id, name: users.fullName })
    .from(users)
    .where(and(eq(users.regionId, regionId), eq(users.role, 'verifikator'), eq(users.active, true)));
  const decided = new Map(verifierRows.rows.map((r) => [r.user_id, r]));
  const people = new Map<string, string>([...verifiers.map((v) => [v.id, v.name] as const), ...verifierRows.rows.map((r) => [r.user_id, r.name] as const)]);
  const waitingIn = new Map(pendingByOpd.map((p) => [p.opdId, p.pending]));
  return {
    counts,
    byVerifier: [...people.entries()]
      .map(([userId, name]) => {
        const assigned = assignments.get(userId) ?? [];
        return {
          userId,
          name,
          accepted: Number(decided.get(userId)?.accepted ?? 0),
          returned: Number(decided.get(userId)?.returned ?? 0),
          pending: assigned.length ? assigned.reduce((n, opdId) => n + (waitingIn.get(opdId) ?? 0), 0) : counts.menunggu,
          opdIds: assigned,
        };
      })
      .sort((a, b) => a.name.localeCompare(b.name, 'id')),
    pendingByOpd,
  };
}
