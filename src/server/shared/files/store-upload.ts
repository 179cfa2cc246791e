// Uploaded files from multipart parts to stored content: sniffed, limited and hashed on the way (ingest), claimed
// and recorded once in stored_files, moved into the store under their hash (unused-files.ts says why in that
// order). A request's uploads are kept only if the request succeeds: when it fails after storing some (a klinik
// message refused for its text, a second attachment too large), the files nothing else uses are removed at once.
import { rm } from 'node:fs/promises';
import type { MultipartFile } from '@fastify/multipart';
import type { FastifyInstance } from 'fastify';
import { cleanFileName } from '../../../domain/evidence/file-rules';
import { AppError } from '../http/errors';
import { ingest } from './ingest';
import { claimFile, dropUnusedFiles, releaseClaims } from './unused-files';

export interface StoredUpload {
  sha256: string;
  name: string;
  mime: string;
  size: number;
}

/** Stores one part; returns it with its claim (released by withUploads). */
async function storeUpload(app: FastifyInstance, part: MultipartFile): Promise<StoredUpload & { claim: string }> {
  const file = await ingest(part.file, { incomingDir: app.storage.incomingDir, limits: app.config.uploadLimits });
  let claim: string | undefined;
  try {
    claim = await claimFile(app.db, { sha256: file.sha256, size: file.size, mime: file.mime });
    await app.storage.adopt(file.tempPath, file.sha256, file.mime);
  } catch (e) {
    app.log.error(e, 'storing an upload failed');
    await rm(file.tempPath, { force: true });
    // Its stored_files row, if written, is unused and goes with the periodic sweep.
    if (claim) await releaseClaims(app.db, [claim]).catch(() => {});
    throw new AppError(503, 'upload_interrupted');
  }
  return { sha256: file.sha256, name: cleanFileName(part.filename, file.kind), mime: file.mime, size: file.size, claim };
}

/**
 * Runs `work`, which stores the request's files with `store` and writes the rows that use them. Afterwards the
 * uploads' claims are released; if `work` failed, the files it stored that nothing else uses are removed.
 */
export async function withUploads<T>(app: FastifyInstance, work: (store: (part: MultipartFile) => Promise<StoredUpload>) => Promise<T>): Promise<T> {
  const stored: (StoredUpload & { claim: string })[] = [];
  const store = async (part: MultipartFile) => {
    const upload = await storeUpload(app, part);
    stored.push(upload);
    const { claim: _claim, ...rest } = upload;
    return rest;
  };
  try {
    const result = await work(store);
    await releaseClaims(
      app.db,
      stored.map((u) => u.claim),
    );
    return result;
  } catch (e) {
    try {
      await releaseClaims(
        app.db,
        stored.map((u) => u.claim),
      );
      await dropUnusedFiles(app.db, app.storage, { only: stored.map((u) => u.sha256) });
    } catch (cleanup) {
      // The periodic sweep removes them later; the request's own error is what the user needs.
      app.log.error(cleanup, 'removing the files of a refused request failed');
    }
    throw e;
  }
}
