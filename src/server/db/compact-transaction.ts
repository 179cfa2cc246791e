// A transaction in two round trips fewer: BEGIN travels with its first statement and COMMIT with its last, each
// pair as one message of PostgreSQL's simple query protocol (the server runs a message's statements in order and
// stops at the first error). node-postgres cannot pipeline, and on the answer save — the most frequent write —
// BEGIN and COMMIT were two of its five round trips. A simple-protocol message carries no parameters, so those two
// statements' values are written into their text as literals, made exactly as node-postgres makes a parameter
// (prepareValue, then escapeLiteral): untyped, their type resolved from the context as a parameter's would be.
// Both are prepared once per connection (SQL PREPARE, then EXECUTE with the literals), as the named statements of
// db/named.ts are: PostgreSQL plans them once, not on every save. The statements in between run on `tx` as in any
// Drizzle transaction.
import type { SQL } from 'drizzle-orm';
import { NodePgSession, NodePgTransaction } from 'drizzle-orm/node-postgres';
import pg from 'pg';
import utils from 'pg/lib/utils.js';
import type { Db, Tx } from './client';
import { executeNamed } from './named';
import { type ShapedStatement, shapedOf } from './statement-shape';

interface Internals {
  $client: pg.Pool;
  dialect: unknown;
  session: { schema: unknown; options: { logger?: { logQuery(query: string, params: unknown[]): void } } };
}

/** One value as a literal of the statement's text: what node-postgres would have sent as the parameter's text. */
export function literalOf(value: unknown): string {
  const text = utils.prepareValue(value) as string | Buffer | null;
  if (text === null) return 'null';
  if (Buffer.isBuffer(text)) throw new Error('compact transaction: binary values are sent as parameters, not literals');
  return pg.escapeLiteral(text);
}

/** The statements each connection has prepared (SQL PREPARE): a connection keeps them until it closes. */
const preparedOn = new WeakMap<pg.PoolClient, Set<string>>();

/** `execute <name>(<literals>)` of the statement, prepared on the connection first if it is not yet. */
async function executeText(client: pg.PoolClient, db: Db | Tx, query: Statement, log: (text: string) => void): Promise<string> {
  const { text, params, hash } = shapedOf(db, query);
  // Its own prefix: PREPARE shares its namespace with the protocol's named statements (db/named.ts).
  const name = `inovda_c_${hash.replace(/-/g, '_')}`;
  const prepared = preparedOn.get(client) ?? new Set<string>();
  preparedOn.set(client, prepared);
  if (!prepared.has(name)) {
    const prepare = `prepare ${name} as ${text}`;
    log(prepare);
    await client.query(prepare);
    prepared.add(name);
  }
  return params.length ? `execute ${name}(${params.map(literalOf).join(', ')})` : `execute ${name}`;
}

/** Drizzle's transaction handle on a connection, made once per connection (it builds a query API per table). */
const handles = new WeakMap<pg.PoolClient, Tx>();
function transactionOn(client: pg.PoolClient, internals: Internals): Tx {
  let tx = handles.get(client);
  if (!tx) {
    const session = new NodePgSession(client, internals.dialect as never, internals.session.schema as never, internals.session.options);
    tx = new NodePgTransaction(internals.dialect as never, session, internals.session.schema as never) as unknown as Tx;
    handles.set(client, tx);
  }
  return tx;
}

/** Drizzle's SQL, or one built once and filled (statement-shape.ts). */
type Statement = SQL | ShapedStatement;

export interface CompactWork<T> {
  /** What the work returns. */
  result: T;
  /** The last statement, sent with COMMIT (none: COMMIT alone). */
  last?: Statement;
}

/**
 * Runs `first` (with BEGIN), then `work` on the transaction with `first`'s rows, then the work's `last` statement
 * (with COMMIT). Anything thrown rolls back, as db.transaction does.
 */
export async function compactTransaction<R, T>(db: Db, first: Statement, work: (tx: Tx, rows: R[]) => Promise<CompactWork<T>>): Promise<T> {
  const internals = db as unknown as Internals;
  // Another driver (an old installation's PGlite, read once when it is moved): a plain transaction, same statements.
  if (!(internals.$client instanceof pg.Pool))
    return db.transaction(async (tx) => {
      const { result, last } = await work(tx, (await executeNamed<R>(tx, first)).rows);
      if (last) await executeNamed(tx, last);
      return result;
    });
  const client = await internals.$client.connect();
  const tx = transactionOn(client, internals);
  const log = (text: string) => internals.session.options.logger?.logQuery(text, []);
  const send = async (text: string) => {
    log(text);
    return (await client.query(text)) as unknown as pg.QueryResult[];
  };
  let open = false;
  try {
    const firstText = await executeText(client, db, first, log);
    open = true;
    const [, opened] = await send(`begin; ${firstText}`);
    const { result, last } = await work(tx, opened.rows as R[]);
    const text = last ? `${await executeText(client, db, last, log)}; commit` : 'commit';
    open = false;
    await send(text).catch(async (error) => {
      // The last statement failed before COMMIT ran: the transaction is still open (aborted) on this connection.
      await client.query('rollback').catch(() => {});
      throw error;
    });
    return result;
  } catch (error) {
    if (open) await client.query('rollback').catch(() => {});
    throw error;
  } finally {
    client.release();
  }
}
