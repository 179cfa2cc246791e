// npm run bench:soak — a long run of mixed traffic: does the server hold up (no errors), keep its memory (growth
// < 10 % from after warm-up to the end) and its latency (p99 per minute)? 100 simulated users sign in, list
// innovations, open one, save answers on the version they read, look at the dashboard and their notifications,
// and now and then upload a file. Not part of `npm test`: it runs 30 minutes by default.
//
// On the national data set (the demo region enlarged to 250 innovations, 36 700 innovations in all): a soak is
// about drift under the load a real region sees, and list, dashboard and score queries only cost what they do in
// production against that volume. Loading it takes about a minute, small against the run.
//
// BENCH_SOAK_MINUTES (30), BENCH_SOAK_USERS (100), BENCH_SOAK_WARMUP_S (60), BENCH_SOAK_THINK_MS (500: the mean
// pause between a user's actions), BENCH_ENGINE (postgres | embedded).
import { randomBytes } from 'node:crypto';
import { simplePdf } from '../src/server/seed/simple-pdf';
import { createBench, type Engine, PASSWORD, rssOf } from './harness';
import { median } from './stats';

const MINUTES = Number(process.env.BENCH_SOAK_MINUTES ?? 30);
const USERS = Number(process.env.BENCH_SOAK_USERS ?? 100);
const WARMUP_S = Number(process.env.BENCH_SOAK_WARMUP_S ?? Math.min(60, MINUTES * 10));
const THINK_MS = Number(process.env.BENCH_SOAK_THINK_MS ?? 500);
const engine = (process.env.BENCH_ENGINE ?? 'postgres') as Engine;
const bench = createBench(engine);

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const pick = <T>(xs: readonly T[]): T => xs[Math.floor(Math.random() * xs.length)];

/** Who the users are: most of them operators (who write), the others read. */
const ROLES = [
  ...Array(5).fill('operator.dinkes'),
  ...Array(2).fill('operator.dispendukcapil'),
  'verifikator',
  'admin',
  'kepala.dinkes',
  'pimpinan',
] as string[];

/** One minute's figures; a request's minute is the one it ended in. */
interface Minute {
  requests: number;
  errors: number;
  latencies: number[];
}
const minutes: Minute[] = [];
const errors = new Map<string, number>();
let started = 0;

function record(ms: number, failed: string | undefined) {
  const m = Math.floor((performance.now() - started) / 60_000);
  minutes[m] ??= { requests: 0, errors: 0, latencies: [] };
  minutes[m].requests++;
  minutes[m].latencies.push(ms);
  if (failed) {
    minutes[m].errors++;
    errors.set(failed, (errors.get(failed) ?? 0) + 1);
  }
}

/** A request as a browser makes it, timed; 409 on a save is a normal answer (someone else saved first). */
async function request(base: string, cookie: string, method: string, path: string, body?: unknown, ok: number[] = []) {
  const t = performance.now();
  try {
    const res = await fetch(`${base}${path}`, {
      method,
      headers: { cookie, 'x-requested-with': 'soak', ...(body instanceof FormData || body === undefined ? {} : { 'content-type': 'application/json' }) },
      body: body === undefined ? undefined : body instanceof FormData ? body : JSON.stringify(body),
      signal: AbortSignal.timeout(30_000),
    });
    const text = await res.text();
    const good = res.ok || ok.includes(res.status);
    record(performance.now() - t, good ? undefined : `${method} ${path.replace(/[0-9a-f-]{36}/g, ':id').split('?')[0]} → ${res.status}`);
    return good && text ? JSON.parse(text) : undefined;
  } catch (err) {
    record(performance.now() - t, `${method} ${path.split('?')[0]} → ${(err as Error).name}`);
    return undefined;
  }
}

