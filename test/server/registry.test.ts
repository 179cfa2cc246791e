// Periods and the innovation registry: one open period, snapshots, scope, versioned autosave, locking.
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { innovationEntries } from '../../src/server/db/schema';
import { fillWordCounts } from '../../src/server/shared/entries/word-counts';
import { call, createTestApp, idOf, login, type TestContext } from '../support/app';

let ctx: TestContext;
let admin: string;
let operator: string;
let otherOperator: string;
let periodId: string;

const open2026 = { year: 2026, frameworkId: 'iid-2026', penjaringanOpensOn: '2026-06-01', penjaringanClosesOn: '2026-08-15', internalDeadline: '2026-08-01' };

beforeAll(async () => {
  ctx = await createTestApp();
  admin = await login(ctx.app, 'admin');
  operator = await login(ctx.app, 'operator.dinkes');
  otherOperator = await login(ctx.app, 'operator.dispendukcapil');
});
afterAll(() => ctx.close());

describe('assessment periods', () => {
  it('opens a period on a framework, with dates in order', async () => {
    const bad = await call(ctx.app, admin, 'POST', '/api/periods', { ...open2026, penjaringanClosesOn: '2026-05-01' });
    expect(bad.json().error.fields).toEqual({ penjaringanClosesOn: 'Tanggal ini harus sesudah tanggal pembukaan.' });
    const unknown = await call(ctx.app, admin, 'POST', '/api/periods', { ...open2026, frameworkId: 'iid-1999' });
    expect(unknown.json().error.fields.frameworkId).toBeTruthy();
    const res = await call(ctx.app, admin, 'POST', '/api/periods', open2026);
    expect(res.statusCode).toBe(201);
    expect(res.json()).toMatchObject({ year: 2026, status: 'open', frameworkName: 'Indeks Inovasi Daerah 2026', entryCount: 0 });
    periodId = res.json().id;
  });

  it('allows one open period per region', async () => {
    const res = await call(ctx.app, admin, 'POST', '/api/periods', { ...open2026, year: 2027 });
    expect(res.statusCode).toBe(409);
    expect(res.json().error.code).toBe('period_open_exists');
  });

  it('operators read periods but cannot open or close them', async () => {
    expect((await call(ctx.app, operator, 'GET', '/api/periods')).json()).toHaveLength(1);
    expect((await call(ctx.app, operator, 'POST', `/api/periods/${periodId}/status`, { status: 'closed' })).statusCode).toBe(403);
  });
});

