// npm run bench routes — the main signed-in routes against the floor, on both engines, with the national data
// set (550 regions, ~37,000 innovations; the demo region with 250): the embedded default (`npm start` without
// DATABASE_URL) and the machine's PostgreSQL (DATABASE_URL). 50 clients per route; the routes and their floors
// are measured in rounds, one after another, so that a burst of load elsewhere on a shared machine hits a
// route and its floor alike; each figure is the median over the rounds and each ratio the median of the
// per-round ratios to /healthz.
// Targets (issue 13): /api/auth/me ≥ 50 % of /healthz; the list page and one entry ≥ 25 % with p99 ≤ 50 ms;
// saving an answer p99 ≤ 100 ms.
// Then the sign-in page's first load on a slow link (bench/first-load.ts): bytes transferred, time to interactive.
// BENCH_ENGINES=embedded,postgres · BENCH_SECONDS (10) · BENCH_ROUNDS (3) · BENCH_ONLY=<part of a route name> ·
// BENCH_SKIP_FIRST_LOAD=1.
import { resolve } from 'node:path';
import autocannon from 'autocannon';
import { firstLoad, printFirstLoad } from './first-load';
import { createBench, type Engine } from './harness';
import { median } from './stats';

const SECONDS = Number(process.env.BENCH_SECONDS ?? 10);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 3);
const CONNECTIONS = 50;
const ENGINES = (process.env.BENCH_ENGINES ?? 'embedded,postgres').split(',') as Engine[];

interface Target {
  /** Least share of /healthz's req/s. */
  share?: number;
  /** Most p99, ms. */
  p99?: number;
}

interface Route {
  name: string;
  run: autocannon.Options;
  target?: Target;
}

interface Figures {
  name: string;
  reqPerSec: number;
  p50: number;
  p99: number;
  /** Median of the per-round ratios to /healthz. */
  share: number;
  /** Failed requests: network errors, timeouts and every non-2xx answer but 409. */
  errors: number;
  /** 409s: a save on a version another save just replaced (the web app then shows the conflict). */
  conflicts: number;
  target?: Target;
}

export async function routesOf(base: string, cookie: (u: string) => Promise<string>): Promise<Route[]> {
  const headers = { cookie: await cookie('admin'), 'x-requested-with': 'bench', 'content-type': 'application/json' };
  const list = (await (await fetch(`${base}/api/innovations?pageSize=100`, { headers })).json()) as { items: { id: string }[] };
  const drafts = (await (await fetch(`${base}/api/innovations?pageSize=100&status=draft`, { headers })).json()) as { items: { id: string }[] };
  if (!list.items.length || !drafts.items.length) throw new Error('the demo region has no innovations to read or save');
  const pick = <T>(xs: T[]) => xs[Math.floor(Math.random() * xs.length)];
  // A save carries the item version it was made on, as the web app's does: each client edits a draft of its own
  // and keeps the versions the server answers, so a 409 here would be a real lost update, not the bench's doing.
  const versions = new Map<string, number>();
  for (const d of drafts.items) {
    const a = (await (await fetch(`${base}/api/innovations/entries/${d.id}/answers`, { headers })).json()) as { items: Record<string, { version: number }> };
    for (const [code, item] of Object.entries(a.items)) versions.set(`${d.id}:${code}`, item.version);
  }
  let nextDraft = 0;
  type SaveContext = { entryId?: string; code?: string };
  return [
    { name: 'empty route (/healthz/live)', run: { url: `${base}/healthz/live` } },
    { name: '/healthz (one query)', run: { url: `${base}/healthz` } },
    { name: 'GET /api/auth/me', run: { url: `${base}/api/auth/me`, headers }, target: { share: 0.5 } },
    { name: 'innovation list (page of 25)', run: { url: `${base}/api/innovations?pageSize=25`, headers }, target: { share: 0.25, p99: 50 } },
    {
      name: 'one innovation',
      run: { url: base, headers, requests: [{ method: 'GET', setupRequest: (r) => ({ ...r, path: `/api/innovations/entries/${pick(list.items).id}` }) }] },
      target: { share: 0.25, p99: 50 },
    },
    {
      name: 'save an answer',
      run: {
        url: base,
        headers,
        requests: [
          {
            method: 'PUT',
            setupRequest: (r, context) => {
              const c = context as SaveContext;
              c.entryId ??= drafts.items[nextDraft++ % drafts.items.length].id;
              c.code = String(16 + Math.floor(Math.random() * 20));
              const version = versions.get(`${c.entryId}:${c.code}`) ?? 0;
              return {
                ...r,
                path: `/api/innovations/entries/${c.entryId}/answers/${c.code}`,
                body: JSON.stringify({ value: 1 + Math.floor(Math.random() * 3), version }),
              };
            },
            onResponse: (status, body, context) => {
              const c = context as SaveContext;
              if (!c.code) return;
              // Two clients on one draft: a 409 carries the version saved meanwhile, which the next save uses.
              if (status === 409) {
                const current = (JSON.parse(body) as { error?: { current?: { version?: number } } }).error?.current?.version;
                if (current !== undefined) versions.set(`${c.entryId}:${c.code}`, current);
                return;
              }
              if (status !== 200) return;
              const saved = (JSON.parse(body) as { items: Record<string, { version: number }> }).items[c.code];
              if (saved) versions.set(`${c.entryId}:${c.code}`, saved.version);
            },
          },
        ],
      },
      target: { p99: 100 },
    },
    { name: 'region dashboard', run: { url: `${base}/api/dashboard/region`, headers } },
    { name: 'region score (claimed + verified)', run: { url: `${base}/api/scores/region`, headers } },
  ];
}

