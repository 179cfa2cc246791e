// The open data API and API tokens: the public read-only API shows only published innovations, as JSON and CSV,
// with ETag/304, cache and CORS headers, and refuses bad parameters clearly; a region's API token works on the
// integration routes only, within its scopes and region, until it expires or is revoked, every use logged, and
// only its hash is stored.
import { and, eq, sql } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { apiTokens, apiTokenUses, auditEvents, catalogueEntries, innovationEntries, regions } from '../../src/server/db/schema';
import { call, secondRegion } from '../support/app';
import { signedInApp } from '../support/signed-in-app';

const s = signedInApp(['admin', 'operator.dinkes'], { demoInnovations: true });
const db = () => s.ctx.database.db;
const inDays = (n: number) => new Date(Date.now() + n * 86_400_000).toISOString().slice(0, 10);
const bearer = (token: string) => ({ authorization: `Bearer ${token}` });
const get = (url: string, headers: Record<string, string> = {}) => s.app.inject({ method: 'GET', url, headers });

let published: { innovationId: string; entryId: string; name: string };
let unpublishedName: string;
let regionB: { regionId: string; cookie: string };

async function publish(entry: { id: string; innovationId: string; regionId: string; opdId: string; name: string }, slug: string, extra: object = {}) {
  await db()
    .insert(catalogueEntries)
    .values({
      innovationId: entry.innovationId,
      regionId: entry.regionId,
      opdId: entry.opdId,
      entryId: entry.id,
      slug,
      year: 2025,
      name: entry.name,
      opdName: 'Dinas Kesehatan, Pengendalian Penduduk dan KB',
      tahapan: 'penerapan',
      jenis: 'digital',
      urusanUtama: '1.02',
      urusanLain: ['1.01'],
      tujuan: 'Menurunkan stunting, "cepat", tepat',
      ...extra,
    });
}

beforeAll(async () => {
  const entries = await db()
    .select({
      id: innovationEntries.id,
      innovationId: innovationEntries.innovationId,
      regionId: innovationEntries.regionId,
      opdId: innovationEntries.opdId,
      name: innovationEntries.name,
    })
    .from(innovationEntries)
    .orderBy(innovationEntries.name)
    .limit(3);
  await publish(entries[0], 'gempa-genting');
  await publish(entries[1], 'kedua', { jenis: 'non_digital', tahapan: 'uji_coba', urusanLain: [], year: 2024, tujuan: 'Layanan lain' });
  published = { innovationId: entries[0].innovationId, entryId: entries[0].id, name: entries[0].name };
  unpublishedName = entries[2].name;
  regionB = await secondRegion(s.app, '35.16', 'admin.opendata');
});

