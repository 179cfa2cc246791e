// The API's p99 while the pre-check reads a 50-page scanned PDF (OCR of every page) on the same instance, against the
// p99 with the reading paused: the real server in its own process, an evidence list under load (autocannon). Rounds
// alternate (paused, reading, paused, reading …) on one server, so the machine's other load drifts into both alike;
// the reading is paused by stopping the server's tool processes (SIGSTOP, each by its id) and resumed (SIGCONT).
// The rounds are medians of several: the machine is shared and noisy.
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import autocannon from 'autocannon';
import { scannedPdf, skText } from '../test/support/evidence-docs';
import { createBench } from './harness';
import { median } from './stats';

const SECONDS = Number(process.env.BENCH_SECONDS ?? 5);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 5);
const PAGES = Number(process.env.BENCH_SCAN_PAGES ?? 50);
const run = promisify(execFile);
const TOOLS = new Set(['tesseract', 'pdftoppm', 'pdftotext', 'pdfinfo']);

interface CheckState {
  status: string;
  progress: { done: number; total: number } | null;
}

/** The reading tools the server runs now (its child processes), by id. */
async function toolsOf(serverPid: number): Promise<number[]> {
  try {
    const { stdout } = await run('ps', ['-o', 'pid=,comm=', '--ppid', String(serverPid)]);
    return stdout
      .split('\n')
      .map((l) => l.trim().split(/\s+/))
      .filter(([pid, comm]) => pid && TOOLS.has(comm))
      .map(([pid]) => Number(pid));
  } catch {
    return []; // ps exits 1 when there are none
  }
}

const signal = (pids: number[], sig: NodeJS.Signals) => {
  for (const pid of pids) {
    try {
      process.kill(pid, sig);
    } catch {
      // gone meanwhile
    }
  }
};

/**
 * Runs `work` while watching the server's tools every 250 ms; `pause`: each one found is stopped (the reading
 * waits) and continued afterwards. Both kinds of round watch alike, so the watching costs both the same.
 */
async function round<T>(serverPid: number, pause: boolean, work: () => Promise<T>): Promise<T> {
  const stopped = new Set<number>();
  let watching = true;
  const watch = (async () => {
    while (watching) {
      const now = (await toolsOf(serverPid)).filter((p) => !stopped.has(p));
      if (pause && watching) {
        signal(now, 'SIGSTOP');
        for (const p of now) stopped.add(p);
      }
      await new Promise((r) => setTimeout(r, 250));
    }
  })();
  try {
    return await work();
  } finally {
    watching = false;
    await watch;
    signal([...stopped], 'SIGCONT');
  }
}

export async function apiWhileReading(): Promise<string[]> {
  const bench = createBench('postgres');
  const lines: string[] = [];
  try {
    await bench.loadDemo();
    process.env.INOVDA_EVIDENCE_POLL_MS = '200';
    // Paused rounds stop a page's OCR for a while: give one tool run room for it.
    process.env.INOVDA_EVIDENCE_TOOL_TIMEOUT_MS = String(Math.max(120_000, ROUNDS * SECONDS * 1000 * 3));
    const { base, pid } = await bench.start();
    // A region-level (SPD) item: Admin Daerah's evidence, read like any other.
    const cookie = await bench.login('admin');
    const headers = { cookie, 'x-requested-with': 'bench' };
    // The demo region without its innovations has no period yet: open one.
    const opened = await fetch(`${base}/api/periods`, {
      method: 'POST',
      headers: { ...headers, 'content-type': 'application/json' },
      body: JSON.stringify({ year: 2026, frameworkId: 'iid-2026', penjaringanOpensOn: '2026-01-01', penjaringanClosesOn: '2026-12-31' }),
    });
    if (opened.status !== 201) throw new Error(`period: ${opened.status} ${await opened.text()}`);
    const periodId = ((await opened.json()) as { id: string }).id;
    const url = `${base}/api/evidence?periodId=${periodId}`;
    const p99 = async () => (await autocannon({ url, headers, connections: 10, duration: SECONDS })).latency.p99;

    const page = skText({ signatory: 'bupati', innovation: 'Posyandu Digital', number: '188.45/1/HK/2026', signedOn: '2 Januari 2026' });
    console.log(`making a ${PAGES}-page scanned PDF …`);
    const pdf = await scannedPdf(Array.from({ length: PAGES }, () => page));
    console.log('uploading it …');
    const form = new FormData();
    form.append('file', new Blob([new Uint8Array(pdf)], { type: 'application/pdf' }), `sk-${PAGES}-halaman.pdf`);
    const up = await fetch(`${base}/api/evidence/files?periodId=${periodId}&code=1`, { method: 'POST', headers, body: form });
    if (up.status !== 201) throw new Error(`upload: ${up.status} ${await up.text()}`);
    const id = ((await up.json()) as { id: string }).id;
    const state = async () => {
      const list = (await (await fetch(url, { headers })).json()) as { items: { id: string; check: CheckState | null }[] };
      return list.items.find((i) => i.id === id)?.check;
    };
    for (let t = Date.now(); (await toolsOf(pid)).length === 0 || (await state())?.status !== 'running'; ) {
      if (Date.now() - t > 60_000) throw new Error('the reading did not start');
      await new Promise((r) => setTimeout(r, 100));
    }
    console.log('reading started; measuring …');
    await autocannon({ url, headers, connections: 10, duration: 2 });
    const started = Date.now();
    let readingMs = 0;
    const idle: number[] = [];
    const reading: number[] = [];
    for (let k = 0; k < ROUNDS; k++) {
      idle.push(await round(pid, true, p99));
      const t = Date.now();
      reading.push(await round(pid, false, p99));
      readingMs += Date.now() - t;
      if ((await state())?.status !== 'running') throw new Error(`the reading ended in round ${k + 1}: make BENCH_SCAN_PAGES larger`);
    }
    const done = (await state())?.progress?.done ?? 0;
    const ratio = median(reading) / median(idle);
    lines.push(
      `API p99 (GET /api/evidence, 10 connections, ${ROUNDS} × ${SECONDS} s each, alternating): reading paused ${median(idle)} ms (${idle.join(', ')}), ` +
        `while a ${PAGES}-page scan is read ${median(reading)} ms (${reading.join(', ')}); ratio ${ratio.toFixed(2)}`,
      `OCR pages done under that load: ${done} in ${(readingMs / 1000).toFixed(0)} s of reading rounds (${((Date.now() - started) / 1000).toFixed(0)} s in all)`,
    );
  } finally {
    await bench.cleanup();
  }
  return lines;
}
