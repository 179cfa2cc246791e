// Receives one uploaded file as a stream: decides its type from the first bytes, enforces the size limit
// of that type, hashes it and writes it to a temp file — never holding it whole in memory. On any failure
// (wrong type, too big, connection dropped) the temp file is removed, so nothing partial remains.

import { createHash, randomUUID } from 'node:crypto';
import { once } from 'node:events';
import { createWriteStream } from 'node:fs';
import { rm } from 'node:fs/promises';
import { join } from 'node:path';
import type { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { fileTypeFromBuffer } from 'file-type';
import { type FileKind, kindOf, MIME_OF, type SizeLimits } from '../../../domain/evidence/file-rules';
import { AppError, fieldError } from '../http/errors';
import { UPLOAD_IDLE_MS } from './temp-files';

/** file-type needs at most this many leading bytes to recognise the formats Inovda accepts. */
const SNIFF_BYTES = 4100;

export interface Ingested {
  tempPath: string;
  sha256: string;
  size: number;
  kind: FileKind;
  mime: string;
}

const MIB = 1024 * 1024;

/** 413, with the limit on the file field as for any other refusal of the file. */
function tooLarge(kind: string, limit: number): AppError {
  const params = { kind, maxMb: Math.floor(limit / MIB) };
  return new AppError(413, 'file_too_large', params, { file: { code: 'file_too_large', params } });
}

export interface IngestOptions {
  incomingDir: string;
  limits: SizeLimits;
  /** Cut the upload off when nothing arrives for this long (default UPLOAD_IDLE_MS: the temp sweep relies on it). */
  idleMs?: number;
}

export async function ingest(source: Readable, opts: IngestOptions): Promise<Ingested> {
  const tempPath = join(opts.incomingDir, `${randomUUID()}.part`);
  const hash = createHash('sha256');
  let size = 0;
  let kind: FileKind | null = null;
  const idle = new AbortController();
  const idleMs = opts.idleMs ?? UPLOAD_IDLE_MS;
  const timer = setTimeout(() => idle.abort(), idleMs);
  const alive = () => timer.refresh();

  async function decide(head: Buffer) {
    kind = kindOf(await fileTypeFromBuffer(head));
    if (!kind) throw fieldError({ file: 'file_type_not_allowed' });
  }

  function count(chunk: Buffer) {
    size += chunk.length;
    const limit = opts.limits[kind as FileKind];
    if (size > limit) throw tooLarge((kind as string).toUpperCase(), limit);
    hash.update(chunk);
  }

  async function* sniffAndLimit(chunks: AsyncIterable<Buffer>) {
    let head: Buffer[] = [];
    let headSize = 0;
    for await (const chunk of chunks) {
      alive();
      if (kind) {
        count(chunk);
        yield chunk;
        continue;
      }
      head.push(chunk);
      headSize += chunk.length;
      if (headSize >= SNIFF_BYTES) {
        const buf = Buffer.concat(head);
        head = [];
        await decide(buf);
        count(buf);
        yield buf;
      }
    }
    if (!kind) {
      const buf = Buffer.concat(head);
      if (buf.length === 0) throw fieldError({ file: 'file_empty' });
      await decide(buf);
      count(buf);
      yield buf;
    }
  }

  const out = createWriteStream(tempPath);
  try {
    await pipeline(source, sniffAndLimit, out, { signal: idle.signal });
  } catch (e) {
    // A refusal can come before the file is even opened: wait until the stream has opened and closed it, or the
    // open would create it after the removal and leave an empty .part behind (seen on a loaded machine).
    if (!out.closed) await once(out, 'close').catch(() => undefined);
    await rm(tempPath, { force: true });
    // The multipart parser stops a file at the largest limit of all types.
    if ((e as { code?: string }).code === 'FST_REQ_FILE_TOO_LARGE') throw tooLarge('file', Math.max(...Object.values(opts.limits)));
    if (e instanceof AppError) throw e;
    throw new AppError(400, 'upload_interrupted');
  } finally {
    clearTimeout(timer);
  }
  const finalKind = kind as unknown as FileKind;
  return { tempPath, sha256: hash.digest('hex'), size, kind: finalKind, mime: MIME_OF[finalKind] };
}
