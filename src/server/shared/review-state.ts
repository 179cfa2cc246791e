// The state of every answered item — its option, its review and how much live evidence backs it — read in
// bulk for scores, lists and the verification queue, and reset to "menunggu" whenever the item changes.
import { and, count, eq, inArray, isNull, sql } from 'drizzle-orm';
import type { ReviewedAnswer } from '../../domain/evidence/review';
import type { Db } from '../db/client';
import { entryAnswers, evidence, regionAnswers } from '../db/schema';

export interface ItemState extends ReviewedAnswer {
  reviewNote: string | null;
  reviewedAt: string | null;
  renewalCount: number;
}

type Tx = Parameters<Parameters<Db['transaction']>[0]>[0];

const empty = (): ItemState => ({ value: 0, reviewStatus: 'menunggu', reviewNote: null, reviewedAt: null, evidenceCount: 0, renewalCount: 0 });

/** Items of the given entries, by entry id then indicator code (evidence without an answer row shows as value 0). */
export async function entryItems(db: Db | Tx, entryIds: string[]): Promise<Map<string, Record<string, ItemState>>> {
  const out = new Map<string, Record<string, ItemState>>();
  if (!entryIds.length) return out;
  const at = (entryId: string, code: string) => {
    const items = out.get(entryId) ?? {};
    out.set(entryId, items);
    items[code] ??= empty();
    return items[code];
  };
  const [answers, counts] = await Promise.all([
    db.select().from(entryAnswers).where(inArray(entryAnswers.entryId, entryIds)),
    db
      .select({
        entryId: evidence.entryId,
        code: evidence.indicatorCode,
        n: count(),
        renew: sql<number>`count(*) filter (where ${evidence.needsRenewal})`.mapWith(Number),
      })
      .from(evidence)
      .where(and(inArray(evidence.entryId, entryIds), isNull(evidence.deletedAt)))
      .groupBy(evidence.entryId, evidence.indicatorCode),
  ]);
  for (const a of answers)
    Object.assign(at(a.entryId, a.indicatorCode), {
      value: a.value,
      reviewStatus: a.reviewStatus,
      reviewNote: a.reviewNote,
      reviewedAt: a.reviewedAt?.toISOString() ?? null,
    });
  for (const c of counts) Object.assign(at(c.entryId as string, c.code), { evidenceCount: c.n, renewalCount: c.renew });
  return out;
}

/** The region-level (SPD) items of a period, by indicator code. */
export async function regionItems(db: Db | Tx, periodId: string): Promise<Record<string, ItemState>> {
  const out: Record<string, ItemState> = {};
  const [answers, counts] = await Promise.all([
    db.select().from(regionAnswers).where(eq(regionAnswers.periodId, periodId)),
    db
      .select({ code: evidence.indicatorCode, n: count(), renew: sql<number>`count(*) filter (where ${evidence.needsRenewal})`.mapWith(Number) })
      .from(evidence)
      .where(and(eq(evidence.periodId, periodId), isNull(evidence.entryId), isNull(evidence.deletedAt)))
      .groupBy(evidence.indicatorCode),
  ]);
  for (const a of answers)
    out[a.indicatorCode] = {
      ...empty(),
      value: a.value,
      reviewStatus: a.reviewStatus,
      reviewNote: a.reviewNote,
      reviewedAt: a.reviewedAt?.toISOString() ?? null,
    };
  for (const c of counts) out[c.code] = { ...(out[c.code] ?? empty()), evidenceCount: c.n, renewalCount: c.renew };
  return out;
}

/** Where an item lives: an innovation entry's SID indicator, or the region's SPD indicator in a period. */
export type ItemKey = { entryId: string; code: string } | { periodId: string; code: string };

/** Any change to an item's answer or evidence sends its review back to "menunggu verifikasi". */
export async function markChanged(tx: Db | Tx, key: ItemKey, actorId: string) {
  const set = { reviewStatus: 'menunggu', updatedBy: actorId, updatedAt: new Date() };
  if ('entryId' in key)
    await tx
      .insert(entryAnswers)
      .values({ entryId: key.entryId, indicatorCode: key.code, value: 0, ...set })
      .onConflictDoUpdate({ target: [entryAnswers.entryId, entryAnswers.indicatorCode], set });
  else
    await tx
      .insert(regionAnswers)
      .values({ periodId: key.periodId, indicatorCode: key.code, value: 0, ...set })
      .onConflictDoUpdate({ target: [regionAnswers.periodId, regionAnswers.indicatorCode], set });
}
