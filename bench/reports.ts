// npm run bench:reports — the national submission package for 300 sent innovations with 3,000 evidence
// files (~1 GB; BENCH_PACKAGE_MB), built by the server's background job: time and the server's peak memory;
// then the region dashboard at 50 concurrent clients on the national-scale data set: p50/p99.
// Targets: package < 60 s with < 256 MB peak; dashboard p99 < 100 ms.
import { randomBytes } from 'node:crypto';
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import autocannon from 'autocannon';
import { sql } from 'drizzle-orm';
import pg from 'pg';
import { builtInFramework } from '../src/domain/iid/builtin';
import type { Framework } from '../src/domain/iid/types';
import { localStore, storeBytes } from '../src/server/plugins/storage';
import { createBench, rssOf, watchMemory } from './harness';

const SENT = 300;
const FILES_PER_INNOVATION = 10;
const TOTAL_MB = Number(process.env.BENCH_PACKAGE_MB ?? 1000);
const SECONDS = Number(process.env.BENCH_SECONDS ?? 10);
// BENCH_ONLY=package or BENCH_ONLY=dashboard runs one half.
const ONLY = process.env.BENCH_ONLY ?? '';
const bench = createBench();

async function main() {
  const codes = (builtInFramework('iid-2026') as Framework).indicators.filter((i) => i.aspect === 'SID').map((i) => i.code);
  const fileSize = Math.floor((TOTAL_MB * 1024 * 1024) / (SENT * FILES_PER_INNOVATION));
  await bench.load(SENT, async ({ db }) => {
    if (ONLY === 'dashboard') return;
    const t = performance.now();
    const store = localStore(join(bench.dataDir, 'files'), join(bench.dataDir, 'incoming'));
    await mkdir(store.incomingDir, { recursive: true });
    const region = sql`(select id from regions where kemendagri_code = '35.76')`;
    await db.execute(sql`update innovation_entries set sent = true, status = 'disetujui' where region_id = ${region}`);
    await db.execute(sql`delete from evidence where region_id = ${region}`);
    const entries = (await db.execute(
      sql`select id, period_id from innovation_entries where region_id = ${region} order by name limit ${SENT}`,
    )) as unknown as {
      rows: { id: string; period_id: string }[];
    };
    const header = Buffer.from('%PDF-1.4\n');
    for (const e of entries.rows) {
      const rows = [];
      for (let k = 0; k < FILES_PER_INNOVATION; k++) {
        // Distinct content per file (random after a PDF header), so nothing is deduplicated away.
        const bytes = Buffer.concat([header, randomBytes(fileSize - header.length)]);
        const sha = await storeBytes(store, bytes, 'application/pdf');
        await db.execute(sql`insert into stored_files (sha256, size, mime) values (${sha}, ${bytes.length}, 'application/pdf') on conflict do nothing`);
        rows.push(
          sql`(${region}, ${e.period_id}::uuid, ${e.id}::uuid, ${codes[k % codes.length]}, 'file', ${sha}, ${`bukti-${k}.pdf`}, 'application/pdf', ${bytes.length})`,
        );
      }
      await db.execute(
        sql`insert into evidence (region_id, period_id, entry_id, indicator_code, kind, file_sha256, file_name, mime, size) values ${sql.join(rows, sql`, `)}`,
      );
    }
    console.log(
      `evidence: ${(entries.rows.length * FILES_PER_INNOVATION).toLocaleString('en')} files × ${(fileSize / 1024).toFixed(0)} KiB written in ${((performance.now() - t) / 1000).toFixed(1)} s`,
    );
  });
  const { base, pid } = await bench.start();
  const admin = await bench.login('admin');
  const headers = { cookie: admin, 'x-requested-with': 'bench', 'content-type': 'application/json' };

  console.log(`server memory at rest after start: ${rssOf(pid).toFixed(0)} MiB`);
  if (ONLY !== 'dashboard') await packageRun(base, headers, pid);
  if (ONLY !== 'package') await downloadsRun(base, admin);
  if (ONLY !== 'package') await dashboardRun(base, admin);
}