describe('public open data', () => {
  it('lists only published innovations, filtered and paged in a stable order, with cache, ETag and CORS headers', async () => {
    const res = await get('/api/public/v1/innovations?region=35.76&limit=1');
    expect(res.statusCode).toBe(200);
    expect(res.headers['cache-control']).toBe('public, max-age=300');
    expect(res.headers['access-control-allow-origin']).toBe('*');
    expect(res.headers.etag).toMatch(/^"[\w-]+"$/);
    const body = res.json();
    expect(body.total).toBe(2);
    expect(body.items).toHaveLength(1);
    expect(body.next).toContain('offset=1');
    const second = (await get(body.next)).json();
    expect(second.items).toHaveLength(1);
    expect(second.next).toBeNull();
    const all = [...body.items, ...second.items].map((i: { name: string }) => i.name);
    expect(all).toEqual([...all].sort());
    expect(res.body).not.toContain(unpublishedName);
    expect((await get('/api/public/v1/innovations?jenis=digital')).json().items.map((i: { slug: string }) => i.slug)).toEqual(['gempa-genting']);
    expect((await get('/api/public/v1/innovations?urusan=1.01')).json().total).toBe(1);
    expect((await get('/api/public/v1/innovations?year=2024')).json().items[0].slug).toBe('kedua');
    expect((await get('/api/public/v1/innovations?q=stunting')).json().total).toBe(1);
    // The catalogue's search: a stem ("pelayanan" finds "Layanan lain") and a typo in a name word.
    const slugs = async (q: string) => (await get(`/api/public/v1/innovations?q=${encodeURIComponent(q)}`)).json().items.map((i: { slug: string }) => i.slug);
    expect(await slugs('pelayanan')).toEqual(['kedua']);
    const word = published.name.split(/\s+/).find((w) => w.length >= 6) as string;
    expect(await slugs(word.slice(0, 2) + word.slice(3))).toContain('gempa-genting');
    expect((await get('/api/public/v1/innovations?region=35.16')).json().total).toBe(0);
  });

  it('answers 304 to a matching If-None-Match, and a new ETag once the content changes', async () => {
    const first = await get('/api/public/v1/innovations');
    const again = await get('/api/public/v1/innovations', { 'if-none-match': first.headers.etag as string });
    expect(again.statusCode).toBe(304);
    expect(again.body).toBe('');
    await db()
      .update(catalogueEntries)
      .set({ name: `${published.name} (baru)` })
      .where(eq(catalogueEntries.slug, 'gempa-genting'));
    const changed = await get('/api/public/v1/innovations', { 'if-none-match': first.headers.etag as string });
    expect(changed.statusCode).toBe(200);
    expect(changed.headers.etag).not.toBe(first.headers.etag);
    await db().update(catalogueEntries).set({ name: published.name }).where(eq(catalogueEntries.slug, 'gempa-genting'));
  });

  it('keeps answers only while the catalogue is unchanged: a newly published innovation shows, a withdrawn one is gone', async () => {
    const [extra] = await db()
      .select({
        id: innovationEntries.id,
        innovationId: innovationEntries.innovationId,
        regionId: innovationEntries.regionId,
        opdId: innovationEntries.opdId,
        name: innovationEntries.name,
      })
      .from(innovationEntries)
      .orderBy(innovationEntries.name)
      .offset(3)
      .limit(1);
    const names = async (url: string) => ((await get(url)).json() as { items: { name: string }[] }).items.map((i) => i.name);
    const before = await names('/api/public/v1/innovations');
    expect(before).not.toContain(extra.name);
    expect((await get('/api/public/v1/innovations/ketiga')).statusCode).toBe(404);
    const csvBefore = (await get('/api/public/v1/innovations.csv')).body;

    await publish(extra, 'ketiga');
    expect(await names('/api/public/v1/innovations')).toContain(extra.name);
    expect((await get('/api/public/v1/innovations/ketiga')).statusCode).toBe(200);
    expect((await get('/api/public/v1/innovations.csv')).body).toContain(extra.name);
    expect(csvBefore).not.toContain(extra.name);

    await db().delete(catalogueEntries).where(eq(catalogueEntries.slug, 'ketiga'));
    expect(await names('/api/public/v1/innovations')).toEqual(before);
    expect((await get('/api/public/v1/innovations/ketiga')).statusCode).toBe(404);
  });

  it('writes CSV for .csv or Accept: text/csv: BOM, quoted cells, machine-readable numbers', async () => {
    const csv = await get('/api/public/v1/innovations.csv?region=35.76');
    expect(csv.statusCode).toBe(200);
    expect(csv.headers['content-type']).toBe('text/csv; charset=utf-8');
    expect(csv.body.charCodeAt(0)).toBe(0xfeff);
    const lines = csv.body.slice(1).trimEnd().split('\r\n');
    expect(lines[0]).toBe('slug,name,region,regionName,opdId,opdName,year,tahapan,jenis,bentuk,urusanUtama,urusanLain,url,publishedAt,updatedAt');
    expect(lines).toHaveLength(3);
    expect(csv.body).toContain('"Dinas Kesehatan, Pengendalian Penduduk dan KB"');
    const negotiated = await get('/api/public/v1/innovations?region=35.76', { accept: 'text/csv' });
    expect(negotiated.body).toBe(csv.body);
    const history = await get('/api/public/v1/iid-history.csv?region=35.76');
    expect(history.body).toContain('\r\n2023,84.46,,,');
    const json = (await get('/api/public/v1/iid-history?region=35.76')).json();
    expect(json.items.map((r: { iid: number }) => r.iid)).toEqual([62.3, 70.78, 84.46]);
  });

  it('gives one published innovation, regions, OPDs and statistics of published innovations only', async () => {
    const one = await get('/api/public/v1/innovations/gempa-genting');
    expect(one.json()).toMatchObject({ slug: 'gempa-genting', region: '35.76', tujuan: 'Menurunkan stunting, "cepat", tepat' });
    expect((await get('/api/public/v1/innovations/tidak-ada')).statusCode).toBe(404);
    const regionsList = (await get('/api/public/v1/regions')).json().items;
    expect(regionsList).toEqual([expect.objectContaining({ code: '35.76', innovations: 2, opds: 1 })]);
    const opds = (await get('/api/public/v1/opds?region=35.76')).json().items;
    expect(opds).toHaveLength(1);
    expect(opds[0].innovations).toBe(2);
    const stats = (await get('/api/public/v1/statistics?region=35.76')).json();
    expect(stats.total).toBe(2);
    expect(stats.byJenis).toEqual([
      { key: 'digital', count: 1 },
      { key: 'non_digital', count: 1 },
    ]);
    expect(stats.byUrusan).toEqual([
      { key: '1.01', count: 1 },
      { key: '1.02', count: 2 },
    ]);
    expect(stats.byYear).toEqual([
      { key: '2024', count: 1 },
      { key: '2025', count: 1 },
    ]);
  });

  it('refuses bad parameters with a clear message in the caller’s language', async () => {
    const unknown = await get('/api/public/v1/innovations?region=99.99', { 'accept-language': 'en' });
    expect(unknown.statusCode).toBe(400);
    expect(unknown.json().error.fields.region).toContain('Unknown Kemendagri region code');
    const badLimit = await get('/api/public/v1/innovations?limit=1000');
    expect(badLimit.statusCode).toBe(400);
    expect(badLimit.json().error.fields.limit).toBe('Maksimal 100.');
    expect((await get('/api/public/v1/innovations?limit=abc')).statusCode).toBe(400);
    expect((await get('/api/public/v1/iid-history')).statusCode).toBe(400);
    expect((await get('/api/public/v1/opds?region=3576')).json().error.fields.region).toContain('Kode Kemendagri tidak valid');
  });

  it('is documented in the OpenAPI document under "Open data"', async () => {
    const doc = (await get('/api/openapi.json')).json();
    expect(doc.paths['/api/public/v1/innovations'].get.tags).toEqual(['Open data']);
    expect(doc.paths['/api/integrations/v1/innovations'].get.security).toEqual([{ apiToken: [] }]);
  });
});

