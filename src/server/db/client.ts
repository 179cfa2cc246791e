// One database handle for the whole app, on a PostgreSQL server: the operator's (DATABASE_URL) or the one the
// app runs itself (embedded-server.ts). Both go through this one code path.
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { sql } from 'drizzle-orm';
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
  ping(): Promise<boolean>;
  close(): Promise<void>;
}

export const MIGRATIONS_DIR = resolve(dirname(fileURLToPath(import.meta.url)), '../../../drizzle');

// Any constant works; it only has to be the same for every instance migrating one database.
const MIGRATION_LOCK_KEY = 7_346_823_001;

/**
 * Inovda's reads are index lookups into a working set that fits in memory (one region out of many). With
 * the default random_page_cost of 4 the planner prefers scanning whole national tables for hash joins,
 * which measured 5–10× slower per request (bench:api). Set per session, so no server setting is needed;
 * INOVDA_RANDOM_PAGE_COST overrides it, empty leaves the server's value.
 */
const RANDOM_PAGE_COST = process.env.INOVDA_RANDOM_PAGE_COST ?? '1.1';
const sessionOptions = RANDOM_PAGE_COST ? `-c random_page_cost=${Number(RANDOM_PAGE_COST)}` : undefined;

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
  const pool = new pg.Pool({ connectionString: url, max: Number(process.env.DB_POOL_SIZE ?? 10), options: sessionOptions });
  // A broken idle connection must not crash the process; the pool replaces it.
  pool.on('error', () => {});
  const db = drizzlePg(pool, { schema, logger: logQuery ? { logQuery } : false }) as unknown as Db;
  return {
    db,
    kind: 'postgres',
    description: describeUrl(url),
    migrate: async () => {
      // Several instances may start together: one migrates, the others wait.
      const conn = await pool.connect();
      try {
        await conn.query('select pg_advisory_lock($1)', [MIGRATION_LOCK_KEY]);
        await migratePg(drizzlePg(conn), { migrationsFolder: MIGRATIONS_DIR });
      } finally {
        await conn.query('select pg_advisory_unlock($1)', [MIGRATION_LOCK_KEY]).catch(() => {});
        conn.release();
      }
    },
    ping: async () => {
      await db.execute(sql`select 1`);
      return true;
    },
    close: () => pool.end(),
  };
}