/** The direct downloads (recap spreadsheet, leaders' PDF) for the 300-innovation region: median of 3. */
async function downloadsRun(base: string, admin: string) {
  for (const path of ['/api/exports/recap.xlsx', '/api/exports/report.pdf']) {
    const times: number[] = [];
    let size = 0;
    for (let k = 0; k < 3; k++) {
      const t = performance.now();
      const res = await fetch(`${base}${path}`, { headers: { cookie: admin } });
      size = (await res.arrayBuffer()).byteLength;
      if (!res.ok) throw new Error(`${path}: ${res.status}`);
      times.push(performance.now() - t);
    }
    times.sort((a, b) => a - b);
    console.log(`${path}: median ${(times[1] / 1000).toFixed(2)} s, ${(size / 1024).toFixed(0)} KiB`);
  }
}

async function packageRun(base: string, headers: Record<string, string>, pid: number) {
  const memory = watchMemory(pid);
  const started = performance.now();
  const job = (await (await fetch(`${base}/api/exports/package`, { method: 'POST', headers, body: '{}' })).json()) as { id: string };
  let state: { status: string; progress: number; total: number; fileSize: number | null; message: string | null };
  for (;;) {
    state = (await (await fetch(`${base}/api/exports/jobs/${job.id}`, { headers })).json()) as typeof state;
    if (state.status === 'done' || state.status === 'failed') break;
    await new Promise((r) => setTimeout(r, 200));
  }
  const seconds = (performance.now() - started) / 1000;
  const peak = memory.stop();
  console.log(
    `\npackage: ${state.status}${state.message ? ` (${state.message})` : ''}, ${state.total.toLocaleString('en')} files, ${((state.fileSize ?? 0) / 1024 / 1024).toFixed(0)} MB zip in ${seconds.toFixed(1)} s (target < 60: ${seconds < 60 ? 'met' : 'NOT met'})`,
  );
  console.log(`server memory: ${memory.baseline.toFixed(0)} MiB before, peak ${peak.toFixed(0)} MiB (target < 256: ${peak < 256 ? 'met' : 'NOT met'})`);
}

async function dashboardRun(base: string, admin: string) {
  const url = `${base}/api/dashboard/region`;
  const headers = { cookie: admin };
  const cold = performance.now();
  await fetch(url, { headers });
  console.log(`\nregion dashboard, first read (computed): ${(performance.now() - cold).toFixed(0)} ms`);
  await autocannon({ url, headers, connections: 10, duration: 2 });
  const report = (label: string, r: autocannon.Result) =>
    console.log(
      `region dashboard (50 clients, ${SECONDS} s${label}): p50 ${r.latency.p50} ms, p99 ${r.latency.p99} ms, ${Math.round(r.requests.average)} req/s, errors ${r.errors + r.non2xx} (target p99 < 100: ${r.latency.p99 < 100 ? 'met' : 'NOT met'})`,
    );
  report('', await autocannon({ url, headers, connections: 50, duration: SECONDS }));
  // The floor on this machine: the smallest signed-in read (session check only), same clients and duration.
  const floor = await autocannon({ url: `${base}/api/auth/me`, headers, connections: 50, duration: SECONDS });
  console.log(`floor — /api/auth/me (50 clients): p50 ${floor.latency.p50} ms, p99 ${floor.latency.p99} ms, ${Math.round(floor.requests.average)} req/s`);
  // The same while the period keeps changing (an entry updated twice a second): every change means one recomputation.
  const client = new pg.Client({ connectionString: bench.url });
  await client.connect();
  const timer = setInterval(() => {
    void client.query(
      `update innovation_entries set updated_at = now() where id = (select id from innovation_entries where region_id = (select id from regions where kemendagri_code = '35.76') limit 1)`,
    );
  }, 500);
  try {
    report(', an entry changing twice a second', await autocannon({ url, headers, connections: 50, duration: SECONDS }));
  } finally {
    clearInterval(timer);
    await client.end();
  }
}

try {
  await main();
} finally {
  await bench.cleanup();
}
