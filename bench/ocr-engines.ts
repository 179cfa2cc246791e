// npx tsx bench/ocr-engines.ts — which OCR engine reads the evidence corpus's scans better: Debian's tesseract
// (tesseract-ocr + tesseract-ocr-ind, the one the reader runs) or tesseract.js (WebAssembly, language data from npm).
// Each corpus document is rendered as bench/evidence-accuracy.ts renders it (a text PDF and its scan), each scanned
// page as extract.ts renders it (pdftoppm -r 200 -gray), then read by each engine in turn, one thread each, one
// engine at a time. Per engine: precision and recall per check (the domain's evaluate, tallied as the accuracy bench
// does), character accuracy (1 − edit distance / length, whitespace collapsed) against the text PDF's pdftotext, and
// the median time per page (the CLI is one process per page, as the reader runs it; tesseract.js one warm worker).
//
// The project does not depend on tesseract.js: install it outside the repo and name that folder,
//   mkdir -p /tmp/ocrjs && cd /tmp/ocrjs && npm init -y && npm install tesseract.js @tesseract.js-data/ind
//   BENCH_OCR_TESSERACT_JS=/tmp/ocrjs npx tsx bench/ocr-engines.ts
// Without it, tesseract.js is skipped (said so). It reads its model from that folder (no download: cacheMethod none).
// SCAN_DPI (default 150, the scans' own) makes the 1-bit scans coarser, e.g. 100, for a harder corpus.

import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { evaluate } from '../src/domain/evidence-check';
import { CHECK_NAMES, type ExtractedEvidence } from '../src/domain/evidence-check/types';
import { findTools, runTool } from '../src/server/shared/evidence-check/tools';
import { corpusInput, EVIDENCE_CORPUS } from '../test/support/evidence-corpus';
import { scannedPdf, textPdf } from '../test/support/evidence-docs';
import { outcomes } from './evidence-accuracy';
import { median } from './stats';

interface Engine {
  name: string;
  read: (png: string) => Promise<string>;
  done?: () => Promise<void>;
}
interface Tally {
  tp: number;
  fp: number;
  fn: number;
}
interface Doc {
  id: string;
  ref: string;
  pngs: string[];
  c: (typeof EVIDENCE_CORPUS)[number];
}

const letters = (text: string) => (text.match(/\p{L}/gu) ?? []).length;
/** As extract.ts tidies a page. */
const tidy = (text: string) =>
  text
    .replace(/\r/g, '')
    .replace(/[ \t]+$/gm, '')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
const collapse = (s: string) => s.replace(/\s+/g, ' ').trim();

function editDistance(a: string, b: string): number {
  const A = [...a];
  const B = [...b];
  let prev = Uint32Array.from({ length: B.length + 1 }, (_, j) => j);
  let cur = new Uint32Array(B.length + 1);
  for (let i = 1; i <= A.length; i++) {
    cur[0] = i;
    for (let j = 1; j <= B.length; j++) cur[j] = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (A[i - 1] === B[j - 1] ? 0 : 1));
    [prev, cur] = [cur, prev];
  }
  return prev[B.length];
}

async function tesseractJs(folder: string | undefined): Promise<Engine | string> {
  if (!folder) return 'tesseract.js skipped: set BENCH_OCR_TESSERACT_JS to a folder with tesseract.js and @tesseract.js-data/ind installed';
  const req = createRequire(join(folder, 'package.json'));
  let lib: { createWorker: (lang: string, oem: number, options: object) => Promise<unknown>; OEM: { LSTM_ONLY: number } };
  let dataDir: string;
  try {
    lib = req('tesseract.js');
    dataDir = dirname(req.resolve('@tesseract.js-data/ind'));
  } catch (err) {
    return `tesseract.js skipped: not found under ${folder} (${(err as Error).message.split('\n')[0]})`;
  }
  const version = (JSON.parse(await readFile(req.resolve('tesseract.js/package.json'), 'utf8')) as { version: string }).version;
  // tesseract.js's own default for its default engine mode (LSTM only) is the best_int model of this package.
  const worker = (await lib.createWorker('ind', lib.OEM.LSTM_ONLY, { langPath: join(dataDir, '4.0.0_best_int'), gzip: true, cacheMethod: 'none' })) as {
    recognize: (image: Buffer) => Promise<{ data: { text: string } }>;
    terminate: () => Promise<void>;
  };
  return {
    name: `tesseract.js ${version}`,
    read: async (png) => (await worker.recognize(await readFile(png))).data.text,
    done: () => worker.terminate(),
  };
}

