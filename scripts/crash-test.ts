// npm run test:crash — nothing a crash can take back: the real server (its own process) is SIGKILLed at random
// moments while concurrent writers save answers on versions, upload evidence and decide on items; it is restarted
// each time. Every write the server acknowledged (2xx) is recorded with what it wrote, and after the last restart:
// - each acknowledged answer is there, or a newer version of its item is (later writes win);
// - each acknowledged decision is the item's review status, or a later (unacknowledged) one is;
// - each acknowledged upload has its live evidence row, and its file in the store with the same sha256;
// - the database and the file store agree: no evidence row or stored file without its bytes; files without a row
//   (an upload killed between storing and committing) are reported as orphans and count nowhere;
// - every entry's stored scores equal a fresh computation from its items.
// Run on the embedded PostgreSQL server (DATABASE_URL empty: the app takes its server over after the crash) and on
// the machine's PostgreSQL (a fresh database on TEST_DATABASE_URL's server, dropped after).
//
// CRASH_WRITERS (50), CRASH_KILLS (10), CRASH_ENGINES (embedded,postgres), CRASH_PORT (3350; the postgres run
// uses the next one), CRASH_REPORT (a JSON report counted by scripts/test-summary.mjs: one test per engine).
import { type ChildProcess, spawn } from 'node:child_process';
import { createHash, randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import { sql } from 'drizzle-orm';
import pg from 'pg';
import { builtInFramework } from '../src/domain/iid/builtin';
import type { Framework } from '../src/domain/iid/types';
import { openDatabase } from '../src/server/db/client';
import { embeddedDirFor, startEmbeddedPostgres } from '../src/server/db/embedded-server';
import { simplePdf } from '../src/server/seed/simple-pdf';
import { scoresOf } from '../src/server/shared/items/scores';
import { entryItems } from '../src/server/shared/items/state';
import { periodFramework } from '../src/server/shared/periods/period-framework';

type Engine = 'embedded' | 'postgres';

const WRITERS = Number(process.env.CRASH_WRITERS ?? 50);
const KILLS = Number(process.env.CRASH_KILLS ?? 10);
const ENGINES = (process.env.CRASH_ENGINES ?? 'embedded,postgres').split(',').filter(Boolean) as Engine[];
const PORT = Number(process.env.CRASH_PORT ?? 3350);
const ADMIN_URL = process.env.TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';
const PASSWORD = 'Crash-test-2026';
/** Writing time between two kills: a random moment in this window (ms). */
const KILL_AFTER = [800, 3000] as const;

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const pick = <T>(xs: readonly T[]): T => xs[Math.floor(Math.random() * xs.length)];
const sha256 = (b: Buffer) => createHash('sha256').update(b).digest('hex');

const framework = builtInFramework('iid-2026') as Framework;
const sidIndicators = framework.indicators.filter((i) => i.aspect === 'SID').map((i) => ({ code: i.code, values: i.options.map((o) => o.value) }));

/** What the server acknowledged, and the decisions it may have applied without saying so (a kill mid-request). */
interface Ledger {
  answers: Map<string, { value: number; version: number }>;
  uploads: { id: string; entryId: string; code: string; sha: string }[];
  /** Per item, its decisions in the order they were sent (one at a time per item). */
  decisions: Map<string, { status: string; acked: boolean }[]>;
  acknowledged: number;
  attempted: number;
}

/** The server in its own process, killed with SIGKILL (a crash: no handler runs) and started again. */
class Server {
  private child?: ChildProcess;
  constructor(
    private readonly env: NodeJS.ProcessEnv,
    readonly base: string,
  ) {}

  async start() {
    this.child = spawn(process.execPath, ['--import', 'tsx', 'src/server/main.ts'], { env: this.env, stdio: ['ignore', 'ignore', 'inherit'] });
    for (const t = Date.now(); ; await sleep(100)) {
      if (this.child.exitCode !== null) throw new Error(`server exited with ${this.child.exitCode} while starting`);
      if (
        await fetch(`${this.base}/healthz`).then(
          (r) => r.ok,
          () => false,
        )
      )
        return;
      if (Date.now() - t > 180_000) throw new Error('server did not start within 180 s');
    }
  }

  /** kill -9 of the Node process only: an embedded PostgreSQL server it started keeps running, to be taken over. */
  async crash() {
    const child = this.child;
    if (!child || child.exitCode !== null) return;
    const exited = new Promise((r) => child.once('exit', r));
    child.kill('SIGKILL');
    await exited;
  }

  /** A clean stop (SIGTERM), which also stops the embedded server. */
  async stop() {
    const child = this.child;
    if (!child || child.exitCode !== null || child.signalCode !== null) return;
    const exited = new Promise((r) => child.once('exit', r));
    child.kill('SIGTERM');
    await Promise.race([exited, sleep(30_000)]);
  }
}

async function http(base: string, cookie: string, method: string, path: string, body?: unknown) {
  const res = await fetch(`${base}${path}`, {
    method,
    headers: { cookie, 'x-requested-with': 'crash-test', ...(body === undefined ? {} : { 'content-type': 'application/json' }) },
    body: body === undefined ? undefined : JSON.stringify(body),
    signal: AbortSignal.timeout(20_000),
  });
  const text = await res.text();
  return { status: res.status, json: text ? JSON.parse(text) : undefined };
}

async function login(base: string, username: string): Promise<string> {
  const res = await fetch(`${base}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-requested-with': 'crash-test' },
    body: JSON.stringify({ username, password: PASSWORD }),
  });
  if (!res.ok) throw new Error(`sign-in ${username}: ${res.status}`);
  return (res.headers.get('set-cookie') ?? '').split(';')[0];
}

interface Targets {
  operator: string;
  verifier: string;
  /** Draft entries the operator may answer and add evidence to. */
  drafts: string[];
  /** Items in the verifiers' queue (approved entries), with the version to decide on. */
  queue: { entryId: string; code: string }[];
}

async function targets(base: string): Promise<Targets> {
  const operator = await login(base, 'operator.dinkes');
  const verifier = await login(base, 'verifikator');
  const list = await http(base, operator, 'GET', '/api/innovations?pageSize=100&status=draft');
  const drafts = (list.json.items as { id: string }[]).map((e) => e.id);
  const any = await http(base, verifier, 'GET', '/api/innovations?pageSize=1');
  const periodId = any.json.items[0].periodId as string;
  const queue = await http(base, verifier, 'GET', `/api/verification/queue?periodId=${periodId}&pageSize=100`);
  const items = (queue.json.items as { entryId: string; code: string; evidenceCount: number }[]).filter((i) => i.evidenceCount > 0);
  if (!drafts.length || !items.length) throw new Error(`nothing to write on: ${drafts.length} drafts, ${items.length} queue items`);
  return { operator, verifier, drafts, queue: items.map(({ entryId, code }) => ({ entryId, code })) };
}

/** One simulated user until `stop`: answers (60 %), uploads (20 %), decisions (20 %); unacknowledged writes are retried elsewhere. */
async function writer(base: string, t: Targets, ledger: Ledger, busy: Set<string>, stop: { now: boolean }) {
  while (!stop.now) {
    const r = Math.random();
    try {
      if (r < 0.6) await answerOnce(base, t, ledger);
      else if (r < 0.8) await uploadOnce(base, t, ledger);
      else await decideOnce(base, t, ledger, busy);
    } catch {
      // The server is down (killed, restarting) or the request was cut: not acknowledged, nothing recorded.
      await sleep(100);
    }
  }
}

async function answerOnce(base: string, t: Targets, ledger: Ledger) {
  const entryId = pick(t.drafts);
  const indicator = pick(sidIndicators);
  const read = await http(base, t.operator, 'GET', `/api/innovations/entries/${entryId}/answers`);
  if (read.status !== 200) return;
  const version = read.json.items[indicator.code]?.version ?? 0;
  const value = pick([0, ...indicator.values]);
  ledger.attempted++;
  const res = await http(base, t.operator, 'PUT', `/api/innovations/entries/${entryId}/answers/${indicator.code}`, { value, version });
  if (res.status !== 200) return;
  const item = res.json.items[indicator.code] ?? { value: 0, version: 0 };
  const key = `${entryId}:${indicator.code}`;
  // Acknowledgements may arrive out of order: the newest version is what must survive.
  const known = ledger.answers.get(key);
  if (!known || item.version > known.version) ledger.answers.set(key, { value: item.value, version: item.version });
  ledger.acknowledged++;
}

async function uploadOnce(base: string, t: Targets, ledger: Ledger) {
  const entryId = pick(t.drafts);
  const code = pick(sidIndicators).code;
  const bytes = simplePdf(['Bukti dukung uji crash', randomBytes(12).toString('hex')]);
  const form = new FormData();
  form.append('file', new Blob([new Uint8Array(bytes)], { type: 'application/pdf' }), 'bukti.pdf');
  ledger.attempted++;
  const res = await fetch(`${base}/api/evidence/files?entryId=${entryId}&code=${code}`, {
    method: 'POST',
    headers: { cookie: t.operator, 'x-requested-with': 'crash-test' },
    body: form,
    signal: AbortSignal.timeout(20_000),
  });
  const body = await res.json().catch(() => undefined);
  if (res.status !== 201) return;
  ledger.uploads.push({ id: body.id, entryId, code, sha: sha256(bytes) });
  ledger.acknowledged++;
}

async function decideOnce(base: string, t: Targets, ledger: Ledger, busy: Set<string>) {
  const { entryId, code } = pick(t.queue);
  const key = `${entryId}:${code}`;
  // One decision at a time per item, so that "the last one sent" is well defined.
  if (busy.has(key)) return;
  busy.add(key);
  try {
    const read = await http(base, t.verifier, 'GET', `/api/innovations/entries/${entryId}/answers`);
    if (read.status !== 200) return;
    const version = read.json.items[code]?.version ?? 0;
    const decision = Math.random() < 0.5 ? 'accept' : 'return';
    const status = decision === 'accept' ? 'diterima' : 'dikembalikan';
    const attempt = { status, acked: false };
    ledger.decisions.set(key, [...(ledger.decisions.get(key) ?? []), attempt]);
    ledger.attempted++;
    const res = await http(base, t.verifier, 'POST', '/api/verification/decide', {
      entryId,
      code,
      decision,
      version,
      note: decision === 'return' ? 'Mohon lengkapi bukti dukung' : undefined,
    });
    if (res.status !== 200) return;
    attempt.acked = true;
    ledger.acknowledged++;
  } finally {
    busy.delete(key);
  }
}

/** The database as the server left it: the embedded server is borrowed (the app keeps owning it). */
async function openServerDatabase(engine: Engine, dataDir: string, url: string) {
  if (engine === 'postgres') return openDatabase({ url });
  const server = await startEmbeddedPostgres(embeddedDirFor(dataDir), { database: 'inovda', takeOver: false });
  return openDatabase({ url: server.url });
}

const sorted = (v: unknown): unknown =>
  Array.isArray(v)
    ? v.map(sorted)
    : v && typeof v === 'object'
      ? Object.fromEntries(
          Object.entries(v)
            .sort(([a], [b]) => a.localeCompare(b))
            .map(([k, x]) => [k, sorted(x)]),
        )
      : v;

async function verify(engine: Engine, dataDir: string, url: string, ledger: Ledger) {
  const problems: string[] = [];
  let lost = 0;
  let mismatches = 0;
  const mismatch = (p: string) => {
    mismatches++;
    if (mismatches <= 10) problems.push(p);
  };
  const database = await openServerDatabase(engine, dataDir, url);
  const rows = async <T>(q: ReturnType<typeof sql>) => ((await database.db.execute(q)) as unknown as { rows: T[] }).rows;
  try {
    // Answers: the acknowledged version, or a newer one.
    const answers = new Map(
      (
        await rows<{ key: string; value: number; version: number; status: string }>(sql`
        select entry_id || ':' || indicator_code as key, value, version, review_status as status from entry_answers where entry_id is not null`)
      ).map((a) => [a.key, a]),
    );
    for (const [key, acked] of ledger.answers) {
      const now = answers.get(key) ?? { value: 0, version: 0 };
      if (now.version < acked.version || (now.version === acked.version && now.value !== acked.value)) {
        lost++;
        problems.push(`answer ${key}: acknowledged v${acked.version}=${acked.value}, stored v${now.version}=${now.value}`);
      }
    }
    // Decisions: the last acknowledged one, or one sent after it (it may have committed before the kill).
    for (const [key, attempts] of ledger.decisions) {
      const last = attempts.findLastIndex((a) => a.acked);
      if (last < 0) continue;
      const allowed = new Set(attempts.slice(last).map((a) => a.status));
      const now = answers.get(key)?.status;
      if (!now || !allowed.has(now)) {
        lost++;
        problems.push(`decision ${key}: acknowledged ${attempts[last].status}, stored ${now}`);
      }
    }
    // Uploads: the live evidence row and its bytes.
    const filesDir = join(dataDir, 'files');
    const fileOf = (sha: string) => join(filesDir, sha.slice(0, 2), sha);
    const evidence = new Map(
      (
        await rows<{ id: string; key: string; sha: string | null; deleted: boolean }>(sql`
        select id, entry_id || ':' || indicator_code as key, file_sha256 as sha, deleted_at is not null as deleted from evidence`)
      ).map((e) => [e.id, e]),
    );
    for (const u of ledger.uploads) {
      const row = evidence.get(u.id);
      const file = fileOf(u.sha);
      if (!row || row.deleted || row.sha !== u.sha || row.key !== `${u.entryId}:${u.code}`) {
        lost++;
        problems.push(`upload ${u.id}: evidence row ${row ? `holds ${row.sha} on ${row.key}` : 'missing'}`);
      } else if (!existsSync(file) || sha256(readFileSync(file)) !== u.sha) {
        lost++;
        problems.push(`upload ${u.id}: file ${u.sha} ${existsSync(file) ? 'has other bytes' : 'missing'}`);
      }
    }
    // The database and the file store agree.
    const storedShas = new Set((await rows<{ sha: string }>(sql`select sha256 as sha from stored_files`)).map((r) => r.sha));
    const referenced = new Set([...evidence.values()].flatMap((e) => (e.sha ? [e.sha] : [])));
    // An upload claims its content (a file_claims and a stored_files row) before it stores the file: one killed
    // in between leaves both rows and no file. Nothing uses such a row, a new upload of the same content stores
    // the file again, and the sweep removes the rows after the grace period: allowed, like an orphan file.
    const claimed = new Set((await rows<{ sha: string }>(sql`select sha256 as sha from file_claims`)).map((r) => r.sha));
    let unfinished = 0;
    for (const sha of new Set([...storedShas, ...referenced])) {
      const file = fileOf(sha);
      if (!existsSync(file) && !referenced.has(sha) && claimed.has(sha)) unfinished++;
      else if (!existsSync(file)) mismatch(`file ${sha}: ${referenced.has(sha) ? 'an evidence row' : 'stored_files'} points to it, the store has no file`);
      else if (sha256(readFileSync(file)) !== sha) mismatch(`file ${sha}: its bytes hash to something else`);
      if (referenced.has(sha) && !storedShas.has(sha)) mismatch(`file ${sha}: evidence without its stored_files row`);
    }
    const inStore = existsSync(filesDir)
      ? readdirSync(filesDir, { recursive: true, withFileTypes: true }).filter((f) => f.isFile() && /^[0-9a-f]{64}$/.test(f.name))
      : [];
    const orphans = inStore.filter((f) => !referenced.has(f.name)).length;
    // Evidence counts come from rows only: an orphan file can never be counted. Check what the items say.
    const counted = await rows<{ bad: number }>(sql`
      select count(*)::int as bad from entry_answers a where a.entry_id is not null and exists (
        select 1 from evidence e where e.entry_id = a.entry_id and e.indicator_code = a.indicator_code and e.deleted_at is null
          and e.kind = 'file' and e.file_sha256 is null)`);
    if (counted[0].bad) mismatch(`${counted[0].bad} items count file evidence without a file`);
    // Stored scores: equal to a fresh computation.
    const entries = await rows<{ id: string; period_id: string; c: number; v: number; s: unknown; a: unknown; stale: boolean }>(sql`
      select id, period_id, maturity_claimed as c, maturity_verified as v, review_summary as s, scored_answers as a, scores_stale as stale from innovation_entries`);
    const items = await entryItems(
      database.db,
      entries.map((e) => e.id),
    );
    for (const e of entries) {
      const fresh = scoresOf(await periodFramework(database.db, e.period_id), items.get(e.id) ?? {});
      const stored = { maturityClaimed: e.c, maturityVerified: e.v, reviewSummary: e.s, scoredAnswers: e.a };
      if (e.stale || !isDeepStrictEqual(sorted(stored), sorted(fresh))) {
        mismatch(`scores of entry ${e.id}: stored ${JSON.stringify(stored)}${e.stale ? ' (stale)' : ''}, fresh ${JSON.stringify(fresh)}`);
      }
    }
    return { lost, mismatches, problems, orphans, unfinished, entries: entries.length };
  } finally {
    await database.close();
  }
}

async function adminQuery(q: string) {
  const c = new pg.Client({ connectionString: ADMIN_URL });
  await c.connect();
  try {
    await c.query(q);
  } finally {
    await c.end();
  }
}

/** An embedded server left running when the run failed half-way (its owner was killed): stopped here. */
function stopLeftoverPostgres(dataDir: string) {
  const pidFile = join(embeddedDirFor(dataDir), 'postmaster.pid');
  if (!existsSync(pidFile)) return;
  const pid = Number(readFileSync(pidFile, 'utf8').split('\n')[0]);
  try {
    if (pid > 0) process.kill(pid, 'SIGINT');
  } catch {}
}

async function run(engine: Engine, port: number) {
  const dataDir = mkdtempSync(join(tmpdir(), `inovda-crash-${engine}-`));
  const dbName = `inovda_crash_${randomBytes(4).toString('hex')}`;
  const url = new URL(ADMIN_URL);
  url.pathname = `/${dbName}`;
  if (engine === 'postgres') await adminQuery(`create database ${dbName}`);
  const base = `http://127.0.0.1:${port}`;
  const server = new Server(
    {
      ...process.env,
      PORT: String(port),
      HOST: '127.0.0.1',
      DATA_DIR: dataDir,
      DATABASE_URL: engine === 'postgres' ? url.toString() : '',
      INOVDA_DEMO_PASSWORD: PASSWORD,
      INOVDA_REMINDERS: 'false',
      SERVE_WEB: 'false',
      LOG_LEVEL: 'warn',
    },
    base,
  );
  const ledger: Ledger = { answers: new Map(), uploads: [], decisions: new Map(), acknowledged: 0, attempted: 0 };
  const started = Date.now();
  try {
    await server.start();
    const t = await targets(base);
    const stop = { now: false };
    const busy = new Set<string>();
    const writers = Array.from({ length: WRITERS }, () => writer(base, t, ledger, busy, stop));
    let survived = 0;
    for (let k = 0; k < KILLS; k++) {
      await sleep(KILL_AFTER[0] + Math.random() * (KILL_AFTER[1] - KILL_AFTER[0]));
      await server.crash();
      await server.start();
      survived++;
    }
    // A last stretch of writing on the restarted server, then the writers finish what they have in flight.
    await sleep(KILL_AFTER[0]);
    stop.now = true;
    await Promise.all(writers);
    const result = await verify(engine, dataDir, url.toString(), ledger);
    const seconds = Math.round((Date.now() - started) / 1000);
    console.log(
      `${engine}: ${ledger.acknowledged} writes acknowledged (of ${ledger.attempted} sent: ${ledger.answers.size} answered items, ${ledger.uploads.length} uploads, ` +
        `${[...ledger.decisions.values()].filter((d) => d.some((a) => a.acked)).length} decided items), ${survived} kills survived, ` +
        `writes lost ${result.lost}, mismatches ${result.mismatches} (${result.entries} entries' scores checked, ${result.orphans} orphan files and ${result.unfinished} unfinished uploads' claims ignored) in ${seconds} s`,
    );
    for (const p of result.problems.slice(0, 20)) console.log(`  ${p}`);
    return { engine, acknowledged: ledger.acknowledged, kills: survived, lost: result.lost, mismatches: result.mismatches, orphans: result.orphans, seconds };
  } finally {
    await server.stop();
    stopLeftoverPostgres(dataDir);
    if (engine === 'postgres') await adminQuery(`drop database if exists ${dbName} with (force)`).catch((e) => console.error('cleanup:', e.message));
    rmSync(dataDir, { recursive: true, force: true });
  }
}

const results: { engine: Engine; ok: boolean; error?: string }[] = [];
for (const [i, engine] of ENGINES.entries()) {
  console.log(`\n== crash safety on ${engine} PostgreSQL: ${WRITERS} writers, ${KILLS} kills`);
  try {
    const r = await run(engine, PORT + i);
    results.push({ ...r, ok: r.lost === 0 && r.mismatches === 0 && r.kills === KILLS && r.acknowledged > 0 });
  } catch (err) {
    console.error(`${engine}: ${err instanceof Error ? err.stack : err}`);
    results.push({ engine, ok: false, error: String(err) });
  }
}
const failed = results.filter((r) => !r.ok).length;
if (process.env.CRASH_REPORT) {
  // The shape scripts/test-summary.mjs counts (Vitest's keys): one test per engine.
  mkdirSync(dirname(process.env.CRASH_REPORT), { recursive: true });
  writeFileSync(
    process.env.CRASH_REPORT,
    JSON.stringify(
      { numPassedTests: results.length - failed, numFailedTests: failed, numPendingTests: 0, crashSafety: { writers: WRITERS, kills: KILLS, results } },
      null,
      2,
    ),
  );
}
console.log(`\ncrash safety: ${results.length - failed} of ${results.length} engines kept every acknowledged write`);
process.exit(failed ? 1 : 0);
