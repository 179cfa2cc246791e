// Closing the app waits for a handler whose client hung up (plugins/in-flight.ts): the database (here a stand-in
// closed by an onClose hook registered before, as plugins/database.ts is) closes only after the handler is done.
import { request } from 'node:http';
import Fastify from 'fastify';
import fp from 'fastify-plugin';
import { describe, expect, it } from 'vitest';
import inFlight from '../../src/server/plugins/in-flight';

async function appWith(drain: boolean) {
  const app = Fastify();
  const seen: string[] = [];
  let databaseOpen = true;
  await app.register(
    fp(async (a) => {
      a.addHook('onClose', async () => {
        databaseOpen = false;
      });
    }),
  );
  if (drain) await app.register(inFlight);
  let started: () => void = () => {};
  const handlerStarted = new Promise<void>((r) => {
    started = r;
  });
  app.get('/slow', async () => {
    started();
    await new Promise((r) => setTimeout(r, 300));
    // The handler's next statement, after its client is gone.
    seen.push(databaseOpen ? 'database open' : 'database closed');
    return { ok: true };
  });
  await app.listen({ port: 0, host: '127.0.0.1' });
  const { port } = app.server.address() as { port: number };
  const req = request({ host: '127.0.0.1', port, path: '/slow' });
  req.on('error', () => {});
  req.end();
  await handlerStarted;
  req.destroy();
  await new Promise((r) => setTimeout(r, 20));
  await app.close();
  await new Promise((r) => setTimeout(r, 400));
  return seen;
}

describe('closing the app', () => {
  it('waits for a handler whose client hung up before closing the database', async () => {
    expect(await appWith(true)).toEqual(['database open']);
  });
  it('(without the wait, the database closes under it)', async () => {
    expect(await appWith(false)).toEqual(['database closed']);
  });
});
