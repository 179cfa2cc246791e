// API replies on slow links: JSON over 1 KB goes compressed by what the client accepts (brotli, gzip) and
// decodes to the same reply; small replies, errors and files go as before — a stored evidence file, a
// spreadsheet or a PDF is sent byte for byte, never re-encoded.
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { beforeAll, describe, expect, it } from 'vitest';
import { call, openPeriod2026 } from '../support/app';
import { pdf, upload } from '../support/files';
import { signedInApp } from '../support/signed-in-app';

const s = signedInApp(['admin', 'operator.dinkes']);
const LIST = '/api/users?pageSize=100';

let evidenceId: string;
const file = pdf('SK penetapan inovasi daerah');

beforeAll(async () => {
  await openPeriod2026(s.app, s.cookie.admin);
  const entryId = (await call(s.app, s.cookie['operator.dinkes'], 'POST', '/api/innovations', { name: 'Posyandu Digital' })).json().id;
  const res = await upload(s.app, s.cookie['operator.dinkes'], `entryId=${entryId}&code=16`, 'sk.pdf', file);
  expect(res.statusCode).toBe(201);
  evidenceId = res.json().id;
});

describe('JSON replies', () => {
  it('compresses a list over 1 KB with brotli, or gzip, decoding to the same JSON', async () => {
    const plain = await call(s.app, s.cookie.admin, 'GET', LIST);
    expect(plain.statusCode).toBe(200);
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.rawPayload.length).toBeGreaterThan(1024);
    const expected = plain.json();

    const br = await call(s.app, s.cookie.admin, 'GET', LIST, undefined, { 'accept-encoding': 'gzip, deflate, br' });
    expect(br.statusCode).toBe(200);
    expect(br.headers['content-encoding']).toBe('br');
    expect(br.headers.vary).toMatch(/accept-encoding/i);
    expect(br.headers['content-type']).toMatch(/application\/json/);
    expect(br.rawPayload.length).toBeLessThan(plain.rawPayload.length / 2);
    expect(JSON.parse(brotliDecompressSync(br.rawPayload).toString())).toEqual(expected);

    const gz = await call(s.app, s.cookie.admin, 'GET', LIST, undefined, { 'accept-encoding': 'gzip' });
    expect(gz.headers['content-encoding']).toBe('gzip');
    expect(JSON.parse(gunzipSync(gz.rawPayload).toString())).toEqual(expected);
  });

  it('sends replies under 1 KB as they are', async () => {
    const res = await s.app.inject({ method: 'GET', url: '/healthz', headers: { 'accept-encoding': 'br, gzip' } });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-encoding']).toBeUndefined();
    expect(res.json()).toMatchObject({ status: 'ok' });
  });

  it('leaves error replies readable: the error handler’s JSON, in the caller’s language', async () => {
    const res = await call(s.app, s.cookie.admin, 'GET', '/api/evidence/00000000-0000-4000-8000-000000000000/content', undefined, {
      'accept-encoding': 'br, gzip',
      'accept-language': 'en',
    });
    expect(res.statusCode).toBe(404);
    const body = res.headers['content-encoding'] === 'br' ? JSON.parse(brotliDecompressSync(res.rawPayload).toString()) : res.json();
    expect(body.error.code).toBe('not_found');
  });

  it('compresses the OpenAPI document', async () => {
    const res = await s.app.inject({ method: 'GET', url: '/api/openapi.json', headers: { 'accept-encoding': 'br' } });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-encoding']).toBe('br');
    expect(JSON.parse(brotliDecompressSync(res.rawPayload).toString()).paths['/api/users']).toBeDefined();
  });
});

describe('files', () => {
  const content = (query = '', headers: Record<string, string> = {}) =>
    call(s.app, s.cookie.admin, 'GET', `/api/evidence/${evidenceId}/content${query}`, undefined, { 'accept-encoding': 'gzip, deflate, br', ...headers });

  it('sends an evidence file byte for byte, for preview and download', async () => {
    for (const query of ['', '?download=1']) {
      const res = await content(query);
      expect(res.statusCode).toBe(200);
      expect(res.headers['content-encoding']).toBeUndefined();
      expect(res.headers['content-type']).toBe('application/pdf');
      expect(res.headers['content-length']).toBe(String(file.length));
      expect(Buffer.compare(res.rawPayload, file)).toBe(0);
    }
  });

  it('answers a Range request for an evidence file as before: the whole file, unencoded', async () => {
    const res = await content('', { range: 'bytes=0-99' });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-encoding']).toBeUndefined();
    expect(Buffer.compare(res.rawPayload, file)).toBe(0);
  });

  it('sends a generated spreadsheet unencoded', async () => {
    const res = await call(s.app, s.cookie.admin, 'GET', '/api/exports/recap.xlsx', undefined, { 'accept-encoding': 'gzip, br' });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toContain('spreadsheetml');
    expect(res.headers['content-encoding']).toBeUndefined();
    // An xlsx file is a zip archive.
    expect(res.rawPayload.subarray(0, 2).toString()).toBe('PK');
  });
});
