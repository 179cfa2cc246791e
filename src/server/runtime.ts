// Opening the configured database and bringing it up to date: shared by the server and the CLI.
import { mkdirSync } from 'node:fs';
import type { Config } from './config';
import { type Database, openDatabase, pgliteDirFor } from './db/client';
import { refreshStaleScores } from './shared/items/scores';

export async function openConfiguredDatabase(config: Config): Promise<Database> {
  mkdirSync(config.dataDir, { recursive: true });
  const database = await openDatabase({ url: config.databaseUrl, pgliteDir: pgliteDirFor(config.dataDir) });
  await database.migrate();
  // Entries written in bulk (an upgrade's migration, a data load) get their stored scores computed once.
  await refreshStaleScores(database.db);
  return database;
}

export function describeDatabase(config: Config): string {
  if (!config.databaseUrl) return `PGlite (embedded) in ${pgliteDirFor(config.dataDir)}`;
  const url = new URL(config.databaseUrl);
  return `PostgreSQL ${url.hostname}:${url.port || 5432}${url.pathname}`;
}
