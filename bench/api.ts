// npm run bench:api — the HTTP API on PostgreSQL with a national-scale data set: p50/p99 latency and
// throughput at 50 concurrent clients for listing innovations, opening one, saving an answer and reading
// the region score; then one 200 MB upload to local disk: throughput and the server's memory growth.
// Targets: p99 < 100 ms for those calls; upload ≥ 100 MB/s with < 64 MB growth.
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import autocannon from 'autocannon';
import pg from 'pg';
import { openDatabase } from '../src/server/db/client';
import { seedDemo } from '../src/server/seed/seed';
import { loadNationalData } from './national-data';

const ADMIN_URL = process.env.BENCH_DATABASE_URL ?? process.env.TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';
const SECONDS = Number(process.env.BENCH_SECONDS ?? 10);
const ONLY = process.env.BENCH_ONLY;
const CONNECTIONS = 50;
const PASSWORD = 'Bench-password-2026';
const UPLOAD_MB = Number(process.env.BENCH_UPLOAD_MB ?? 200);

async function adminQuery(q: string) {
  const c = new pg.Client({ connectionString: ADMIN_URL });
  await c.connect();
  await c.query(q);
  await c.end();
}

const dbName = `inovda_bench_${randomBytes(4).toString('hex')}`;
const url = new URL(ADMIN_URL);
url.pathname = `/${dbName}`;
const dataDir = mkdtempSync(join(tmpdir(), 'inovda-bench-'));
let server: ReturnType<typeof spawn> | undefined;

