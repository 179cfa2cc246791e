// Citizen feedback: the public form (valid, invalid, honeypot, limits per sender), nothing of the sender kept but
// the day's hash, the moderation queue and who may use it, satisfaction figures and their spreadsheet.
import { and, eq, inArray } from 'drizzle-orm';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { FEEDBACK_PER_SENDER_PER_HOUR, HIDDEN_MARK } from '../../src/domain/catalogue/feedback';
import { auditEvents, catalogueEntries, citizenFeedback, innovationEntries, opds } from '../../src/server/db/schema';
import { call, secondRegion } from '../support/app';
import { signedInApp } from '../support/signed-in-app';

const s = signedInApp(['admin', 'operator.dinkes', 'kepala.dinkes', 'operator.dispendukcapil', 'pimpinan', 'verifikator'], { demoInnovations: true });
const db = () => s.ctx.database.db;

/** Publishes a demo innovation of the OPD whose short name is given, as the catalogue feature will: one catalogue row. */
async function publish(opdShortName: string, slug: string, skip = 0) {
  const [entry] = await db()
    .select({
      id: innovationEntries.id,
      innovationId: innovationEntries.innovationId,
      regionId: innovationEntries.regionId,
      opdId: innovationEntries.opdId,
      name: innovationEntries.name,
      opdName: opds.name,
    })
    .from(innovationEntries)
    .innerJoin(opds, eq(opds.id, innovationEntries.opdId))
    .where(eq(opds.shortName, opdShortName))
    .orderBy(innovationEntries.name)
    .offset(skip)
    .limit(1);
  if (!entry) throw new Error(`no demo innovation of ${opdShortName}`);
  await db().insert(catalogueEntries).values({
    innovationId: entry.innovationId,
    regionId: entry.regionId,
    opdId: entry.opdId,
    entryId: entry.id,
    slug,
    year: 2026,
    name: entry.name,
    opdName: entry.opdName,
  });
  return entry;
}

const form = (slug: string, fields: Record<string, string>, ip = '10.9.0.1', headers: Record<string, string> = {}) =>
  s.app.inject({
    method: 'POST',
    url: `/katalog/inovasi/${slug}/umpan-balik`,
    headers: { 'content-type': 'application/x-www-form-urlencoded', accept: 'text/html', ...headers },
    payload: new URLSearchParams(fields).toString(),
    remoteAddress: ip,
  });
const asJson = (slug: string, body: Record<string, unknown>, ip = '10.9.0.1') =>
  s.app.inject({
    method: 'POST',
    url: `/katalog/inovasi/${slug}/umpan-balik`,
    headers: { 'content-type': 'application/json', accept: 'application/json' },
    payload: body,
    remoteAddress: ip,
  });

const stored = async (innovationId: string) => db().select().from(citizenFeedback).where(eq(citizenFeedback.innovationId, innovationId));

