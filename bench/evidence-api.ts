// The API's p99 while the pre-check reads a 50-page scanned PDF (OCR of every page) on the same instance, against the
// p99 with nothing being read: the real server in its own process, an evidence list under load (autocannon).
import autocannon from 'autocannon';
import { scannedPdf, skText } from '../test/support/evidence-docs';
import { createBench } from './harness';
import { median } from './stats';

const SECONDS = Number(process.env.BENCH_SECONDS ?? 5);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 3);
const PAGES = Number(process.env.BENCH_SCAN_PAGES ?? 50);

interface CheckState {
  status: string;
  progress: { done: number; total: number } | null;
}

export async function apiWhileReading(): Promise<string[]> {
  const bench = createBench('postgres');
  const lines: string[] = [];
  try {
    await bench.loadDemo();
    process.env.INOVDA_EVIDENCE_POLL_MS = '200';
    const { base } = await bench.start();
    const cookie = await bench.login('operator.dinkes');
    const headers = { cookie, 'x-requested-with': 'bench' };
    const mine = (await (await fetch(`${base}/api/innovations?pageSize=100&status=draft`, { headers })).json()) as { items: { id: string }[] };
    const entryId = mine.items[0].id;
    const url = `${base}/api/evidence?entryId=${entryId}`;
    const p99 = async () => (await autocannon({ url, headers, connections: 10, duration: SECONDS })).latency.p99;
    await autocannon({ url, headers, connections: 10, duration: 2 });

    const idle: number[] = [];
    for (let k = 0; k < ROUNDS; k++) idle.push(await p99());

    const page = skText({ signatory: 'bupati', innovation: 'Posyandu Digital', number: '188.45/1/HK/2026', signedOn: '2 Januari 2026' });
    const pdf = await scannedPdf(Array.from({ length: PAGES }, () => page));
    const form = new FormData();
    form.append('file', new Blob([new Uint8Array(pdf)], { type: 'application/pdf' }), 'sk-50-halaman.pdf');
    const up = await fetch(`${base}/api/evidence/files?entryId=${entryId}&code=16`, { method: 'POST', headers, body: form });
    if (up.status !== 201) throw new Error(`upload: ${up.status} ${await up.text()}`);
    const id = ((await up.json()) as { id: string }).id;
    const state = async () => {
      const list = (await (await fetch(url, { headers })).json()) as { items: { id: string; check: CheckState | null }[] };
      return list.items.find((i) => i.id === id)?.check;
    };
    for (let t = Date.now(); (await state())?.status !== 'running'; ) {
      if (Date.now() - t > 60_000) throw new Error('the reading did not start');
      await new Promise((r) => setTimeout(r, 100));
    }
    const started = Date.now();
    const reading: number[] = [];
    for (let k = 0; k < ROUNDS; k++) {
      reading.push(await p99());
      const s = await state();
      if (s?.status !== 'running') throw new Error(`the reading ended before round ${k + 1}: make BENCH_SCAN_PAGES larger`);
    }
    const s = await state();
    const done = s?.progress?.done ?? 0;
    const seconds = (Date.now() - started) / 1000;
    const ratio = median(reading) / median(idle);
    lines.push(
      `API p99 (GET /api/evidence, 10 connections, ${ROUNDS} × ${SECONDS} s): idle ${median(idle)} ms (${idle.join(', ')}), ` +
        `while a ${PAGES}-page scan is read ${median(reading)} ms (${reading.join(', ')}); ratio ${ratio.toFixed(2)}`,
      `OCR under that load: ${done} pages in ${seconds.toFixed(0)} s (${done ? (seconds / done).toFixed(1) : '—'} s per page)`,
    );
  } finally {
    await bench.cleanup();
  }
  return lines;
}
