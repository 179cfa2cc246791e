// Multipart uploads: files arrive as streams (never buffered whole); one file per request, bounded by the
// largest per-type limit so an oversize body is cut off early. The exact per-type limit is checked in ingest.
import multipart from '@fastify/multipart';
import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';
import { largestLimit } from '../../domain/evidence/file-rules';

export default fp(async function uploadsPlugin(app: FastifyInstance) {
  await app.register(multipart, {
    limits: { files: 5, fields: 10, fieldSize: 10_000, fileSize: largestLimit(app.config.uploadLimits) + 1, parts: 20 },
  });
});
