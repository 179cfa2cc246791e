// The public catalogue's pages are kept, rendered, while the published catalogue is unchanged. What a page shows
// changes only when an admin publishes, refreshes or withdraws an innovation, marks evidence public, or when a region,
// an award, an agreed replication or an approved comment changes: a database trigger (migration 0028) then writes a
// new random stamp in app_meta. One primary-key read of that stamp tells any instance whether its pages are still
// current, so several instances on one database never serve each other's stale pages, and a restored backup brings
// back the stamp its data had.
import { eq, sql } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { prepared } from '../../db/prepared';
import { appMeta } from '../../db/schema';

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
 * share one rendering; a failed one is forgotten; `undefined` (not found) is not kept. The pages kept hold at most
 * `maxBytes` of text (the least recently served go first: a national catalogue has tens of thousands of pages, and a
 * count alone would let long pages crowd the memory); a new stamp drops them all.
 */
export function pageCache<T = string>(
  readStamp: () => Promise<string>,
  maxBytes = 64 * 1024 * 1024,
  sizeOf: (value: T) => number = textBytes as (value: T) => number,
) {
  let stamp: string | undefined;
  let pages = new Map<string, { value: Promise<T | undefined>; bytes: number }>();
  let bytes = 0;
  const forget = (key: string) => {
    const kept = pages.get(key);
    if (!kept) return;
    pages.delete(key);
    bytes -= kept.bytes;
  };
  return async function cached(key: string, render: () => Promise<T | undefined>): Promise<T | undefined> {
    const now = await readStamp();
    if (now !== stamp) {
      stamp = now;
      pages = new Map();
      bytes = 0;
    }
    const kept = pages.get(key);
    if (kept) {
      pages.delete(key);
      pages.set(key, kept);
      return kept.value;
    }
    const into = pages;
    const entry = { value: render(), bytes: 0 };
    into.set(key, entry);
    entry.value.then(
      (v) => {
        if (into !== pages || into.get(key) !== entry) return;
        if (v === undefined) return forget(key);
        entry.bytes = sizeOf(v);
        bytes += entry.bytes;
        while (bytes > maxBytes && pages.size > 1) forget(pages.keys().next().value as string);
      },
      () => into === pages && into.get(key) === entry && forget(key),
    );
    return entry.value;
  };
}

/** JavaScript strings are UTF-16: two bytes a character is what a page costs in memory. */
export const textBytes = (text: string) => text.length * 2;
