// API replies on slow links: JSON and text over 1 KB go brotli- or gzip-compressed by the client's
// Accept-Encoding. Files (evidence, spreadsheets, PDFs, archives, images) are already compressed or must go
// byte for byte, so only JSON and text types are touched; partial (Range) replies never are. The web app's
// own files are compressed once at build time instead (plugins/web.ts), so this covers the API scope only.
import compress from '@fastify/compress';
import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';

const JSON_OR_TEXT = /^text\/(?!event-stream)|[/+]json(?:;|$)/;

export default fp(async function compressionPlugin(app: FastifyInstance) {
  await app.register(compress, {
    threshold: 1024,
    encodings: ['br', 'gzip'],
    customTypes: JSON_OR_TEXT,
    // Replies only: request bodies stay as sent (and within the body limit as sent).
    globalDecompression: false,
  });
});
