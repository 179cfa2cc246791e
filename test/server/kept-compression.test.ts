// Pages and open data kept for many visitors are compressed once per encoding and sent from that copy: the client
// gets brotli or gzip as its Accept-Encoding says (the same bytes as the page once decoded), or the page as it is;
// caches are told the reply varies by encoding; a change to the catalogue gives new pages, compressed afresh.
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { catalogueEntries } from '../../src/server/db/schema';
import { call, createTestApp, login, openPeriod2026, type TestContext } from '../support/app';

let ctx: TestContext;
const get = (url: string, encoding?: string) => ctx.app.inject({ method: 'GET', url, headers: encoding ? { 'accept-encoding': encoding } : {} });

beforeAll(async () => {
  ctx = await createTestApp();
  const admin = await login(ctx.app, 'admin');
  const operator = await login(ctx.app, 'operator.dinkes');
  await openPeriod2026(ctx.app, admin);
  for (const name of ['Posyandu Remaja Digital', 'Layanan Kesehatan Jiwa Keliling', 'Ambulans Desa Siaga']) {
    const created = await call(ctx.app, operator, 'POST', '/api/innovations', { name });
    expect(created.statusCode, created.body).toBe(201);
    const entry = (await call(ctx.app, operator, 'GET', `/api/innovations/entries/${created.json().id}`)).json();
    await ctx.database.db.insert(catalogueEntries).values({
      innovationId: entry.innovationId,
      regionId: entry.regionId,
      opdId: entry.opdId,
      entryId: entry.id,
      slug: name.toLowerCase().replaceAll(' ', '-'),
      year: 2026,
      name,
      opdName: 'Dinas Kesehatan',
      tujuan: 'Mendekatkan layanan kesehatan kepada warga di seluruh kecamatan. '.repeat(20),
    });
  }
});
afterAll(() => ctx?.close());

describe('kept pages and open data, compressed once', () => {
  it('sends a catalogue page as brotli, gzip or plain as asked, the same page each way, twice alike', async () => {
    const plain = await get('/katalog?q=layanan');
    expect(plain.statusCode).toBe(200);
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.body).toContain('Layanan Kesehatan Jiwa Keliling');
    for (const [asked, encoding, decode] of [
      ['gzip, deflate, br', 'br', brotliDecompressSync],
      ['gzip', 'gzip', gunzipSync],
      ['br;q=0.5, gzip;q=0.9', 'gzip', gunzipSync],
    ] as const) {
      for (let time = 0; time < 2; time++) {
        const res = await get('/katalog?q=layanan', asked);
        expect(res.headers['content-encoding'], asked).toBe(encoding);
        expect(String(res.headers.vary)).toContain('Accept-Encoding');
        expect(decode(res.rawPayload).toString('utf8')).toBe(plain.body);
      }
    }
    expect((await get('/katalog?q=layanan', 'identity')).headers['content-encoding']).toBeUndefined();
  });

  it('sends an innovation page and an open data list compressed, and new ones after the catalogue changes', async () => {
    const page = await get('/katalog/inovasi/ambulans-desa-siaga', 'br');
    expect(page.headers['content-encoding']).toBe('br');
    expect(brotliDecompressSync(page.rawPayload).toString('utf8')).toContain('Ambulans Desa Siaga');

    const list = await get('/api/public/v1/innovations', 'gzip');
    expect(list.headers['content-encoding']).toBe('gzip');
    expect(String(list.headers.vary)).toMatch(/Accept\b.*Accept-Encoding/);
    const names = (res: typeof list) => (JSON.parse(gunzipSync(res.rawPayload).toString('utf8')) as { items: { name: string }[] }).items.map((i) => i.name);
    expect(names(list)).toContain('Ambulans Desa Siaga');

    await ctx.database.db.update(catalogueEntries).set({ name: 'Ambulans Desa Siaga 24 Jam' }).where(eq(catalogueEntries.slug, 'ambulans-desa-siaga'));
    expect(names(await get('/api/public/v1/innovations', 'gzip'))).toContain('Ambulans Desa Siaga 24 Jam');
    const renamed = await get('/katalog/inovasi/ambulans-desa-siaga', 'br');
    expect(brotliDecompressSync(renamed.rawPayload).toString('utf8')).toContain('Ambulans Desa Siaga 24 Jam');
  });
});
