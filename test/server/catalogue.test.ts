// The public catalogue: the admin publishes an approved innovation (profile copied, refreshed on demand,
// withdrawn), marks evidence public; visitors without signing in search it in Bahasa Indonesia (stemming, a typo,
// filters that combine), read its page (title, description, Open Graph; only public evidence), and the sitemap.
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { call, completeProfile, createTestApp, login, openPeriod2026, secondRegion, type TestContext } from '../support/app';
import { pdf, upload } from '../support/files';
import { answer } from '../support/items';

let ctx: TestContext;
let admin: string;
let operator: string;
let head: string;

const get = (url: string) => ctx.app.inject({ method: 'GET', url });

/** A registered innovation with this profile, approved by the head of its OPD unless told. */
async function approved(name: string, profile: Record<string, unknown> = {}, approve = true): Promise<string> {
  const id = (await call(ctx.app, operator, 'POST', '/api/innovations', { name })).json().id as string;
  const saved = await call(ctx.app, operator, 'PATCH', `/api/innovations/entries/${id}`, { version: 1, ...completeProfile, ...profile });
  expect(saved.statusCode, saved.body).toBe(200);
  await answer(ctx.app, operator, { entryId: id }, '16', 3);
  await upload(ctx.app, operator, `entryId=${id}&code=16`, 'perwali.pdf', pdf('Perwali'));
  if (approve) {
    expect((await call(ctx.app, operator, 'POST', `/api/innovations/entries/${id}/transition`, { action: 'submit' })).statusCode).toBe(200);
    expect((await call(ctx.app, head, 'POST', `/api/innovations/entries/${id}/transition`, { action: 'approve' })).statusCode).toBe(200);
  }
  return id;
}

const publish = (entryId: string, body: Record<string, unknown> = {}, cookie = admin) =>
  call(ctx.app, cookie, 'PUT', `/api/catalogue/entries/${entryId}`, body);

