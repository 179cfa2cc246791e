// One uploaded file from a multipart part to stored content: sniffed, limited and hashed on the way
// (ingest), moved into the store under its hash, and recorded once in stored_files.
import type { MultipartFile } from '@fastify/multipart';
import type { FastifyInstance } from 'fastify';
import { cleanFileName } from '../../../domain/evidence/file-rules';
import { storedFiles } from '../../db/schema';
import { AppError } from '../http/errors';
import { ingest } from './ingest';

export interface StoredUpload {
  sha256: string;
  name: string;
  mime: string;
  size: number;
}

export async function storeUpload(app: FastifyInstance, part: MultipartFile): Promise<StoredUpload> {
  const file = await ingest(part.file, { incomingDir: app.storage.incomingDir, limits: app.config.uploadLimits });
  try {
    await app.storage.adopt(file.tempPath, file.sha256, file.mime);
  } catch (e) {
    app.log.error(e, 'storing an upload failed');
    throw new AppError(503, 'upload_interrupted');
  }
  await app.db.insert(storedFiles).values({ sha256: file.sha256, size: file.size, mime: file.mime }).onConflictDoNothing();
  return { sha256: file.sha256, name: cleanFileName(part.filename, file.kind), mime: file.mime, size: file.size };
}
