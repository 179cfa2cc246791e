// Once per Vitest run: the migrated and the seeded template databases every API test file copies
// (test/support/templates.ts), on PGlite or, with TEST_DATABASE_URL, on that PostgreSQL server.
import { randomBytes } from 'node:crypto';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { PGlite } from '@electric-sql/pglite';
import { drizzle } from 'drizzle-orm/pglite';
import { migrate } from 'drizzle-orm/pglite/migrator';
import pg from 'pg';
import type { TestProject } from 'vitest/node';
import { type Db, MIGRATIONS_DIR, openDatabase } from '../../src/server/db/client';
import * as schema from '../../src/server/db/schema';
import { seedDemo } from '../../src/server/seed/seed';
import { DEMO_PASSWORD, pgliteDumpFile, type TemplateKind, type Templates } from './templates';

async function admin<T>(url: string, run: (c: pg.Client) => Promise<T>): Promise<T> {
  const c = new pg.Client({ connectionString: url });
  await c.connect();
  try {
    return await run(c);
  } finally {
    await c.end();
  }
}

async function postgresTemplates(adminUrl: string) {
  const suffix = randomBytes(4).toString('hex');
  const names: Record<TemplateKind, string> = { migrated: `inovda_tpl_migrated_${suffix}`, seeded: `inovda_tpl_seeded_${suffix}` };
  for (const kind of ['migrated', 'seeded'] as const) {
    await admin(adminUrl, (c) => c.query(`create database ${names[kind]}`));
    const url = new URL(adminUrl);
    url.pathname = `/${names[kind]}`;
    const database = await openDatabase({ url: url.toString() });
    await database.migrate();
    if (kind === 'seeded') await seedDemo(database.db, { password: DEMO_PASSWORD });
    await database.close();
  }
  const drop = () =>
    admin(adminUrl, async (c) => void (await Promise.all(Object.values(names).map((n) => c.query(`drop database if exists ${n} with (force)`)))));
  return { names, drop };
}

async function pgliteTemplates(dir: string) {
  mkdirSync(dir, { recursive: true });
  // The same migrations the app runs (openDatabase's migrate), on a client whose data directory can be dumped.
  const client = new PGlite();
  await migrate(drizzle(client), { migrationsFolder: MIGRATIONS_DIR });
  const dump = async (kind: TemplateKind) => writeFileSync(pgliteDumpFile(dir, kind), Buffer.from(await (await client.dumpDataDir('none')).arrayBuffer()));
  await dump('migrated');
  await seedDemo(drizzle(client, { schema }) as unknown as Db, { password: DEMO_PASSWORD });
  await dump('seeded');
  await client.close();
}

export default async function setup(project: TestProject) {
  const adminUrl = process.env.TEST_DATABASE_URL;
  if (adminUrl) {
    const { names, drop } = await postgresTemplates(adminUrl);
    project.provide('templates', { postgres: names } satisfies Templates);
    return drop;
  }
  const dir = `.tmp/vitest-templates-${process.pid}`;
  await pgliteTemplates(dir);
  project.provide('templates', { pgliteDir: dir } satisfies Templates);
  return () => rmSync(dir, { recursive: true, force: true });
}
