// One database handle for the whole app, on a PostgreSQL server: the operator's (DATABASE_URL) or the one the
// app runs itself (embedded-server.ts). Both go through this one code path.
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { drizzle as drizzlePg } from 'drizzle-orm/node-postgres';
import { migrate as migratePg } from 'drizzle-orm/node-postgres/migrator';
import type { PgDatabase, PgQueryResultHKT } from 'drizzle-orm/pg-core';
import pg from 'pg';
import * as schema from './schema';

export type Db = PgDatabase<PgQueryResultHKT, typeof schema>;

/** A transaction handle, as the callback of db.transaction receives it. */
export type Tx = Parameters<Parameters<Db['transaction']>[0]>[0];

export interface Database {
  db: Db;
  /** `embedded`: the server the app runs itself in DATA_DIR (set by runtime.ts); the connection is the same. */
  kind: 'embedded' | 'postgres';
  /** Where the data lives, for the log (no password). */
  description: string;
  migrate(): Promise<void>;
  /**
   * Runs `work` holding a PostgreSQL advisory lock, so one instance at a time does it (`work` uses `db` as
   * usual; the lock sits on a connection of its own). `startup` is the lock migrations take: the first start's
   * seed and file-store check run under it too. With `skipIfBusy`, an instance finding the lock taken skips
   * `work` (returning undefined) instead of waiting.
   */
  exclusive<T>(lock: LockName, work: () => Promise<T>, opts?: { skipIfBusy?: boolean }): Promise<T | undefined>;
  ping(): Promise<boolean>;
  /**
   * Listens on a NOTIFY channel on a connection of its own, reconnecting when it is lost: `message` gets each
   * payload, `state` true once listening and false when the connection is lost (notifications may have been
   * missed until it is true again). Returns the way to stop. Absent where the database cannot notify (PGlite).
   */
  listen?(channel: string, handlers: { message(payload: string): void; state(listening: boolean): void }): () => Promise<void>;
  /** Calls `watch` with the text of every statement this instance sends through Drizzle, before it is sent. */
  watchStatements?(watch: (sql: string) => void): void;
  close(): Promise<void>;
}

export const MIGRATIONS_DIR = resolve(dirname(fileURLToPath(import.meta.url)), '../../../drizzle');

// Any constants work; each only has to be the same for every instance on one database.
const LOCK_KEYS = {
  /** Migrations, the first start's seed, the file-store check. */
  startup: 7_346_823_001,
  /** The sweep of unused stored files. */
  fileSweep: 7_346_823_002,
} as const;

export type LockName = keyof typeof LOCK_KEYS;

/**
 * Inovda's reads are index lookups into a working set that fits in memory (one region out of many). With
 * the default random_page_cost of 4 the planner prefers scanning whole national tables for hash joins,
 * which measured 5–10× slower per request (bench:api). Set per session, so no server setting is needed;
 * INOVDA_RANDOM_PAGE_COST overrides it, empty leaves the server's value.
 */
const RANDOM_PAGE_COST = process.env.INOVDA_RANDOM_PAGE_COST ?? '1.1';
/**
 * The public catalogue forgives a typo in a name ("puskemas" finds "Puskesmas Keliling") with pg_trgm's `<%`
 * operator, which uses this threshold; pg_trgm's default (0.6) misses a single dropped letter in an 8-letter word.
 */
const WORD_SIMILARITY = '-c pg_trgm.word_similarity_threshold=0.5';
const sessionOptions = [RANDOM_PAGE_COST ? `-c random_page_cost=${Number(RANDOM_PAGE_COST)}` : '', WORD_SIMILARITY].filter(Boolean).join(' ');

export interface DatabaseOptions {
  /** PostgreSQL connection string: a server of the operator's (DATABASE_URL) or the embedded one (runtime.ts). */
  url: string;
  /** Called with every statement Drizzle sends (tests count a route's round trips with it). */
  logQuery?: (query: string) => void;
}

export async function openDatabase(opts: DatabaseOptions): Promise<Database> {
  return openPostgres(opts.url, opts.logQuery);
}

