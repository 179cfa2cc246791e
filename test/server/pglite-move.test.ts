// An installation still on PGlite (DATA_DIR/pglite, the first embedded database) moves to the embedded
// PostgreSQL server at its first start on this version, losing nothing — every row of every table, the stored
// files, the sign-ins — keeps the old folder renamed, says so, and does it once; a move cut short is redone.
import { existsSync } from 'node:fs';
import { mkdtemp, readdir, readFile, rename, rm } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
import { sql } from 'drizzle-orm';
import { drizzle } from 'drizzle-orm/pglite';
import { migrate } from 'drizzle-orm/pglite/migrator';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../src/server/app';
import { BACKUP_TABLES } from '../../src/server/backup/tables';
import { type Config, loadConfig } from '../../src/server/config';
import { type Database, type Db, MIGRATIONS_DIR } from '../../src/server/db/client';
import * as schema from '../../src/server/db/schema';
import { openConfiguredDatabase } from '../../src/server/runtime';
import { seedDemoInnovations } from '../../src/server/seed/demo-innovations';
import { seedDemo } from '../../src/server/seed/seed';
import { call, DEMO_PASSWORD, login } from '../support/app';
import { pdf, upload } from '../support/files';
import { answer } from '../support/items';

let dataDir: string;
let config: Config;

// Under .tmp/, not the system temp folder: started as root, PostgreSQL runs as the user "postgres", which must
// be able to enter DATA_DIR.
beforeAll(async () => {
  dataDir = await mkdtemp(join(resolve('.tmp'), 'pglite-move-'));
  config = { ...loadConfig({ DATA_DIR: dataDir }), serveWeb: false, logLevel: 'silent' };
});
afterAll(() => rm(dataDir, { recursive: true, force: true }));

async function counts(db: Db): Promise<Record<string, number>> {
  const out: Record<string, number> = {};
  for (const t of BACKUP_TABLES) {
    const r = (await db.execute(sql`select count(*)::int as n from ${sql.identifier(t)}`)) as unknown as { rows: { n: number }[] };
    out[t] = r.rows[0].n;
  }
  return out;
}

async function files(): Promise<Record<string, string>> {
  const dir = join(dataDir, 'files');
  const out: Record<string, string> = {};
  for (const f of await readdir(dir, { recursive: true, withFileTypes: true })) {
    if (f.isFile()) out[join(f.parentPath, f.name)] = (await readFile(join(f.parentPath, f.name))).toString('base64');
  }
  return out;
}

/** What a region on the PGlite version has: the demo data, an innovation answered, a file uploaded, a sign-in. */
async function pgliteInstallation() {
  const client = new PGlite(join(dataDir, 'pglite'), { extensions: { pg_trgm } });
  await migrate(drizzle(client), { migrationsFolder: MIGRATIONS_DIR });
  const db = drizzle(client, { schema }) as unknown as Db;
  const database: Database = {
    db,
    kind: 'postgres',
    description: 'PGlite',
    migrate: async () => {},
    // One connection, one process: nothing to exclude.
    exclusive: (_lock, work) => work(),
    ping: async () => true,
    close: () => client.close(),
  };
  await seedDemo(db, { password: DEMO_PASSWORD });
  const app = await buildApp({ config, database, logger: false });
  await app.ready();
  await seedDemoInnovations(db, app.storage);
  const operator = await login(app, 'operator.dinkes');
  const entryId = (await call(app, operator, 'POST', '/api/innovations', { name: 'Posyandu Digital' })).json().id;
  expect((await answer(app, operator, { entryId }, '16', 3)).statusCode).toBe(200);
  expect((await upload(app, operator, `entryId=${entryId}&code=16`, 'sk-inovasi.pdf', pdf('SK Posyandu Digital'))).statusCode).toBe(201);
  const before = await counts(db);
  await app.close();
  await client.close();
  return { before, entryId };
}

async function openAndCount(messages: string[]) {
  const database = await openConfiguredDatabase(config, { takeOver: true, log: (m) => messages.push(m) });
  try {
    return { after: await counts(database.db), database };
  } catch (err) {
    await database.close();
    throw err;
  }
}

// Real PGlite and PostgreSQL data directories: generous limits on a busy machine, not timing.
const MOVE_TIMEOUT = 240_000;

describe.skipIf(process.env.TEST_DATABASE_URL)('moving a PGlite installation to the embedded PostgreSQL server', () => {
  let before: Record<string, number>;
  /** After the first test's sign-in on the moved data (a session and its audit event more). */
  let afterSignIn: Record<string, number>;
  let filesBefore: Record<string, string>;

  it(
    'moves every row, keeps the files and the sign-ins, renames the old folder and says so',
    async () => {
      const made = await pgliteInstallation();
      before = made.before;
      filesBefore = await files();
      expect(before.entry_answers).toBeGreaterThan(0);
      expect(before.stored_files).toBeGreaterThan(0);
      expect(before.sessions).toBeGreaterThan(0);

      const messages: string[] = [];
      const { after, database } = await openAndCount(messages);
      try {
        expect(after).toEqual(before);
        const app = await buildApp({ config, database, logger: false });
        const operator = await login(app, 'operator.dinkes');
        const answers = (await call(app, operator, 'GET', `/api/innovations/entries/${made.entryId}/answers`)).json();
        expect(answers.answers).toMatchObject({ '16': 3 });
        await app.close();
        afterSignIn = await counts(database.db);
      } finally {
        await database.close();
      }
      expect(await files()).toEqual(filesBefore);
      const total = Object.values(before).reduce((a, b) => a + b, 0);
      expect(messages.join('\n')).toContain(`PGlite data moved: ${total} rows in ${BACKUP_TABLES.length} tables`);
      const names = await readdir(dataDir);
      expect(names).not.toContain('pglite');
      expect(names.filter((n) => /^pglite\.migrated-\d{4}-\d{2}-\d{2}$/.test(n))).toHaveLength(1);
      expect(names).toContain('postgres');
    },
    MOVE_TIMEOUT,
  );

  it(
    'does not move again at the next start',
    async () => {
      const messages: string[] = [];
      const { after, database } = await openAndCount(messages);
      await database.close();
      expect(after).toEqual(afterSignIn);
      expect(messages.join('\n')).not.toMatch(/PGlite/);
    },
    MOVE_TIMEOUT,
  );

  it(
    'redoes a move that was cut short, replacing what it had written rather than adding to it',
    async () => {
      // A move interrupted after its rename: the PGlite folder is still "pglite.moving" beside the server's data.
      const [kept] = (await readdir(dataDir)).filter((n) => n.startsWith('pglite.migrated-'));
      await rename(join(dataDir, kept), join(dataDir, 'pglite.moving'));
      const messages: string[] = [];
      const { after, database } = await openAndCount(messages);
      await database.close();
      // The PGlite data again, exactly: what the server held (the later sign-in included) was replaced.
      expect(after).toEqual(before);
      expect(messages.join('\n')).toContain('PGlite data moved');
      expect(existsSync(join(dataDir, 'pglite.moving'))).toBe(false);
      expect(await files()).toEqual(filesBefore);
    },
    MOVE_TIMEOUT,
  );
});
