// Statements on the hottest write path (an answer saved), prepared by name: PostgreSQL parses and plans each
// text once per connection instead of on every execution — the answer save's one large statement spent more
// time being planned than run. The name is the text's hash, so a name never meets two texts; only for
// statements whose text depends on their shape alone (values always as parameters), or each value would
// leave a statement behind on every connection.
import type { SQL } from 'drizzle-orm';
import type { Db, Tx } from './client';
import { type ShapedStatement, shapedOf } from './statement-shape';

interface Internals {
  _: {
    session: { prepareQuery(query: { sql: string; params: unknown[] }, fields: undefined, name: string, arrayMode: false): { execute(): Promise<unknown> } };
  };
}

/** Runs `query` (raw SQL, a query builder or a shaped statement) as a named prepared statement; the result is db.execute's. */
export async function executeNamed<T>(db: Db | Tx, query: SQL | { getSQL(): SQL } | ShapedStatement): Promise<{ rows: T[] }> {
  const { text, params, hash } = shapedOf(db, query);
  const prepared = (db as unknown as Internals)._.session.prepareQuery({ sql: text, params }, undefined, `inovda_${hash}`, false);
  return (await prepared.execute()) as { rows: T[] };
}
