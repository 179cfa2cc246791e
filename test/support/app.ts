// A real app on a real database for each test file: a fresh PostgreSQL database copied from the run's
// template, on TEST_DATABASE_URL's server or the embedded one the run started (test/support/global-setup.ts).
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { FastifyInstance, InjectOptions } from 'fastify';
import pg from 'pg';
import { buildApp } from '../../src/server/app';
import { type Config, loadConfig } from '../../src/server/config';
import { type Database, openDatabase } from '../../src/server/db/client';
import { DEMO_PASSWORD, type TemplateKind, templates } from './templates';

export { DEMO_PASSWORD };

export interface TestContext {
  app: FastifyInstance;
  database: Database;
  /** The test database's address (for a CLI process). */
  databaseUrl: string;
  config: Config;
  /** Every statement the app has sent so far (clear it, make a request, count). */
  queries: string[];
  close: () => Promise<void>;
}

/** A new database on the run's server, copied from a template, dropped again on close. */
async function freshPostgres(adminUrl: string, template: string) {
  const name = `inovda_test_${randomBytes(5).toString('hex')}`;
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`create database ${name} template ${template}`);
  await admin.end();
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  const drop = async () => {
    const c = new pg.Client({ connectionString: adminUrl });
    await c.connect();
    await c.query(`drop database if exists ${name} with (force)`);
    await c.end();
  };
  return { url: url.toString(), drop };
}

/** A database of its own, migrated (and with the demo region when `kind` is 'seeded'), copied from the run's template. */
export async function openTestDatabase(
  kind: TemplateKind = 'migrated',
  logQuery?: (query: string) => void,
): Promise<{ database: Database; url: string; drop: () => Promise<void> }> {
  const { adminUrl, postgres } = templates();
  const { url, drop } = await freshPostgres(adminUrl, postgres[kind]);
  return { database: await openDatabase({ url, logQuery }), url, drop };
}

/**
 * A new database on the run's server, dropped by `drop`: a copy of a template, or `empty` (not even migrated —
 * what instances starting on a brand-new database find). Open as many handles on `url` as instances need.
 */
export async function freshTestDatabase(kind: TemplateKind | 'empty'): Promise<{ url: string; drop: () => Promise<void> }> {
  const { adminUrl, postgres } = templates();
  return freshPostgres(adminUrl, kind === 'empty' ? 'template0' : postgres[kind]);
}

