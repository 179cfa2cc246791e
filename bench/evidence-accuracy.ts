// The pre-check's accuracy on the domain's corpus read the way the server reads uploads: each document rendered into
// a PDF with a text layer and into a scanned PDF (page images), extracted (shared/evidence-check/extract.ts), then
// weighed (domain evaluate). Precision and recall per check, over the failed and the passed findings, and the time
// per page of the text layer and of OCR.
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { evaluate } from '../src/domain/evidence-check';
import { CHECK_NAMES, type CheckName, type ExtractedEvidence } from '../src/domain/evidence-check/types';
import { extract } from '../src/server/shared/evidence-check/extract';
import type { EvidenceTools } from '../src/server/shared/evidence-check/tools';
import { corpusInput, EVIDENCE_CORPUS, type EvidenceCase, type Outcome } from '../test/support/evidence-corpus';
import { mp4Lasting, scannedPdf, textPdf } from '../test/support/evidence-docs';

type Render = 'text' | 'scan';
interface Tally {
  tp: number;
  fp: number;
  fn: number;
}
const tally = (): Tally => ({ tp: 0, fp: 0, fn: 0 });

export function outcomes(checks: { check: CheckName; outcome: Outcome }[]): Partial<Record<CheckName, Outcome>> {
  const out: Partial<Record<CheckName, Outcome>> = {};
  for (const f of checks) {
    const prev = out[f.check];
    out[f.check] = prev === 'failed' || f.outcome === 'failed' ? 'failed' : prev === 'unknown' || f.outcome === 'unknown' ? 'unknown' : 'passed';
  }
  return out;
}

async function file(c: EvidenceCase, render: Render): Promise<{ bytes: Buffer; mime: string } | null> {
  if (c.render === 'video') return { bytes: mp4Lasting(c.videoSeconds ?? 0), mime: 'video/mp4' };
  if (c.render === 'none' || !c.text) return null;
  const pages = c.text.split('\f');
  return { bytes: render === 'text' ? await textPdf(pages) : await scannedPdf(pages), mime: 'application/pdf' };
}

export interface AccuracyReport {
  lines: string[];
  msPerTextPage: number;
  msPerOcrPage: number;
}

export async function accuracy(tools: EvidenceTools, renders: Render[]): Promise<AccuracyReport> {
  const dir = await mkdtemp(join(tmpdir(), 'inovda-bench-evidence-'));
  const tallies = new Map<string, Tally>();
  const bump = (key: string, k: keyof Tally) => {
    const t = tallies.get(key) ?? tally();
    t[k]++;
    tallies.set(key, t);
  };
  const time = { text: { ms: 0, pages: 0 }, ocr: { ms: 0, pages: 0 } };
  let kindsRight = 0;
  let documents = 0;
  try {
    for (const render of renders) {
      for (const c of EVIDENCE_CORPUS) {
        // A scanned rendering of a video or of what is already a scan's OCR text adds nothing new.
        if (render === 'scan' && c.render === 'video') continue;
        const made = await file(c, render);
        if (!made) continue;
        const path = join(dir, `${c.id}-${render}`);
        await writeFile(path, made.bytes);
        const t = performance.now();
        const read: ExtractedEvidence = await extract(path, made.mime, { tools, maxPages: 100, timeoutMs: 120_000, tempDir: dir });
        const ms = performance.now() - t;
        if (read.source === 'text') Object.assign(time.text, { ms: time.text.ms + ms, pages: time.text.pages + read.pages });
        if (read.source === 'ocr') Object.assign(time.ocr, { ms: time.ocr.ms + ms, pages: time.ocr.pages + read.pages });
        const v = evaluate({ ...corpusInput(c), extracted: read });
        documents++;
        if (v.facts.kind === c.expected.kind) kindsRight++;
        const got = outcomes(v.checks);
        for (const check of CHECK_NAMES) {
          for (const o of ['failed', 'passed'] as const) {
            const key = `${render}|${check}|${o}`;
            const want = c.expected.checks[check] === o;
            const have = got[check] === o;
            if (want && have) bump(key, 'tp');
            else if (have) bump(key, 'fp');
            else if (want) bump(key, 'fn');
          }
        }
      }
    }
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
  const pct = (n: number, d: number) => (d ? `${((100 * n) / d).toFixed(0)} %` : '—');
  const lines = [
    `documents read: ${documents}; kind right: ${pct(kindsRight, documents)}`,
    'render  check            failed P / R (n)        passed P / R (n)',
  ];
  for (const render of renders) {
    for (const check of CHECK_NAMES) {
      const f = tallies.get(`${render}|${check}|failed`) ?? tally();
      const p = tallies.get(`${render}|${check}|passed`) ?? tally();
      if (f.tp + f.fp + f.fn + p.tp + p.fp + p.fn === 0) continue;
      const cell = (t: Tally) => `${pct(t.tp, t.tp + t.fp).padStart(5)} / ${pct(t.tp, t.tp + t.fn).padStart(5)} (${t.tp + t.fn})`.padEnd(24);
      lines.push(`${render.padEnd(7)} ${check.padEnd(16)} ${cell(f)}${cell(p)}`);
    }
  }
  return {
    lines,
    msPerTextPage: time.text.pages ? time.text.ms / time.text.pages : Number.NaN,
    msPerOcrPage: time.ocr.pages ? time.ocr.ms / time.ocr.pages : Number.NaN,
  };
}
