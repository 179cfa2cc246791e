// One reading: claim a queued evidence item, copy its file from the store to a temp file, extract its text
// (extract.ts) with progress and a heartbeat, store the reading. Errors are recorded on the row, never thrown
// into the worker's loop.
import { randomUUID } from 'node:crypto';
import { createWriteStream } from 'node:fs';
import { mkdir, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { pipeline } from 'node:stream/promises';
import type { FastifyBaseLogger } from 'fastify';
import type { EvidenceCheckConfig } from '../../config';
import type { Db } from '../../db/client';
import type { BlobStore } from '../../plugins/storage';
import { extract } from './extract';
import { type Claimed, claimNext, fail, finish, HEARTBEAT_MS, heartbeat, release } from './queue';
import type { EvidenceTools } from './tools';

export interface ReaderDeps {
  db: Db;
  storage: BlobStore;
  log: FastifyBaseLogger;
  config: EvidenceCheckConfig;
  tools: () => Promise<EvidenceTools>;
}

async function toTempFile(storage: BlobStore, sha256: string): Promise<string> {
  await mkdir(storage.incomingDir, { recursive: true });
  const path = join(storage.incomingDir, `evidence-read-${randomUUID()}.part`);
  try {
    await pipeline(await storage.read(sha256), createWriteStream(path));
  } catch (e) {
    await rm(path, { force: true });
    throw e;
  }
  return path;
}

async function read(deps: ReaderDeps, c: Claimed, signal: AbortSignal) {
  if (c.kind === 'link' || !c.fileSha256) return { source: 'none' as const, text: '', pages: 0, unreadable: 'link' as const };
  const path = await toTempFile(deps.storage, c.fileSha256);
  try {
    return await extract(path, c.mime ?? 'application/octet-stream', {
      tools: await deps.tools(),
      maxPages: deps.config.maxPages,
      timeoutMs: deps.config.toolTimeoutMs,
      tempDir: deps.storage.incomingDir,
      signal,
      onProgress: (done, total) => heartbeat(deps.db, c, { done, total }),
    });
  } finally {
    await rm(path, { force: true });
  }
}

/** Reads the next queued evidence item, if any; returns whether there was one. */
export async function readNext(deps: ReaderDeps, signal: AbortSignal): Promise<boolean> {
  const c = await claimNext(deps.db);
  if (!c) return false;
  // The heartbeat also runs between progress steps: one page's OCR may take longer than the stale limit's share.
  const beat = setInterval(() => void heartbeat(deps.db, c).catch(() => {}), HEARTBEAT_MS);
  beat.unref();
  try {
    const reading = await read(deps, c, signal);
    await finish(deps.db, c, reading);
  } catch (err) {
    if (signal.aborted) await release(deps.db, c).catch(() => {});
    else {
      deps.log.warn({ err, evidence: c.evidenceId, attempt: c.attempt }, 'evidence reading failed');
      await fail(deps.db, c, err instanceof Error ? err.message : String(err)).catch(() => {});
    }
  } finally {
    clearInterval(beat);
  }
  return true;
}
