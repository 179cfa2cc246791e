// Several app instances on one PostgreSQL, as behind a load balancer: they start together on an empty database
// (one migrates and seeds, the other waits and finds it done), share sessions, sign-in throttling, files and
// figures, run each background job once, and settle concurrent edits with one winner. An instance whose file
// store is not the others' refuses to start.
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { count, eq, inArray, sql } from 'drizzle-orm';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../src/server/app';
import { type Config, loadConfig } from '../../src/server/config';
import { type Database, openDatabase } from '../../src/server/db/client';
import { appMeta, innovationEntries, notifications, periods, regions, users } from '../../src/server/db/schema';
import type { Mail, Mailer } from '../../src/server/plugins/mailer';
import { type BlobStore, openStore } from '../../src/server/plugins/storage';
import { runDailyIfDue } from '../../src/server/reminders/run';
import { DEMO_INNOVATIONS_MARKER } from '../../src/server/seed/demo-innovations';
import { seedFirstStart } from '../../src/server/seed/first-start';
import { SEED_MARKER } from '../../src/server/seed/seed';
import { STORE_MARKER_KEY } from '../../src/server/shared/files/shared-store';
import { call, DEMO_PASSWORD, freshTestDatabase, json, login } from '../support/app';
import { pdf, upload } from '../support/files';
import { answer } from '../support/items';

interface Instance {
  app: FastifyInstance;
  database: Database;
  config: Config;
}

const root = mkdtempSync(join(tmpdir(), 'inovda-instances-'));
/** The file store the instances share (a folder on a shared disk); each has its own temp folder. */
const sharedFiles = join(root, 'files');
const secretKey = randomBytes(32).toString('base64');
let url: string;
let drop: () => Promise<void>;
const started: Instance[] = [];
let a: Instance;
let b: Instance;

/** What `npm start` does (main.ts), on a database of the test server: migrate, seed a brand-new one, serve. */
async function startInstance(name: string, filesDir = sharedFiles): Promise<Instance> {
  const dataDir = join(root, name);
  const config: Config = {
    // Every instance has the same secret key, as the README asks of several instances.
    ...loadConfig({ DATA_DIR: dataDir, INOVDA_SECRET_KEY: secretKey }),
    serveWeb: false,
    logLevel: 'silent',
    storage: { kind: 'local', dir: filesDir, incomingDir: join(dataDir, 'incoming') },
  };
  const database = await openDatabase({ url });
  try {
    await database.migrate();
    await seedFirstStart(database, { password: DEMO_PASSWORD, demoInnovations: true, store: () => openStore(config.storage) });
    const app = await buildApp({ config, database, logger: false });
    await app.ready();
    const instance = { app, database, config };
    started.push(instance);
    return instance;
  } catch (err) {
    await database.close();
    throw err;
  }
}

beforeAll(async () => {
  ({ url, drop } = await freshTestDatabase('empty'));
});

/** How long until `request` answers `status` (polled), in ms; fails past 5 s. */
async function statusWithin(request: () => Promise<{ statusCode: number }>, status: number) {
  const start = performance.now();
  while ((await request()).statusCode !== status) {
    if (performance.now() - start > 5_000) throw new Error(`no ${status} within 5 s`);
    await new Promise((r) => setTimeout(r, 10));
  }
  return performance.now() - start;
}

/** Counts the session lookups an instance sends from now on. */
function sessionLookupsOf(i: Instance) {
  let n = 0;
  i.database.watchStatements?.((q) => {
    if (q.includes('from "sessions"') && q.includes('inner join "users"')) n++;
  });
  return () => n;
}
afterAll(async () => {
  for (const i of started) {
    await i.app.close();
    await i.database.close();
  }
  await drop?.();
  rmSync(root, { recursive: true, force: true });
});

