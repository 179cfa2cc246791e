// The real process: first start seeds and prints the demo password; a second start reuses the data;
// SIGTERM stops it cleanly (and the embedded database server with it); the operator CLI works on the same data,
// also while the server runs (online backup); after a crash the next start takes over the database server.
import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { createServer } from 'node:net';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '../..');
let dataDir: string;
let env: NodeJS.ProcessEnv;
let dropDb = async () => {};

async function freshDatabaseUrl(): Promise<string | undefined> {
  const adminUrl = process.env.TEST_DATABASE_URL;
  if (!adminUrl) return undefined;
  const pg = (await import('pg')).default;
  const name = `inovda_start_${Date.now()}`;
  const c = new pg.Client({ connectionString: adminUrl });
  await c.connect();
  await c.query(`create database ${name}`);
  await c.end();
  dropDb = async () => {
    const d = new pg.Client({ connectionString: adminUrl });
    await d.connect();
    await d.query(`drop database if exists ${name} with (force)`);
    await d.end();
  };
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  return url.toString();
}

// Without TEST_DATABASE_URL the app runs its own PostgreSQL server in DATA_DIR. DATA_DIR is under .tmp/, not
// the system temp folder: started as root, that server runs as the user "postgres", which must enter it.
const embedded = !process.env.TEST_DATABASE_URL;

beforeAll(async () => {
  dataDir = await mkdtemp(join(resolve('.tmp'), 'inovda-start-'));
  const databaseUrl = await freshDatabaseUrl();
  env = { ...process.env, DATA_DIR: dataDir, HOST: '127.0.0.1', SERVE_WEB: 'false', INOVDA_DEMO_PASSWORD: '', DATABASE_URL: databaseUrl ?? '' };
});
afterAll(async () => {
  await rm(dataDir, { recursive: true, force: true });
  await dropDb();
});

function freePort(): Promise<number> {
  return new Promise((done) => {
    const srv = createServer().listen(0, '127.0.0.1', () => {
      const { port } = srv.address() as { port: number };
      srv.close(() => done(port));
    });
  });
}

/** The embedded database server's process id while it runs (postmaster.pid), else undefined. */
function postmasterPid(): number | undefined {
  const file = join(dataDir, 'postgres', 'postmaster.pid');
  return existsSync(file) ? Number(readFileSync(file, 'utf8').split('\n')[0]) : undefined;
}

function alive(pid: number) {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

const cli = (...args: string[]) => spawnSync(process.execPath, ['--import', 'tsx', 'src/server/cli/index.ts', ...args], { cwd: ROOT, env, encoding: 'utf8' });

function start(port: number): Promise<{ proc: ChildProcess; output: () => string }> {
  const proc = spawn(process.execPath, ['--import', 'tsx', 'src/server/main.ts'], { cwd: ROOT, env: { ...env, PORT: String(port) } });
  let out = '';
  proc.stdout?.on('data', (d) => {
    out += d;
  });
  proc.stderr?.on('data', (d) => {
    out += d;
  });
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`no start within 60 s:\n${out}`)), 60_000);
    const poll = setInterval(() => {
      if (out.includes('is running at')) {
        clearTimeout(timer);
        clearInterval(poll);
        resolve({ proc, output: () => out });
      }
      if (proc.exitCode !== null) {
        clearTimeout(timer);
        clearInterval(poll);
        reject(new Error(`exited ${proc.exitCode}:\n${out}`));
      }
    }, 100);
  });
}

function stop(proc: ChildProcess): Promise<number | null> {
  return new Promise((resolve) => {
    proc.on('exit', (code) => resolve(code));
    proc.kill('SIGTERM');
  });
}

