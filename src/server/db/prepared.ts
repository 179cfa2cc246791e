// Named prepared statements for the hottest fixed-shape reads: PostgreSQL then plans them once per
// connection instead of on every request (planning measured as half the cost of a small join).
import type { Db } from './client';

const cache = new WeakMap<Db, Map<string, unknown>>();

/** The statement `name` prepared on this database handle, built on first use. */
export function prepared<T>(db: Db, name: string, build: (db: Db) => T): T {
  let byName = cache.get(db);
  if (!byName) {
    byName = new Map();
    cache.set(db, byName);
  }
  if (!byName.has(name)) byName.set(name, build(db));
  return byName.get(name) as T;
}
