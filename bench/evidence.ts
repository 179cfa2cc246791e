// npm run bench:evidence — the evidence pre-check: precision and recall per check on the domain's corpus rendered
// as text PDFs and as scans, the time per page (text layer, OCR), and the API's p99 while a 50-page scan is read.
// BENCH_EVIDENCE_API=0 skips the API part; BENCH_EVIDENCE_SCANS=0 reads the text renderings only.
import { capabilitiesOf } from '../src/server/shared/evidence-check/capabilities';
import { findTools } from '../src/server/shared/evidence-check/tools';
import { accuracy } from './evidence-accuracy';
import { apiWhileReading } from './evidence-api';

async function main() {
  const tools = await findTools(process.env.INOVDA_EVIDENCE_TOOLS_PATH ?? process.env.PATH ?? '');
  const caps = capabilitiesOf(tools);
  console.log(`tools: ${JSON.stringify(caps)}; priority: ${tools.lowPriority.filter((w) => !w.startsWith('-') && !/^\d+$/.test(w)).join(' + ') || 'normal'}`);
  if (!caps.pdfText) throw new Error('pdftotext/pdfinfo not found: install poppler-utils');
  const scans = caps.ocr && process.env.BENCH_EVIDENCE_SCANS !== '0';
  const t = performance.now();
  // At normal priority here, so the time per page is the tools' work rather than the machine's other load; the
  // server runs them in the idle class (tools.ts), where a page waits for CPU the requests leave.
  const acc = await accuracy({ ...tools, lowPriority: [] }, scans ? ['text', 'scan'] : ['text']);
  for (const line of acc.lines) console.log(line);
  console.log(
    `time per page: text layer ${acc.msPerTextPage.toFixed(0)} ms, OCR ${Number.isNaN(acc.msPerOcrPage) ? '— (OCR not installed)' : `${acc.msPerOcrPage.toFixed(0)} ms`}`,
  );
  console.log(`(corpus read in ${((performance.now() - t) / 1000).toFixed(0)} s)`);
  if (process.env.BENCH_EVIDENCE_API === '0' || !caps.ocr) return;
  for (const line of await apiWhileReading()) console.log(line);
}

main().then(
  () => process.exit(0),
  (err) => {
    console.error(err);
    process.exit(1);
  },
);
