// Serves the built web app (dist/web) and answers unknown non-API paths with index.html for client routing.
// These are open to anyone: what the pages show comes from the API, which checks every request.
// Each file is sent as the brotli or gzip copy made at build time (scripts/precompress.ts) when the browser
// accepts it — slow links get a fraction of the bytes and the server compresses nothing per request.
import { existsSync } from 'node:fs';
import { resolve, sep } from 'node:path';
import fastifyStatic from '@fastify/static';
import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';
import { publicRoutes } from './access';

export const WEB_DIST = resolve(import.meta.dirname ?? '.', '../../../dist/web');

/** The compressed copies beside each file: sent in its place, never as files of their own. */
const isCompressedCopy = (path: string) => path.endsWith('.br') || path.endsWith('.gz');

export default fp(async function webPlugin(app: FastifyInstance, opts: { root?: string }) {
  const root = opts.root ?? WEB_DIST;
  if (!existsSync(resolve(root, 'index.html'))) {
    app.log.warn(`web app not built (${root}); run "npm run build"`);
    return;
  }
  await app.register(publicRoutes((scope) => serveWeb(scope, root)));
});

async function serveWeb(app: FastifyInstance, root: string) {
  const assets = resolve(root, 'assets') + sep;
  await app.register(fastifyStatic, {
    root,
    wildcard: false,
    index: false,
    preCompressed: true,
    globIgnore: ['**/*.br', '**/*.gz'],
    // The headers are set here: with its own on, the plugin would overwrite this Cache-Control.
    cacheControl: false,
    // Hashed asset names never change; index.html must always be fresh. The same URL has several encodings.
    setHeaders: (res, path) => {
      res.setHeader('Cache-Control', path.startsWith(assets) ? 'public, max-age=31536000, immutable' : 'no-cache');
      res.setHeader('Vary', 'Accept-Encoding');
    },
  });
  app.get('/*', { config: { permission: 'public', scope: { kind: 'none' } }, schema: { hide: true } }, async (request, reply) => {
    const path = request.url.split('?')[0];
    if (path.startsWith('/api/')) return reply.callNotFound();
    const file = resolve(root, `.${decodeURIComponent(path)}`);
    if (path !== '/' && file.startsWith(root) && !isCompressedCopy(path) && existsSync(file)) return reply.sendFile(path.slice(1));
    return reply.sendFile('index.html');
  });
}