describe('API tokens', () => {
  async function create(cookie: string, scopes: string[], name = 'Sistem Provinsi') {
    const res = await call(s.app, cookie, 'POST', '/api/api-tokens', { name, scopes, expiresOn: inDays(90) });
    expect(res.statusCode, res.body).toBe(201);
    return res.json() as { token: string; item: { id: string; prefix: string } };
  }
  const uses = async (id: string) => (await call(s.app, s.cookie.admin, 'GET', `/api/api-tokens/${id}/uses?pageSize=100`)).json();

  it('shows the token once and stores only its hash and prefix; create is audited', async () => {
    const { token, item } = await create(s.cookie.admin, ['innovations:read']);
    expect(token).toMatch(/^inovda_[0-9A-Za-z]{43}$/);
    expect(item.prefix).toBe(token.slice(0, 12));
    const [row] = await db().select().from(apiTokens).where(eq(apiTokens.id, item.id));
    expect(row.tokenHash).toMatch(/^[0-9a-f]{64}$/);
    expect(JSON.stringify(row)).not.toContain(token.slice(12));
    const list = await call(s.app, s.cookie.admin, 'GET', '/api/api-tokens');
    expect(list.body).not.toContain(token.slice(12));
    expect(list.json().items[0]).toMatchObject({ id: item.id, status: 'active', scopes: ['innovations:read'] });
    const [audit] = await db()
      .select()
      .from(auditEvents)
      .where(and(eq(auditEvents.entityType, 'api_token'), eq(auditEvents.entityId, item.id)));
    expect(audit.action).toBe('create');
    expect(JSON.stringify(audit)).not.toContain(token.slice(12));
  });

  it('refuses a bad expiry or no scopes, and roles without token:manage', async () => {
    const far = await call(s.app, s.cookie.admin, 'POST', '/api/api-tokens', { name: 'x', scopes: ['statistics:read'], expiresOn: inDays(400) });
    expect(far.json().error.fields.expiresOn).toBe('Tanggal kedaluwarsa paling lambat satu tahun dari hari ini.');
    const past = await call(s.app, s.cookie.admin, 'POST', '/api/api-tokens', { name: 'x', scopes: ['statistics:read'], expiresOn: inDays(-1) });
    expect(past.json().error.fields.expiresOn).toBeTruthy();
    const none = await call(s.app, s.cookie.admin, 'POST', '/api/api-tokens', { name: 'x', scopes: [], expiresOn: inDays(5) });
    expect(none.json().error.fields.scopes).toBe('Pilih minimal satu izin.');
    const bogus = await call(s.app, s.cookie.admin, 'POST', '/api/api-tokens', { name: 'x', scopes: ['everything'], expiresOn: inDays(5) });
    expect(bogus.statusCode).toBe(400);
    expect((await call(s.app, s.cookie['operator.dinkes'], 'GET', '/api/api-tokens')).statusCode).toBe(403);
  });

  it('works only with its scopes, within its region; forged, unknown and cookie-only calls get 401; every use is logged', async () => {
    const { token, item } = await create(s.cookie.admin, ['innovations:read']);
    const list = await get('/api/integrations/v1/innovations?limit=5', bearer(token));
    expect(list.statusCode, list.body).toBe(200);
    expect(list.json().total).toBeGreaterThan(2);
    expect(list.json().items).toHaveLength(5);
    // The full registry, published or not.
    const all = await get('/api/integrations/v1/innovations?limit=100', bearer(token));
    expect(all.body).toContain(unpublishedName);
    const one = await get(`/api/integrations/v1/innovations/${published.entryId}`, bearer(token));
    expect(one.json()).toMatchObject({ id: published.entryId, name: published.name });

    const stats = await get('/api/integrations/v1/statistics', { ...bearer(token), 'accept-language': 'en' });
    expect(stats.statusCode).toBe(403);
    expect(stats.json().error.message).toBe('This API token does not have the "statistics:read" permission this call needs.');

    const forged = await get('/api/integrations/v1/innovations', bearer(`inovda_${'A'.repeat(43)}`));
    expect(forged.statusCode).toBe(401);
    expect(forged.json().error.code).toBe('api_token_invalid');
    expect(forged.headers['www-authenticate']).toContain('Bearer');
    expect((await get('/api/integrations/v1/innovations', bearer('not-a-token'))).json().error.code).toBe('api_token_invalid');
    const cookieOnly = await call(s.app, s.cookie.admin, 'GET', '/api/integrations/v1/innovations');
    expect(cookieOnly.statusCode).toBe(401);
    expect(cookieOnly.json().error.code).toBe('api_token_missing');
    // The token is accepted nowhere else.
    expect((await get('/api/auth/me', bearer(token))).statusCode).toBe(401);
    expect((await get('/api/innovations', bearer(token))).statusCode).toBe(401);

    // Another region's token never reaches this region's data.
    const foreign = await create(regionB.cookie, ['innovations:read', 'innovations:write']);
    const other = await get(`/api/integrations/v1/innovations/${published.entryId}`, bearer(foreign.token));
    expect(other.statusCode).toBe(404);
    expect(other.body).not.toContain(published.name);
    const otherList = await get('/api/integrations/v1/innovations', bearer(foreign.token));
    expect(otherList.json().total).toBe(0);
    const push = await s.app.inject({
      method: 'PATCH',
      url: `/api/integrations/v1/innovations/${published.entryId}`,
      headers: bearer(foreign.token),
      payload: { version: 1, name: 'Diambil alih' },
    });
    expect(push.statusCode).toBe(404);

    const log = await uses(item.id);
    expect(log.total).toBe(4);
    expect(log.items.map((u: { status: number }) => u.status).sort()).toEqual([200, 200, 200, 403]);
    expect(log.items.find((u: { status: number }) => u.status === 403).path).toBe('/api/integrations/v1/statistics');
    const [row] = await db().select().from(apiTokens).where(eq(apiTokens.id, item.id));
    expect(row.lastUsedAt).not.toBeNull();
    // Another region's token: its uses are not this admin's to read.
    expect((await call(s.app, s.cookie.admin, 'GET', `/api/api-tokens/${foreign.item.id}/uses`)).statusCode).toBe(404);
    expect((await call(s.app, s.cookie.admin, 'POST', `/api/api-tokens/${foreign.item.id}/revoke`)).statusCode).toBe(404);
  });

  it('stops working at once when revoked or expired (refusals still logged); revoke is audited', async () => {
    const { token, item } = await create(s.cookie.admin, ['statistics:read']);
    expect((await get('/api/integrations/v1/statistics', bearer(token))).statusCode).toBe(200);
    const revoked = await call(s.app, s.cookie.admin, 'POST', `/api/api-tokens/${item.id}/revoke`);
    expect(revoked.json().status).toBe('revoked');
    const after = await get('/api/integrations/v1/statistics', bearer(token));
    expect(after.statusCode).toBe(401);
    expect(after.json().error.code).toBe('api_token_revoked');
    const [audit] = await db()
      .select()
      .from(auditEvents)
      .where(and(eq(auditEvents.entityId, item.id), eq(auditEvents.action, 'revoke')));
    expect(audit).toBeTruthy();

    const second = await create(s.cookie.admin, ['statistics:read']);
    await db()
      .update(apiTokens)
      .set({ expiresAt: new Date(Date.now() - 1000) })
      .where(eq(apiTokens.id, second.item.id));
    const expired = await get('/api/integrations/v1/statistics', bearer(second.token));
    expect(expired.statusCode).toBe(401);
    expect(expired.json().error.code).toBe('api_token_expired');
    expect((await uses(item.id)).items.map((u: { status: number }) => u.status)).toEqual([401, 200]);
    expect((await uses(second.item.id)).items.map((u: { status: number }) => u.status)).toEqual([401]);
  });

  it('pushes innovations as drafts through the same validation as the web form; bad input writes nothing', async () => {
    const { token } = await create(s.cookie.admin, ['innovations:read', 'innovations:write']);
    const opdId = (await db().select({ opdId: innovationEntries.opdId }).from(innovationEntries).limit(1))[0].opdId;
    // No CSRF header, a plain-text-looking cross-site request: the bearer routes are exempt on purpose...
    const created = await s.app.inject({
      method: 'POST',
      url: '/api/integrations/v1/innovations',
      headers: { ...bearer(token), 'content-type': 'application/json', 'sec-fetch-site': 'cross-site', origin: 'https://sistem.jatimprov.go.id' },
      payload: { name: 'Inovasi dari Sistem Provinsi', opdId },
    });
    expect(created.statusCode, created.body).toBe(201);
    const entry = created.json();
    expect(entry).toMatchObject({ status: 'draft', version: 1, name: 'Inovasi dari Sistem Provinsi' });
    // ...while the same cross-site post to a session route is still refused.
    const csrf = await s.app.inject({
      method: 'POST',
      url: '/api/innovations',
      headers: { ...bearer(token), cookie: s.cookie.admin, 'content-type': 'application/json', 'sec-fetch-site': 'cross-site' },
      payload: { name: 'x', opdId },
    });
    expect(csrf.json().error.code).toBe('csrf_rejected');

    const before = await db().select().from(innovationEntries).where(eq(innovationEntries.id, entry.id));
    const bad = await s.app.inject({
      method: 'PATCH',
      url: `/api/integrations/v1/innovations/${entry.id}`,
      headers: bearer(token),
      payload: { version: 1, tujuan: 'Tujuan baru', tahapan: 'selesai' },
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.fields.tahapan).toBe('Pilihan tidak valid.');
    expect(await db().select().from(innovationEntries).where(eq(innovationEntries.id, entry.id))).toEqual(before);

    const saved = await s.app.inject({
      method: 'PATCH',
      url: `/api/integrations/v1/innovations/${entry.id}`,
      headers: bearer(token),
      payload: { version: 1, tujuan: 'Tujuan baru' },
    });
    expect(saved.statusCode, saved.body).toBe(200);
    expect(saved.json()).toMatchObject({ tujuan: 'Tujuan baru', name: 'Inovasi dari Sistem Provinsi', version: 2 });
    const stale = await s.app.inject({
      method: 'PATCH',
      url: `/api/integrations/v1/innovations/${entry.id}`,
      headers: bearer(token),
      payload: { version: 1, hasil: 'x' },
    });
    expect(stale.statusCode).toBe(409);
    const foreignOpd = await s.app.inject({
      method: 'POST',
      url: '/api/integrations/v1/innovations',
      headers: bearer(token),
      payload: { name: 'Salah wilayah', opdId: '00000000-0000-4000-8000-000000000000' },
    });
    expect(foreignOpd.json().error.fields.opdId).toBe('Perangkat Daerah tidak ditemukan di daerah ini.');
    const [audit] = await db()
      .select()
      .from(auditEvents)
      .where(and(eq(auditEvents.entityId, entry.id), eq(auditEvents.action, 'update')));
    expect(audit.actorName).toContain('token inovda_');
    const count = await db().select({ n: sql<number>`count(*)::int` }).from(apiTokenUses);
    expect(count[0].n).toBeGreaterThan(0);
    void regions;
  });
});