describe('two instances on one PostgreSQL', () => {
  it('start together on an empty database: both come up, the demo region is seeded once', async () => {
    [a, b] = await Promise.all([startInstance('satu'), startInstance('dua')]);
    const db = a.database.db;
    expect((await db.select({ n: count() }).from(regions))[0].n).toBe(1);
    expect((await db.select({ n: count() }).from(users))[0].n).toBe(8);
    expect((await db.select({ n: count() }).from(periods))[0].n).toBe(1);
    const markers = (await db.select({ key: appMeta.key }).from(appMeta)).map((m) => m.key);
    expect(markers).toEqual(expect.arrayContaining([SEED_MARKER, DEMO_INNOVATIONS_MARKER, STORE_MARKER_KEY]));
    for (const i of [a, b]) expect((await i.app.inject({ method: 'GET', url: '/healthz' })).statusCode).toBe(200);
  });

  it('an instance with a file store of its own refuses to start, saying the store must be shared', async () => {
    const own = join(root, 'sendiri-files');
    const refused = await startInstance('sendiri', own).catch((e: Error) => e);
    expect(refused).toBeInstanceOf(Error);
    const message = (refused as Error).message;
    expect(message).toContain('Penyimpanan berkas tidak dipakai bersama');
    expect(message).toContain('The file store is not shared');
    expect(message).toContain('DATA_DIR');
    expect(message).toContain('S3');
    expect(message).toContain(own);
  });

  it('a session opened on one works on the other, and signing out on one ends it on both', async () => {
    const cookie = await login(a.app, 'verifikator');
    const me = await call(b.app, cookie, 'GET', '/api/auth/me');
    expect(me.statusCode).toBe(200);
    expect(me.json().user.username).toBe('verifikator');
    // b keeps the session it looked up (plugins/session-cache.ts); the sign-out on a reaches it by notification.
    expect((await call(b.app, cookie, 'GET', '/api/auth/me')).statusCode).toBe(200);
    expect((await call(a.app, cookie, 'POST', '/api/auth/logout')).statusCode).toBeLessThan(300);
    expect((await call(a.app, cookie, 'GET', '/api/auth/me')).statusCode).toBe(401);
    expect(await statusWithin(() => call(b.app, cookie, 'GET', '/api/auth/me'), 401)).toBeLessThan(2_000);
  });

  it('a user deactivated or renamed on one instance is refused or renamed on the other within a moment', async () => {
    const admin = await login(a.app, 'admin');
    const cookie = await login(b.app, 'operator.dinkes');
    const me = (await call(b.app, cookie, 'GET', '/api/auth/me')).json();
    expect((await call(a.app, admin, 'PATCH', `/api/users/${me.user.id}`, { fullName: 'Operator Berganti Nama' })).statusCode).toBe(200);
    await expect.poll(async () => (await call(b.app, cookie, 'GET', '/api/auth/me')).json().user.fullName, { timeout: 2_000 }).toBe('Operator Berganti Nama');
    expect((await call(a.app, admin, 'PATCH', `/api/users/${me.user.id}`, { active: false })).statusCode).toBe(200);
    expect(await statusWithin(() => call(b.app, cookie, 'GET', '/api/auth/me'), 401)).toBeLessThan(2_000);
    expect((await call(a.app, admin, 'PATCH', `/api/users/${me.user.id}`, { active: true, fullName: me.user.fullName })).statusCode).toBe(200);
  });

  it('an instance that has lost its line to the notifications keeps no session until it listens again', async () => {
    const cookie = await login(b.app, 'pimpinan');
    const lookups = sessionLookupsOf(b);
    await call(b.app, cookie, 'GET', '/api/auth/me');
    await call(b.app, cookie, 'GET', '/api/auth/me');
    expect(lookups()).toBe(1);
    // The database ends every listening connection (as a restart or a network cut would).
    await a.database.db.execute(sql`select pg_terminate_backend(pid) from pg_stat_activity where query ilike 'listen %' and datname = current_database()`);
    // Until it listens again (a second later) every request looks its session up.
    const twoRequests = async () => {
      const before = lookups();
      await call(b.app, cookie, 'GET', '/api/auth/me');
      await call(b.app, cookie, 'GET', '/api/auth/me');
      return lookups() - before;
    };
    await expect.poll(twoRequests, { timeout: 900 }).toBe(2);
    await new Promise((r) => setTimeout(r, 2_000));
    expect(await twoRequests()).toBe(1);
  });

  it('failed sign-ins count across instances: the delay holds on both', async () => {
    for (let k = 0; k < 5; k++) {
      const on = k % 2 ? b : a;
      const res = await on.app.inject({ method: 'POST', url: '/api/auth/login', headers: json, payload: { username: 'pimpinan', password: `salah-${k}` } });
      expect(res.statusCode).toBe(401);
    }
    for (const i of [a, b]) {
      const res = await i.app.inject({ method: 'POST', url: '/api/auth/login', headers: json, payload: { username: 'pimpinan', password: DEMO_PASSWORD } });
      expect(res.statusCode).toBe(429);
      expect(res.json().error.code).toBe('signin_throttled');
    }
  });

  it('a file uploaded through one instance is read through the other', async () => {
    const operator = await login(a.app, 'operator.dinkes');
    const entryId = (await call(a.app, operator, 'POST', '/api/innovations', { name: 'Berkas Lintas Instans' })).json().id;
    const bytes = pdf('SK lintas instans');
    const uploaded = await upload(a.app, operator, `entryId=${entryId}&code=16`, 'sk.pdf', bytes);
    expect(uploaded.statusCode).toBe(201);
    const read = await call(b.app, operator, 'GET', `/api/evidence/${uploaded.json().id}/content`);
    expect(read.statusCode).toBe(200);
    expect(read.rawPayload.equals(bytes)).toBe(true);
  });

  it('concurrent edits of one profile on two instances: one is saved, the other told it is stale', async () => {
    const operator = await login(a.app, 'operator.dinkes');
    const entry = (await call(a.app, operator, 'POST', '/api/innovations', { name: 'Dua Tab Dua Server' })).json();
    const saves = await Promise.all(
      [a, b].map((i, k) =>
        call(i.app, operator, 'PATCH', `/api/innovations/entries/${entry.id}`, { version: entry.version, tujuan: `Tujuan dari instans ${k}` }),
      ),
    );
    expect(saves.map((r) => r.statusCode).sort()).toEqual([200, 409]);
    const loser = saves.find((r) => r.statusCode === 409);
    expect(loser?.json().error.code).toBe('stale_version');
    const [row] = await a.database.db.select().from(innovationEntries).where(eq(innovationEntries.id, entry.id));
    expect(row.version).toBe(entry.version + 1);
  });

  it('the dashboard agrees on both instances after a change made on the other', async () => {
    const admin = await login(a.app, 'admin');
    const operator = await login(b.app, 'operator.dinkes');
    const dashboard = async (i: Instance) => (await call(i.app, admin, 'GET', '/api/dashboard/region')).json();
    const before = await dashboard(a);
    expect(await dashboard(b)).toEqual(before);

    // A new innovation, registered through B: A's figures (kept while the period was unchanged) follow.
    expect((await call(b.app, operator, 'POST', '/api/innovations', { name: 'Inovasi Lewat Instans Dua' })).statusCode).toBe(201);
    const afterNew = await dashboard(a);
    expect(afterNew.innovations.registered).toBe(before.innovations.registered + 1);
    expect(await dashboard(b)).toEqual(afterNew);

    // A region-level answer changed through B moves the IID A shows.
    const periodId = before.period.id;
    const spd = (await call(b.app, admin, 'GET', `/api/periods/${periodId}/region-answers`)).json();
    const code = Object.keys(spd.answers).find((c) => spd.answers[c] > 1) as string;
    expect((await answer(b.app, admin, { periodId }, code, 1)).statusCode).toBe(200);
    const afterAnswer = await dashboard(a);
    expect(afterAnswer.claimed.iidExact).toBeLessThan(afterNew.claimed.iidExact);
    expect(await dashboard(b)).toEqual(afterAnswer);
  });

  it('an export job is built once, by whichever instance takes it, and downloads from either', async () => {
    const admin = await login(a.app, 'admin');
    const built: string[] = [];
    for (const [name, i] of [
      ['a', a],
      ['b', b],
    ] as const) {
      const store = i.app.storage as BlobStore;
      const adopt = store.adopt.bind(store);
      store.adopt = async (temp, sha256, mime) => {
        if (mime === 'application/zip') built.push(name);
        return adopt(temp, sha256, mime);
      };
    }
    // A small package keeps this quick: three innovations sent.
    const sent = await a.database.db.select({ id: innovationEntries.id }).from(innovationEntries).where(eq(innovationEntries.sent, true));
    await a.database.db
      .update(innovationEntries)
      .set({ sent: false })
      .where(
        inArray(
          innovationEntries.id,
          sent.slice(3).map((e) => e.id),
        ),
      );
    const jobs = [];
    for (let k = 0; k < 2; k++) jobs.push((await call(a.app, admin, 'POST', '/api/exports/package', {})).json().id as string);
    const deadline = Date.now() + 25_000;
    for (const id of jobs) {
      for (;;) {
        const job = (await call(b.app, admin, 'GET', `/api/exports/jobs/${id}`)).json();
        if (job.status === 'done') break;
        expect(job.status).not.toBe('failed');
        if (Date.now() > deadline) throw new Error(`job ${id} not done in time`);
        await new Promise((r) => setTimeout(r, 200));
      }
    }
    // Both instances poll for jobs every second; a while after both are done, still two packages built, never one twice.
    await new Promise((r) => setTimeout(r, 1200));
    expect(built).toHaveLength(2);
    for (const [k, id] of jobs.entries()) {
      const download = await call(k ? a.app : b.app, admin, 'GET', `/api/exports/jobs/${id}/download`);
      expect(download.statusCode).toBe(200);
      expect(download.rawPayload.subarray(0, 2).toString()).toBe('PK');
    }
  });

  it('the daily reminders go out once, though both instances try at the same moment', async () => {
    const sent: Mail[] = [];
    const mailer: Mailer = { configured: true, send: async (m) => void sent.push(m) };
    const now = new Date('2026-09-01T01:30:00Z'); // 08.30 WIB
    const runs = await Promise.all([a, b].map((i) => runDailyIfDue(i.database.db, mailer, 'http://inovda.test', now)));
    const done = runs.filter((r) => r !== null);
    expect(done).toHaveLength(1);
    expect(done[0]?.notifications).toBeGreaterThan(0);
    expect(sent).toHaveLength(done[0]?.emails ?? -1);
    const [{ n }] = await a.database.db.select({ n: count() }).from(notifications).where(eq(notifications.day, '2026-09-01'));
    expect(n).toBe(done[0]?.notifications);
    // And again later that day: nothing more.
    expect(await runDailyIfDue(b.database.db, mailer, 'http://inovda.test', new Date('2026-09-01T05:00:00Z'))).toBeNull();
  });
});
