// The evidence pre-check on real documents: text PDFs made here, a scanned PDF and a photo read by OCR (Indonesian
// model), a video's length from its container, links, an installation without the tools; the verdict weighed at
// read time (a changed option or a renamed innovation shows without reading again); who may read again; the
// shared queue (no row taken twice, a stopped reading taken again, given up after three attempts).
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { EvidenceCheck } from '../../src/contract/evidence-check';
import { evidence, evidenceChecks, innovationEntries } from '../../src/server/db/schema';
import { capabilitiesOf } from '../../src/server/shared/evidence-check/capabilities';
import { claimNext, requeueUnreadScans } from '../../src/server/shared/evidence-check/queue';
import { findTools } from '../../src/server/shared/evidence-check/tools';
import { call, createTestApp, login, openPeriod2026, secondRegion, type TestContext } from '../support/app';
import { mp4Lasting, skText, textPdf } from '../support/evidence-docs';
import { upload } from '../support/files';

// INOVDA_EVIDENCE_TOOLS_PATH= (empty) runs this file as on a machine without the tools.
const installed = capabilitiesOf(await findTools(process.env.INOVDA_EVIDENCE_TOOLS_PATH ?? process.env.PATH ?? ''));
const OCR_MISSING = 'tesseract with the Indonesian model (tesseract-ocr-ind) is not installed: .ci/run installs it';
const PDF_MISSING = 'pdftotext/pdfinfo (poppler-utils) are not installed: .ci/run installs them';
/** A test title saying why it is skipped when the tools are missing. */
const needs = (title: string, has: boolean, missing: string) => (has ? title : `${title} — skipped: ${missing}`);
const fixture = (name: string) => readFile(join(import.meta.dirname, '../support/evidence-ocr', name));

let ctx: TestContext;
let admin: string;
let operator: string;
let entryId: string;
let periodId: string;

interface Item {
  id: string;
  code: string;
  fileName: string | null;
  check: EvidenceCheck | null;
}

async function items(cookie = operator): Promise<Item[]> {
  return (await call(ctx.app, cookie, 'GET', `/api/evidence?entryId=${entryId}`)).json().items;
}
const itemOf = async (id: string) => (await items()).find((i) => i.id === id) as Item;
const finding = (c: EvidenceCheck | null, check: string) => c?.checks.find((f) => f.check === check);

/** Uploads a file to an indicator of the entry; returns the evidence id. */
async function uploaded(code: string, name: string, bytes: Buffer, entry = entryId): Promise<string> {
  const res = await upload(ctx.app, operator, `entryId=${entry}&code=${code}`, name, bytes);
  expect(res.statusCode, res.body).toBe(201);
  return res.json().id;
}

async function choose(code: string, value: number) {
  const state = (await call(ctx.app, operator, 'GET', `/api/innovations/entries/${entryId}/answers`)).json();
  const res = await call(ctx.app, operator, 'PUT', `/api/innovations/entries/${entryId}/answers/${code}`, { value, version: state.items[code]?.version ?? 0 });
  expect(res.statusCode, res.body).toBe(200);
}

const skBupati = (over: Partial<Parameters<typeof skText>[0]> = {}) =>
  textPdf([skText({ signatory: 'bupati', innovation: 'Posyandu Digital', number: '188.45/301/HK/416-012/2026', signedOn: '14 April 2026', ...over })]);

beforeAll(async () => {
  ctx = await createTestApp();
  admin = await login(ctx.app, 'admin');
  operator = await login(ctx.app, 'operator.dinkes');
  periodId = await openPeriod2026(ctx.app, admin);
  entryId = (await call(ctx.app, operator, 'POST', '/api/innovations', { name: 'Posyandu Digital' })).json().id;
});
afterAll(() => ctx.close());

describe('capabilities', () => {
  it('tells what this installation reads', async () => {
    const res = await call(ctx.app, operator, 'GET', '/api/evidence/check-capabilities');
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual(installed);
    expect(res.json().video).toBe(true);
  });
});