async function main() {
  await adminQuery(`create database ${dbName}`);
  const database = await openDatabase({ url: url.toString() });
  await database.migrate();
  await seedDemo(database.db, { password: PASSWORD });
  let t = performance.now();
  const loaded = await loadNationalData(database.db, { regions: 550, innovations: 36_742, demoRegionInnovations: 250 });
  console.log(
    `data set: ${loaded.entries.toLocaleString('en')} innovations, ${loaded.answers.toLocaleString('en')} answers (loaded in ${((performance.now() - t) / 1000).toFixed(1)} s)`,
  );
  await database.close();

  const port = 3900 + Math.floor(Math.random() * 500);
  const base = `http://127.0.0.1:${port}`;
  server = spawn(process.execPath, ['--import', 'tsx', 'src/server/main.ts'], {
    env: {
      ...process.env,
      DATABASE_URL: url.toString(),
      PORT: String(port),
      HOST: '127.0.0.1',
      DATA_DIR: dataDir,
      INOVDA_SEED: 'false',
      SERVE_WEB: 'false',
      LOG_LEVEL: 'warn',
    },
    stdio: ['ignore', 'inherit', 'inherit'],
  });
  for (t = performance.now(); ; ) {
    if (
      await fetch(`${base}/healthz`).then(
        (r) => r.ok,
        () => false,
      )
    )
      break;
    if (performance.now() - t > 60_000) throw new Error('server did not start');
    await new Promise((r) => setTimeout(r, 250));
  }

  const login = async (username: string) => {
    const res = await fetch(`${base}/api/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ username, password: PASSWORD }),
    });
    if (!res.ok) throw new Error(`login ${username}: ${res.status}`);
    return (res.headers.get('set-cookie') ?? '').split(';')[0];
  };
  const admin = await login('admin');
  const operator = await login('operator.dinkes');
  const headers = (cookie: string) => ({ cookie, 'x-requested-with': 'bench', 'content-type': 'application/json' });
  const list = (await (await fetch(`${base}/api/innovations?pageSize=100`, { headers: headers(admin) })).json()) as { total: number; items: { id: string }[] };
  const mine = (await (await fetch(`${base}/api/innovations?pageSize=100&status=draft`, { headers: headers(operator) })).json()) as { items: { id: string }[] };
  const drafts = (await (await fetch(`${base}/api/innovations?pageSize=100&status=draft`, { headers: headers(admin) })).json()) as { items: { id: string }[] };
  console.log(`benchmark region: ${list.total} innovations, ${drafts.items.length}+ drafts; ${CONNECTIONS} clients, ${SECONDS} s each\n`);

  const scenarios: { name: string; run: autocannon.Options }[] = [
    { name: 'list innovations (page of 25)', run: { url: `${base}/api/innovations?pageSize=25`, headers: headers(admin) } },
    {
      name: 'open one innovation',
      run: {
        url: base,
        headers: headers(admin),
        requests: [
          { method: 'GET', setupRequest: (r) => ({ ...r, path: `/api/innovations/entries/${list.items[Math.floor(Math.random() * list.items.length)].id}` }) },
        ],
      },
    },
    {
      name: 'save an answer',
      run: {
        url: base,
        headers: headers(admin),
        requests: [
          {
            method: 'PUT',
            setupRequest: (r) => ({
              ...r,
              path: `/api/innovations/entries/${drafts.items[Math.floor(Math.random() * drafts.items.length)].id}/answers/${16 + Math.floor(Math.random() * 20)}`,
              body: JSON.stringify({ value: 1 + Math.floor(Math.random() * 3) }),
            }),
          },
        ],
      },
    },
    { name: 'region score (claimed + verified IID)', run: { url: `${base}/api/scores/region`, headers: headers(admin) } },
  ];
  console.log(`${'scenario'.padEnd(40)} ${'p50'.padStart(8)} ${'p99'.padStart(8)} ${'req/s'.padStart(8)}  errors  target p99 < 100 ms`);
  for (const s of scenarios.filter((x) => !ONLY || x.name.includes(ONLY))) {
    // A short warm-up so JIT and connection pools are ready before measuring.
    await autocannon({ ...s.run, connections: 10, duration: 2 });
    const r = await autocannon({ ...s.run, connections: CONNECTIONS, duration: SECONDS });
    const bad = r.errors + r.non2xx + r.timeouts;
    console.log(
      `${s.name.padEnd(40)} ${`${r.latency.p50} ms`.padStart(8)} ${`${r.latency.p99} ms`.padStart(8)} ${Math.round(r.requests.average).toString().padStart(8)}  ${String(bad).padStart(6)}  ${r.latency.p99 < 100 ? 'met' : 'NOT met'}`,
    );
  }

  await uploadBenchmark(base, operator, mine.items[0].id, server.pid as number);
}

/** Resident memory of a process in MiB, from /proc (Linux). */
const rssOf = (pid: number) => Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1] ?? 0) / 1024;

async function uploadBenchmark(base: string, cookie: string, entryId: string, pid: number) {
  const size = UPLOAD_MB * 1024 * 1024;
  const boundary = `----inovda${randomBytes(8).toString('hex')}`;
  const head = Buffer.from(`--${boundary}\r\ncontent-disposition: form-data; name="file"; filename="video.mp4"\r\ncontent-type: video/mp4\r\n\r\n`);
  const tail = Buffer.from(`\r\n--${boundary}--\r\n`);
  // An MP4 header (ftyp box) then filler, generated in 1 MiB chunks as it is sent.
  const ftyp = Buffer.from('000000186674797069736f6d0000000069736f6d6d703432', 'hex');
  const chunk = Buffer.alloc(1024 * 1024, 7);
  const baseline = rssOf(pid);
  let peak = baseline;
  const sampler = setInterval(() => {
    peak = Math.max(peak, rssOf(pid));
  }, 25);
  const started = performance.now();
  const status = await new Promise<number>((resolve, reject) => {
    const req = request(`${base}/api/evidence/files?entryId=${entryId}&code=35`, {
      method: 'POST',
      headers: {
        cookie,
        'x-requested-with': 'bench',
        'content-type': `multipart/form-data; boundary=${boundary}`,
        'content-length': head.length + size + tail.length,
      },
    });
    req.on('response', (res) => {
      res.resume();
      res.on('end', () => resolve(res.statusCode ?? 0));
    });
    req.on('error', reject);
    (async () => {
      req.write(head);
      req.write(ftyp);
      let sent = ftyp.length;
      while (sent < size) {
        const part = chunk.subarray(0, Math.min(chunk.length, size - sent));
        sent += part.length;
        if (!req.write(part)) await new Promise((r) => req.once('drain', r));
      }
      req.end(tail);
    })().catch(reject);
  });
  const seconds = (performance.now() - started) / 1000;
  clearInterval(sampler);
  const growth = peak - baseline;
  const rate = UPLOAD_MB / seconds;
  console.log(`\nupload ${UPLOAD_MB} MB (HTTP ${status}) ${seconds.toFixed(2)} s = ${rate.toFixed(0)} MB/s (target ≥ 100: ${rate >= 100 ? 'met' : 'NOT met'})`);
  console.log(
    `server memory: ${baseline.toFixed(0)} MiB before, ${peak.toFixed(0)} MiB peak, growth ${growth.toFixed(0)} MiB (target < 64: ${growth < 64 ? 'met' : 'NOT met'})`,
  );
}

try {
  await main();
} finally {
  server?.kill('SIGTERM');
  await new Promise((r) => setTimeout(r, 1000));
  // BENCH_KEEP=1 leaves the database for EXPLAIN ANALYZE and profiling.
  if (process.env.BENCH_KEEP) console.log(`kept database: ${url}`);
  else await adminQuery(`drop database if exists ${dbName} with (force)`).catch((e) => console.error('cleanup:', e.message));
  rmSync(dataDir, { recursive: true, force: true });
}
