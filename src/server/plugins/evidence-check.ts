// The evidence pre-check's reader on this instance (shared/evidence-check): finds the reading tools once, reads
// queued evidence one document at a time in the background (unless INOVDA_EVIDENCE_WORKER=off) and stops cleanly
// when the app closes (a reading cut short is queued again for another instance or the next start).
import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';
import type { CheckCapabilities } from '../../contract/evidence-check';
import { capabilitiesOf } from '../shared/evidence-check/capabilities';
import { requeueUnreadScans, type UnreadFor } from '../shared/evidence-check/queue';
import { readNext } from '../shared/evidence-check/reader';
import { type EvidenceTools, findTools } from '../shared/evidence-check/tools';

export interface EvidenceCheckService {
  tools(): Promise<EvidenceTools>;
  capabilities(): Promise<CheckCapabilities>;
  /** Reads queued evidence until none is left (or `max` readings); returns how many were read. Tests call it. */
  runPending(max?: number): Promise<number>;
}

declare module 'fastify' {
  interface FastifyInstance {
    evidenceChecks: EvidenceCheckService;
  }
}

async function evidenceCheck(app: FastifyInstance) {
  const config = app.config.evidenceCheck;
  let found: Promise<EvidenceTools> | undefined;
  const tools = () => {
    found ??= findTools(config.toolsPath).catch((err) => {
      app.log.warn({ err }, 'evidence reading tools not found');
      return { pdfinfo: null, pdftotext: null, pdftoppm: null, tesseract: null, ocrLanguages: [], lowPriority: [] };
    });
    return found;
  };
  const stop = new AbortController();
  const deps = { db: app.db, storage: app.storage, log: app.log, config, tools };
  // One document at a time per instance: the loop and runPending share this chain.
  let chain: Promise<unknown> = Promise.resolve();
  const serial = <T>(work: () => Promise<T>): Promise<T> => {
    const next = chain.then(work, work);
    chain = next.catch(() => {});
    return next;
  };

  const service: EvidenceCheckService = {
    tools,
    capabilities: async () => capabilitiesOf(await tools()),
    runPending: (max = Number.POSITIVE_INFINITY) =>
      serial(async () => {
        let n = 0;
        while (n < max && !stop.signal.aborted && (await readNext(deps, stop.signal))) n++;
        return n;
      }),
  };
  app.decorate('evidenceChecks', service);

  let timer: NodeJS.Timeout | undefined;
  if (config.worker) {
    const tick = () => {
      void service
        .runPending()
        .catch((err) => app.log.error({ err }, 'evidence reader'))
        .finally(() => {
          if (!stop.signal.aborted) timer = setTimeout(tick, config.pollMs).unref();
        });
    };
    app.addHook('onReady', async () => {
      timer = setTimeout(tick, config.pollMs).unref();
      // Not awaited: finding the tools must not hold up the start.
      void service
        .capabilities()
        .then(async (caps) => {
          const reasons: UnreadFor[] = caps.pdfText ? (caps.ocr ? ['pdf_reader_unavailable', 'ocr_unavailable'] : ['pdf_reader_unavailable']) : [];
          // Said once at start, for whoever runs the server; users are told on the upload forms.
          if (!caps.pdfText || !caps.ocr)
            app.log.warn(
              { capabilities: caps },
              `evidence pre-check: ${caps.pdfText ? 'no OCR (tesseract)' : 'no PDF reader (poppler-utils)'} found; such files are kept but not read`,
            );
          const n = await requeueUnreadScans(app.db, reasons);
          if (n) app.log.info({ evidence: n }, 'reading tools are available now: files left unread are read again');
        })
        .catch((err) => app.log.warn({ err }, 'evidence reader start'));
    });
  }
  // Stopped before anything else closes (preClose, not onClose): other close hooks may wait, and a reading left
  // running meanwhile would finish instead of going back to the queue for another instance.
  app.addHook('preClose', (done) => {
    stop.abort();
    if (timer) clearTimeout(timer);
    done();
  });
  app.addHook('onClose', async () => {
    await chain;
  });
}

export default fp(evidenceCheck);