describe('text PDFs', () => {
  it.skipIf(!installed.pdfText)(
    needs('reads an SK Bupati naming the innovation: kind, number, date, year and name pass', installed.pdfText, PDF_MISSING),
    async () => {
      const id = await uploaded('16', 'sk-bupati.pdf', await skBupati());
      const queued = await itemOf(id);
      expect(queued.check).toMatchObject({ status: 'queued', checks: [] });
      expect(await ctx.app.evidenceChecks.runPending()).toBeGreaterThanOrEqual(1);
      const { check } = await itemOf(id);
      expect(check).toMatchObject({ status: 'done', source: 'text', kind: 'sk_kepala_daerah', number: '188.45/301/HK/416-012/2026', date: '2026-04-14' });
      expect(finding(check, 'innovation_name')?.outcome).toBe('passed');
      expect(finding(check, 'year')?.outcome).toBe('passed');
      expect(check?.supportedOption).toBe(1);
      const [row] = await ctx.database.db
        .select({ text: evidenceChecks.text, pages: evidenceChecks.pages })
        .from(evidenceChecks)
        .where(eq(evidenceChecks.evidenceId, id));
      expect(row.pages).toBe(1);
      expect(row.text).toContain('KEPUTUSAN BUPATI MOJOKERTO');
    },
  );

  it.skipIf(!installed.pdfText)(
    needs(
      'an SK Kepala Dinas for Regulasi with option 2 chosen supports none: below the selected option, said in one sentence',
      installed.pdfText,
      PDF_MISSING,
    ),
    async () => {
      const id = await uploaded(
        '16',
        'sk-kadis.pdf',
        await textPdf([skText({ signatory: 'kepala_dinas', innovation: 'Posyandu Digital', number: '440/88/416-102/2026', signedOn: '2 Mei 2026' })]),
      );
      await choose('16', 2);
      await ctx.app.evidenceChecks.runPending();
      const { check } = await itemOf(id);
      expect(check).toMatchObject({ status: 'done', kind: 'sk_kepala_perangkat_daerah', supportedOption: 0, belowSelected: true });
      expect(finding(check, 'kind')?.outcome).toBe('failed');
      expect(check?.summary).toMatch(/Kepala Dinas|Kepala Perangkat Daerah/i);
      const en = (await call(ctx.app, operator, 'GET', `/api/evidence?entryId=${entryId}`, undefined, { 'accept-language': 'en' }))
        .json()
        .items.find((i: Item) => i.id === id);
      expect(en.check.summary).not.toBe(check?.summary);

      // A different choice, the same reading: weighed again at once, not read again.
      const [before] = await ctx.database.db
        .select({ attempts: evidenceChecks.attempts, checkedAt: evidenceChecks.checkedAt })
        .from(evidenceChecks)
        .where(eq(evidenceChecks.evidenceId, id));
      await choose('16', 0);
      const after = (await itemOf(id)).check;
      expect(after?.belowSelected).toBe(false);
      expect(after?.checkedAt).toBe(check?.checkedAt);
      await choose('16', 2);
      expect((await itemOf(id)).check?.belowSelected).toBe(true);
      const [still] = await ctx.database.db
        .select({ attempts: evidenceChecks.attempts, checkedAt: evidenceChecks.checkedAt })
        .from(evidenceChecks)
        .where(eq(evidenceChecks.evidenceId, id));
      expect(still).toEqual(before);
    },
  );

  it.skipIf(!installed.pdfText)(needs('an SK of another year fails the year check', installed.pdfText, PDF_MISSING), async () => {
    const id = await uploaded('16', 'sk-lama.pdf', await skBupati({ number: '188.45/17/HK/416-012/2019', signedOn: '9 Januari 2019' }));
    await ctx.app.evidenceChecks.runPending();
    const { check } = await itemOf(id);
    expect(check?.date).toBe('2019-01-09');
    expect(finding(check, 'year')?.outcome).toBe('failed');
  });

  it.skipIf(!installed.pdfText)(needs('renaming the innovation changes the name check without reading again', installed.pdfText, PDF_MISSING), async () => {
    const id = await uploaded('16', 'sk-nama.pdf', await skBupati({ number: '188.45/302/HK/416-012/2026' }));
    await ctx.app.evidenceChecks.runPending();
    expect(finding((await itemOf(id)).check, 'innovation_name')?.outcome).toBe('passed');
    const entry = (await call(ctx.app, operator, 'GET', `/api/innovations/entries/${entryId}`)).json();
    const renamed = await call(ctx.app, operator, 'PATCH', `/api/innovations/entries/${entryId}`, { version: entry.version, name: 'Klinik Gizi Keliling' });
    expect(renamed.statusCode, renamed.body).toBe(200);
    expect(finding((await itemOf(id)).check, 'innovation_name')?.outcome).toBe('failed');
    const back = (await call(ctx.app, operator, 'GET', `/api/innovations/entries/${entryId}`)).json();
    await call(ctx.app, operator, 'PATCH', `/api/innovations/entries/${entryId}`, { version: back.version, name: 'Posyandu Digital' });
    expect(finding((await itemOf(id)).check, 'innovation_name')?.outcome).toBe('passed');
  });
});

