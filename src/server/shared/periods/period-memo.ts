// Figures computed from a whole period (the region dashboard) are kept by each instance and reused while the
// period is unchanged. One small query — the period row's revision and Σ revision + count of its entries and
// SPD answers (migration 0012 renews a row's revision on every update) — tells any instance whether its copy
// is still current, so several instances on one database never serve each other's stale figures. Everything
// an entry's figures depend on (answers, evidence, reviews) updates the entry row in the same transaction
// (shared/items/scores.ts), and deleting or restoring an innovation renews its entries' revisions.
import { eq, sql } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { prepared } from '../../db/prepared';
import { periods } from '../../db/schema';

/** The stamp of the period row in the query (correlated on "assessment_periods"."id"). */
export const periodStampSql = sql<string>`${periods.revision} || ':' ||
  (select coalesce(sum(e.revision), 0) || ':' || count(*) from innovation_entries e where e.period_id = "assessment_periods"."id") || ':' ||
  (select coalesce(sum(a.revision), 0) || ':' || count(*) from region_answers a where a.period_id = "assessment_periods"."id")`;

const stampQuery = (db: Db) =>
  db
    .select({ stamp: periodStampSql })
    .from(periods)
    .where(eq(periods.id, sql.placeholder('periodId')))
    .prepare('inovda_period_stamp');

/** A fingerprint of everything in the period; it changes with any change to the period's figures. */
export async function periodStamp(db: Db, periodId: string): Promise<string> {
  const [row] = await prepared(db, 'inovda_period_stamp', stampQuery).execute({ periodId });
  return row?.stamp ?? '';
}

/**
 * `compute` memoised per database and period while the stamp holds. Concurrent requests for the same state
 * share one computation; a failed computation is forgotten. At most `max` periods are kept per database.
 * A caller that read the stamp along with the period (period-lookup.ts periodHeadOfRegion) passes it in;
 * `compute` gets it too, to pass on to the memoised figures it is built from.
 */
export function periodMemo<T>(compute: (db: Db, periodId: string, stamp: string) => Promise<T>, max = 200) {
  const byDb = new WeakMap<Db, Map<string, { stamp: string; value: Promise<T> }>>();
  return async (db: Db, periodId: string, knownStamp?: string): Promise<T> => {
    let cache = byDb.get(db);
    if (!cache) {
      cache = new Map();
      byDb.set(db, cache);
    }
    const stamp = knownStamp ?? (await periodStamp(db, periodId));
    const hit = cache.get(periodId);
    if (hit && hit.stamp === stamp) return hit.value;
    // Read after the stamp: the figures are at least as new as it, so a later change always shows as a new stamp.
    const value = compute(db, periodId, stamp);
    cache.delete(periodId);
    if (cache.size >= max) cache.delete(cache.keys().next().value as string);
    const entry = { stamp, value };
    cache.set(periodId, entry);
    value.catch(() => {
      if (cache.get(periodId) === entry) cache.delete(periodId);
    });
    return value;
  };
}

/**
 * Answers drawn from one period (pages of a list, by a key naming the page), kept while the period's stamp
 * holds: a new stamp drops the period's pages. As periodMemo, concurrent requests for one page share one
 * computation and a failed one is forgotten. At most `pages` pages per period and `max` periods per database.
 */
export function periodPages<T>(max = 100, pages = 500) {
  const byDb = new WeakMap<Db, Map<string, { stamp: string; pages: Map<string, Promise<T>> }>>();
  return (db: Db, period: { id: string; stamp: string }, key: string, compute: () => Promise<T>): Promise<T> => {
    let cache = byDb.get(db);
    if (!cache) {
      cache = new Map();
      byDb.set(db, cache);
    }
    let kept = cache.get(period.id);
    if (!kept || kept.stamp !== period.stamp) {
      cache.delete(period.id);
      if (cache.size >= max) cache.delete(cache.keys().next().value as string);
      kept = { stamp: period.stamp, pages: new Map() };
      cache.set(period.id, kept);
    }
    const hit = kept.pages.get(key);
    if (hit) return hit;
    // Computed after the stamp was read: at least as new as it, so a later change always shows as a new stamp.
    const value = compute();
    if (kept.pages.size >= pages) kept.pages.delete(kept.pages.keys().next().value as string);
    const pagesOfStamp = kept.pages;
    pagesOfStamp.set(key, value);
    value.catch(() => {
      if (pagesOfStamp.get(key) === value) pagesOfStamp.delete(key);
    });
    return value;
  };
}
