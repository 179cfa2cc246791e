// Once per Vitest run: the migrated and the seeded template databases every API test file copies
// (test/support/templates.ts), on TEST_DATABASE_URL's PostgreSQL server or, when it is unset, on one embedded
// PostgreSQL server started for the run under .tmp/ — the server `npm start` runs, on a throw-away cluster.
import { randomBytes } from 'node:crypto';
import { mkdirSync, readdirSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import pg from 'pg';
import type { TestProject } from 'vitest/node';
import { openDatabase } from '../../src/server/db/client';
import { startEmbeddedPostgres } from '../../src/server/db/embedded-server';
import { seedDemo } from '../../src/server/seed/seed';
import { DEMO_PASSWORD, type TemplateKind, type Templates } from './templates';

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

const TMP = resolve('.tmp');
const SERVER_PREFIX = 'vitest-postgres-';

/** Clusters of runs that were killed before their teardown (their Vitest process is gone). */
function removeAbandonedClusters() {
  mkdirSync(TMP, { recursive: true });
  for (const name of readdirSync(TMP).filter((n) => n.startsWith(SERVER_PREFIX))) {
    const pid = Number(name.slice(SERVER_PREFIX.length));
    let running = true;
    try {
      process.kill(pid, 0);
    } catch {
      running = false;
    }
    if (!running) rmSync(join(TMP, name), { recursive: true, force: true });
  }
}

async function embeddedServer() {
  removeAbandonedClusters();
  const dir = join(TMP, `${SERVER_PREFIX}${process.pid}`);
  const server = await startEmbeddedPostgres(dir, { database: 'postgres', takeOver: true, throwAway: true });
  return {
    url: server.url,
    stop: async () => {
      await server.stop();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

export default async function setup(project: TestProject) {
  const server = process.env.TEST_DATABASE_URL ? undefined : await embeddedServer();
  const adminUrl = process.env.TEST_DATABASE_URL ?? (server?.url as string);
  try {
    const { names, drop } = await postgresTemplates(adminUrl);
    project.provide('templates', { adminUrl, postgres: names } satisfies Templates);
    return async () => {
      await drop();
      await server?.stop();
    };
  } catch (err) {
    await server?.stop();
    throw err;
  }
}
