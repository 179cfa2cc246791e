// Reads one evidence file into text for the domain's pre-check: a PDF's text layer page by page (pdftotext),
// pages with almost no text rendered and read by OCR (pdftoppm + tesseract, Indonesian model), images by OCR,
// videos by their container's length. Progress is told per page; at most maxPages pages are read.
import { randomUUID } from 'node:crypto';
import { rm } from 'node:fs/promises';
import { join } from 'node:path';
import type { ExtractedEvidence } from '../../../domain/evidence-check/types';
import { canOcrPdf } from './capabilities';
import { type EvidenceTools, runTool } from './tools';
import { videoSecondsOfFile } from './video-length';

export interface ExtractOptions {
  tools: EvidenceTools;
  maxPages: number;
  timeoutMs: number;
  /** A folder for rendered pages (the incoming folder; each file is removed at once). */
  tempDir: string;
  onProgress?: (done: number, total: number) => Promise<void> | void;
  signal?: AbortSignal;
}

/** A page with fewer letters than this in its text layer is a scan (or a photo) and goes to OCR. */
const MIN_LETTERS = 40;
const letters = (text: string) => (text.match(/\p{L}/gu) ?? []).length;

const VIDEO_MIMES = new Set(['video/mp4', 'video/quicktime', 'video/x-m4v']);
const IMAGE_MIMES = new Set(['image/jpeg', 'image/png']);

export async function extract(path: string, mime: string, opts: ExtractOptions): Promise<ExtractedEvidence> {
  if (mime === 'application/pdf') return extractPdf(path, opts);
  if (IMAGE_MIMES.has(mime)) return extractImage(path, opts);
  if (VIDEO_MIMES.has(mime)) {
    const seconds = await videoSecondsOfFile(path);
    await opts.onProgress?.(1, 1);
    return seconds === null ? { source: 'none', text: '', pages: 0, unreadable: 'unreadable' } : { source: 'video', text: '', pages: 0, videoSeconds: seconds };
  }
  return { source: 'none', text: '', pages: 0, unreadable: 'unsupported_type' };
}

const ocrLanguage = (tools: EvidenceTools) => tools.ocrLanguages[0] ?? 'eng';

async function ocr(image: string, opts: ExtractOptions): Promise<string> {
  const { tools } = opts;
  if (!tools.tesseract) throw new Error('no tesseract');
  const { stdout } = await runTool(tools, tools.tesseract, [image, 'stdout', '-l', ocrLanguage(tools)], { timeoutMs: opts.timeoutMs, signal: opts.signal });
  return stdout.toString('utf8');
}

async function extractImage(path: string, opts: ExtractOptions): Promise<ExtractedEvidence> {
  if (!opts.tools.tesseract || !opts.tools.ocrLanguages.length) return { source: 'none', text: '', pages: 1, unreadable: 'ocr_unavailable' };
  await opts.onProgress?.(0, 1);
  const text = await ocr(path, opts);
  await opts.onProgress?.(1, 1);
  return { source: 'ocr', text: tidy(text), pages: 1 };
}

async function pageCount(path: string, opts: ExtractOptions): Promise<number | null> {
  if (!opts.tools.pdfinfo) return null;
  const { stdout } = await runTool(opts.tools, opts.tools.pdfinfo, [path], { timeoutMs: opts.timeoutMs, signal: opts.signal });
  const m = /^Pages:\s+(\d+)/m.exec(stdout.toString('latin1'));
  return m ? Number(m[1]) : null;
}

async function pageText(path: string, page: number, opts: ExtractOptions): Promise<string> {
  const { tools } = opts;
  if (!tools.pdftotext) return '';
  const args = ['-layout', '-enc', 'UTF-8', '-f', String(page), '-l', String(page), path, '-'];
  const { stdout } = await runTool(tools, tools.pdftotext, args, { timeoutMs: opts.timeoutMs, signal: opts.signal });
  return stdout.toString('utf8');
}

async function pageOcr(path: string, page: number, opts: ExtractOptions): Promise<string> {
  const { tools } = opts;
  if (!tools.pdftoppm) throw new Error('no pdftoppm');
  const base = join(opts.tempDir, `evidence-page-${randomUUID()}`);
  try {
    const args = ['-r', '200', '-gray', '-png', '-singlefile', '-f', String(page), '-l', String(page), path, base];
    await runTool(tools, tools.pdftoppm, args, { timeoutMs: opts.timeoutMs, signal: opts.signal });
    return await ocr(`${base}.png`, opts);
  } finally {
    await rm(`${base}.png`, { force: true });
  }
}

async function extractPdf(path: string, opts: ExtractOptions): Promise<ExtractedEvidence> {
  const pages = await pageCount(path, opts).catch(() => null);
  if (pages === null) {
    // Without pdfinfo nothing is read (not for want of OCR: a text PDF is no scan); with it, a PDF it cannot open is broken.
    if (!opts.tools.pdfinfo || !opts.tools.pdftotext) return { source: 'none', text: '', pages: 0, unreadable: 'pdf_reader_unavailable' };
    return { source: 'none', text: '', pages: 0, unreadable: 'unreadable' };
  }
  const total = Math.min(pages, opts.maxPages);
  const canOcr = canOcrPdf(opts.tools);
  const texts: string[] = [];
  let ocrPages = 0;
  let scansUnread = 0;
  await opts.onProgress?.(0, total);
  for (let page = 1; page <= total; page++) {
    let text = await pageText(path, page, opts);
    if (letters(text) < MIN_LETTERS) {
      if (canOcr) {
        const read = await pageOcr(path, page, opts);
        if (letters(read) > letters(text)) {
          text = read;
          ocrPages++;
        }
      } else scansUnread++;
    }
    texts.push(tidy(text));
    await opts.onProgress?.(page, total);
  }
  const text = texts.join('\n\f\n');
  if (letters(text) === 0 && scansUnread > 0) return { source: 'none', text: '', pages, unreadable: 'ocr_unavailable' };
  return { source: ocrPages > 0 ? 'ocr' : 'text', text, pages };
}

/** Layout spaces kept within a line (tables read better), trailing ones and runs of blank lines dropped. */
function tidy(text: string): string {
  return text
    .replace(/\r/g, '')
    .replace(/[ \t]+$/gm, '')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}