/** Signs in as a person does: refused (it counts as an error), they wait as told and try again. */
async function signIn(base: string, username: string): Promise<string> {
  for (;;) {
    const t = performance.now();
    const res = await fetch(`${base}/api/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-requested-with': 'soak' },
      body: JSON.stringify({ username, password: PASSWORD }),
    });
    await res.text();
    record(performance.now() - t, res.ok ? undefined : `sign-in → ${res.status}`);
    if (res.ok) return (res.headers.get('set-cookie') ?? '').split(';')[0];
    // Without a session every later request would only add 401s to the count.
    await sleep(Number(res.headers.get('retry-after') ?? 5) * 1000);
  }
}

async function user(base: string, username: string, until: number) {
  const operator = username.startsWith('operator');
  let cookie = await signIn(base, username);
  let entries: string[] = [];
  while (performance.now() < until) {
    await sleep(Math.random() * 2 * THINK_MS);
    const r = Math.random();
    if (r < 0.01) {
      cookie = await signIn(base, username);
    } else if (r < 0.25 || !entries.length) {
      const page = await request(base, cookie, 'GET', `/api/innovations?pageSize=25&page=${1 + Math.floor(Math.random() * 3)}&sort=updatedAt`);
      const drafts = operator ? await request(base, cookie, 'GET', '/api/innovations?pageSize=50&status=draft') : undefined;
      entries = ((drafts ?? page)?.items ?? []).map((e: { id: string }) => e.id);
    } else if (r < 0.45) {
      const id = pick(entries);
      await Promise.all([
        request(base, cookie, 'GET', `/api/innovations/entries/${id}`),
        request(base, cookie, 'GET', `/api/innovations/entries/${id}/answers`),
      ]);
    } else if (r < 0.65 && operator) {
      // Save an answer on the version just read; a newer one (another user's save) is a 409, as in the browser.
      const id = pick(entries);
      const answers = await request(base, cookie, 'GET', `/api/innovations/entries/${id}/answers`);
      const code = pick(Object.keys(answers?.items ?? { '16': 0 }));
      const version = answers?.items?.[code]?.version ?? 0;
      await request(base, cookie, 'PUT', `/api/innovations/entries/${id}/answers/${code}`, { value: 1 + Math.floor(Math.random() * 3), version }, [409]);
    } else if (r < 0.8) {
      await request(base, cookie, 'GET', '/api/dashboard/region');
    } else if (r < 0.97) {
      await request(base, cookie, 'GET', '/api/notifications');
    } else if (operator) {
      const form = new FormData();
      form.append('file', new Blob([new Uint8Array(simplePdf(['Bukti dukung', randomBytes(8).toString('hex')]))], { type: 'application/pdf' }), 'bukti.pdf');
      await request(base, cookie, 'POST', `/api/evidence/files?entryId=${pick(entries)}&code=${pick(['16', '17', '18', '21', '22'])}`, form);
    }
  }
}

const p99 = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length * 0.99)] ?? 0;

async function main() {
  await bench.load(250);
  const { base, pid } = await bench.start();
  console.log(`soak: ${USERS} users, ${MINUTES} min on ${engine} PostgreSQL (warm-up ${WARMUP_S} s, think time ~${THINK_MS} ms)`);
  started = performance.now();
  const until = started + MINUTES * 60_000;
  const rss: { at: number; mib: number }[] = [];
  const sampler = setInterval(() => rss.push({ at: performance.now() - started, mib: rssOf(pid) }), 5_000);
  const users = Array.from({ length: USERS }, (_, k) => user(base, ROLES[k % ROLES.length], until));
  let afterWarmup = 0;
  const warm = setTimeout(() => {
    afterWarmup = rssOf(pid);
  }, WARMUP_S * 1000);
  await Promise.all(users);
  clearTimeout(warm);
  clearInterval(sampler);
  const end = rssOf(pid);
  const peak = Math.max(...rss.map((s) => s.mib), end);
  // One sample swings with the garbage collector (tens of MiB): each minute is its samples' median, and growth
  // compares the median of the first minutes after warm-up with that of the last ones.
  const rssIn = (from: number, to: number) => median(rss.filter((s) => s.at >= from && s.at < to).map((s) => s.mib));
  const window = Math.min(3, Math.max(1, Math.floor(MINUTES / 5))) * 60_000;
  const early = rssIn(WARMUP_S * 1000, WARMUP_S * 1000 + window);
  const late = rssIn(MINUTES * 60_000 - window, MINUTES * 60_000 + 1);

  console.log('\nminute  requests  req/s  p99 ms  errors  RSS MiB (median)');
  for (const [m, x] of minutes.entries()) {
    if (!x) continue;
    console.log(
      `${String(m + 1).padStart(6)}  ${String(x.requests).padStart(8)}  ${(x.requests / 60).toFixed(1).padStart(5)}  ${p99(x.latencies).toFixed(0).padStart(6)}  ${String(x.errors).padStart(6)}  ${rssIn(
        m * 60_000,
        (m + 1) * 60_000,
      )
        .toFixed(0)
        .padStart(7)}`,
    );
  }
  const total = minutes.reduce((n, x) => n + (x?.requests ?? 0), 0);
  const failed = minutes.reduce((n, x) => n + (x?.errors ?? 0), 0);
  const growth = early ? ((late - early) / early) * 100 : Number.NaN;
  console.log(`\nrequests: ${total.toLocaleString('en')} in ${MINUTES} min, errors: ${failed} (target 0: ${failed === 0 ? 'met' : 'NOT met'})`);
  for (const [what, n] of errors) console.log(`  ${n} × ${what}`);
  console.log(
    `server memory (median RSS): ${early.toFixed(0)} MiB in the ${window / 60_000} min after warm-up, ${late.toFixed(0)} MiB in the last ${window / 60_000} min, growth ${growth.toFixed(1)} % (target < 10 %: ${growth < 10 ? 'met' : 'NOT met'}); single samples: ${afterWarmup.toFixed(0)} at warm-up, ${end.toFixed(0)} at the end, peak ${peak.toFixed(0)}`,
  );
  process.exitCode = failed === 0 && growth < 10 ? 0 : 1;
}

try {
  await main();
} finally {
  await bench.cleanup();
}
