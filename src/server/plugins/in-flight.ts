// Closing the app waits for the handlers still running. Fastify's close waits for the connections, not the
// handlers: a client that hangs up mid-request (a load test stopping, a browser tab closed) frees its connection
// while its handler still has statements to run, and closing the database under it would fail them ("Cannot use a
// pool after calling end"). Registered after the database plugin, so its hook runs before the database closes
// (onClose hooks run last-registered first, the HTTP server's own before all of them).
import type { FastifyInstance, FastifyRequest } from 'fastify';
import fp from 'fastify-plugin';

/** Longer than any handler should take; the process's own shutdown deadline (main.ts) is the last resort. */
const DRAIN_MS = 8_000;

export default fp(async function inFlight(app: FastifyInstance) {
  const running = new Set<FastifyRequest>();
  let drained: (() => void) | null = null;
  const done = (request: FastifyRequest) => {
    if (running.delete(request) && running.size === 0) drained?.();
  };
  app.addHook('onRequest', async (request) => {
    running.add(request);
  });
  // onSend: the handler has its answer (or its error's) — whether or not the client is still there to get it.
  app.addHook('onSend', async (request) => done(request));
  app.addHook('onResponse', async (request) => done(request));
  app.addHook('onClose', async () => {
    if (running.size === 0) return;
    app.log.info({ requests: running.size }, 'waiting for requests in progress');
    await new Promise<void>((resolve) => {
      drained = resolve;
      setTimeout(resolve, DRAIN_MS).unref();
    });
  });
});
