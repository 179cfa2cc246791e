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
 * JSON answers drawn from one period (pages of a list, by a key naming the page), kept while the period's stamp
 * holds. As periodMemo, concurrent requests for one page share one computation and a failed one is forgotten.
 * Pages are kept least recently used first out within `maxBytes` per database: searches make many keys.
 */
export function periodJsonPages(maxBytes = 32 * 1024 * 1024) {
  type Page = { stamp: string; json: Promise<string>; bytes: number };
  const byDb = new WeakMap<Db, { pages: Map<string, Page>; bytes: number }>();
  return (db: Db, period: { id: string; stamp: string }, key: string, compute: () => Promise<string>): Promise<string> => {
    let store = byDb.get(db);
    if (!store) {
      store = { pages: new Map(), bytes: 0 };
      byDb.set(db, store);
    }
    const kept = store;
    const id = `${period.id}\n${key}`;
    const forget = (page: Page) => {
      if (kept.pages.get(id) !== page) return;
      kept.pages.delete(id);
      kept.bytes -= page.bytes;
    };
    const hit = kept.pages.get(id);
    if (hit) {
      forget(hit);
      // Still current: used again, so last out.
      if (hit.stamp === period.stamp) {
        kept.pages.set(id, hit);
        kept.bytes += hit.bytes;
        return hit.json;
      }
    }
    // Computed after the stamp was read: at least as new as it, so a later change always shows as a new stamp.
    const page: Page = { stamp: period.stamp, json: compute(), bytes: 0 };
    kept.pages.set(id, page);
    page.json.then(
      (json) => {
        if (kept.pages.get(id) !== page) return;
        page.bytes = json.length * 2;
        kept.bytes += page.bytes;
        for (const [oldest, old] of kept.pages) {
          if (kept.bytes <= maxBytes || old === page) break;
          kept.pages.delete(oldest);
          kept.bytes -= old.bytes;
        }
      },
      () => forget(page),
    );
    return page.json;
  };
}