describe.skipIf(!installed.ocr)(needs('scans and photos (OCR)', installed.ocr, OCR_MISSING), () => {
  it('reads a scanned SK Bupati: kind, number and date right', async () => {
    const id = await uploaded('16', 'sk-scan.pdf', await fixture('sk-bupati-scan.pdf'));
    await ctx.app.evidenceChecks.runPending();
    const { check } = await itemOf(id);
    expect(check).toMatchObject({ status: 'done', source: 'ocr', kind: 'sk_kepala_daerah', number: '188.45/212/HK/416-012/2026', date: '2026-03-12' });
  });

  it('reads a photographed page (PNG)', async () => {
    const id = await uploaded('23', 'foto-sk.png', await fixture('sk-kadis-photo.png'));
    await ctx.app.evidenceChecks.runPending();
    const { check } = await itemOf(id);
    expect(check).toMatchObject({ status: 'done', source: 'ocr', kind: 'sk_kepala_perangkat_daerah', number: '440/57/416-102/2026', date: '2026-02-03' });
  });
});

describe('search', () => {
  it.skipIf(!installed.pdfText)(needs('the verification queue finds an item by what its evidence says', installed.pdfText, PDF_MISSING), async () => {
    await ctx.app.evidenceChecks.runPending();
    // Approved (set directly: the workflow is tested elsewhere), so its answered items are in the queue.
    await ctx.database.db.update(innovationEntries).set({ status: 'disetujui' }).where(eq(innovationEntries.id, entryId));
    const search = async (q: string) =>
      (await call(ctx.app, admin, 'GET', `/api/verification/queue?periodId=${periodId}&q=${encodeURIComponent(q)}`)).json().items as {
        entryId: string;
        code: string;
      }[];
    // The Bupati's name is in the SK only, not in the innovation's or OPD's name; "ditetapkan" finds "Ditetapkan" (stemmed).
    expect((await search('Ikfina Fahmawati')).map((i) => [i.entryId, i.code])).toEqual([[entryId, '16']]);
    expect((await search('ditetapkan Mojokerto')).map((i) => i.code)).toContain('16');
    expect(await search('kata-yang-tidak-ada-di-dokumen')).toEqual([]);
    await ctx.database.db.update(innovationEntries).set({ status: 'draft' }).where(eq(innovationEntries.id, entryId));
  });
});

describe('videos and links', () => {
  it('a 7-minute video fails the 5-minute limit; its length comes from the container', async () => {
    const id = await uploaded('35', 'video-inovasi.mp4', mp4Lasting(420));
    await ctx.app.evidenceChecks.runPending();
    const { check } = await itemOf(id);
    expect(check).toMatchObject({ status: 'done', source: 'video' });
    expect(finding(check, 'video_length')?.outcome).toBe('failed');
    const [row] = await ctx.database.db.select({ seconds: evidenceChecks.videoSeconds }).from(evidenceChecks).where(eq(evidenceChecks.evidenceId, id));
    expect(row.seconds).toBe(420);
  });

  it('a link is not read: its check says so at once', async () => {
    const res = await call(ctx.app, operator, 'POST', '/api/evidence/links', {
      entryId,
      code: '25',
      url: 'https://mojokertokab.go.id/berita/posyandu-digital',
    });
    expect(res.statusCode).toBe(201);
    expect(res.json().check).toMatchObject({ status: 'done', source: 'none' });
    expect(finding(res.json().check, 'readable')?.outcome).toBe('unknown');
  });
});

