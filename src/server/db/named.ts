// Statements on the hottest write path (an answer saved), prepared by name: PostgreSQL parses and plans each
// text once per connection instead of on every execution — the answer save's one large statement spent more
// time being planned than run. The name is the text's hash, so a name never meets two texts; only for
// statements whose text depends on their shape alone (values always as parameters), or each value would
// leave a statement behind on every connection.
import type { SQL } from 'drizzle-orm';
import type { Db, Tx } from './client';
import { isShaped, type ShapedStatement, textHash } from './statement-shape';

interface Internals {
  dialect: { sqlToQuery(sql: SQL): { sql: string; params: unknown[] } };
  _: {
    session: { prepareQuery(query: { sql: string; params: unknown[] }, fields: undefined, name: string, arrayMode: false): { execute(): Promise<unknown> } };
  };
}

/** Runs `query` (raw SQL, a query builder or a shaped statement) as a named prepared statement; the result is db.execute's. */
export async function executeNamed<T>(db: Db | Tx, query: SQL | { getSQL(): SQL } | ShapedStatement): Promise<{ rows: T[] }> {
  const internals = db as unknown as Internals;
  if (isShaped(query)) {
    const q = { sql: query.text, params: query.params };
    return (await internals._.session.prepareQuery(q, undefined, `inovda_${query.hash}`, false).execute()) as { rows: T[] };
  }
  const q = internals.dialect.sqlToQuery('getSQL' in query ? query.getSQL() : query);
  const name = `inovda_${textHash(q.sql)}`;
  return (await internals._.session.prepareQuery(q, undefined, name, false).execute()) as { rows: T[] };
}