describe('innovation registry', () => {
  let entryId: string;

  it('an operator registers an innovation for their own OPD', async () => {
    const res = await call(ctx.app, operator, 'POST', '/api/innovations', { name: 'GAYATRI — Gerbang Pelayanan Terpadu' });
    expect(res.statusCode).toBe(201);
    expect(res.json()).toMatchObject({
      status: 'draft',
      sent: false,
      periodYear: 2026,
      opdName: 'Dinas Kesehatan, Pengendalian Penduduk dan Keluarga Berencana',
      version: 1,
    });
    entryId = res.json().id;
  });

  it('an operator cannot place an innovation in another OPD, nor see another OPD’s', async () => {
    const dispenduk = await idOf(ctx.app, admin, '/api/opds?q=Dispendukcapil', () => true);
    const res = await call(ctx.app, operator, 'POST', '/api/innovations', { name: 'X', opdId: dispenduk });
    expect(res.json().opdName).toMatch(/Dinas Kesehatan/);
    expect((await call(ctx.app, otherOperator, 'GET', `/api/innovations/entries/${entryId}`)).statusCode).toBe(404);
    expect((await call(ctx.app, otherOperator, 'PATCH', `/api/innovations/entries/${entryId}`, { version: 1, name: 'hijack' })).statusCode).toBe(404);
    expect((await call(ctx.app, otherOperator, 'GET', '/api/innovations')).json().total).toBe(0);
    expect((await call(ctx.app, admin, 'GET', '/api/innovations')).json().total).toBe(2);
  });

  it('saves the profile as it is typed, with field errors and version checks', async () => {
    const bad = await call(ctx.app, operator, 'PATCH', `/api/innovations/entries/${entryId}`, {
      version: 1,
      tahapan: 'selesai',
      urusanUtama: '9.99',
      waktuPenerapan: '1 Mei',
    });
    expect(Object.keys(bad.json().error.fields).sort()).toEqual(['tahapan', 'urusanUtama', 'waktuPenerapan']);
    const words = Array.from({ length: 120 }, (_, k) => `kata${k}`).join(' ');
    const saved = await call(ctx.app, operator, 'PATCH', `/api/innovations/entries/${entryId}`, {
      version: 1,
      tahapan: 'penerapan',
      jenis: 'digital',
      urusanUtama: '1.02',
      urusanLain: ['2.12'],
      waktuPenerapan: '2022-03-01',
      rancangBangun: `<p>${words}</p>`,
    });
    expect(saved.statusCode).toBe(200);
    expect(saved.json()).toMatchObject({ version: 2, tahapan: 'penerapan', rancangBangunWords: 120, urusanLain: ['2.12'] });
    expect(saved.json().eligibility[0]).toEqual({ code: 'older_than_window', from: '2024-01-01' });
    const stale = await call(ctx.app, operator, 'PATCH', `/api/innovations/entries/${entryId}`, { version: 1, jenis: 'non_digital' });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().error.code).toBe('stale_version');
    // The refusal carries the entry as it is now (version and every field), so the client merges field by field;
    // nothing of the refused save was written.
    expect(stale.json().error.current).toMatchObject({ id: entryId, version: 2, jenis: 'digital', tahapan: 'penerapan', urusanLain: ['2.12'] });
    expect(stale.json().error.message).toMatch(/diubah/);
    expect((await call(ctx.app, operator, 'GET', `/api/innovations/entries/${entryId}`)).json()).toMatchObject({ version: 2, jenis: 'digital' });
    const audit = (await call(ctx.app, admin, 'GET', '/api/audit?entityType=innovation&action=update')).json().items[0];
    expect(audit.after.rancangBangun).toBe('(120 kata)');
    // The count is kept with the text, not something a person changed.
    expect(audit.after).not.toHaveProperty('rancangBangunWords');
  });

  it('the list shows the word count stored with the text, and counts it where it is not stored yet', async () => {
    const listed = async () =>
      (await call(ctx.app, operator, 'GET', '/api/innovations?pageSize=100')).json().items.find((e: { id: string }) => e.id === entryId).rancangBangunWords;
    const stored = async () =>
      (await ctx.database.db.select({ words: innovationEntries.rancangBangunWords }).from(innovationEntries).where(eq(innovationEntries.id, entryId)))[0].words;
    expect(await stored()).toBe(120);
    expect(await listed()).toBe(120);
    // A row from before the count was stored (an upgrade, an older backup restored): counted from the text when
    // listed, and stored at the next start.
    await ctx.database.db.update(innovationEntries).set({ rancangBangunWords: null }).where(eq(innovationEntries.id, entryId));
    expect(await listed()).toBe(120);
    expect(await fillWordCounts(ctx.database.db)).toBeGreaterThanOrEqual(1);
    expect(await stored()).toBe(120);
    // A new innovation has no text and no words.
    const fresh = (await call(ctx.app, operator, 'POST', '/api/innovations', { name: 'Tanpa rancang bangun' })).json();
    expect(fresh.rancangBangunWords).toBe(0);
    expect((await ctx.database.db.select().from(innovationEntries).where(eq(innovationEntries.id, fresh.id)))[0].rancangBangunWords).toBe(0);
  });

  it('keeps rich text to a safe subset of HTML', async () => {
    const other = (await call(ctx.app, operator, 'POST', '/api/innovations', { name: 'Teks kaya' })).json();
    const res = await call(ctx.app, operator, 'PATCH', `/api/innovations/entries/${other.id}`, {
      version: other.version,
      rancangBangun:
        '<h3>Latar</h3><p onclick="x()">Satu <strong>dua</strong> <a href="javascript:alert(1)">tiga</a></p><script>alert(1)</script><img src=x onerror=alert(1)>',
    });
    expect(res.json().rancangBangun).toBe('<h3>Latar</h3><p>Satu <strong>dua</strong> <a rel="noopener noreferrer">tiga</a></p>');
    expect(res.json().rancangBangunWords).toBe(4);
  });

  it('lists, searches and filters on the server', async () => {
    const list = (await call(ctx.app, admin, 'GET', '/api/innovations?q=gayatri&tahapan=penerapan')).json();
    expect(list.items.map((e: { id: string }) => e.id)).toEqual([entryId]);
    expect(list.items[0].rancangBangunWords).toBe(120);
  });

  it('a search finds an innovation by the name of its unit, and only there', async () => {
    const dinkes = (await call(ctx.app, operator, 'GET', '/api/auth/me')).json().opd.id;
    const [unit] = (await call(ctx.app, operator, 'GET', `/api/opds/${dinkes}`)).json().units as { id: string; name: string }[];
    const created = (await call(ctx.app, operator, 'POST', '/api/innovations', { name: 'Posyandu Remaja', unitId: unit.id })).json();
    const found = (await call(ctx.app, admin, 'GET', `/api/innovations?q=${encodeURIComponent(unit.name.split(' ').pop() as string)}`)).json();
    expect(found.items.map((e: { id: string }) => e.id)).toEqual([created.id]);
    expect(found.total).toBe(1);
    // Another OPD's operator does not find it by that name either.
    expect((await call(ctx.app, otherOperator, 'GET', `/api/innovations?q=${encodeURIComponent(unit.name)}`)).json().total).toBe(0);
  });

  it('nothing changes once penjaringan is closed or the period locked', async () => {
    expect((await call(ctx.app, admin, 'POST', `/api/periods/${periodId}/status`, { status: 'closed' })).json().status).toBe('closed');
    const closed = await call(ctx.app, operator, 'PATCH', `/api/innovations/entries/${entryId}`, { version: 2, jenis: 'non_digital' });
    expect(closed.statusCode).toBe(409);
    expect(closed.json().error.code).toBe('period_closed');
    expect((await call(ctx.app, operator, 'POST', '/api/innovations', { name: 'Late' })).json().error.code).toBe('period_closed');
    await call(ctx.app, admin, 'POST', `/api/periods/${periodId}/status`, { status: 'locked' });
    const locked = await call(ctx.app, operator, 'PATCH', `/api/innovations/entries/${entryId}`, { version: 2, jenis: 'non_digital' });
    expect(locked.json().error.code).toBe('period_locked');
    expect((await call(ctx.app, admin, 'POST', `/api/periods/${periodId}/status`, { status: 'open' })).json().error.code).toBe('period_locked');
    expect((await call(ctx.app, admin, 'PATCH', `/api/periods/${periodId}`, { maturityThreshold: 60 })).json().error.code).toBe('period_locked');
    // Past periods stay readable.
    expect((await call(ctx.app, operator, 'GET', `/api/innovations/entries/${entryId}`)).json().jenis).toBe('digital');
  });
});
