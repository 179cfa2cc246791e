// The PostgreSQL server the app runs itself without DATABASE_URL (src/server/db/embedded-server.ts): reachable
// on loopback only and with its password, UTF-8 with the `indonesian` text search, restarted over a pid file a
// crash left behind. (The app's start, stop and online backup on it: startup.test.ts.)
import { execFileSync, spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type EmbeddedServer, startEmbeddedPostgres } from '../../src/server/db/embedded-server';

let root: string;
let dir: string;
let server: EmbeddedServer | undefined;

// The cluster lives under .tmp/ (not the system temp folder): started as root, PostgreSQL runs as the system
// user "postgres", which must be able to enter the folder.
beforeAll(async () => {
  root = await mkdtemp(join(resolve('.tmp'), 'embedded-test-'));
  dir = join(root, 'postgres');
});
afterAll(async () => {
  await server?.stop();
  await rm(root, { recursive: true, force: true });
});

async function query<T extends pg.QueryResultRow>(url: string, text: string): Promise<T[]> {
  const c = new pg.Client({ connectionString: url });
  await c.connect();
  try {
    return (await c.query<T>(text)).rows;
  } finally {
    await c.end();
  }
}

/** A live process of the user the server runs as (as root: "postgres"), that is no PostgreSQL server. */
function bystander() {
  const id = (flag: string) => Number(execFileSync('id', [flag, 'postgres'], { encoding: 'utf8' }));
  return spawn('sleep', ['300'], { stdio: 'ignore', ...(process.getuid?.() === 0 ? { uid: id('-u'), gid: id('-g') } : {}) });
}

const open = () => startEmbeddedPostgres(dir, { database: 'inovda', takeOver: true, throwAway: true });

// Real initdb and server starts: generous limits on a busy machine, not timing.
const SERVER_TIMEOUT = 120_000;

describe('embedded PostgreSQL server', () => {
  it(
    'a new cluster listens on 127.0.0.1 only, wants its password, and has UTF-8 and the indonesian text search',
    async () => {
      server = await open();
      expect(server.url).toMatch(/^postgres:\/\/inovda:[^@]+@127\.0\.0\.1:\d+\/inovda$/);
      expect(server.how).toMatch(/^initialised in \d+ ms, started in \d+ ms$/);
      const [settings] = await query(
        server.url,
        `select current_setting('listen_addresses') as listen, current_setting('unix_socket_directories') as sockets,
                current_setting('server_encoding') as encoding, to_tsvector('indonesian', 'pelayanan publik')::text as ts,
                'ÉCOLE PELAYANAN' ilike '%école%' as ilike`,
      );
      expect(settings).toEqual({ listen: '127.0.0.1', sockets: '', encoding: 'UTF8', ts: "'layan':1 'publik':2", ilike: true });
      const noPassword = new URL(server.url);
      noPassword.password = 'wrong';
      await expect(query(noPassword.toString(), 'select 1')).rejects.toThrow(/password authentication failed/);
      await server.stop();
      expect(existsSync(join(dir, 'postmaster.pid'))).toBe(false);
      server = undefined;
    },
    SERVER_TIMEOUT,
  );

  it(
    'starts again on the same data, over a pid file left by a crash (its pid now another process)',
    async () => {
      const first = await open();
      await query(first.url, 'create table kept (v text); insert into kept values ($$ada$$)');
      await first.stop();
      // What a crash leaves: postmaster.pid naming a pid that, since, another process of the same user has.
      const other = bystander();
      try {
        await writeFile(join(dir, 'postmaster.pid'), `${other.pid}\n${dir}\n1700000000\n5432\n\n127.0.0.1\n 0 0\nready   \n`);
        server = await open();
      } finally {
        other.kill();
      }
      expect(server.how).toMatch(/^started in/);
      expect(await query(server.url, 'select v from kept')).toEqual([{ v: 'ada' }]);
    },
    SERVER_TIMEOUT,
  );
});
