// The one-time move of an installation from PGlite (the first embedded database, DATA_DIR/pglite) to the
// embedded PostgreSQL server: the PGlite database is brought to the current schema, written out in the
// backup format and restored into the server; the stored files stay where they are. The old folder is kept.
import { existsSync } from 'node:fs';
import { mkdtemp, rename, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'drizzle-orm';
import { type Db, MIGRATIONS_DIR } from '../db/client';
import * as schema from '../db/schema';
import { createBackup, restoreBackup } from './backup';

export const pgliteDirFor = (dataDir: string) => join(dataDir, 'pglite');
/** While the move is under way (or after it failed), the PGlite folder carries this name; the next start resumes. */
const movingDirFor = (dataDir: string) => join(dataDir, 'pglite.moving');

/** Whether DATA_DIR holds PGlite data not moved yet. */
export const pgliteExists = (dataDir: string) => existsSync(pgliteDirFor(dataDir)) || existsSync(movingDirFor(dataDir));

/**
 * Before the embedded server is first created: whether this installation has PGlite data to move. The folder
 * is renamed first, so a move that fails half-way (the server's database then only partly filled) is resumed
 * at the next start rather than taken for done.
 */
export async function pgliteToMove(dataDir: string, serverDir: string): Promise<string | undefined> {
  const moving = movingDirFor(dataDir);
  if (existsSync(moving)) return moving;
  if (!existsSync(pgliteDirFor(dataDir)) || existsSync(serverDir)) return undefined;
  await rename(pgliteDirFor(dataDir), moving);
  return moving;
}

export interface MoveResult {
  rows: number;
  tables: number;
  /** Where the PGlite folder was kept. */
  keptAs: string;
}

async function counts(db: Db, tables: string[]): Promise<Record<string, number>> {
  const out: Record<string, number> = {};
  for (const t of tables) {
    const r = (await db.execute(sql`select count(*)::int as n from ${sql.identifier(t)}`)) as unknown as { rows: { n: number }[] };
    out[t] = r.rows[0].n;
  }
  return out;
}

/** Moves the PGlite data in `pgliteDir` into `db` (migrated, empty or half-filled by an earlier try), all or nothing. */
export async function movePgliteData(dataDir: string, pgliteDir: string, db: Db): Promise<MoveResult> {
  // Loaded only here: PGlite's WebAssembly build is not needed for anything else.
  const [{ PGlite }, { pg_trgm }, { drizzle }, { migrate }] = await Promise.all([
    import('@electric-sql/pglite'),
    import('@electric-sql/pglite/contrib/pg_trgm'),
    import('drizzle-orm/pglite'),
    import('drizzle-orm/pglite/migrator'),
  ]);
  const work = await mkdtemp(join(tmpdir(), 'inovda-pglite-move-'));
  const file = join(work, 'database.tar.gz');
  try {
    // pg_trgm: the migrations create it (the catalogue's typo-tolerant search); PGlite loads contrib extensions by hand.
    const client = new PGlite(pgliteDir, { extensions: { pg_trgm } });
    let manifest: Awaited<ReturnType<typeof createBackup>>;
    try {
      // An older installation is first brought to this version's schema, as its own start would have done.
      await migrate(drizzle(client), { migrationsFolder: MIGRATIONS_DIR });
      manifest = await createBackup(drizzle(client, { schema }) as unknown as Db, { file });
    } finally {
      await client.close();
    }
    await restoreBackup(db, { file });
    const tables = Object.keys(manifest.tables);
    const after = await counts(db, tables);
    const different = tables.filter((t) => after[t] !== manifest.tables[t]);
    if (different.length) throw new Error(`moving PGlite data: row counts differ after the restore in ${different.join(', ')}`);
    const keptAs = keepName(dataDir);
    await rename(pgliteDir, keptAs);
    return { rows: Object.values(manifest.tables).reduce((a, b) => a + b, 0), tables: tables.length, keptAs };
  } finally {
    await rm(work, { recursive: true, force: true });
  }
}

/** DATA_DIR/pglite.migrated-<date>, with a number added if that folder exists already. */
function keepName(dataDir: string): string {
  const base = join(dataDir, `pglite.migrated-${new Date().toISOString().slice(0, 10)}`);
  let name = base;
  for (let i = 2; existsSync(name); i++) name = `${base}-${i}`;
  return name;
}