async function main() {
  const tools = await findTools(process.env.INOVDA_EVIDENCE_TOOLS_PATH ?? process.env.PATH ?? '');
  const { pdftotext, pdftoppm, pdfinfo, tesseract } = tools;
  if (!pdftotext || !pdftoppm || !pdfinfo) throw new Error('pdftotext/pdftoppm/pdfinfo not found: install poppler-utils');
  const run = (program: string, args: string[]) => runTool({ lowPriority: [] }, program, args, { timeoutMs: 120_000 });
  const dpi = Number(process.env.SCAN_DPI ?? 150);
  const dir = await mkdtemp(join(tmpdir(), 'inovda-bench-ocr-'));
  try {
    const docs: Doc[] = [];
    for (const c of EVIDENCE_CORPUS) {
      if (c.render === 'video' || c.render === 'none' || !c.text) continue;
      const pages = c.text.split('\f');
      const text = join(dir, `${c.id}-text.pdf`);
      const scan = join(dir, `${c.id}-scan.pdf`);
      await writeFile(text, await textPdf(pages));
      await writeFile(scan, await scannedPdf(pages, dpi));
      const ref = collapse((await run(pdftotext, ['-layout', '-enc', 'UTF-8', text, '-'])).stdout.toString('utf8'));
      // pdfkit may flow a page's text onto more pages: the scan's own count is what the reader reads.
      const count = Number(/^Pages:\s+(\d+)/m.exec((await run(pdfinfo, [scan])).stdout.toString('latin1'))?.[1] ?? 0);
      const pngs: string[] = [];
      for (let p = 1; p <= count; p++) {
        const base = join(dir, `${c.id}-p${p}`);
        await run(pdftoppm, ['-r', '200', '-gray', '-png', '-singlefile', '-f', String(p), '-l', String(p), scan, base]);
        pngs.push(`${base}.png`);
      }
      docs.push({ id: c.id, ref, pngs, c });
    }
    const pageCount = docs.reduce((n, d) => n + d.pngs.length, 0);
    console.log(`corpus: ${docs.length} documents, ${pageCount} scanned pages (1-bit at ${dpi} dpi, read at 200 dpi)`);

    const engines: (() => Promise<Engine | string>)[] = [
      async () => {
        if (!tesseract || !tools.ocrLanguages.length) return 'tesseract (Debian) skipped: tesseract-ocr not installed';
        const version = (await run(tesseract, ['--version'])).stdout.toString('utf8').split('\n')[0];
        const lang = tools.ocrLanguages[0];
        // runTool sets OMP_THREAD_LIMIT=1, as the reader runs it (normal priority here, as bench:evidence does).
        return { name: `${version} -l ${lang}`, read: async (png) => (await run(tesseract, [png, 'stdout', '-l', lang])).stdout.toString('utf8') };
      },
      () => tesseractJs(process.env.BENCH_OCR_TESSERACT_JS),
    ];
    const pct = (n: number, d: number) => (d ? `${((100 * n) / d).toFixed(0)} %` : '—');
    for (const make of engines) {
      const startedAt = performance.now();
      const engine = await make();
      if (typeof engine === 'string') {
        console.log(engine);
        continue;
      }
      const startMs = performance.now() - startedAt;
      const times: number[] = [];
      const tallies = new Map<string, Tally>();
      const bump = (key: string, k: keyof Tally) => {
        const t = tallies.get(key) ?? { tp: 0, fp: 0, fn: 0 };
        t[k]++;
        tallies.set(key, t);
      };
      let kindsRight = 0;
      let edits = 0;
      let chars = 0;
      const accuracies: number[] = [];
      for (const d of docs) {
        const texts: string[] = [];
        let ocrPages = 0;
        for (const png of d.pngs) {
          const t = performance.now();
          const read = await engine.read(png);
          times.push(performance.now() - t);
          // The scan has no text layer: extract.ts keeps the OCR text when it has more letters than nothing.
          if (letters(read) > 0) ocrPages++;
          texts.push(letters(read) > 0 ? tidy(read) : '');
        }
        const extracted: ExtractedEvidence = { source: ocrPages > 0 ? 'ocr' : 'text', text: texts.join('\n\f\n'), pages: d.pngs.length };
        const v = evaluate({ ...corpusInput(d.c), extracted });
        if (v.facts.kind === d.c.expected.kind) kindsRight++;
        const got = outcomes(v.checks);
        for (const check of CHECK_NAMES) {
          for (const o of ['failed', 'passed'] as const) {
            const want = d.c.expected.checks[check] === o;
            const have = got[check] === o;
            if (want && have) bump(`${check}|${o}`, 'tp');
            else if (have) bump(`${check}|${o}`, 'fp');
            else if (want) bump(`${check}|${o}`, 'fn');
          }
        }
        const distance = editDistance(d.ref, collapse(extracted.text));
        const length = [...d.ref].length;
        edits += distance;
        chars += length;
        accuracies.push(Math.max(0, 1 - distance / length));
      }
      await engine.done?.();
      const mean = accuracies.reduce((a, b) => a + b, 0) / accuracies.length;
      console.log(`\n${engine.name}${engine.done ? ` (worker started in ${(startMs / 1000).toFixed(1)} s)` : ''}`);
      console.log(`kind right: ${pct(kindsRight, docs.length)}`);
      console.log('check            failed P / R (n)        passed P / R (n)');
      for (const check of CHECK_NAMES) {
        const f = tallies.get(`${check}|failed`) ?? { tp: 0, fp: 0, fn: 0 };
        const p = tallies.get(`${check}|passed`) ?? { tp: 0, fp: 0, fn: 0 };
        if (f.tp + f.fp + f.fn + p.tp + p.fp + p.fn === 0) continue;
        const cell = (t: Tally) => `${pct(t.tp, t.tp + t.fp).padStart(5)} / ${pct(t.tp, t.tp + t.fn).padStart(5)} (${t.tp + t.fn})`.padEnd(24);
        console.log(`${check.padEnd(16)} ${cell(f)}${cell(p)}`);
      }
      console.log(
        `character accuracy: mean per document ${(100 * mean).toFixed(2)} %, all text ${(100 * (1 - edits / chars)).toFixed(2)} %, lowest ${(100 * Math.min(...accuracies)).toFixed(1)} %`,
      );
      console.log(`time per page: median ${(median(times) / 1000).toFixed(2)} s`);
    }
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

main().then(
  () => process.exit(0),
  (err) => {
    console.error(err);
    process.exit(1);
  },
);