/** The innovation names a catalogue address lists, in order. */
async function names(url: string): Promise<string[]> {
  const res = await get(url);
  expect(res.statusCode, url).toBe(200);
  return [...res.body.matchAll(/<h2><a href="\/katalog\/inovasi\/[^"]+">([^<]+)<\/a><\/h2>/g)].map((m) => m[1]);
}

let puskesmas: string;
let adminduk: string;

beforeAll(async () => {
  ctx = await createTestApp();
  admin = await login(ctx.app, 'admin');
  operator = await login(ctx.app, 'operator.dinkes');
  head = await login(ctx.app, 'kepala.dinkes');
  await openPeriod2026(ctx.app, admin);
  puskesmas = await approved('Puskesmas Keliling Ramah Lansia', {
    tujuan: 'Pelayanan kesehatan bagi lansia di rumah mereka.',
    jenis: 'non_digital',
    urusanUtama: '1.02',
  });
  adminduk = await approved('Layanan Adminduk Jemput Bola', { tujuan: 'Layanan dokumen kependudukan di kelurahan.', jenis: 'digital', urusanUtama: '2.12' });
  const sekolah = await approved('Sekolah Ramah Anak Digital', { tujuan: 'Sekolah yang aman dan nyaman bagi anak.', jenis: 'digital', urusanUtama: '1.01' });
  for (const id of [puskesmas, adminduk, sekolah]) expect((await publish(id)).statusCode).toBe(200);
});
afterAll(() => ctx.close());

describe('publishing', () => {
  it('publishes only an approved entry with aims and benefits written, says why otherwise, on the field', async () => {
    const draft = await approved('Bank Sampah Pintar', {}, false);
    const refused = await publish(draft);
    expect(refused.statusCode).toBe(409);
    expect(refused.json().error.message).toContain('belum disetujui Kepala OPD');
    const empty = await approved('Inovasi Tanpa Manfaat', { manfaat: null }, false);
    const missing = await publish(empty);
    expect(missing.statusCode).toBe(400);
    expect(Object.keys(missing.json().error.fields)).toEqual(['manfaat']);
    const state = (await call(ctx.app, admin, 'GET', `/api/catalogue/entries/${empty}`)).json();
    expect(state).toMatchObject({ published: false, path: null, problems: { manfaat: 'catalogue_field_needed', entry: 'catalogue_not_approved' } });
  });

  it('is the admin’s decision: an operator reads the state but cannot publish; another region sees nothing', async () => {
    expect((await publish(puskesmas, {}, operator)).statusCode).toBe(403);
    expect((await call(ctx.app, operator, 'GET', `/api/catalogue/entries/${puskesmas}`)).json()).toMatchObject({ published: true, current: true });
    // A change elsewhere on the entry (sent, a review) leaves the public copy current; a profile change does not.
    await ctx.database.db.execute(sql`update innovation_entries set updated_at = now() + interval '1 hour' where id = ${puskesmas}`);
    expect((await call(ctx.app, operator, 'GET', `/api/catalogue/entries/${puskesmas}`)).json()).toMatchObject({ current: true });
    await ctx.database.db.execute(sql`update innovation_entries set hasil = coalesce(hasil, '') || ' (diperbarui)' where id = ${puskesmas}`);
    expect((await call(ctx.app, operator, 'GET', `/api/catalogue/entries/${puskesmas}`)).json()).toMatchObject({ current: false });
    await ctx.database.db.execute(sql`update innovation_entries set hasil = replace(hasil, ' (diperbarui)', '') where id = ${puskesmas}`);
    const other = await secondRegion(ctx.app, '35.99', 'admin.lain');
    expect((await publish(puskesmas, {}, other.cookie)).statusCode).toBe(404);
    expect((await call(ctx.app, other.cookie, 'GET', `/api/catalogue/entries/${puskesmas}`)).statusCode).toBe(404);
  });

  it('keeps the contact when a refresh does not name it, keeps the address, and withdraws', async () => {
    const first = (await publish(adminduk, { contact: 'Dispendukcapil, (0321) 123456' })).json();
    const refreshed = (await publish(adminduk, {})).json();
    expect(refreshed).toMatchObject({ published: true, contact: 'Dispendukcapil, (0321) 123456', path: first.path });
    const page = await get(first.path);
    expect(page.body).toContain('Dispendukcapil, (0321) 123456');
    const withdrawn = (await call(ctx.app, admin, 'DELETE', `/api/catalogue/entries/${adminduk}`)).json();
    expect(withdrawn).toMatchObject({ published: false, path: null });
    expect((await get(first.path)).statusCode).toBe(404);
    expect((await publish(adminduk, {})).json().path).toBe(first.path);
  });
});

describe('searching without signing in', () => {
  it('finds by stem ("pelayanan" finds "layanan"), forgives a typo ("puskemas"), and combines filters', async () => {
    expect(await names('/katalog?q=pelayanan')).toEqual(expect.arrayContaining(['Layanan Adminduk Jemput Bola', 'Puskesmas Keliling Ramah Lansia']));
    expect(await names('/katalog?q=puskemas')).toEqual(['Puskesmas Keliling Ramah Lansia']);
    expect(await names('/katalog?q=kependudukan&jenis=digital')).toEqual(['Layanan Adminduk Jemput Bola']);
    expect(await names('/katalog?q=kependudukan&jenis=non_digital')).toEqual([]);
    expect(await names('/katalog?jenis=digital&urusan=1.01')).toEqual(['Sekolah Ramah Anak Digital']);
    expect(await names('/katalog?jenis=digital&urusan=1.02')).toEqual([]);
    expect((await get('/katalog?jenis=digital&urusan=1.02')).body).toContain('Tidak ada inovasi yang cocok');
  });

  it('answers any search string with a page: long, other scripts, query syntax, unknown filters', async () => {
    for (const q of ['x'.repeat(5000), '中文 العربية', '"foo" -bar or )(', '%_\\', "'; drop table regions; --", '\u202e\u200b'])
      expect((await get(`/katalog?q=${encodeURIComponent(q)}`)).statusCode, q).toBe(200);
    expect((await get('/katalog?jenis=roket&halaman=-3&tahun=abc&opd=x')).statusCode).toBe(200);
    // A NUL byte is a control character like any other: dropped from the search, the page still answers.
    for (const url of ['/katalog?q=%00', '/katalog?q=pusk%00esmas&opd=%00', '/katalog/kota-mojokerto?q=%00%00'])
      expect((await get(url)).headers['content-type'], url).toContain('text/html');
    expect(await names('/katalog?q=puskemas%00')).toEqual(['Puskesmas Keliling Ramah Lansia']);
    expect(await names('/katalog?urut=nama&halaman=1')).toEqual([
      'Layanan Adminduk Jemput Bola',
      'Puskesmas Keliling Ramah Lansia',
      'Sekolah Ramah Anak Digital',
    ]);
    // A page past the last says so and links back, instead of "nothing published" under "3 inovasi".
    const past = (await get('/katalog?jenis=digital&halaman=4')).body;
    expect(past).toContain('Halaman 4 tidak ada.');
    expect(past).toContain('href="/katalog?jenis=digital">Kembali ke halaman 1');
    expect(past).not.toContain('Belum ada inovasi yang diterbitkan');
    // A search and a later page say so in the title.
    expect((await get('/katalog?q=puskemas')).body).toContain('<title>“puskemas” — Katalog Inovasi Daerah — Inovda</title>');
    expect(past).toContain('<title>Katalog Inovasi Daerah — Inovda (halaman 4)</title>');
    // Results of a search or a filter offer to clear them; the whole catalogue does not.
    expect((await get('/katalog/kota-mojokerto?jenis=digital')).body).toContain('<a href="/katalog/kota-mojokerto">Hapus pencarian dan saringan</a>');
    expect((await get('/katalog')).body).not.toContain('Hapus pencarian dan saringan');
  });

  it('has a catalogue per region and one across regions, a page per innovation, and a sitemap', async () => {
    const across = await get('/katalog');
    expect(across.headers['content-type']).toContain('text/html');
    expect(across.body).toContain('Kota Mojokerto');
    const region = await get('/katalog/kota-mojokerto');
    expect(region.statusCode).toBe(200);
    expect(region.body).toContain('<title>Katalog Inovasi Kota Mojokerto — Inovda</title>');
    expect((await get('/katalog/kabupaten-tidak-ada')).statusCode).toBe(404);

    const path = (await call(ctx.app, admin, 'GET', `/api/catalogue/entries/${puskesmas}`)).json().path as string;
    expect(path).toMatch(/^\/katalog\/inovasi\/puskesmas-keliling-ramah-lansia-[0-9a-f]{8}$/);
    const page = await get(path);
    expect(page.body).toContain(
      '<title>Puskesmas Keliling Ramah Lansia — Dinas Kesehatan, Pengendalian Penduduk dan Keluarga Berencana, Kota Mojokerto</title>',
    );
    expect(page.body).toContain('<meta name="description" content="Pelayanan kesehatan bagi lansia di rumah mereka.">');
    expect(page.body).toContain(
      '<meta property="og:title" content="Puskesmas Keliling Ramah Lansia — Dinas Kesehatan, Pengendalian Penduduk dan Keluarga Berencana, Kota Mojokerto">',
    );
    expect(page.body).not.toContain('<script');
    const sitemap = await get('/sitemap.xml');
    expect(sitemap.headers['content-type']).toContain('application/xml');
    expect(sitemap.body).toContain(`${path}</loc>`);
  });

  it('shows and serves only the evidence marked public', async () => {
    const state = (await call(ctx.app, admin, 'GET', `/api/catalogue/entries/${puskesmas}`)).json();
    const [file] = state.evidence;
    const path = state.path as string;
    expect((await get(path)).body).not.toContain(`/katalog/berkas/${file.id}`);
    expect((await get(`/katalog/berkas/${file.id}`)).statusCode).toBe(404);
    expect((await call(ctx.app, operator, 'PUT', `/api/catalogue/evidence/${file.id}`, { public: true })).statusCode).toBe(403);
    const marked = await call(ctx.app, admin, 'PUT', `/api/catalogue/evidence/${file.id}`, { public: true });
    expect(marked.json().evidence[0].public).toBe(true);
    expect((await get(path)).body).toContain(`/katalog/berkas/${file.id}`);
    const served = await get(`/katalog/berkas/${file.id}`);
    expect(served.statusCode).toBe(200);
    expect(served.headers['content-type']).toBe('application/pdf');
  });

  it('serves kept pages only while nothing they show has changed, whoever changed it (another instance, moderation)', async () => {
    const path = (await call(ctx.app, admin, 'GET', `/api/catalogue/entries/${puskesmas}`)).json().path as string;
    const first = await get(path);
    ctx.queries.length = 0;
    expect((await get(path)).body).toBe(first.body);
    expect(ctx.queries).toHaveLength(1); // the catalogue stamp, nothing else
    const db = ctx.database.db;
    // Written straight to the database, as another instance's refresh or a moderator elsewhere would.
    await db.execute(sql`update catalogue_entries set contact = 'Seksi Lansia, (0321) 555' where entry_id = ${puskesmas}`);
    expect((await get(path)).body).toContain('Seksi Lansia, (0321) 555');
    await db.execute(sql`insert into citizen_feedback (region_id, innovation_id, opd_id, rating, comment, status, sender_hash)
      select region_id, innovation_id, opd_id, 5, 'Sangat membantu orang tua kami', 'pending', 'x' from catalogue_entries where entry_id = ${puskesmas}`);
    expect((await get(path)).body).not.toContain('Sangat membantu orang tua kami');
    await db.execute(sql`update citizen_feedback set status = 'approved' where comment = 'Sangat membantu orang tua kami'`);
    expect((await get(path)).body).toContain('Sangat membantu orang tua kami');
    expect(await names('/katalog?q=lansia')).toEqual(['Puskesmas Keliling Ramah Lansia']);
    await db.execute(sql`update catalogue_entries set name = 'Puskesmas Keliling Ramah Lansia Plus' where entry_id = ${puskesmas}`);
    expect(await names('/katalog?q=lansia')).toEqual(['Puskesmas Keliling Ramah Lansia Plus']);
    await db.execute(sql`update catalogue_entries set name = 'Puskesmas Keliling Ramah Lansia' where entry_id = ${puskesmas}`);
  });

  it('escapes what people typed', async () => {
    const id = await approved('Inovasi <script>alert(1)</script>', { tujuan: '<img src=x onerror=alert(1)> & "kutip"' });
    const path = (await publish(id)).json().path as string;
    const body = (await get(path)).body;
    expect(body).not.toContain('<script>alert');
    expect(body).not.toContain('<img src=x');
    expect(body).toContain('&lt;img src=x onerror=alert(1)&gt; &amp; &quot;kutip&quot;');
  });
});
