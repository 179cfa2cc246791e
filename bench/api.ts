// npm run bench:api — one 200 MB evidence upload to local disk on PostgreSQL with a national-scale data set:
// throughput and the server's memory growth. Targets: ≥ 100 MB/s with < 64 MB growth. (The routes' latency and
// throughput are `npm run bench routes`.)
import { randomBytes } from 'node:crypto';
import { request } from 'node:http';
import { createBench, watchMemory } from './harness';

const UPLOAD_MB = Number(process.env.BENCH_UPLOAD_MB ?? 200);
const bench = createBench();

async function main() {
  await bench.load(250);
  const { base, pid } = await bench.start();
  const operator = await bench.login('operator.dinkes');
  const headers = { cookie: operator, 'x-requested-with': 'bench' };
  const mine = (await (await fetch(`${base}/api/innovations?pageSize=100&status=draft`, { headers })).json()) as { items: { id: string }[] };
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
