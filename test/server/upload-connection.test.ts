// A refused oversize upload over a real socket: the client gets the 413 with its message, and the connection
// it came on does not hang — the next request on the same keep-alive agent is answered at once (on a new socket
// when the server closed the old one).
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { call, createTestApp, login, openPeriod2026, type TestContext } from '../support/app';
import { mp4, pdf } from '../support/files';

const MIB = 1024 * 1024;
let ctx: TestContext;
let port: number;
let cookie: string;
let entryId: string;
const agent = new http.Agent({ keepAlive: true, maxSockets: 1 });

beforeAll(async () => {
  ctx = await createTestApp({ uploadLimits: { pdf: 1 * MIB, jpg: 1 * MIB, png: 1 * MIB, mp4: 2 * MIB } });
  await ctx.app.listen({ port: 0, host: '127.0.0.1' });
  port = (ctx.app.server.address() as AddressInfo).port;
  await openPeriod2026(ctx.app, await login(ctx.app, 'admin'));
  cookie = await login(ctx.app, 'operator.dinkes');
  entryId = (await call(ctx.app, cookie, 'POST', '/api/innovations', { name: 'Unggahan Terlalu Besar' })).json().id;
});
afterAll(async () => {
  agent.destroy();
  await ctx?.close();
});

interface Answer {
  status: number;
  headers: http.IncomingHttpHeaders;
  body: string;
  socket: unknown;
}

/** One request on the shared agent; the body is written in chunks, as a browser sends a large file. */
function send(method: string, path: string, headers: Record<string, string | number>, body?: Buffer): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const req = http.request({ host: '127.0.0.1', port, method, path, agent, headers: { cookie, 'x-requested-with': 'test', ...headers } }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks).toString('utf8'), socket: req.socket }));
      res.on('error', reject);
    });
    // The server may close while the rest of the body is still on its way: that is the point, not a failure.
    req.on('error', (e) => (req.writableEnded ? undefined : reject(e)));
    if (!body) return void req.end();
    let offset = 0;
    const pump = () => {
      while (offset < body.length) {
        const chunk = body.subarray(offset, offset + 64 * 1024);
        offset += chunk.length;
        if (!req.write(chunk)) return void req.once('drain', pump);
      }
      req.end();
    };
    req.on('socket', () => pump());
  });
}

function multipart(name: string, bytes: Buffer) {
  const boundary = 'inovda-test-boundary';
  const head = Buffer.from(
    `--${boundary}\r\ncontent-disposition: form-data; name="file"; filename="${name}"\r\ncontent-type: application/octet-stream\r\n\r\n`,
  );
  const tail = Buffer.from(`\r\n--${boundary}--\r\n`);
  const body = Buffer.concat([head, bytes, tail]);
  return { body, headers: { 'content-type': `multipart/form-data; boundary=${boundary}`, 'content-length': body.length } };
}

const withinOneSecond = <T>(p: Promise<T>) =>
  Promise.race([p, new Promise<never>((_, reject) => setTimeout(() => reject(new Error('no answer within 1 s')), 1000))]);

describe('a refused upload on a keep-alive connection', () => {
  it('answers 413 with the message and closes the connection; the next request is answered at once', async () => {
    const form = multipart('besar.pdf', Buffer.concat([pdf('besar'), Buffer.alloc(6 * MIB, 0x20)]));
    const refused = await send('POST', `/api/evidence/files?entryId=${entryId}&code=16`, form.headers, form.body);
    expect(refused.status).toBe(413);
    expect(refused.headers.connection).toBe('close');
    expect(JSON.parse(refused.body).error.fields.file).toBe('Berkas PDF terlalu besar; maksimal 1 MB.');

    const next = await withinOneSecond(send('GET', '/api/auth/me', {}));
    expect(next.status).toBe(200);
    expect(next.socket).not.toBe(refused.socket);
  });

  it('does the same for an upload refused before a byte of it is read', async () => {
    const form = multipart('bukti.mp4', mp4(8 * MIB));
    const refused = await send('POST', `/api/evidence/files?entryId=00000000-0000-4000-8000-000000000000&code=16`, form.headers, form.body);
    expect(refused.status).toBe(404);
    expect(refused.headers.connection).toBe('close');
    const next = await withinOneSecond(send('GET', '/api/auth/me', {}));
    expect(next.status).toBe(200);
  });

  it('keeps the connection of an accepted upload open for the next request', async () => {
    const form = multipart('kecil.pdf', pdf('kecil'));
    const accepted = await send('POST', `/api/evidence/files?entryId=${entryId}&code=17`, form.headers, form.body);
    expect(accepted.status).toBe(201);
    expect(accepted.headers.connection).toBe('keep-alive');
    const next = await withinOneSecond(send('GET', '/api/auth/me', {}));
    expect(next.socket).toBe(accepted.socket);
  });
});