describe('reading again, and who may', () => {
  it('the entry’s operator queues a new reading (202); another OPD, a reader and another region may not', async () => {
    const id = await uploaded('17', 'sk-tim.pdf', await skBupati({ number: '188.45/303/HK/416-012/2026' }));
    await ctx.app.evidenceChecks.runPending();
    const other = await login(ctx.app, 'operator.dispendukcapil');
    expect([403, 404]).toContain((await call(ctx.app, other, 'POST', `/api/evidence/${id}/check`)).statusCode);
    expect((await call(ctx.app, await login(ctx.app, 'pimpinan'), 'POST', `/api/evidence/${id}/check`)).statusCode).toBe(403);
    const elsewhere = await secondRegion(ctx.app, '35.99', 'admin.lain');
    expect((await call(ctx.app, elsewhere.cookie, 'POST', `/api/evidence/${id}/check`)).statusCode).toBe(404);
    const res = await call(ctx.app, operator, 'POST', `/api/evidence/${id}/check`);
    expect(res.statusCode, res.body).toBe(202);
    expect(res.json().check).toMatchObject({ status: 'queued' });
    expect((await call(ctx.app, operator, 'POST', `/api/evidence/00000000-0000-4000-8000-000000000000/check`)).statusCode).toBe(404);
    await ctx.app.evidenceChecks.runPending();
    expect((await itemOf(id)).check?.status).toBe('done');
  });

  it('evidence added before the pre-check has no check', async () => {
    const id = await uploaded('18', 'lama.pdf', await skBupati({ number: '188.45/304/HK/416-012/2026' }));
    await ctx.database.db.delete(evidenceChecks).where(eq(evidenceChecks.evidenceId, id));
    expect((await itemOf(id)).check).toBeNull();
  });
});

describe('the shared queue', () => {
  it('two workers never take the same row', async () => {
    const ids = await Promise.all([1, 2, 3, 4, 5].map(async (n) => uploaded('19', `alat-${n}.mp4`, mp4Lasting(60 + n))));
    // Ten claims at once on the pool's connections, as instances would: each queued row is taken once.
    const claims = (await Promise.all(Array.from({ length: 10 }, () => claimNext(ctx.database.db)))).filter((c) => c !== undefined);
    const claimed = claims.map((c) => c.evidenceId);
    expect(new Set(claimed).size).toBe(claimed.length);
    expect(claimed.sort()).toEqual([...ids].sort());
    // Left as a crashed instance would leave them: running, heartbeat stopped.
    await ctx.database.db.update(evidenceChecks).set({ lockedAt: sql`now() - interval '1 hour'` }).where(sql`${evidenceChecks.evidenceId} in ${ids}`);
    expect(await ctx.app.evidenceChecks.runPending()).toBe(5);
    const rows = await ctx.database.db
      .select({ status: evidenceChecks.status, attempts: evidenceChecks.attempts })
      .from(evidenceChecks)
      .where(sql`${evidenceChecks.evidenceId} in ${ids}`);
    expect(rows).toEqual(ids.map(() => ({ status: 'done', attempts: 2 })));
  });

  it('a reading that keeps failing is given up after three attempts', async () => {
    const id = await uploaded('20', 'hilang.pdf', await skBupati({ number: '188.45/305/HK/416-012/2026' }));
    const [row] = await ctx.database.db.select({ sha: evidence.fileSha256 }).from(evidence).where(eq(evidence.id, id));
    await ctx.app.storage.remove(row.sha as string);
    await ctx.app.evidenceChecks.runPending();
    const [check] = await ctx.database.db.select().from(evidenceChecks).where(eq(evidenceChecks.evidenceId, id));
    expect(check).toMatchObject({ status: 'failed', attempts: 3 });
    expect(check.error).toBeTruthy();
    expect((await itemOf(id)).check).toMatchObject({ status: 'failed' });
    // A running row whose instance stopped on its third attempt leaves the queue as failed too.
    await ctx.database.db
      .update(evidenceChecks)
      .set({ status: 'running', attempts: 3, lockedAt: sql`now() - interval '1 hour'`, error: null })
      .where(eq(evidenceChecks.evidenceId, id));
    expect(await ctx.app.evidenceChecks.runPending()).toBe(0);
    expect((await ctx.database.db.select({ status: evidenceChecks.status }).from(evidenceChecks).where(eq(evidenceChecks.evidenceId, id)))[0].status).toBe(
      'failed',
    );
  });
});

describe('the order of the queue', () => {
  it('an upload is read before a backlog nobody waits for (scans queued again once OCR came)', async () => {
    await ctx.app.evidenceChecks.runPending();
    const backlog = await uploaded('21', 'lama-scan.mp4', mp4Lasting(90));
    await ctx.app.evidenceChecks.runPending();
    await ctx.database.db.update(evidenceChecks).set({ unreadable: 'ocr_unavailable' }).where(eq(evidenceChecks.evidenceId, backlog));
    expect(await requeueUnreadScans(ctx.database.db)).toBe(1);
    const fresh = await uploaded('21', 'baru.mp4', mp4Lasting(80));
    expect((await claimNext(ctx.database.db))?.evidenceId).toBe(fresh);
    expect((await claimNext(ctx.database.db))?.evidenceId).toBe(backlog);
    await ctx.database.db
      .update(evidenceChecks)
      .set({ status: 'queued', lockedAt: null })
      .where(sql`${evidenceChecks.evidenceId} in ${[backlog, fresh]}`);
    await ctx.app.evidenceChecks.runPending();
  });
});

