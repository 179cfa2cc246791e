// The state of every answered item — its option, its review and how much live evidence backs it — read in
// bulk for scores, lists and the verification queue. Changes go through change.ts (changeItem).
import { eq, inArray, type SQL, sql } from 'drizzle-orm';
import type { AnsweredItem, ReviewStatus } from '../../../domain/evidence/review';
import type { Db, Tx } from '../../db/client';
import { prepared } from '../../db/prepared';
import { entryAnswers, evidence, regionAnswers } from '../../db/schema';

export interface ItemState extends AnsweredItem {
  /** Renewed by every change of the option or the evidence (change.ts); saves and decisions send it back. */
  version: number;
  reviewStatus: ReviewStatus;
  reviewNote: string | null;
  reviewedAt: string | null;
  renewalCount: number;
}

// Every evidence item has an answer row (adding evidence creates it: change.ts), so the answers with
// a count of their live evidence are the whole state, read in one query. The outer columns are written out
// in full: Drizzle leaves them unqualified in single-table queries, where they would bind to the subquery.
const liveSid = sql.raw(`e.entry_id = "entry_answers"."entry_id" and e.indicator_code = "entry_answers"."indicator_code" and e.deleted_at is null`);
const liveSpd = sql.raw(
  `e.period_id = "region_answers"."period_id" and e.entry_id is null and e.indicator_code = "region_answers"."indicator_code" and e.deleted_at is null`,
);
const countWhere = (live: SQL, extra = sql``) => sql<number>`(select count(*) from ${evidence} e where ${live} ${extra})`.mapWith(Number);
export const sidEvidence = countWhere(liveSid);
const sidRenewal = countWhere(liveSid, sql`and e.needs_renewal`);
export const spdEvidence = countWhere(liveSpd);
const spdRenewal = countWhere(liveSpd, sql`and e.needs_renewal`);

type StateRow = {
  value: number;
  version: number;
  reviewStatus: ReviewStatus;
  reviewNote: string | null;
  reviewedAt: Date | null;
  evidenceCount: number;
  renewalCount: number;
};
const stateOf = (r: StateRow): ItemState => ({
  value: r.value,
  version: r.version,
  reviewStatus: r.reviewStatus,
  reviewNote: r.reviewNote,
  reviewedAt: r.reviewedAt?.toISOString() ?? null,
  evidenceCount: r.evidenceCount,
  renewalCount: r.renewalCount,
});

/** Items of the given entries, by entry id then indicator code. */
export async function entryItems(db: Db | Tx, entryIds: string[]): Promise<Map<string, Record<string, ItemState>>> {
  const out = new Map<string, Record<string, ItemState>>();
  if (!entryIds.length) return out;
  const rows = await db
    .select({
      entryId: entryAnswers.entryId,
      code: entryAnswers.indicatorCode,
      value: entryAnswers.value,
      version: entryAnswers.version,
      reviewStatus: entryAnswers.reviewStatus,
      reviewNote: entryAnswers.reviewNote,
      reviewedAt: entryAnswers.reviewedAt,
      evidenceCount: sidEvidence,
      renewalCount: sidRenewal,
    })
    .from(entryAnswers)
    .where(inArray(entryAnswers.entryId, entryIds));
  for (const r of rows) {
    const items = out.get(r.entryId) ?? {};
    items[r.code] = stateOf(r);
    out.set(r.entryId, items);
  }
  return out;
}

const regionItemsQuery = (db: Db | Tx) =>
  db
    .select({
      code: regionAnswers.indicatorCode,
      value: regionAnswers.value,
      version: regionAnswers.version,
      reviewStatus: regionAnswers.reviewStatus,
      reviewNote: regionAnswers.reviewNote,
      reviewedAt: regionAnswers.reviewedAt,
      evidenceCount: spdEvidence,
      renewalCount: spdRenewal,
    })
    .from(regionAnswers)
    .where(eq(regionAnswers.periodId, sql.placeholder('periodId')));

/** The region-level (SPD) items of a period, by indicator code (prepared when read outside a transaction). */
export async function regionItems(db: Db | Tx, periodId: string): Promise<Record<string, ItemState>> {
  const query = !('rollback' in db)
    ? prepared(db as Db, 'inovda_region_items', (d) => regionItemsQuery(d).prepare('inovda_region_items'))
    : regionItemsQuery(db);
  const rows = await query.execute({ periodId });
  return Object.fromEntries(rows.map((r) => [r.code, stateOf(r)]));
}

/** Where an item lives: an innovation entry's SID indicator, or the region's SPD indicator in a period. */
export type ItemKey = { entryId: string; code: string } | { periodId: string; code: string };

/** All items of an entry, or of the region in a period (entryId null), by indicator code. */
export async function itemsOf(db: Db | Tx, owner: { entryId: string | null; periodId: string }): Promise<Record<string, ItemState>> {
  if (owner.entryId) return (await entryItems(db, [owner.entryId])).get(owner.entryId) ?? {};
  return regionItems(db, owner.periodId);
}