async function measure(engine: Engine): Promise<Figures[]> {
  const bench = createBench(engine);
  try {
    await bench.load(250);
    const { base } = await bench.start();
    const routes = (await routesOf(base, bench.login)).filter((r, i) => i < 2 || !process.env.BENCH_ONLY || r.name.includes(process.env.BENCH_ONLY));
    // Warm-up: JIT, connection pools, prepared statements, memoised dashboards.
    for (const r of routes) await autocannon({ ...r.run, connections: 10, duration: 2 });
    const rounds: autocannon.Result[][] = [];
    for (let round = 0; round < ROUNDS; round++) {
      const results: autocannon.Result[] = [];
      for (const r of routes) results.push(await autocannon({ ...r.run, connections: CONNECTIONS, duration: SECONDS }));
      rounds.push(results);
      console.log(`${engine}: round ${round + 1} of ${ROUNDS} done`);
    }
    return routes.map((r, i) => {
      const of = rounds.map((results) => results[i]);
      return {
        name: r.name,
        reqPerSec: median(of.map((x) => x.requests.average)),
        p50: median(of.map((x) => x.latency.p50)),
        p99: median(of.map((x) => x.latency.p99)),
        share: median(rounds.map((results) => results[i].requests.average / results[1].requests.average)),
        errors: of.reduce((n, x) => n + x.errors + x.non2xx - conflictsOf(x) + x.timeouts, 0),
        conflicts: of.reduce((n, x) => n + conflictsOf(x), 0),
        target: r.target,
      };
    });
  } finally {
    await bench.cleanup();
  }
}

const conflictsOf = (r: autocannon.Result) => (r.statusCodeStats as Record<string, { count: number }> | undefined)?.['409']?.count ?? 0;

function verdict(f: Figures): string {
  if (!f.target) return '';
  const misses = [
    f.target.share !== undefined && f.share < f.target.share ? `share < ${f.target.share * 100} %` : '',
    f.target.p99 !== undefined && f.p99 > f.target.p99 ? `p99 > ${f.target.p99} ms` : '',
  ].filter(Boolean);
  return misses.length ? `NOT met (${misses.join(', ')})` : 'met';
}

const pct = (x: number) => `${(x * 100).toFixed(0)} %`;

export function printTable(byEngine: Partial<Record<Engine, Figures[]>>) {
  console.log(`\n${CONNECTIONS} clients, ${SECONDS} s per route, median of ${ROUNDS} rounds; share = req/s as a part of /healthz's in the same round`);
  for (const [engine, figures] of Object.entries(byEngine)) {
    console.log(`\n${engine === 'embedded' ? 'embedded default (npm start)' : 'PostgreSQL (DATABASE_URL)'}`);
    console.log(
      `${'route'.padEnd(36)} ${'req/s'.padStart(8)} ${'p50'.padStart(7)} ${'p99'.padStart(7)} ${'share'.padStart(7)} ${'errors'.padStart(6)} ${'409s'.padStart(5)}  target`,
    );
    for (const f of figures ?? [])
      console.log(
        `${f.name.padEnd(36)} ${Math.round(f.reqPerSec).toLocaleString('en').padStart(8)} ${`${f.p50} ms`.padStart(7)} ${`${f.p99} ms`.padStart(7)} ${pct(f.share).padStart(7)} ${String(f.errors).padStart(6)} ${String(f.conflicts).padStart(5)}  ${verdict(f)}`,
      );
  }
}

export async function main() {
  const byEngine: Partial<Record<Engine, Figures[]>> = {};
  for (const engine of ENGINES) byEngine[engine] = await measure(engine);
  // The bytes a first visit costs belong in the same table (BENCH_SKIP_FIRST_LOAD=1 leaves them out).
  const first = process.env.BENCH_SKIP_FIRST_LOAD ? undefined : await firstLoad(3);
  printTable(byEngine);
  if (first) {
    console.log('');
    printFirstLoad(first);
  }
}

// Run directly (tsx bench/routes.ts); bench/run.ts calls main() itself.
if (resolve(process.argv[1] ?? '') === import.meta.filename) await main();
