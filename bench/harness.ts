// What the HTTP benchmarks share: a fresh database with the demo region and the national data set — on the
// machine's PostgreSQL server (`DATABASE_URL`) or on the embedded server `npm start` runs in DATA_DIR — the
// real server in its own process (so its memory can be watched), sign-in, and clean-up.
import { type ChildProcess, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { type Database, openDatabase } from '../src/server/db/client';
import { embeddedDirFor, startEmbeddedPostgres } from '../src/server/db/embedded-server';
import { seedDemo } from '../src/server/seed/seed';
import { loadNationalData } from './national-data';

export const PASSWORD = 'Bench-password-2026';
const ADMIN_URL = process.env.BENCH_DATABASE_URL ?? process.env.TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';

async function adminQuery(q: string) {
  const c = new pg.Client({ connectionString: ADMIN_URL });
  await c.connect();
  await c.query(q);
  await c.end();
}

/** `postgres`: a database on the machine's server, given as DATABASE_URL; `embedded`: the default install's own server. */
export type Engine = 'embedded' | 'postgres';

export interface Bench {
  engine: Engine;
  /** The database's connection string (postgres engine only). */
  url: string;
  dataDir: string;
  /** Loads the data; `prepare` may add to it before the database is closed. */
  load(demoRegionInnovations: number, prepare?: (db: Database) => Promise<void>): Promise<void>;
  /** The demo region only, without the national data set: for what needs no volume (the sign-in page). */
  loadDemo(): Promise<void>;
  /** `web`: also serve the built web app (dist/web). BENCH_PORT fixes the port (a free one is picked otherwise). */
  start(opts?: { web?: boolean }): Promise<{ base: string; pid: number }>;
  login(username: string): Promise<string>;
  cleanup(): Promise<void>;
}

export function createBench(engine: Engine = 'postgres'): Bench {
  const dbName = process.env.BENCH_REUSE_DB || `inovda_bench_${randomBytes(4).toString('hex')}`;
  const url = new URL(ADMIN_URL);
  url.pathname = `/${dbName}`;
  // The data folder goes with the database: its file store carries the marker the database records.
  const dataDir = process.env.BENCH_REUSE_DIR || mkdtempSync(join(tmpdir(), 'inovda-bench-'));
  let server: ChildProcess | undefined;
  let base = '';
  // The embedded server is started here to load the data, then stopped: the app starts it again, as `npm start` does.
  const open = async (): Promise<Database> => {
    if (engine === 'postgres') {
      await adminQuery(`create database ${dbName}`);
      return openDatabase({ url: url.toString() });
    }
    const server = await startEmbeddedPostgres(embeddedDirFor(dataDir), { database: 'inovda', takeOver: false, throwAway: true });
    const database = await openDatabase({ url: server.url });
    return {
      ...database,
      close: async () => {
        await database.close();
        await server.stop();
      },
    };
  };
  const seeded = async () => {
    const database = await open();
    await database.migrate();
    await seedDemo(database.db, { password: PASSWORD });
    return database;
  };
  return {
    engine,
    url: url.toString(),
    dataDir,
    async loadDemo() {
      await (await seeded()).close();
    },
    async load(demoRegionInnovations, prepare) {
      // BENCH_REUSE_DB=<name> BENCH_REUSE_DIR=<its data folder>: what an earlier run kept (BENCH_KEEP=1), already
      // loaded (postgres engine).
      if (process.env.BENCH_REUSE_DB && engine === 'postgres') return;
      const database = await seeded();
      const t = performance.now();
      const loaded = await loadNationalData(database.db, { regions: 550, innovations: 36_742, demoRegionInnovations });
      console.log(
        `data set: ${loaded.entries.toLocaleString('en')} innovations, ${loaded.answers.toLocaleString('en')} answers (loaded in ${((performance.now() - t) / 1000).toFixed(1)} s)`,
      );
      if (prepare) await prepare(database);
      await database.close();
    },
    async start(opts = {}) {
      const port = Number(process.env.BENCH_PORT) || 3900 + Math.floor(Math.random() * 500);
      base = `http://127.0.0.1:${port}`;
      // BENCH_SERVER_ARGS="--cpu-prof --cpu-prof-dir=.scratch/prof" profiles the server alone.
      const nodeArgs = (process.env.BENCH_SERVER_ARGS ?? '').split(' ').filter(Boolean);
      server = spawn(process.execPath, [...nodeArgs, '--import', 'tsx', 'src/server/main.ts'], {
        env: {
          ...process.env,
          DATABASE_URL: engine === 'postgres' ? url.toString() : '',
          PORT: String(port),
          HOST: '127.0.0.1',
          DATA_DIR: dataDir,
          INOVDA_SEED: 'false',
          INOVDA_REMINDERS: 'false',
          SERVE_WEB: String(opts.web ?? false),
          LOG_LEVEL: 'warn',
        },
        stdio: ['ignore', 'inherit', 'inherit'],
      });
      for (const t = performance.now(); ; ) {
        if (
          await fetch(`${base}/healthz`).then(
            (r) => r.ok,
            () => false,
          )
        )
          break;
        if (performance.now() - t > 600_000) throw new Error('server did not start');
        await new Promise((r) => setTimeout(r, 250));
      }
      return { base, pid: server.pid as number };
    },
    async login(username) {
      const res = await fetch(`${base}/api/auth/login`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ username, password: PASSWORD }),
      });
      if (!res.ok) throw new Error(`login ${username}: ${res.status}`);
      return (res.headers.get('set-cookie') ?? '').split(';')[0];
    },
    async cleanup() {
      // The app stops its embedded server on SIGTERM: wait for it, so that the data folder can go.
      if (server && server.exitCode === null) {
        const exited = new Promise((r) => server?.once('exit', r));
        server.kill('SIGTERM');
        await Promise.race([exited, new Promise((r) => setTimeout(r, 30_000))]);
      }
      // BENCH_KEEP=1 leaves the database for EXPLAIN ANALYZE and profiling.
      if (process.env.BENCH_KEEP)
        console.log(
          engine === 'postgres'
            ? `kept database: ${url} — reuse with BENCH_REUSE_DB=${dbName} BENCH_REUSE_DIR=${dataDir}`
            : `kept data folder (embedded): ${dataDir}`,
        );
      if (process.env.BENCH_KEEP || process.env.BENCH_REUSE_DB) return;
      if (engine === 'postgres') await adminQuery(`drop database if exists ${dbName} with (force)`).catch((e) => console.error('cleanup:', e.message));
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

/** Resident memory of a process in MiB, from /proc (Linux). */
export const rssOf = (pid: number) => Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1] ?? 0) / 1024;

/** Samples a process's memory until stopped; returns the peak in MiB. */
export function watchMemory(pid: number) {
  const baseline = rssOf(pid);
  let peak = baseline;
  const timer = setInterval(() => {
    peak = Math.max(peak, rssOf(pid));
  }, 25);
  return {
    baseline,
    stop: () => {
      clearInterval(timer);
      return peak;
    },
  };
}
