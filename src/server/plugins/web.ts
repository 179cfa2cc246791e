// Serves the built web app (dist/web) and answers unknown non-API paths with index.html for client routing.
// These are open to anyone: what the pages show comes from the API, which checks every request.
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import fastifyStatic from '@fastify/static';
import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';
import { publicRoutes } from './access';

export const WEB_DIST = resolve(import.meta.dirname ?? '.', '../../../dist/web');

export default fp(async function webPlugin(app: FastifyInstance) {
  if (!existsSync(resolve(WEB_DIST, 'index.html'))) {
    app.log.warn(`web app not built (${WEB_DIST}); run "npm run build"`);
    return;
  }
  await app.register(publicRoutes(serveWeb));
});

async function serveWeb(app: FastifyInstance) {
  await app.register(fastifyStatic, {
    root: WEB_DIST,
    wildcard: false,
    index: false,
    // Hashed asset names never change; index.html must always be fresh.
    setHeaders: (res, path) => {
      res.setHeader('Cache-Control', path.includes('/assets/') ? 'public, max-age=31536000, immutable' : 'no-cache');
    },
  });
  app.get('/*', { config: { permission: 'public' }, schema: { hide: true } }, async (request, reply) => {
    const path = request.url.split('?')[0];
    if (path.startsWith('/api/')) return reply.callNotFound();
    const file = resolve(WEB_DIST, `.${decodeURIComponent(path)}`);
    if (path !== '/' && file.startsWith(WEB_DIST) && existsSync(file)) return reply.sendFile(path.slice(1));
    reply.header('Cache-Control', 'no-cache');
    return reply.sendFile('index.html');
  });
}
