// Keeps each entry's stored scores (claimed and verified maturity and answers, review counts) in step with its answers,
// evidence and reviews. Every change to an item stores them in the same transaction (change.ts); entries
// written in bulk (carry-over, migration, data loads) are refreshed by refreshEntryScores, or marked stale and
// refreshed by refreshStaleScores at start.
import { eq, inArray, sql } from 'drizzle-orm';
import { claimedAnswers, reviewCounts, verifiedAnswers } from '../../../domain/evidence/review';
import { type CompiledFramework, maturityOf } from '../../../domain/iid/engine';
import type { Db, Tx } from '../../db/client';
import { executeNamed } from '../../db/named';
import { innovationEntries } from '../../db/schema';
import { periodFramework } from '../periods/period-framework';
import { entryItems, type ItemState } from './state';

const nonZero = (answers: Record<string, number>) => Object.fromEntries(Object.entries(answers).filter(([, v]) => v > 0));

export function scoresOf(c: CompiledFramework, items: Record<string, ItemState>) {
  const claimed = claimedAnswers(items);
  const verified = verifiedAnswers(items);
  return {
    maturityClaimed: maturityOf(c, claimed),
    maturityVerified: maturityOf(c, verified),
    reviewSummary: reviewCounts(items),
    scoredAnswers: { claimed: nonZero(claimed), verified: nonZero(verified) },
  };
}

/** Recomputes and stores the scores of the given entries, in one statement. */
export async function refreshEntryScores(db: Db | Tx, entryIds: string[]): Promise<void> {
  if (!entryIds.length) return;
  const rows = await db
    .select({ id: innovationEntries.id, periodId: innovationEntries.periodId })
    .from(innovationEntries)
    .where(inArray(innovationEntries.id, entryIds));
  const frameworks = new Map<string, CompiledFramework>();
  for (const periodId of new Set(rows.map((r) => r.periodId))) frameworks.set(periodId, await periodFramework(db, periodId));
  const items = await entryItems(db, entryIds);
  // One statement for the whole batch: a stale refresh after a bulk load touches thousands of entries.
  const values = rows.map((r) => {
    const s = scoresOf(frameworks.get(r.periodId) as CompiledFramework, items.get(r.id) ?? {});
    return sql`(${r.id}::uuid, ${s.maturityClaimed}::int, ${s.maturityVerified}::int, ${JSON.stringify(s.reviewSummary)}::jsonb, ${JSON.stringify(s.scoredAnswers)}::jsonb)`;
  });
  await db.execute(sql`
    update ${innovationEntries} e set maturity_claimed = v.c, maturity_verified = v.v, review_summary = v.s, scored_answers = v.a, scores_stale = false
    from (values ${sql.join(values, sql`, `)}) as v(id, c, v, s, a) where e.id = v.id`);
}

/** Stores scores computed from items the caller already holds. */
export async function storeScores(db: Db | Tx, entryId: string, c: CompiledFramework, items: Record<string, ItemState>) {
  await executeNamed(db, scoresUpdate(db, entryId, c, items));
}

/** The statement storeScores sends. */
export function scoresUpdate(db: Db | Tx, entryId: string, c: CompiledFramework, items: Record<string, ItemState>) {
  return scoresUpdateOf(db, entryId, scoresOf(c, items));
}

export type Scores = ReturnType<typeof scoresOf>;

/** The update of an entry's stored scores (its values may be a statement shape's placeholders: db/statement-shape.ts). */
export const scoresUpdateOf = (db: Db | Tx, entryId: string, scores: Scores) =>
  db
    .update(innovationEntries)
    .set({ ...scores, scoresStale: false })
    .where(eq(innovationEntries.id, entryId));

/** Refreshes every entry marked stale, in batches; returns how many. */
export async function refreshStaleScores(db: Db, batch = 500): Promise<number> {
  let done = 0;
  for (;;) {
    const stale = await db.select({ id: innovationEntries.id }).from(innovationEntries).where(eq(innovationEntries.scoresStale, true)).limit(batch);
    if (!stale.length) return done;
    await db.transaction((tx) =>
      refreshEntryScores(
        tx,
        stale.map((s) => s.id),
      ),
    );
    done += stale.length;
  }
}
