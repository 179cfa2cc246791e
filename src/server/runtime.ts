// Opening the configured database and bringing it up to date: shared by the server and the CLI.
import { mkdirSync } from 'node:fs';
import type { Config } from './config';
import { type Database, openDatabase, pgliteDirFor } from './db/client';

export async function openConfiguredDatabase(config: Config): Promise<Database> {
  mkdirSync(config.dataDir, { recursive: true });
  const database = await openDatabase({ url: config.databaseUrl, pgliteDir: pgliteDirFor(config.dataDir) });
  await database.migrate();
  return database;
}

export function describeDatabase(config: Config): string {
  if (!config.databaseUrl) return `PGlite (embedded) in ${pgliteDirFor(config.dataDir)}`;
  const url = new URL(config.databaseUrl);
  return `PostgreSQL ${url.hostname}:${url.port || 5432}${url.pathname}`;
}
