// Opening the configured database and bringing it up to date: shared by the server and the CLI. Without
// DATABASE_URL the app runs its own PostgreSQL server in DATA_DIR/postgres (db/embedded-server.ts) and
// connects to it like to any other; an installation still on PGlite (DATA_DIR/pglite) is moved over once.
import { existsSync, mkdirSync } from 'node:fs';
import { movePgliteData, pgliteDirFor, pgliteExists, pgliteToMove } from './backup/pglite-move';
import type { Config } from './config';
import { type Database, openDatabase } from './db/client';
import { embeddedDirFor, startEmbeddedPostgres } from './db/embedded-server';
import { serverSettingWarnings } from './db/server-settings';
import { fillWordCounts } from './shared/entries/word-counts';
import { refreshStaleScores } from './shared/items/scores';

export interface OpenOptions {
  /** The app takes over an embedded server a CLI command started; a CLI command only borrows the app's. */
  takeOver?: boolean;
  /** What happens to the embedded server and its data, for the operator. */
  log?: (message: string) => void;
}

export async function openConfiguredDatabase(config: Config, opts: OpenOptions = {}): Promise<Database> {
  mkdirSync(config.dataDir, { recursive: true });
  const log = opts.log ?? ((m: string) => console.error(m));
  const serverDir = embeddedDirFor(config.dataDir);
  const pglite = config.databaseUrl ? undefined : await pgliteToMove(config.dataDir, serverDir);
  const database = config.databaseUrl ? await openDatabase({ url: config.databaseUrl }) : await openEmbedded(serverDir, opts.takeOver ?? false, log);
  try {
    await database.migrate();
    if (config.databaseUrl) for (const warning of await serverSettingWarnings(database.db)) log(warning);
    if (pglite) {
      log(`Memindahkan data PGlite / moving the PGlite data (${pgliteDirFor(config.dataDir)}, named ${pglite} until done) to the embedded PostgreSQL server…`);
      const moved = await movePgliteData(config.dataDir, pglite, database.db);
      log(
        `Data PGlite dipindahkan / PGlite data moved: ${moved.rows} rows in ${moved.tables} tables now in ${serverDir}; ` +
          `the old folder is kept as ${moved.keptAs} (delete it once you have checked the data).`,
      );
    } else if (!config.databaseUrl && existsSync(pgliteDirFor(config.dataDir))) {
      log(`Note: ${pgliteDirFor(config.dataDir)} is not used; the database is in ${serverDir}.`);
    }
    // Entries written in bulk (an upgrade's migration, a data load) get their stored scores and word counts computed once.
    await refreshStaleScores(database.db);
    await fillWordCounts(database.db);
  } catch (err) {
    await database.close();
    throw err;
  }
  return database;
}

async function openEmbedded(serverDir: string, takeOver: boolean, log: (m: string) => void): Promise<Database> {
  const server = await startEmbeddedPostgres(serverDir, { database: 'inovda', takeOver, onLog: (line) => log(`postgres: ${line}`) });
  let database: Database;
  try {
    database = await openDatabase({ url: server.url });
  } catch (err) {
    await server.stop();
    throw err;
  }
  return {
    ...database,
    kind: 'embedded',
    description: `PostgreSQL (embedded) in ${serverDir}, 127.0.0.1:${server.port} — ${server.how}`,
    close: async () => {
      await database.close();
      await server.stop();
    },
  };
}

/** Whether the configured database exists already (a server of the operator's, or data in DATA_DIR). */
export function hasDatabase(config: Config): boolean {
  return Boolean(config.databaseUrl) || existsSync(embeddedDirFor(config.dataDir)) || pgliteExists(config.dataDir);
}

export function describeDatabase(database: Database): string {
  return database.description;
}
