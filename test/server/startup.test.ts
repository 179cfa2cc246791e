// The real process: first start seeds and prints the demo password; a second start reuses the data;
// SIGTERM stops it cleanly; the operator CLI works on the same data.
import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
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

beforeAll(async () => {
  dataDir = await mkdtemp(join(tmpdir(), 'inovda-start-'));
  const databaseUrl = await freshDatabaseUrl();
  env = { ...process.env, DATA_DIR: dataDir, HOST: '127.0.0.1', SERVE_WEB: 'false', INOVDA_DEMO_PASSWORD: '', DATABASE_URL: databaseUrl ?? '' };
});
afterAll(async () => {
  await rm(dataDir, { recursive: true, force: true });
  await dropDb();
});

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
      const { proc, output } = await start(3391);
      expect(output()).toContain('http://localhost:3391');
      const match = output().match(/password: (\S+)\s+\(hanya ditampilkan sekali/);
      expect(match).toBeTruthy();
      password = match?.[1] as string;
      const health = await fetch('http://127.0.0.1:3391/healthz');
      expect(health.status).toBe(200);
      expect((await signIn(3391, password)).status).toBe(200);
      expect(await stop(proc)).toBe(0);
    },
    SPAWN_TIMEOUT,
  );

  it(
    'second start reuses the data and does not reseed',
    async () => {
      const { proc, output } = await start(3392);
      expect(output()).not.toMatch(/demo data seeded/);
      expect((await signIn(3392, password)).status).toBe(200);
      expect(await stop(proc)).toBe(0);
    },
    SPAWN_TIMEOUT,
  );

  it(
    'the CLI migrates, creates an admin, backs up and restores',
    () => {
      const cli = (...args: string[]) =>
        spawnSync(process.execPath, ['--import', 'tsx', 'src/server/cli/index.ts', ...args], { cwd: ROOT, env, encoding: 'utf8' });
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
    },
    SPAWN_TIMEOUT,
  );
});
