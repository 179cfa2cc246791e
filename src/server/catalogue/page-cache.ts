// The public catalogue's pages are kept, rendered, while the published catalogue is unchanged. What a page shows
// changes only when an admin publishes, refreshes or withdraws an innovation, marks evidence public, or when a region,
// an award, an agreed replication or an approved comment changes: a database trigger (migration 0026) then writes a
// new random stamp in app_meta. One primary-key read of that stamp tells any instance whether its pages are still
// current, so several instances on one database never serve each other's stale pages, and a restored backup brings
// back the stamp its data had.
import { eq, sql } from 'drizzle-orm';
import type { Db } from '../db/client';
import { prepared } from '../db/prepared';
import { appMeta } from '../db/schema';

export const CATALOGUE_STAMP_KEY = 'catalogue_stamp';

const stampQuery = (db: Db) =>
  db
    .select({ stamp: sql<string>`${appMeta.value}::text` })
    .from(appMeta)
    .where(eq(appMeta.key, sql.placeholder('key')))
    .prepare('inovda_catalogue_stamp');

export async function catalogueStamp(db: Db): Promise<string> {
  const [row] = await prepared(db, 'inovda_catalogue_stamp', stampQuery).execute({ key: CATALOGUE_STAMP_KEY });
  return row?.stamp ?? '';
}

/**
 * Pages by key (the route and its normalised query) for the current stamp. Concurrent requests for the same page
 * share one rendering; a failed one is forgotten; `undefined` (not found) is not kept. At most `max` pages are kept
 * (the least recently served go first); a new stamp drops them all.
 */
export function pageCache(db: Db, max = 2000) {
  let stamp: string | undefined;
  let pages = new Map<string, Promise<string | undefined>>();
  return async function cached(key: string, render: () => Promise<string | undefined>): Promise<string | undefined> {
    const now = await catalogueStamp(db);
    if (now !== stamp) {
      stamp = now;
      pages = new Map();
    }
    const kept = pages.get(key);
    if (kept) {
      pages.delete(key);
      pages.set(key, kept);
      return kept;
    }
    const into = pages;
    const value = render();
    into.set(key, value);
    if (into.size > max) into.delete(into.keys().next().value as string);
    value.then(
      (v) => v === undefined && into.get(key) === value && into.delete(key),
      () => into.get(key) === value && into.delete(key),
    );
    return value;
  };
}