describe('without the reading tools', () => {
  let bare: TestContext;
  beforeAll(async () => {
    bare = await createTestApp({ evidenceCheck: { ...ctx.config.evidenceCheck, toolsPath: '' } });
  });
  afterAll(() => bare.close());

  it('says so, still takes uploads and marks them unread', async () => {
    const op = await login(bare.app, 'operator.dinkes');
    const adm = await login(bare.app, 'admin');
    await openPeriod2026(bare.app, adm);
    const entry = (await call(bare.app, op, 'POST', '/api/innovations', { name: 'Posyandu Digital' })).json().id;
    expect((await call(bare.app, op, 'GET', '/api/evidence/check-capabilities')).json()).toEqual({
      pdfText: false,
      ocr: false,
      ocrLanguage: null,
      video: true,
    });
    const res = await upload(bare.app, op, `entryId=${entry}&code=16`, 'sk.pdf', await skBupati());
    expect(res.statusCode).toBe(201);
    await bare.app.evidenceChecks.runPending();
    const [item] = (await call(bare.app, op, 'GET', `/api/evidence?entryId=${entry}`)).json().items;
    expect(item.check).toMatchObject({ status: 'done', source: 'none' });
    // A text PDF is no scan: it is the PDF reader that is missing, and the finding says so (not "OCR").
    expect(finding(item.check, 'readable')).toMatchObject({ outcome: 'unknown', code: 'pdf_reader_unavailable' });
    expect(finding(item.check, 'readable')?.text).toMatch(/^Pembaca PDF tidak tersedia/);
    // Once an instance has the tools (at its start), what was left unread is queued again; OCR alone does not do.
    expect(await requeueUnreadScans(bare.database.db, ['ocr_unavailable'])).toBe(0);
    expect(await requeueUnreadScans(bare.database.db)).toBe(1);
    expect((await call(bare.app, op, 'GET', `/api/evidence?entryId=${entry}`)).json().items[0].check.status).toBe('queued');
  });
});

describe('the background worker', () => {
  it.skipIf(!installed.pdfText)(
    needs('reads uploads on its own when on, and a reading cut short by closing the app is queued again', installed.pdfText, PDF_MISSING),
    async () => {
      const live = await createTestApp({ evidenceCheck: { ...ctx.config.evidenceCheck, worker: true, pollMs: 30 } });
      try {
        const op = await login(live.app, 'operator.dinkes');
        await openPeriod2026(live.app, await login(live.app, 'admin'));
        const entry = (await call(live.app, op, 'POST', '/api/innovations', { name: 'Posyandu Digital' })).json().id;
        const res = await upload(live.app, op, `entryId=${entry}&code=16`, 'sk.pdf', await skBupati());
        const id = res.json().id;
        const status = async () => (await live.database.db.select().from(evidenceChecks).where(eq(evidenceChecks.evidenceId, id)))[0];
        for (let i = 0; i < 200 && (await status()).status !== 'done'; i++) await new Promise((r) => setTimeout(r, 50));
        expect(await status()).toMatchObject({ status: 'done', source: 'text', attempts: 1 });

        // A long document: closing while it is read stops the reading and gives the row back to the queue.
        const long = await textPdf(
          Array.from(
            { length: 60 },
            (_, k) =>
              `Halaman ${k + 1}\n${skText({ signatory: 'bupati', innovation: 'Posyandu Digital', number: `188.45/${k}/HK/2026`, signedOn: '1 Juni 2026' })}`,
          ),
        );
        const second = (await upload(live.app, op, `entryId=${entry}&code=17`, 'panjang.pdf', long)).json().id;
        const row = async () => (await live.database.db.select().from(evidenceChecks).where(eq(evidenceChecks.evidenceId, second)))[0];
        for (let i = 0; i < 200 && (await row()).progressDone < 2; i++) await new Promise((r) => setTimeout(r, 20));
        expect((await row()).status).toBe('running');
        await live.app.close();
        expect(await row()).toMatchObject({ status: 'queued', attempts: 0, lockedAt: null });
      } finally {
        await live.close().catch(() => {});
      }
    },
  );
});
