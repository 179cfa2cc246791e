// The web app's files on slow links: compressed once at build time (brotli and gzip beside each file) and
// served by what the browser accepts, with the cache rules kept — hashed assets immutable, index.html
// revalidated — and `Vary: Accept-Encoding` so a shared cache never hands brotli to a browser without it.
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import Fastify, { type FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { precompress } from '../../scripts/precompress';
import access from '../../src/server/plugins/access';
import web from '../../src/server/plugins/web';

const ASSET = 'assets/index-Ab12Cd34.js';
const TINY = 'assets/tiny-Ef56Gh78.svg';
/** A script that small still gets copies: every file of a page's load is served compressed alike. */
const TINY_SCRIPT = 'assets/shared-Ab12Cd34.js';
const js = `export const words = ${JSON.stringify(Array.from({ length: 400 }, (_, i) => `kata-${i}`))};\n`;
const html = `<!doctype html><html lang="id"><head><title>Inovda</title><script type="module" src="/${ASSET}"></script></head><body><div id="root"></div>${'<!-- ruang -->\n'.repeat(80)}</body></html>\n`;

let dir: string;
let app: FastifyInstance;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'inovda-web-'));
  mkdirSync(join(dir, 'assets'));
  writeFileSync(join(dir, ASSET), js);
  writeFileSync(join(dir, TINY), '<svg xmlns="http://www.w3.org/2000/svg"/>\n');
  writeFileSync(join(dir, TINY_SCRIPT), 'export const x = 1;\n');
  writeFileSync(join(dir, 'index.html'), html);
  await precompress(dir);
  app = Fastify();
  await app.register(access);
  await app.register(web, { root: dir });
  await app.ready();
});
afterAll(async () => {
  await app?.close();
  rmSync(dir, { recursive: true, force: true });
});

const get = (url: string, acceptEncoding?: string) =>
  app.inject({ method: 'GET', url, headers: acceptEncoding === undefined ? {} : { 'accept-encoding': acceptEncoding } });

const IMMUTABLE = 'public, max-age=31536000, immutable';

describe('precompressed at build', () => {
  it('writes brotli and gzip beside each file worth compressing, decoding to the same bytes', () => {
    expect(brotliDecompressSync(readFileSync(join(dir, `${ASSET}.br`))).toString()).toBe(js);
    expect(gunzipSync(readFileSync(join(dir, `${ASSET}.gz`))).toString()).toBe(js);
    expect(brotliDecompressSync(readFileSync(join(dir, 'index.html.br'))).toString()).toBe(html);
    // Under 1 KB the saving is less than a round trip's headers: left as it is.
    expect(existsSync(join(dir, `${TINY}.br`))).toBe(false);
    expect(brotliDecompressSync(readFileSync(join(dir, `${TINY_SCRIPT}.br`))).toString()).toBe('export const x = 1;\n');
  });
});

describe('served by content negotiation', () => {
  it('answers a hashed asset in brotli when the browser accepts it, long-cached', async () => {
    const res = await get(`/${ASSET}`, 'gzip, deflate, br, zstd');
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-encoding']).toBe('br');
    expect(res.headers['content-type']).toMatch(/javascript/);
    expect(res.headers['cache-control']).toBe(IMMUTABLE);
    expect(res.headers.vary).toMatch(/accept-encoding/i);
    expect(Number(res.headers['content-length'])).toBeLessThan(js.length / 2);
    expect(brotliDecompressSync(res.rawPayload).toString()).toBe(js);
  });

  it('answers in gzip when only gzip is accepted', async () => {
    const res = await get(`/${ASSET}`, 'gzip');
    expect(res.headers['content-encoding']).toBe('gzip');
    expect(res.headers['cache-control']).toBe(IMMUTABLE);
    expect(res.headers.vary).toMatch(/accept-encoding/i);
    expect(gunzipSync(res.rawPayload).toString()).toBe(js);
  });

  it('answers the file as it is when no encoding is accepted', async () => {
    for (const accept of [undefined, 'identity']) {
      const res = await get(`/${ASSET}`, accept);
      expect(res.headers['content-encoding']).toBeUndefined();
      expect(res.headers['cache-control']).toBe(IMMUTABLE);
      expect(res.headers.vary).toMatch(/accept-encoding/i);
      expect(res.body).toBe(js);
    }
  });

  it('answers a small asset without a compressed copy as it is, long-cached', async () => {
    const res = await get(`/${TINY}`, 'br, gzip');
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-encoding']).toBeUndefined();
    expect(res.headers['cache-control']).toBe(IMMUTABLE);
    expect(res.body).toBe('<svg xmlns="http://www.w3.org/2000/svg"/>\n');
  });

  it('keeps index.html fresh (no-cache) at / and at client routes, compressed when accepted', async () => {
    for (const url of ['/', '/innovations', '/login?redirect=%2Fdasbor']) {
      const br = await get(url, 'gzip, br');
      expect(br.statusCode).toBe(200);
      expect(br.headers['content-type']).toMatch(/text\/html/);
      expect(br.headers['content-encoding']).toBe('br');
      expect(br.headers['cache-control']).toBe('no-cache');
      expect(br.headers.vary).toMatch(/accept-encoding/i);
      expect(brotliDecompressSync(br.rawPayload).toString()).toBe(html);
      const plain = await get(url);
      expect(plain.headers['content-encoding']).toBeUndefined();
      expect(plain.headers['cache-control']).toBe('no-cache');
      expect(plain.body).toBe(html);
    }
  });

  it('does not offer the compressed copies as files of their own', async () => {
    const res = await get(`/${ASSET}.br`);
    expect(res.headers['content-type']).toMatch(/text\/html/);
    expect(res.body).toBe(html);
  });
});