function describeUrl(url: string): string {
  const u = new URL(url);
  return `PostgreSQL ${u.hostname}:${u.port || 5432}${u.pathname}`;
}

async function openPostgres(url: string, logQuery?: (query: string) => void): Promise<Database> {
  // At least two: exclusive() holds one connection for its lock while its work queries on another.
  const pool = new pg.Pool({ connectionString: url, max: Math.max(2, Number(process.env.DB_POOL_SIZE ?? 10)), options: sessionOptions });
  // A broken idle connection must not crash the process; the pool replaces it.
  pool.on('error', () => {});
  const watchers: ((sql: string) => void)[] = logQuery ? [logQuery] : [];
  const db = drizzlePg(pool, {
    schema,
    logger: {
      logQuery: (query) => {
        for (const watch of watchers) watch(query);
      },
    },
  }) as unknown as Db;
  const listeners = new Set<() => Promise<void>>();
  async function exclusive<T>(lock: LockName, work: (conn: pg.PoolClient) => Promise<T>, opts: { skipIfBusy?: boolean } = {}) {
    const conn = await pool.connect();
    let held = false;
    try {
      if (opts.skipIfBusy) {
        const { rows } = await conn.query<{ ok: boolean }>('select pg_try_advisory_lock($1) as ok', [LOCK_KEYS[lock]]);
        held = rows[0].ok;
        if (!held) return undefined;
      } else {
        await conn.query('select pg_advisory_lock($1)', [LOCK_KEYS[lock]]);
        held = true;
      }
      return await work(conn);
    } finally {
      if (held) await conn.query('select pg_advisory_unlock($1)', [LOCK_KEYS[lock]]).catch(() => {});
      conn.release();
    }
  }
  return {
    db,
    kind: 'postgres',
    description: describeUrl(url),
    // Several instances may start together: one migrates, the others wait.
    migrate: () => exclusive('startup', (conn) => migratePg(drizzlePg(conn), { migrationsFolder: MIGRATIONS_DIR })).then(() => {}),
    exclusive: (lock, work, opts) => exclusive(lock, () => work(), opts),
    // Named (prepared once per connection): /healthz is the one-query floor the benchmarks measure routes against.
    ping: async () => {
      await pool.query({ name: 'inovda_ping', text: 'select 1' });
      return true;
    },
    listen: (channel, handlers) => {
      const stop = listenOn(url, channel, handlers);
      listeners.add(stop);
      return () => {
        listeners.delete(stop);
        return stop();
      };
    },
    watchStatements: (watch) => {
      watchers.push(watch);
    },
    close: async () => {
      await Promise.all([...listeners].map((stop) => stop()));
      await pool.end();
    },
  };
}

const RELISTEN_MS = 1000;

/** LISTEN on a client of its own; a lost connection is reported and opened again after a second. */
function listenOn(url: string, channel: string, handlers: { message(payload: string): void; state(listening: boolean): void }) {
  let stopped = false;
  let client: pg.Client | undefined;
  let retry: NodeJS.Timeout | undefined;
  const lost = (c: pg.Client) => {
    if (client !== c) return;
    client = undefined;
    handlers.state(false);
    c.end().catch(() => {});
    if (!stopped) retry = setTimeout(open, RELISTEN_MS);
  };
  async function open() {
    if (stopped) return;
    // keepAlive: a connection that died without a word is found by the operating system, not left listening to nothing.
    const c = new pg.Client({ connectionString: url, keepAlive: true });
    client = c;
    c.on('error', () => lost(c));
    c.on('end', () => lost(c));
    c.on('notification', (n) => {
      if (n.channel === channel) handlers.message(n.payload ?? '');
    });
    try {
      await c.connect();
      await c.query(`listen ${c.escapeIdentifier(channel)}`);
      if (client === c && !stopped) handlers.state(true);
    } catch {
      lost(c);
    }
  }
  void open();
  return async () => {
    stopped = true;
    clearTimeout(retry);
    const c = client;
    client = undefined;
    if (c) {
      handlers.state(false);
      await c.end().catch(() => {});
    }
  };
}
