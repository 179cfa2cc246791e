// Streams a stored file to the browser with safe headers: its real type, inline (preview) or as a download,
// never sniffed by the browser into something else, cached privately (content never changes under a hash).
import type { FastifyReply } from 'fastify';
import type { BlobStore } from '../plugins/storage';

export async function sendStored(reply: FastifyReply, store: BlobStore, file: { sha256: string; name: string; mime: string; size: number }, download: boolean) {
  const disposition = download ? 'attachment' : 'inline';
  reply
    .header('content-type', file.mime)
    .header('content-length', String(file.size))
    .header('content-disposition', `${disposition}; filename="${file.name.replace(/[^\x20-\x7e]|"/g, '_')}"; filename*=UTF-8''${encodeURIComponent(file.name)}`)
    .header('x-content-type-options', 'nosniff')
    .header('cache-control', 'private, max-age=86400');
  return reply.send(await store.read(file.sha256));
}