async function signIn(port: number, password: string) {
  return fetch(`http://127.0.0.1:${port}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username: 'admin', password }),
  });
}

// Each test spawns real processes (tsx start-up takes seconds on a busy machine): generous limits, not timing.
const SPAWN_TIMEOUT = 180_000;

describe('npm start', () => {
  let password = '';

  it(
    'first start migrates, seeds, prints the URL and a generated password once',
    async () => {
      const port = await freePort();
      const { proc, output } = await start(port);
      expect(output()).toContain(`http://localhost:${port}`);
      expect(output()).toMatch(
        embedded ? /Database: PostgreSQL \(embedded\) in .*postgres, 127\.0\.0\.1:\d+ — initialised/ : /Database: PostgreSQL 127\.0\.0\.1/,
      );
      const match = output().match(/password: (\S+)\s+\(hanya ditampilkan sekali/);
      expect(match).toBeTruthy();
      password = match?.[1] as string;
      const health = await fetch(`http://127.0.0.1:${port}/healthz`);
      expect(health.status).toBe(200);
      expect((await health.json()).database.kind).toBe(embedded ? 'embedded' : 'postgres');
      expect((await signIn(port, password)).status).toBe(200);
      const server = postmasterPid();
      expect(await stop(proc)).toBe(0);
      if (embedded) {
        expect(postmasterPid()).toBeUndefined();
        expect(alive(server as number)).toBe(false);
      }
    },
    SPAWN_TIMEOUT,
  );

  it(
    'second start reuses the data and does not reseed',
    async () => {
      const port = await freePort();
      const { proc, output } = await start(port);
      expect(output()).not.toMatch(/demo data seeded/);
      expect((await signIn(port, password)).status).toBe(200);
      expect(await stop(proc)).toBe(0);
    },
    SPAWN_TIMEOUT,
  );

  it(
    'the CLI migrates, creates an admin, backs up and restores',
    () => {
      expect(cli('migrate').status).toBe(0);
      const created = cli('create-admin', '--username', 'ops.prov', '--name', 'Operator Provinsi');
      expect(created.status).toBe(0);
      expect(created.stdout).toMatch(/created super_admin ops\.prov/);
      expect(created.stdout).toMatch(/temporary password: \S+/);
      const regional = cli('create-admin', '--username', 'admin.dua', '--region', '35.76', '--password', 'Admin-dua-2026');
      expect(regional.stdout).toMatch(/created admin_daerah admin\.dua/);
      expect(cli('create-admin', '--username', 'admin.dua').status).toBe(2);
      expect(cli('create-admin', '--username', 'x.y', '--region', '99.99').stderr).toMatch(/no region/);
      const file = join(dataDir, 'cadangan.tar.gz');
      const backup = cli('backup', file);
      expect(backup.status).toBe(0);
      expect(backup.stdout).toMatch(/backup written/);
      const restore = cli('restore', file);
      expect(restore.status).toBe(0);
      expect(cli('restore', join(dataDir, 'missing.tar.gz')).status).toBe(2);
      expect(cli('seed').stdout).toMatch(/already present/);
      // Each command started the embedded server for itself and stopped it again.
      expect(postmasterPid()).toBeUndefined();
    },
    SPAWN_TIMEOUT,
  );

  it(
    'the CLI backs up while the server runs, leaving the server (and its database server) running',
    async () => {
      const port = await freePort();
      const { proc } = await start(port);
      const backup = cli('backup', join(dataDir, 'online.tar.gz'));
      expect(backup.status).toBe(0);
      expect(backup.stdout).toMatch(/backup written/);
      expect((await fetch(`http://127.0.0.1:${port}/healthz`)).status).toBe(200);
      expect((await signIn(port, password)).status).toBe(200);
      expect(await stop(proc)).toBe(0);
      if (embedded) expect(postmasterPid()).toBeUndefined();
    },
    SPAWN_TIMEOUT,
  );

  it.skipIf(!embedded)(
    'after a crash, the next start takes over the database server left running and stops it when it stops',
    async () => {
      const crashed = await start(await freePort());
      const server = postmasterPid() as number;
      await new Promise((done) => {
        crashed.proc.on('exit', done);
        crashed.proc.kill('SIGKILL');
      });
      expect(alive(server)).toBe(true);
      const port = await freePort();
      const { proc, output } = await start(port);
      expect(output()).toMatch(/taken over after process \d+ ended without stopping it/);
      expect((await signIn(port, password)).status).toBe(200);
      expect(await stop(proc)).toBe(0);
      expect(alive(server)).toBe(false);
      expect(postmasterPid()).toBeUndefined();
    },
    SPAWN_TIMEOUT,
  );
});
