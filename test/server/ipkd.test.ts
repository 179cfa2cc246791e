// IPKD through the API: framework versions (built-in read-only, clone, weights that must sum to 100 %, stale
// saves, export and import), a measurement year opened with a version of that year, values saved field by field
// with their checks, documents, the review (returned with a note, accepted), the claimed and verified index by
// hand, the official result with its source, and who may do what.
import { describe, expect, it } from 'vitest';
import { call, openPeriod2026, secondRegion } from '../support/app';
import { pdf } from '../support/files';
import { signedInApp } from '../support/signed-in-app';

const s = signedInApp(['admin', 'verifikator', 'pimpinan', 'operator.dinkes']);
const api = (who: keyof typeof s.cookie, method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE', url: string, body?: unknown) =>
  call(s.app, s.cookie[who], method, url, body);
const V = '/api/ipkd/years/2026/values';

interface Framework {
  id: string;
  name: string;
  measurementYear: number;
  dimensions: { id: string; weight: number; indicators: { id: string }[] }[];
  bands: { A: number; B: number; defaultBands: boolean };
}

describe('IPKD framework versions', () => {
  it('built-ins are listed and read-only; a clone takes the pedoman’s weights only when they sum to 100 %', async () => {
    const list = (await api('pimpinan', 'GET', '/api/ipkd/frameworks')).json() as { id: string; builtIn: boolean; defaults: boolean }[];
    expect(list.filter((f) => f.builtIn).map((f) => f.id)).toEqual(['ipkd-2023', 'ipkd-2024', 'ipkd-2025', 'ipkd-2026']);
    expect(list.every((f) => f.defaults)).toBe(true);

    const builtIn = (await api('admin', 'GET', '/api/ipkd/frameworks/ipkd-2026')).json();
    expect((await api('admin', 'PUT', '/api/ipkd/frameworks/ipkd-2026', { framework: builtIn.framework, version: 1 })).statusCode).toBe(403);

    const clone = await api('admin', 'POST', '/api/ipkd/frameworks/ipkd-2026/clone', { name: 'IPKD 2026 sesuai pedoman' });
    expect(clone.statusCode).toBe(201);
    const { framework, version } = clone.json() as { framework: Framework; version: number };
    expect(framework.name).toBe('IPKD 2026 sesuai pedoman');

    const off = structuredClone(framework);
    off.dimensions[0].weight = 20; // 20 + 17 + 17 + 17 + 16 + 16 = 103
    const refused = await api('admin', 'PUT', `/api/ipkd/frameworks/${framework.id}`, { framework: off, version });
    expect(refused.statusCode).toBe(400);
    expect(refused.json().error.fields.dimensions).toBe('Jumlah bobot dimensi harus 100% (sekarang 103%).');

    const fixed = structuredClone(off);
    fixed.dimensions[5].weight = 13;
    fixed.bands = { A: 80, B: 65, defaultBands: false };
    const saved = await api('admin', 'PUT', `/api/ipkd/frameworks/${framework.id}`, { framework: fixed, version });
    expect(saved.statusCode).toBe(200);
    expect(saved.json().framework.bands).toEqual({ A: 80, B: 65, defaultBands: false });
    // The version the editor loaded is gone now.
    expect((await api('admin', 'PUT', `/api/ipkd/frameworks/${framework.id}`, { framework: fixed, version })).statusCode).toBe(409);

    // Export and import give back the same rules under a new id.
    const exported = (await api('admin', 'GET', `/api/ipkd/frameworks/${framework.id}`)).json().framework as Framework;
    const imported = await api('admin', 'POST', '/api/ipkd/frameworks/import', { framework: exported });
    expect(imported.statusCode).toBe(201);
    const back = imported.json().framework as Framework;
    expect(back.id).not.toBe(framework.id);
    expect({ d: back.dimensions, b: back.bands, y: back.measurementYear }).toEqual({ d: exported.dimensions, b: exported.bands, y: 2026 });
    const bad = await api('admin', 'POST', '/api/ipkd/frameworks/import', { framework: { ...exported, dimensions: 'x' } });
    expect(bad.statusCode).toBe(400);

    // Another region neither sees nor changes it.
    const other = await secondRegion(s.app, '35.99', 'admin.ipkd.lain');
    expect((await call(s.app, other.cookie, 'GET', `/api/ipkd/frameworks/${framework.id}`)).statusCode).toBe(404);
    expect((await call(s.app, other.cookie, 'DELETE', `/api/ipkd/frameworks/${framework.id}`)).statusCode).toBe(404);
    expect((await api('admin', 'DELETE', `/api/ipkd/frameworks/${back.id}`)).statusCode).toBe(200);
  });
});

describe('a measurement year', () => {
  it('opens with a version of its own year, once', async () => {
    const wrongYear = await api('admin', 'POST', '/api/ipkd/years', { measurementYear: 2026, frameworkId: 'ipkd-2025' });
    expect(wrongYear.json().error.fields.frameworkId).toMatch(/tahun ukur lain/);
    expect((await api('pimpinan', 'POST', '/api/ipkd/years', { measurementYear: 2026, frameworkId: 'ipkd-2026' })).statusCode).toBe(403);
    const opened = await api('admin', 'POST', '/api/ipkd/years', { measurementYear: 2026, frameworkId: 'ipkd-2026', fiscalCapacity: 'sedang' });
    expect(opened.statusCode).toBe(201);
    expect(opened.json()).toMatchObject({ measurementYear: 2026, budgetYear: 2025, claimed: { ipkd: 0, predicate: 'C' }, fiscalCapacity: 'sedang' });
    const again = await api('admin', 'POST', '/api/ipkd/years', { measurementYear: 2026, frameworkId: 'ipkd-2026' });
    expect(again.json().error.fields.measurementYear).toMatch(/sudah dibuka/);
  });

  it('keeps each field saved alone, refuses values outside the range, a wrong choice and a date outside the budget year', async () => {
    const first = await api('admin', 'PATCH', `${V}/D1.konsistensi`, { version: 0, value: 80 });
    expect(first.statusCode).toBe(200);
    expect(first.json()).toMatchObject({ value: 80, reviewStatus: 'draft', version: 1 });
    const note = await api('admin', 'PATCH', `${V}/D1.konsistensi`, { version: 1, note: 'Dari RKPD 2025 hal. 12' });
    expect(note.json()).toMatchObject({ value: 80, note: 'Dari RKPD 2025 hal. 12', version: 2 });
    expect((await api('admin', 'PATCH', `${V}/D1.konsistensi`, { version: 1, value: 90 })).statusCode).toBe(409);

    const range = await api('admin', 'PATCH', `${V}/D1.konsistensi`, { version: 2, value: 101 });
    expect(range.statusCode).toBe(400);
    expect(range.json().error.fields.value).toBe('Isi angka antara 0 dan 100.');
    const choice = await api('admin', 'PATCH', `${V}/D6.opini`, { version: 0, value: 'BAIK' });
    expect(choice.json().error.fields.value).toMatch(/Pilih salah satu/);
    expect((await api('admin', 'PATCH', `${V}/D9.tidak_ada`, { version: 0, value: 1 })).statusCode).toBe(404);

    expect((await api('admin', 'PATCH', `${V}/D1.tepat_waktu`, { version: 0, value: 'ya' })).statusCode).toBe(200);
    expect((await api('admin', 'PATCH', `${V}/D6.opini`, { version: 0, value: 'WDP' })).statusCode).toBe(200);

    // D1 = (80 + 100) ÷ 2 = 90 → 17 × 90 % = 15.3; D6 = 70 → 16 × 70 % = 11.2; the rest unanswered: 26.5 → C.
    const year = (await api('pimpinan', 'GET', '/api/ipkd/years/2026')).json();
    expect(year.claimed).toEqual({ ipkd: 26.5, predicate: 'C' });
    expect(year.verified).toEqual({ ipkd: 0, predicate: 'C' });
    expect(year.claimedResult.dimensions[0]).toMatchObject({ id: 'D1', index: 90, answered: 2, total: 2 });
    expect(year.next).toEqual({ predicate: 'B', points: 33.5 });
    // Biggest first: D4.belanja, D4.pendapatan, D2's four, … each worth its share of its dimension's weight.
    expect(year.actions[0]).toMatchObject({ kind: 'missing', gain: 17 });
    expect(year.answered).toBe(3);
  });

  it('a document dated outside the budget year is refused on its field', async () => {
    // Tahun ukur 2026 measures TA 2025: the publications of D3 are dated in 2025.
    const late = await api('admin', 'PATCH', `${V}/D3.publikasi`, { version: 0, value: 20, documentDate: '2026-02-01' });
    expect(late.statusCode).toBe(400);
    expect(late.json().error.fields.documentDate).toBe('Tanggal dokumen harus di tahun anggaran yang diukur (2025).');
    const inYear = await api('admin', 'PATCH', `${V}/D3.publikasi`, { version: 0, value: 20, documentDate: '2025-03-01' });
    expect(inYear.json()).toMatchObject({ value: 20, documentDate: '2025-03-01', version: 1 });
    // Realisation is not dated by its rule: kept as typed.
    expect((await api('admin', 'PATCH', `${V}/D4.belanja`, { version: 0, value: 95.5 })).json()).toMatchObject({ value: 95.5 });
  });
});

describe('review of a value', () => {
  it('needs a document, goes to a verifier, is returned with a note, accepted, and counts as verified', async () => {
    type Value = { indicatorId: string; version: number; reviewStatus: string; documents: { id: string }[] };
    const current = async (id: string) =>
      ((await api('admin', 'GET', '/api/ipkd/years/2026')).json().values as Value[]).find((v) => v.indicatorId === id) as Value;
    let v = await current('D6.opini');
    const noDocument = await api('admin', 'POST', `${V}/D6.opini/submit`, { version: v.version });
    expect(noDocument.json().error.code).toBe('ipkd_document_required');

    const body = new FormData();
    body.append('file', new Blob([new Uint8Array(pdf('LHP BPK atas LKPD 2025'))], { type: 'application/pdf' }), 'lhp-bpk.pdf');
    const upload = await s.app.inject({
      method: 'POST',
      url: `${V}/D6.opini/documents`,
      headers: { cookie: s.cookie.admin, 'x-requested-with': 'test' },
      payload: body,
    });
    expect(upload.statusCode).toBe(200);
    const doc = upload.json().documents[0];
    expect(doc).toMatchObject({ fileName: 'lhp-bpk.pdf', mime: 'application/pdf' });
    const file = await api('verifikator', 'GET', `/api/ipkd/documents/${doc.id}`);
    expect(file.statusCode).toBe(200);
    expect(file.headers['content-type']).toBe('application/pdf');

    v = await current('D6.opini');
    expect((await api('admin', 'POST', `${V}/D6.opini/submit`, { version: v.version })).json().reviewStatus).toBe('menunggu');
    v = await current('D6.opini');
    expect((await api('pimpinan', 'POST', `${V}/D6.opini/review`, { version: v.version, decision: 'accept' })).statusCode).toBe(403);
    const noNote = await api('verifikator', 'POST', `${V}/D6.opini/review`, { version: v.version, decision: 'return' });
    expect(noNote.json().error.fields.note).toMatch(/catatan/);
    const returned = await api('verifikator', 'POST', `${V}/D6.opini/review`, { version: v.version, decision: 'return', note: 'Lampirkan halaman opini.' });
    expect(returned.json()).toMatchObject({ reviewStatus: 'dikembalikan', reviewNote: 'Lampirkan halaman opini.' });

    // Sent again unchanged after a return, then accepted: D6 counts in the verified index (16 × 70 % = 11.2).
    v = await current('D6.opini');
    await api('admin', 'POST', `${V}/D6.opini/submit`, { version: v.version });
    v = await current('D6.opini');
    expect((await api('verifikator', 'POST', `${V}/D6.opini/review`, { version: v.version, decision: 'accept' })).json().reviewStatus).toBe('diterima');
    expect((await api('admin', 'GET', '/api/ipkd/years/2026')).json().verified).toEqual({ ipkd: 11.2, predicate: 'C' });

    // A changed value is a draft again and leaves the verified index.
    v = await current('D6.opini');
    expect((await api('admin', 'PATCH', `${V}/D6.opini`, { version: v.version, value: 'WTP' })).json().reviewStatus).toBe('draft');
    expect((await api('admin', 'GET', '/api/ipkd/years/2026')).json().verified.ipkd).toBe(0);

    // Removing a document makes the value a draft too; the region's other documents are out of reach elsewhere.
    const other = await secondRegion(s.app, '35.98', 'admin.ipkd.dok');
    expect((await call(s.app, other.cookie, 'GET', `/api/ipkd/documents/${doc.id}`)).statusCode).toBe(404);
    expect((await api('admin', 'DELETE', `/api/ipkd/documents/${doc.id}`)).statusCode).toBe(200);
    expect((await current('D6.opini')).documents ?? []).toEqual([]);
  });

  it('sends every ready draft at once and names the rest', async () => {
    const link = await api('admin', 'POST', `${V}/D1.konsistensi/documents`, { url: 'https://mojokertokota.go.id/rkpd-2025', title: 'RKPD 2025' });
    expect(link.json().documents[0]).toMatchObject({ url: 'https://mojokertokota.go.id/rkpd-2025', title: 'RKPD 2025' });
    expect((await api('admin', 'POST', `${V}/D1.tepat_waktu/documents`, { url: 'ftp://x' })).json().error.fields.url).toMatch(/alamat web/);
    const sent = (await api('admin', 'POST', '/api/ipkd/years/2026/submit')).json();
    expect(sent.notReady).not.toContainEqual(expect.objectContaining({ indicatorId: 'D1.konsistensi' }));
    expect(sent.sent).toBe(1);
    expect(sent.notReady).toEqual(
      expect.arrayContaining([
        { indicatorId: 'D1.tepat_waktu', code: 'ipkd_document_required' },
        { indicatorId: 'D2.pegawai', code: 'ipkd_value_required' },
      ]),
    );
  });
});

describe('official result', () => {
  it('needs its source; absent fields stay; pimpinan reads but does not write', async () => {
    const year = (await api('admin', 'GET', '/api/ipkd/years/2026')).json();
    const noSource = await api('admin', 'PATCH', '/api/ipkd/years/2026', { version: year.version, officialIpkd: 79.523 });
    expect(noSource.json().error.fields.officialSource).toBe('Wajib diisi.');
    const saved = await api('admin', 'PATCH', '/api/ipkd/years/2026', {
      version: year.version,
      officialIpkd: 79.523,
      officialPredicate: 'A',
      officialSource: 'Keputusan Gubernur Jawa Timur 2026',
    });
    expect(saved.statusCode).toBe(200);
    expect(saved.json()).toMatchObject({
      fiscalCapacity: 'sedang',
      official: { ipkd: 79.523, predicate: 'A', rank: null, source: 'Keputusan Gubernur Jawa Timur 2026' },
    });
    expect((await api('pimpinan', 'PATCH', '/api/ipkd/years/2026', { version: saved.json().version, officialRank: 3 })).statusCode).toBe(403);
    expect((await api('operator.dinkes', 'GET', '/api/ipkd/years')).statusCode).toBe(403);
    const trend = (await api('pimpinan', 'GET', '/api/ipkd/years')).json();
    expect(trend.map((y: { measurementYear: number }) => y.measurementYear)).toEqual([2026]);
  });

  it('stands beside the IID in the leaders’ report, with what would raise it', async () => {
    await openPeriod2026(s.app, s.cookie.admin);
    const report = await api('pimpinan', 'GET', '/api/exports/report.pdf');
    expect(report.statusCode).toBe(200);
    const { extractText } = await import('unpdf');
    const text = (await extractText(new Uint8Array(report.rawPayload), { mergePages: true })).text.replace(/\s+/g, ' ');
    expect(text).toContain('Indeks Pengelolaan Keuangan Daerah (IPKD)');
    expect(text).toContain('Tahun ukur 2026 (tahun anggaran 2025)');
    expect(text).toContain('Hasil resmi: 79,523 — predikat A (sumber: Keputusan Gubernur Jawa Timur 2026)');
    expect(text).toContain('Opini BPK atas LKPD (bobot 16 %): indeks 100,00');
    expect(text).toContain('Realisasi pendapatan daerah terhadap target (+8,50 poin, mencapai predikat B)');
    expect(text).toContain('Yang paling menaikkan IPKD');
  });
});
