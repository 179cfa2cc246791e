// npm run bench:api — the HTTP API on PostgreSQL with a national-scale data set: p50/p99 latency and
// throughput at 50 concurrent clients for listing innovations, opening one, saving an answer and reading
// the region score; then one 200 MB upload to local disk: throughput and the server's memory growth.
// Targets: p99 < 100 ms for those calls; upload ≥ 100 MB/s with < 64 MB growth.
import { randomBytes } from 'node:crypto';
import { request } from 'node:http';
import autocannon from 'autocannon';
import { createBench, watchMemory } from './harness';

const SECONDS = Number(process.env.BENCH_SECONDS ?? 10);
const ONLY = process.env.BENCH_ONLY;
const CONNECTIONS = 50;
const UPLOAD_MB = Number(process.env.BENCH_UPLOAD_MB ?? 200);
const bench = createBench();

async function main() {
  await bench.load(250);
  const { base, pid } = await bench.start();
  const login = bench.login;
  const admin = await login('admin');
  const operator = await login('operator.dinkes');
  const headers = (cookie: string) => ({ cookie, 'x-requested-with': 'bench', 'content-type': 'application/json' });
  const list = (await (await fetch(`${base}/api/innovations?pageSize=100`, { headers: headers(admin) })).json()) as { total: number; items: { id: string }[] };
  const mine = (await (await fetch(`${base}/api/innovations?pageSize=100&status=draft`, { headers: headers(operator) })).json()) as { items: { id: string }[] };
  const drafts = (await (await fetch(`${base}/api/innovations?pageSize=100&status=draft`, { headers: headers(admin) })).json()) as { items: { id: string }[] };
  console.log(`benchmark region: ${list.total} innovations, ${drafts.items.length}+ drafts; ${CONNECTIONS} clients, ${SECONDS} s each\n`);
  // A save carries the item version it was made on, as the web app's does: each client edits a draft of its own
  // and keeps the versions the server answers, so a 409 here would be a real lost update, not the bench's doing.
  const versions = new Map<string, number>();
  for (const d of drafts.items) {
    const a = (await (await fetch(`${base}/api/innovations/entries/${d.id}/answers`, { headers: headers(admin) })).json()) as {
      items: Record<string, { version: number }>;
    };
    for (const [code, item] of Object.entries(a.items)) versions.set(`${d.id}:${code}`, item.version);
  }
  let nextDraft = 0;
  type SaveContext = { entryId?: string; code?: string };

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
              if (status !== 200 || !c.code) return;
              const saved = (JSON.parse(body) as { items: Record<string, { version: number }> }).items[c.code];
              if (saved) versions.set(`${c.entryId}:${c.code}`, saved.version);
            },
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

  await uploadBenchmark(base, operator, mine.items[0].id, pid);
}

async function uploadBenchmark(base: string, cookie: string, entryId: string, pid: number) {
  const size = UPLOAD_MB * 1024 * 1024;
  const boundary = `----inovda${randomBytes(8).toString('hex')}`;
  const head = Buffer.from(`--${boundary}\r\ncontent-disposition: form-data; name="file"; filename="video.mp4"\r\ncontent-type: video/mp4\r\n\r\n`);
  const tail = Buffer.from(`\r\n--${boundary}--\r\n`);
  // An MP4 header (ftyp box) then filler, generated in 1 MiB chunks as it is sent.
  const ftyp = Buffer.from('000000186674797069736f6d0000000069736f6d6d703432', 'hex');
  const chunk = Buffer.alloc(1024 * 1024, 7);
  const memory = watchMemory(pid);
  const baseline = memory.baseline;
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
  const peak = memory.stop();
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
  await bench.cleanup();
}