describe('citizen feedback', () => {
  it('the public form: accepted, invalid, honeypot, unknown innovation, limits per sender — and nothing of the sender but a hash', async () => {
    const a = await publish('Dinkes PPKB', 'sehat-bersama');
    const b = await publish('Dinkes PPKB', 'posyandu-digital', 1);
    const c = await publish('Dispendukcapil', 'adminduk-keliling');

    const ok = await form('sehat-bersama', { rating: '5', comment: 'Sangat membantu. WA saya 081234567890', website: '' });
    expect(ok.statusCode).toBe(303);
    expect(ok.headers.location).toBe('/katalog/inovasi/sehat-bersama?umpan-balik=terkirim#umpan-balik');
    const [row] = await stored(a.innovationId);
    expect(row).toMatchObject({ rating: 5, status: 'pending', regionId: a.regionId, opdId: a.opdId, comment: 'Sangat membantu. WA saya 081234567890' });
    expect(row?.senderHash).toMatch(/^[0-9a-f]{32}$/);
    // The address is not kept anywhere in the row.
    expect(JSON.stringify(row)).not.toContain('10.9.0.1');

    // Invalid: the form goes back saying so, the JSON answer names the fields; nothing is written.
    // Without JavaScript the form comes back holding what was typed.
    const bad = await form('posyandu-digital', { rating: '7', comment: 'Antrean <cepat> & rapi' }, '10.9.0.2');
    expect(bad.statusCode).toBe(400);
    expect(bad.body).toContain('Pilih nilai 1 sampai 5');
    expect(bad.body).toContain('>Antrean &lt;cepat&gt; &amp; rapi</textarea>');
    const badJson = await asJson('posyandu-digital', { rating: 0, comment: 'x'.repeat(1001) }, '10.9.0.2');
    expect(badJson.statusCode).toBe(400);
    expect(Object.keys(badJson.json().error.fields).sort()).toEqual(['comment', 'rating']);
    expect(badJson.json().error.fields.comment).toBe('Maksimal 1000 karakter.');
    expect((await asJson('posyandu-digital', { comment: 'tanpa nilai' }, '10.9.0.2')).json().error.fields.rating).toBe('Wajib diisi.');
    expect((await form('posyandu-digital', { rating: '', comment: 'ok' }, '10.9.0.2')).statusCode).toBe(400);
    expect(await stored(b.innovationId)).toEqual([]);

    // The honeypot: answered as accepted, nothing kept (form and JSON alike).
    expect((await form('posyandu-digital', { rating: '5', website: 'http://spam.example' }, '10.9.0.3')).headers.location).toContain('umpan-balik=terkirim');
    expect((await asJson('posyandu-digital', { rating: 5, website: 'x' }, '10.9.0.3')).statusCode).toBe(201);
    expect(await stored(b.innovationId)).toEqual([]);

    // Not published, or no such address: 404 — a page for the form (withdrawn while read), the error for a script.
    const gone = await form('tidak-ada', { rating: '4' });
    expect(gone.statusCode).toBe(404);
    expect(gone.headers['content-type']).toContain('text/html');
    expect(gone.body).toContain('Ke katalog inovasi');
    expect((await asJson('tidak-ada', { rating: 4 })).json().error.code).toBe('not_found');

    // Once per innovation a day per sender; another sender may.
    const again = await form('sehat-bersama', { rating: '2', comment: 'Komentar panjang yang sudah diketik' });
    expect(again.statusCode).toBe(429);
    // The page says why (a second rating today is the usual reason), not only "too many", and keeps the rating and comment.
    expect(again.body).toContain('sudah dinilai dari jaringan Anda hari ini');
    expect(again.body).toContain('value="2" required checked');
    expect(again.body).toContain('>Komentar panjang yang sudah diketik</textarea>');
    expect((await asJson('sehat-bersama', { rating: 1 })).statusCode).toBe(429);
    expect((await asJson('sehat-bersama', { rating: 4, comment: 'Bagus' }, '10.9.0.4')).json()).toEqual({ ok: true, status: 'pending' });
    expect(await stored(a.innovationId)).toHaveLength(2);

    // At most FEEDBACK_PER_SENDER_PER_HOUR posts an hour, whatever the innovations.
    const hash = row?.senderHash as string;
    await db()
      .insert(citizenFeedback)
      .values(
        Array.from({ length: FEEDBACK_PER_SENDER_PER_HOUR - 1 }, () => ({
          regionId: b.regionId,
          innovationId: b.innovationId,
          opdId: b.opdId,
          rating: 3,
          senderHash: hash,
        })),
      );
    expect((await asJson('adminduk-keliling', { rating: 5 })).statusCode).toBe(429);
    expect(await stored(c.innovationId)).toEqual([]);
    await db()
      .delete(citizenFeedback)
      .where(and(eq(citizenFeedback.innovationId, b.innovationId), eq(citizenFeedback.senderHash, hash)));
    expect((await asJson('adminduk-keliling', { rating: 2 })).statusCode).toBe(201);

    // Several posts of one sender at once: the limit still holds.
    const burst = await Promise.all(Array.from({ length: 4 }, () => asJson('posyandu-digital', { rating: 3 }, '10.9.0.5')));
    expect(burst.map((r) => r.statusCode).sort()).toEqual([201, 429, 429, 429]);
  });

  it('moderation: the admin approves and rejects (audited), OPD roles read their own approved feedback, others are refused', async () => {
    const { app, cookie } = s;
    const [a] = await db().select().from(catalogueEntries).where(eq(catalogueEntries.slug, 'sehat-bersama'));
    const queue = (await call(app, cookie.admin, 'GET', '/api/feedback')).json();
    expect(queue.status).toBe('pending');
    expect(queue.counts).toEqual({ pending: 4, approved: 0, rejected: 0 });
    const times = queue.items.map((i: { createdAt: string }) => i.createdAt);
    expect(times).toEqual([...times].sort());
    const first = queue.items.find((i: { rating: number; innovationId: string }) => i.innovationId === a?.innovationId && i.rating === 5);
    expect(first).toMatchObject({ innovationName: a?.name, slug: 'sehat-bersama', comment: `Sangat membantu. WA saya ${HIDDEN_MARK}`, hidPersonalData: true });
    expect(queue.options.innovations.map((i: { id: string }) => i.id)).toContain(a?.innovationId);
    expect((await call(app, cookie.admin, 'GET', `/api/feedback?rating=2`)).json().items).toHaveLength(1);
    expect((await call(app, cookie.admin, 'GET', `/api/feedback?innovationId=${a?.innovationId}`)).json().total).toBe(2);
    expect((await call(app, cookie.admin, 'GET', `/api/feedback?opdId=${a?.opdId}`)).json().total).toBe(3);

    // Only the Admin Daerah decides.
    const ids = queue.items.map((i: { id: string }) => i.id);
    for (const who of ['operator.dinkes', 'kepala.dinkes', 'pimpinan', 'verifikator'] as const)
      expect((await call(app, cookie[who], 'POST', '/api/feedback/moderate', { ids, decision: 'approved' })).statusCode).toBe(403);
    // Bad input: a clear message, nothing decided.
    const bad = await call(app, cookie.admin, 'POST', '/api/feedback/moderate', { ids: [], decision: 'maybe' });
    expect(bad.statusCode).toBe(400);
    expect(Object.keys(bad.json().error.fields).sort()).toEqual(['decision', 'ids']);

    // Another region's admin cannot name this region's feedback: 404, and nothing changes for anyone.
    const other = await secondRegion(app, '35.17', 'admin.umpanbalik');
    expect((await call(app, other.cookie, 'POST', '/api/feedback/moderate', { ids: [ids[0]], decision: 'rejected' })).statusCode).toBe(404);
    expect((await call(app, other.cookie, 'GET', '/api/feedback')).json().total).toBe(0);
    expect(
      (await call(app, cookie.admin, 'POST', '/api/feedback/moderate', { ids: [ids[0], '00000000-0000-4000-8000-000000000000'], decision: 'approved' }))
        .statusCode,
    ).toBe(404);
    expect((await call(app, cookie.admin, 'GET', '/api/feedback')).json().counts.pending).toBe(4);

    // Approve three (the 5 and 4 of sehat-bersama, the 2 of adminduk-keliling), reject the fourth.
    const rejectId = queue.items.find((i: { slug: string }) => i.slug === 'posyandu-digital').id;
    const approveIds = ids.filter((id: string) => id !== rejectId);
    const approved = await call(app, cookie.admin, 'POST', '/api/feedback/moderate', { ids: approveIds, decision: 'approved' });
    expect(approved.json()).toEqual({ changed: 3, counts: { pending: 1, approved: 3, rejected: 0 } });
    expect((await call(app, cookie.admin, 'POST', '/api/feedback/moderate', { ids: [rejectId], decision: 'rejected' })).json().counts).toEqual({
      pending: 0,
      approved: 3,
      rejected: 1,
    });
    // Deciding again the same way changes nothing.
    expect((await call(app, cookie.admin, 'POST', '/api/feedback/moderate', { ids: approveIds, decision: 'approved' })).json().changed).toBe(0);
    const trail = await db()
      .select()
      .from(auditEvents)
      .where(and(eq(auditEvents.entityType, 'citizen_feedback'), inArray(auditEvents.entityId, ids)));
    expect(trail.map((e) => e.action).sort()).toEqual(['approve', 'approve', 'approve', 'reject']);
    expect(trail.find((e) => e.action === 'reject')).toMatchObject({ before: { status: 'pending' }, after: { status: 'rejected' }, actorName: 'admin' });

    const decided = (await call(app, cookie.admin, 'GET', '/api/feedback?status=approved')).json();
    expect(decided.items).toHaveLength(3);
    expect(decided.items[0].moderatedByName).toBeTruthy();

    // OPD roles: their own OPD's approved feedback only, whatever they ask for.
    for (const who of ['operator.dinkes', 'kepala.dinkes'] as const) {
      const mine = (await call(app, cookie[who], 'GET', '/api/feedback?status=rejected')).json();
      expect(mine.status).toBe('approved');
      expect(mine.items.map((i: { rating: number }) => i.rating).sort()).toEqual([4, 5]);
      expect(mine.counts).toMatchObject({ pending: 0, rejected: 0 });
      expect(mine.options.opds.map((o: { id: string }) => o.id)).toEqual([a?.opdId]);
    }
    const dispenduk = (await call(app, cookie['operator.dispendukcapil'], 'GET', `/api/feedback?opdId=${a?.opdId}`)).json();
    expect(dispenduk.items).toEqual([]);
    expect((await call(app, cookie.pimpinan, 'GET', '/api/feedback')).json().total).toBe(3);
    expect((await call(app, cookie.verifikator, 'GET', '/api/feedback')).statusCode).toBe(403);
    expect((await call(app, cookie.verifikator, 'GET', '/api/feedback/satisfaction')).statusCode).toBe(403);
    expect((await call(app, null, 'GET', '/api/feedback')).statusCode).toBe(401);
  });

  it('satisfaction per innovation and per OPD: approved only, exact, by year, and as a spreadsheet', async () => {
    const { app, cookie } = s;
    // Two more approved ratings for sehat-bersama: 5, 4, 4, 5, 3 → 4,2; and one older, of 2025.
    const [a] = await db().select().from(catalogueEntries).where(eq(catalogueEntries.slug, 'sehat-bersama'));
    if (!a) throw new Error('no catalogue entry');
    const base = { regionId: a.regionId, innovationId: a.innovationId, opdId: a.opdId, senderHash: 'test', status: 'approved' as const };
    await db()
      .insert(citizenFeedback)
      .values([
        { ...base, rating: 4 },
        { ...base, rating: 3 },
        { ...base, rating: 1, createdAt: new Date('2025-06-01T03:00:00Z') },
        { ...base, rating: 1, status: 'pending' },
      ]);
    const year = Number(new Date().toISOString().slice(0, 4));
    const now = (await call(app, cookie.admin, 'GET', `/api/feedback/satisfaction?year=${year}`)).json();
    const sehat = now.innovations.find((i: { slug: string }) => i.slug === 'sehat-bersama');
    expect(sehat).toMatchObject({ count: 4, average: 4, distribution: { '1': 0, '2': 0, '3': 1, '4': 2, '5': 1 } });
    // Published but not yet rated (or only rejected): there, with nothing counted.
    expect(now.innovations.find((i: { slug: string }) => i.slug === 'posyandu-digital')).toMatchObject({ count: 0, average: null });
    const dinkes = now.opds.find((o: { opdId: string }) => o.opdId === a.opdId);
    expect(dinkes).toMatchObject({ count: 4, average: 4 });
    expect(now.total).toMatchObject({ count: 5, average: 3.6, distribution: { '1': 0, '2': 1, '3': 1, '4': 2, '5': 1 } });
    const all = (await call(app, cookie.admin, 'GET', '/api/feedback/satisfaction')).json();
    expect(all.year).toBeNull();
    expect(all.innovations.find((i: { slug: string }) => i.slug === 'sehat-bersama')).toMatchObject({ count: 5, average: 3.4 });
    expect((await call(app, cookie.admin, 'GET', '/api/feedback/satisfaction?year=2025')).json().total).toMatchObject({ count: 1, average: 1 });

    // OPD roles: their own OPD only.
    const own = (await call(app, cookie['operator.dinkes'], 'GET', `/api/feedback/satisfaction?year=${year}`)).json();
    expect(own.opds.map((o: { opdId: string }) => o.opdId)).toEqual([a.opdId]);
    expect(own.total).toMatchObject({ count: 4, average: 4 });

    // The spreadsheet: Indonesian headers, numbers as numbers.
    const file = await call(app, cookie.admin, 'GET', `/api/feedback/satisfaction.xlsx?year=${year}`);
    expect(file.statusCode).toBe(200);
    expect(file.headers['content-disposition']).toContain(`kepuasan-masyarakat-${year}.xlsx`);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(file.rawPayload as unknown as ArrayBuffer);
    expect(wb.worksheets.map((w) => w.name)).toEqual(['Per Perangkat Daerah', 'Per Inovasi']);
    const perOpd = wb.getWorksheet('Per Perangkat Daerah');
    expect(perOpd?.getRow(3).values).toEqual([
      undefined,
      'No',
      'Perangkat Daerah',
      'Jumlah Penilaian',
      'Rata-rata Kepuasan (1–5)',
      'Nilai 1',
      'Nilai 2',
      'Nilai 3',
      'Nilai 4',
      'Nilai 5',
    ]);
    const totalRow = perOpd?.getRow(perOpd.rowCount);
    expect(totalRow?.getCell(2).value).toBe('Jumlah seluruh Perangkat Daerah');
    expect(totalRow?.getCell(3).value).toBe(5);
    expect(totalRow?.getCell(4).value).toBe(3.6);
    expect(totalRow?.getCell(4).numFmt).toBe('#,##0.00');
    const perInnovation = wb.getWorksheet('Per Inovasi');
    const rows = perInnovation?.getSheetValues().slice(4) as unknown[][];
    const sehatRow = rows.find((r) => r?.[3] === a.name);
    expect(sehatRow?.slice(4)).toEqual([4, 4, 0, 0, 1, 2, 1]);
    const ownFile = await call(app, cookie['operator.dinkes'], 'GET', `/api/feedback/satisfaction.xlsx?year=${year}`);
    const ownWb = new ExcelJS.Workbook();
    await ownWb.xlsx.load(ownFile.rawPayload as unknown as ArrayBuffer);
    expect(ownWb.getWorksheet('Per Perangkat Daerah')?.rowCount).toBe(5);
  });
});
