// Streams a stored file to the browser with safe headers: its real type, inline (preview) or as a download,
// never sniffed by the browser into something else, cached privately (content never changes under a hash).
// Generated downloads (recap, report) are written whole to a temp file first and sent only when complete.
import { createReadStream } from 'node:fs';
import { rm } from 'node:fs/promises';
import type { FastifyReply } from 'fastify';
import { allowFramingBySelf } from '../../plugins/security-headers';
import type { BlobStore } from '../../plugins/storage';

export async function sendStored(reply: FastifyReply, store: BlobStore, file: { sha256: string; name: string; mime: string; size: number }, download: boolean) {
  const disposition = download ? 'attachment' : 'inline';
  reply
    .header('content-type', file.mime)
    .header('content-length', String(file.size))
    .header('content-disposition', `${disposition}; filename="${file.name.replace(/[^\x20-\x7e]|"/g, '_')}"; filename*=UTF-8''${encodeURIComponent(file.name)}`)
    .header('x-content-type-options', 'nosniff')
    .header('cache-control', 'private, max-age=86400');
  if (!download) allowFramingBySelf(reply);
  return reply.send(await store.read(file.sha256));
}

/** Runs `write` to produce `temp`; on failure the temp file is removed and the error goes on — a failure
 * midway is an error response, never a truncated file. */
export async function writeWhole(temp: string, write: () => Promise<void>) {
  try {
    await write();
  } catch (e) {
    await rm(temp, { force: true });
    throw e;
  }
}

/** Sends a finished temp file as a download, not cached, and removes it once sent. */
export function sendTemp(reply: FastifyReply, temp: string, mime: string, fileName: string) {
  const file = createReadStream(temp);
  file.on('close', () => void rm(temp, { force: true }));
  return reply.header('content-type', mime).header('content-disposition', `attachment; filename="${fileName}"`).header('cache-control', 'no-store').send(file);
}