export async function createTestApp(overrides: Partial<Config> = {}, opts: { seed?: boolean; logger?: object | boolean } = {}): Promise<TestContext> {
  const queries: string[] = [];
  const { database, url, drop } = await openTestDatabase(opts.seed === false ? 'migrated' : 'seeded', (q) => queries.push(q));
  // Each test app stores its files in its own temporary folder, removed on close.
  const dataDir = mkdtempSync(join(tmpdir(), 'inovda-test-'));
  // The evidence reader's worker is off: tests read queued evidence when they choose (app.evidenceChecks.runPending()).
  const config = {
    ...loadConfig({
      DATA_DIR: dataDir,
      PATH: process.env.PATH,
      INOVDA_EVIDENCE_TOOLS_PATH: process.env.INOVDA_EVIDENCE_TOOLS_PATH,
      INOVDA_EVIDENCE_WORKER: 'off',
    }),
    serveWeb: false,
    logLevel: 'silent',
    ...overrides,
  };
  const app = await buildApp({ config, database, logger: opts.logger ?? false });
  await app.ready();
  return {
    app,
    database,
    databaseUrl: url,
    config,
    queries,
    close: async () => {
      await app.close();
      await database.close();
      await drop();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

export const json = { 'content-type': 'application/json' };

/** Signs in and returns the cookie header for later requests. */
export async function login(app: FastifyInstance, username: string, password = DEMO_PASSWORD, extra: Record<string, string> = {}): Promise<string> {
  const res = await app.inject({ method: 'POST', url: '/api/auth/login', headers: json, payload: { username, password, ...extra } });
  if (res.statusCode !== 200) throw new Error(`login ${username} failed: ${res.statusCode} ${res.body}`);
  const cookie = res.cookies.find((c) => c.name === 'inovda_session');
  if (!cookie) throw new Error('no session cookie');
  return `inovda_session=${cookie.value}`;
}

/** An API call as a signed-in user (JSON body, so it passes the CSRF check like the web app's calls). */
export function call(
  app: FastifyInstance,
  cookie: string | null,
  method: InjectOptions['method'],
  url: string,
  payload?: unknown,
  headers: Record<string, string> = {},
) {
  return app.inject({
    method,
    url,
    headers: { ...(payload !== undefined ? json : { 'x-requested-with': 'test' }), ...(cookie ? { cookie } : {}), ...headers },
    payload: payload as InjectOptions['payload'],
  });
}

export async function idOf(app: FastifyInstance, cookie: string, url: string, predicate: (item: Record<string, unknown>) => boolean): Promise<string> {
  const res = await call(app, cookie, 'GET', url);
  const item = (res.json().items as Record<string, unknown>[]).find(predicate);
  if (!item) throw new Error(`nothing matched in ${url}`);
  return item.id as string;
}

/** Every item of a paged list (`url` without page/pageSize), page by page: a page holds at most 100. */
export async function listAll<T = Record<string, unknown>>(app: FastifyInstance, cookie: string, url: string): Promise<{ items: T[]; total: number }> {
  const items: T[] = [];
  for (let page = 1; ; page++) {
    const res = (await call(app, cookie, 'GET', `${url}${url.includes('?') ? '&' : '?'}pageSize=100&page=${page}`)).json();
    items.push(...res.items);
    if (items.length >= res.total || !res.items.length) return { items, total: res.total };
  }
}

/**
 * A second region with its first Admin Daerah, signed in with a changed password (ready for API calls).
 * Returns the region id and the admin's cookie.
 */
export async function secondRegion(app: FastifyInstance, code: string, username: string): Promise<{ regionId: string; cookie: string; password: string }> {
  const sup = await login(app, 'superadmin');
  const created = await call(app, sup, 'POST', '/api/regions', {
    name: `Kabupaten ${code}`,
    type: 'kabupaten',
    kemendagriCode: code,
    admin: { username, fullName: `Admin ${code}` },
  });
  if (created.statusCode !== 201) throw new Error(`region ${code}: ${created.statusCode} ${created.body}`);
  const { region, admin } = created.json();
  const password = `Daerah-${code.replace('.', '')}-ok`;
  const temp = await login(app, username, admin.temporaryPassword);
  await call(app, temp, 'POST', '/api/auth/change-password', { currentPassword: admin.temporaryPassword, newPassword: password });
  return { regionId: region.id, cookie: await login(app, username, password), password };
}

/** Opens the 2026 period of the demo region (Admin Daerah's cookie) and returns its id. */
export async function openPeriod2026(app: FastifyInstance, adminCookie: string): Promise<string> {
  const res = await call(app, adminCookie, 'POST', '/api/periods', {
    year: 2026,
    frameworkId: 'iid-2026',
    penjaringanOpensOn: '2026-06-01',
    penjaringanClosesOn: '2026-08-15',
  });
  if (res.statusCode !== 201) throw new Error(`period: ${res.statusCode} ${res.body}`);
  return res.json().id;
}

/** A profile that passes the submit check (with a rancang bangun of 320 words). */
export const completeProfile = {
  tahapan: 'penerapan',
  inisiatorType: 'opd',
  jenis: 'digital',
  bentuk: 'pelayanan_publik',
  urusanUtama: '1.02',
  waktuPenerapan: '2025-03-01',
  tujuan: 'Mempercepat layanan',
  manfaat: 'Antrean berkurang',
  hasil: 'Waktu layanan turun 40 %',
  rancangBangun: Array.from({ length: 320 }, (_, i) => `kata${i}`).join(' '),
};
