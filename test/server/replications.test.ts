// Replication of innovations and cooperation agreements: the public request form (honeypot, rate limit, bad
// input), the owning OPD's answer with the agreement as evidence of the Replikasi indicator — which raises the
// claimed IID by exactly weight × option change / MAX(k, n) / max × 100 —, the other OPD's and region's refusals,
// signed-in requests from another region, and cooperation agreements.
import { sql } from 'drizzle-orm';
import type { FastifyInstance } from 'fastify';
import { beforeAll, describe, expect, it } from 'vitest';
import { builtInFramework } from '../../src/domain/iid/builtin';
import type { Framework } from '../../src/domain/iid/types';
import { catalogueEntries } from '../../src/server/db/schema';
import { refreshEntryScores } from '../../src/server/shared/items/scores';
import { call, secondRegion } from '../support/app';
import { mp4, pdf } from '../support/files';
import { signedInApp } from '../support/signed-in-app';

const s = signedInApp(['admin', 'operator.dinkes', 'kepala.dinkes', 'operator.dispendukcapil', 'pimpinan'], { demoInnovations: true });
const f = builtInFramework('iid-2026') as Framework;
const R31 = f.indicators.find((i) => i.code === '31') as Framework['indicators'][number];

interface Target {
  entryId: string;
  innovationId: string;
  regionId: string;
  opdId: string;
  name: string;
  periodId: string;
}
let target: Target;
let regionB: { regionId: string; cookie: string };
const SLUG = 'uji-replikasi-dinkes';

const rows = async <T>(q: ReturnType<typeof sql>) => ((await s.ctx.database.db.execute(q)) as unknown as { rows: T[] }).rows;
const countReplications = async () => (await rows<{ n: number }>(sql`select count(*)::int as n from replications`))[0].n;
const item31 = async (entryId: string) =>
  (
    await rows<{ value: number; review_status: string }>(
      sql`select value, review_status from entry_answers where entry_id = ${entryId} and indicator_code = '31'`,
    )
  )[0];

function form(app: FastifyInstance, slug: string, fields: Record<string, string>, headers: Record<string, string> = {}) {
  return app.inject({
    method: 'POST',
    url: `/katalog/inovasi/${slug}/replikasi`,
    headers: { 'content-type': 'application/x-www-form-urlencoded', ...headers },
    payload: new URLSearchParams(fields).toString(),
  });
}

function agree(cookie: string, id: string, fields: Record<string, string>, file: Buffer | null = pdf('PKS Replikasi'), name = 'pks.pdf') {
  const body = new FormData();
  for (const [k, v] of Object.entries(fields)) body.append(k, v);
  if (file) body.append('file', new Blob([new Uint8Array(file)], { type: 'application/pdf' }), name);
  return s.app.inject({ method: 'POST', url: `/api/replications/${id}/agreement`, headers: { cookie, 'x-requested-with': 'test' }, payload: body });
}

const claimed = async () => (await call(s.app, s.cookie.admin, 'GET', `/api/scores/region?periodId=${target.periodId}`)).json().claimed;

const incoming = async (cookie: string) =>
  (await call(s.app, cookie, 'GET', '/api/replications?direction=incoming')).json().items as {
    id: string;
    replicatingName: string;
    version: number;
    status: string;
  }[];

beforeAll(async () => {
  // A sent Dinkes innovation of the open period whose Replikasi item is not yet answered (the demo data has several).
  const dinkes = (await call(s.app, s.cookie['operator.dinkes'], 'GET', '/api/auth/me')).json().user.opdId as string;
  const [t] = await rows<Target>(sql`
    select e.id as "entryId", e.innovation_id as "innovationId", e.region_id as "regionId", e.opd_id as "opdId", e.name, e.period_id as "periodId"
    from innovation_entries e join assessment_periods p on p.id = e.period_id
    where p.status = 'open' and e.sent and e.opd_id = ${dinkes}
    order by e.name limit 1`);
  expect(t, 'a sent Dinkes entry in the open period').toBeTruthy();
  target = t;
  // Its Replikasi item not answered yet (the demo data answers many): removed, and its scores stored again.
  await s.ctx.database.db.execute(sql`delete from evidence where entry_id = ${t.entryId} and indicator_code = '31'`);
  await s.ctx.database.db.execute(sql`delete from entry_answers where entry_id = ${t.entryId} and indicator_code = '31'`);
  await refreshEntryScores(s.ctx.database.db, [t.entryId]);
  // Published in the catalogue (the catalogue feature's own publishing is not needed here).
  await s.ctx.database.db.insert(catalogueEntries).values({
    innovationId: t.innovationId,
    regionId: t.regionId,
    opdId: t.opdId,
    entryId: t.entryId,
    slug: SLUG,
    year: 2026,
    name: t.name,
    opdName: 'Dinas Kesehatan',
  });
  regionB = await secondRegion(s.app, '35.17', 'admin.replikasi');
});

describe('the public request form', () => {
  it('answers an unpublished innovation with a 404 page, and stores nothing', async () => {
    const res = await form(s.app, 'tidak-ada', { region: 'Kabupaten Jombang', name: 'Budi', email: 'budi@jombangkab.go.id' });
    expect(res.statusCode).toBe(404);
    expect(res.headers['content-type']).toContain('text/html');
    expect(res.body).toContain('belum dipublikasikan');
    expect(await countReplications()).toBe(0);
  });

  it('answers bad input with the form again, as typed, each problem on its field (no JavaScript), or names the fields (JSON); nothing is written', async () => {
    const res = await form(s.app, SLUG, { region: '', name: 'Budi <b>', position: 'Kabid', message: 'Kami ingin belajar & mereplikasi.' });
    expect(res.statusCode).toBe(400);
    expect(res.headers['content-type']).toContain('text/html');
    // Without a contact, what was typed comes back (escaped) and the contact field says what is missing.
    expect(res.body).toContain('value="Budi &lt;b&gt;"');
    expect(res.body).toContain('value="Kabid"');
    expect(res.body).toContain('>Kami ingin belajar &amp; mereplikasi.</textarea>');
    expect(res.body).toMatch(/id="rp-region"[^>]*aria-invalid="true"/);
    expect(res.body).toMatch(/id="rp-email-error">[^<]*e-mail atau nomor telepon/);
    expect(res.body).toContain(`action="/katalog/inovasi/${SLUG}/replikasi"`);
    const json = await form(s.app, SLUG, { region: 'Kabupaten Jombang', name: 'Budi', phone: '12ab' }, { accept: 'application/json' });
    expect(json.statusCode).toBe(400);
    expect(Object.keys(json.json().error.fields).sort()).toEqual(['phone']);
    const noContact = await form(s.app, SLUG, { region: 'Kabupaten Jombang', name: 'Budi' }, { accept: 'application/json' });
    expect(noContact.json().error.fields.email).toContain('e-mail atau nomor telepon');
    const badEmail = await form(s.app, SLUG, { region: 'Kabupaten Jombang', name: 'Budi', email: 'budi@' }, { accept: 'application/json' });
    expect(badEmail.json().error.fields.email).toBe('Alamat e-mail tidak valid.');
    // The owning region itself is no "other region": refused on the field, the rest kept in the form.
    const own = await form(s.app, SLUG, { region: 'kota  mojokerto', name: 'Budi', email: 'budi@mojokertokota.go.id' });
    expect(own.statusCode).toBe(400);
    expect(own.body).toMatch(/id="rp-region-error">Ini daerah pemilik inovasi/);
    expect(own.body).toContain('value="budi@mojokertokota.go.id"');
    expect(await countReplications()).toBe(0);
  });

  it('answers a robot (the hidden field filled) as if sent, and stores nothing', async () => {
    const res = await form(s.app, SLUG, { region: 'Kota Spam', name: 'Bot', email: 'bot@example.org', website: 'http://spam.example' });
    expect(res.statusCode).toBe(303);
    expect(res.headers.location).toBe(`/katalog/inovasi/${SLUG}?replikasi=terkirim#replikasi`);
    expect(await countReplications()).toBe(0);
  });

  it('records a request, notifies the owning OPD and the admin (not another OPD), and limits how often one sender asks', async () => {
    const first = await form(s.app, SLUG, {
      region: 'Kabupaten Jombang',
      name: 'Budi Santoso',
      position: 'Kepala Bidang Inovasi',
      email: 'budi@jombangkab.go.id',
      message: 'Kami ingin belajar dan mereplikasi.',
    });
    expect(first.statusCode).toBe(303);
    expect(first.headers.location).toBe(`/katalog/inovasi/${SLUG}?replikasi=terkirim#replikasi`);
    const second = await form(s.app, SLUG, { region: 'Kota Batu', name: 'Sari', phone: '(0341) 123456' }, { accept: 'application/json' });
    expect(second.statusCode).toBe(201);
    expect((await form(s.app, SLUG, { region: 'Kab. Jombang', name: 'Budi Santoso', email: 'budi@jombangkab.go.id' })).statusCode).toBe(303);
    expect(await countReplications()).toBe(3);
    const tooOften = await form(s.app, SLUG, { region: 'Kota Malang', name: 'Ani', email: 'ani@malangkota.go.id', message: 'Mohon dihubungi.' });
    expect(tooOften.statusCode).toBe(429);
    expect(tooOften.body).toContain('Terlalu banyak permintaan');
    expect(tooOften.body).toContain('value="ani@malangkota.go.id"');
    expect(tooOften.body).toContain('>Mohon dihubungi.</textarea>');
    const tooOftenJson = await form(s.app, SLUG, { region: 'Kota Malang', name: 'Ani', email: 'ani@malangkota.go.id' }, { accept: 'application/json' });
    expect(tooOftenJson.statusCode).toBe(429);
    expect(await countReplications()).toBe(3);

    const bell = async (c: string) => (await call(s.app, c, 'GET', '/api/notifications')).json().items as { kind: string; title: string; link: string }[];
    expect((await bell(s.cookie['operator.dinkes'])).filter((n) => n.kind === 'replication_requested')).toHaveLength(3);
    expect((await bell(s.cookie.admin)).some((n) => n.kind === 'replication_requested' && n.link === '/replikasi')).toBe(true);
    expect((await bell(s.cookie['operator.dispendukcapil'])).some((n) => n.kind === 'replication_requested')).toBe(false);
    const trail = (await call(s.app, s.cookie.admin, 'GET', '/api/audit?entityType=replication')).json();
    expect(JSON.stringify(trail)).toContain('publik');
  });
});

describe('the owning OPD answers', () => {
  it('another OPD and another region neither see nor answer the requests', async () => {
    const mine = await incoming(s.cookie['operator.dinkes']);
    expect(mine.map((r) => r.replicatingName).sort()).toEqual(['Kab. Jombang', 'Kabupaten Jombang', 'Kota Batu']);
    expect(await incoming(s.cookie['operator.dispendukcapil'])).toEqual([]);
    expect(await incoming(regionB.cookie)).toEqual([]);
    const id = mine[0].id;
    const other = await call(s.app, s.cookie['operator.dispendukcapil'], 'PATCH', `/api/replications/${id}`, {
      version: 1,
      status: 'declined',
      answerNote: 'x',
    });
    expect(other.statusCode).toBe(404);
    expect((await call(s.app, regionB.cookie, 'PATCH', `/api/replications/${id}`, { version: 1, status: 'declined', answerNote: 'x' })).statusCode).toBe(404);
    expect((await agree(s.cookie['operator.dispendukcapil'], id, { version: '1', agreementKind: 'pks', agreementDate: '2026-11-20' })).statusCode).toBe(404);
    expect((await call(s.app, s.cookie.pimpinan, 'GET', '/api/replications')).statusCode).toBe(403);
  });

  it('agreeing records the agreement, makes it Replikasi evidence and raises the claimed IID by exactly weight × Δoption / MAX(k, n) / max × 100', async () => {
    const all = await incoming(s.cookie['operator.dinkes']);
    const jombang = all.find((r) => r.replicatingName === 'Kabupaten Jombang') as (typeof all)[number];
    const jombang2 = all.find((r) => r.replicatingName === 'Kab. Jombang') as (typeof all)[number];
    const batu = all.find((r) => r.replicatingName === 'Kota Batu') as (typeof all)[number];
    const before = await claimed();
    expect(await item31(target.entryId)).toBeUndefined();

    // Bad input: nothing written.
    const noFile = await agree(s.cookie['operator.dinkes'], jombang.id, { version: '1', agreementKind: 'pks', agreementDate: '2026-11-20' }, null);
    expect(noFile.statusCode).toBe(400);
    expect(noFile.json().error.fields.file).toBeTruthy();
    const badDate = await agree(s.cookie['operator.dinkes'], jombang.id, { version: '1', agreementKind: 'pks', agreementDate: '2099-01-01' });
    expect(badDate.json().error.fields.agreementDate).toBeTruthy();
    // A file that is no document (text, a video) is refused with the agreement's own kinds, not the evidence's MP4.
    for (const [bytes, name] of [
      [Buffer.from('bukan dokumen'), 'surat.txt'],
      [mp4(), 'video.mp4'],
    ] as const) {
      const refused = await agree(s.cookie['operator.dinkes'], jombang.id, { version: '1', agreementKind: 'pks', agreementDate: '2026-11-20' }, bytes, name);
      expect(refused.json().error.fields.file, name).toBe('Unggah dokumen kesepakatan berupa PDF, JPG, atau PNG.');
    }
    const badKind = await agree(s.cookie['operator.dinkes'], jombang.id, { version: '1', agreementKind: 'kontrak', agreementDate: '2026-11-20' });
    expect(badKind.json().error.fields.agreementKind).toBeTruthy();
    const stale = await agree(s.cookie['operator.dinkes'], jombang.id, { version: '7', agreementKind: 'pks', agreementDate: '2026-11-20' });
    expect(stale.statusCode).toBe(409);
    expect(await item31(target.entryId)).toBeUndefined();
    expect((await claimed()).iidExact).toBe(before.iidExact);

    const res = await agree(s.cookie['operator.dinkes'], jombang.id, {
      version: '1',
      agreementKind: 'pks',
      agreementNumber: '119/PKS/415.17/2026',
      agreementDate: '2026-11-20',
    });
    expect(res.statusCode).toBe(200);
    const body = res.json();
    expect(body.replication).toMatchObject({ status: 'agreed', agreementKind: 'pks', agreementNumber: '119/PKS/415.17/2026', version: 2 });
    expect(body.evidence).toMatchObject({ recorded: true, indicatorCode: '31', optionBefore: 0, optionAfter: 1, distinctRegions: 1 });
    expect(await item31(target.entryId)).toEqual({ value: 1, review_status: 'menunggu' });
    const ev = (await call(s.app, s.cookie['operator.dinkes'], 'GET', `/api/evidence?entryId=${target.entryId}`)).json().items;
    expect(ev.filter((e: { code: string }) => e.code === '31')).toHaveLength(1);
    // Read by the evidence pre-check like an upload.
    expect(ev.find((e: { code: string }) => e.code === '31').check).toMatchObject({ status: 'queued' });

    const k = Math.max(f.divisorFloor, before.sent);
    const step = ((R31.weight * 1) / k / f.maxScore) * 100;
    const after1 = await claimed();
    expect(after1.iidExact).toBeCloseTo(before.iidExact + step, 9);

    // The same region again (written differently) adds evidence but no option: regions are counted once.
    const again = (
      await agree(s.cookie['kepala.dinkes'], jombang2.id, { version: '1', agreementKind: 'surat', agreementDate: '2026-11-21' }, pdf('Surat 2'))
    ).json();
    expect(again.evidence).toMatchObject({ recorded: true, optionBefore: 1, optionAfter: 1, distinctRegions: 1 });
    expect((await claimed()).iidExact).toBeCloseTo(after1.iidExact, 9);

    // A second region: option 2, the IID up by one more step.
    const second = (await agree(s.cookie.admin, batu.id, { version: '1', agreementKind: 'mou', agreementDate: '2026-11-22' }, pdf('MoU Batu'))).json();
    expect(second.evidence).toMatchObject({ optionBefore: 1, optionAfter: 2, distinctRegions: 2 });
    expect((await claimed()).iidExact).toBeCloseTo(before.iidExact + 2 * step, 9);
    const trail = JSON.stringify((await call(s.app, s.cookie.admin, 'GET', `/api/audit?entityType=innovation`)).json());
    expect(trail).toContain('indikator 31');
  });

  it('a second answer is refused, declining needs a note, implemented needs an agreed one; partial updates change only what is sent', async () => {
    const all = await incoming(s.cookie['operator.dinkes']);
    const jombang = all.find((r) => r.replicatingName === 'Kabupaten Jombang') as (typeof all)[number];
    expect((await agree(s.cookie['operator.dinkes'], jombang.id, { version: '2', agreementKind: 'pks', agreementDate: '2026-11-20' })).statusCode).toBe(409);
    const decline = await call(s.app, s.cookie['operator.dinkes'], 'PATCH', `/api/replications/${jombang.id}`, {
      version: 2,
      status: 'declined',
      answerNote: 'x',
    });
    expect(decline.statusCode).toBe(409);
    const early = await call(s.app, s.cookie['operator.dinkes'], 'PATCH', `/api/replications/${jombang.id}`, {
      version: 2,
      status: 'implemented',
      implementedOn: '2026-11-01',
    });
    expect(early.json().error.fields.implementedOn).toBeTruthy();
    const done = await call(s.app, s.cookie['operator.dinkes'], 'PATCH', `/api/replications/${jombang.id}`, {
      version: 2,
      status: 'implemented',
      implementedOn: '2026-11-25',
    });
    expect(done.json()).toMatchObject({ status: 'implemented', implementedOn: '2026-11-25', agreementNumber: '119/PKS/415.17/2026', version: 3 });
    const number = await call(s.app, s.cookie['operator.dinkes'], 'PATCH', `/api/replications/${jombang.id}`, { version: 3, agreementNumber: '120/PKS/2026' });
    expect(number.json()).toMatchObject({ status: 'implemented', agreementNumber: '120/PKS/2026', agreementKind: 'pks', implementedOn: '2026-11-25' });
    const staleOne = await call(s.app, s.cookie['operator.dinkes'], 'PATCH', `/api/replications/${jombang.id}`, { version: 3, agreementNumber: 'x' });
    expect(staleOne.statusCode).toBe(409);
    const doc = await call(s.app, s.cookie['operator.dinkes'], 'GET', `/api/replications/${jombang.id}/document`);
    expect(doc.statusCode).toBe(200);
    expect(doc.headers['content-type']).toBe('application/pdf');
  });

  it('a user of another region asks from the API for a published innovation only; the owning OPD declines it with a note', async () => {
    const unpublished = await rows<{ id: string }>(
      sql`select id from innovations where region_id = ${target.regionId} and id <> ${target.innovationId} limit 1`,
    );
    const refused = await call(s.app, regionB.cookie, 'POST', '/api/replications', { innovationId: unpublished[0].id });
    expect(refused.statusCode).toBe(400);
    expect(refused.json().error.fields.innovationId).toContain('belum dipublikasikan');
    const asked = await call(s.app, regionB.cookie, 'POST', '/api/replications', { innovationId: target.innovationId, message: 'Mohon izin replikasi' });
    expect(asked.statusCode).toBe(201);
    expect(asked.json()).toMatchObject({
      replicatingName: 'Kabupaten 35.17',
      status: 'requested',
      direction: 'outgoing',
      canAnswer: false,
      source: 'signed_in',
    });
    expect((await call(s.app, regionB.cookie, 'POST', '/api/replications', { innovationId: target.innovationId })).statusCode).toBe(409);
    const outgoing = (await call(s.app, regionB.cookie, 'GET', '/api/replications?direction=outgoing')).json().items;
    expect(outgoing).toHaveLength(1);
    // The asking side reads it but cannot answer it.
    expect(
      (await call(s.app, regionB.cookie, 'PATCH', `/api/replications/${asked.json().id}`, { version: 1, status: 'declined', answerNote: 'x' })).statusCode,
    ).toBe(403);
    const noNote = await call(s.app, s.cookie['operator.dinkes'], 'PATCH', `/api/replications/${asked.json().id}`, { version: 1, status: 'declined' });
    expect(noNote.json().error.fields.answerNote).toBeTruthy();
    const declined = await call(s.app, s.cookie['operator.dinkes'], 'PATCH', `/api/replications/${asked.json().id}`, {
      version: 1,
      status: 'declined',
      answerNote: 'Belum dapat dilayani tahun ini',
    });
    expect(declined.json()).toMatchObject({ status: 'declined', answerNote: 'Belum dapat dilayani tahun ini' });
    expect((await call(s.app, regionB.cookie, 'GET', '/api/replications?direction=outgoing')).json().items[0].status).toBe('declined');
  });

  it('an OPD asks another OPD of its region; its own OPD’s innovation is refused; inside-region replications do not raise Replikasi', async () => {
    const own = await call(s.app, s.cookie['operator.dinkes'], 'POST', '/api/replications', { innovationId: target.innovationId });
    expect(own.json().error.fields.innovationId).toContain('perangkat daerah Anda sendiri');
    const asked = await call(s.app, s.cookie['operator.dispendukcapil'], 'POST', '/api/replications', { innovationId: target.innovationId });
    expect(asked.statusCode).toBe(201);
    expect(asked.json()).toMatchObject({ insideRegion: true, direction: 'outgoing' });
    const before = await claimed();
    const res = (
      await agree(s.cookie['operator.dinkes'], asked.json().id, { version: '1', agreementKind: 'surat', agreementDate: '2026-11-23' }, pdf('Surat OPD'))
    ).json();
    expect(res.evidence).toMatchObject({ recorded: true, optionBefore: 2, optionAfter: 2, distinctRegions: 2 });
    expect((await claimed()).iidExact).toBeCloseTo(before.iidExact, 9);
  });
});

describe('cooperation agreements', () => {
  it('admin records, changes (only what is sent), uploads the document and removes them; the region reads them; bad input writes nothing', async () => {
    const admin = s.cookie.admin;
    const count = async () => (await rows<{ n: number }>(sql`select count(*)::int as n from cooperation_agreements`))[0].n;
    const bad = await call(s.app, admin, 'POST', '/api/cooperation', {
      partnerRegionId: regionB.regionId,
      title: 'PKS Layanan Kesehatan',
      kind: 'pks',
      signedOn: '2026-03-01',
      validUntil: '2026-02-01',
      innovationIds: [target.innovationId],
    });
    expect(bad.json().error.fields.validUntil).toBeTruthy();
    const noPartner = await call(s.app, admin, 'POST', '/api/cooperation', { title: 'X', kind: 'pks', signedOn: '2026-03-01' });
    expect(noPartner.json().error.fields.partnerName).toBeTruthy();
    const foreign = await call(s.app, admin, 'POST', '/api/cooperation', {
      partnerName: 'Kota Batu',
      title: 'X',
      kind: 'pks',
      signedOn: '2026-03-01',
      innovationIds: [regionB.regionId],
    });
    expect(foreign.json().error.fields.innovationIds).toBeTruthy();
    expect(await count()).toBe(0);
    expect(
      (
        await call(s.app, s.cookie['operator.dinkes'], 'POST', '/api/cooperation', {
          partnerName: 'Kota Batu',
          title: 'X',
          kind: 'pks',
          signedOn: '2026-03-01',
        })
      ).statusCode,
    ).toBe(403);

    const created = await call(s.app, admin, 'POST', '/api/cooperation', {
      partnerRegionId: regionB.regionId,
      title: 'PKS Layanan Kesehatan',
      kind: 'pks',
      number: '415/PKS/2026',
      signedOn: '2026-03-01',
      validUntil: '2028-03-01',
      innovationIds: [target.innovationId],
    });
    expect(created.statusCode).toBe(201);
    const c = created.json();
    expect(c).toMatchObject({ partnerName: 'Kabupaten 35.17', version: 1, innovations: [{ id: target.innovationId, name: target.name }] });
    const patched = (await call(s.app, admin, 'PATCH', `/api/cooperation/${c.id}`, { version: 1, title: 'PKS Layanan Kesehatan Ibu' })).json();
    expect(patched).toMatchObject({
      title: 'PKS Layanan Kesehatan Ibu',
      number: '415/PKS/2026',
      validUntil: '2028-03-01',
      partnerName: 'Kabupaten 35.17',
      version: 2,
    });
    expect(patched.innovations).toHaveLength(1);
    expect((await call(s.app, admin, 'PATCH', `/api/cooperation/${c.id}`, { version: 1, title: 'Y' })).statusCode).toBe(409);
    expect((await call(s.app, admin, 'PATCH', `/api/cooperation/${c.id}`, { version: 2, validUntil: '2025-01-01' })).statusCode).toBe(400);

    const textFile = new FormData();
    textFile.append('file', new Blob([new Uint8Array(Buffer.from('bukan dokumen'))], { type: 'text/plain' }), 'pks.txt');
    const refused = await s.app.inject({
      method: 'POST',
      url: `/api/cooperation/${c.id}/document?version=2`,
      headers: { cookie: admin, 'x-requested-with': 'test' },
      payload: textFile,
    });
    expect(refused.json().error.fields.file).toBe('Unggah dokumen kesepakatan berupa PDF, JPG, atau PNG.');
    const upload = new FormData();
    upload.append('file', new Blob([new Uint8Array(pdf('PKS'))], { type: 'application/pdf' }), 'pks-kesehatan.pdf');
    const doc = await s.app.inject({
      method: 'POST',
      url: `/api/cooperation/${c.id}/document?version=2`,
      headers: { cookie: admin, 'x-requested-with': 'test' },
      payload: upload,
    });
    expect(doc.json()).toMatchObject({ fileName: 'pks-kesehatan.pdf', version: 3 });

    // The region reads them, with filters; another region does not.
    const list = async (cookie: string, q = '') => (await call(s.app, cookie, 'GET', `/api/cooperation${q}`)).json().items as { id: string }[];
    expect((await list(s.cookie.pimpinan)).map((x) => x.id)).toEqual([c.id]);
    expect(await list(s.cookie['operator.dinkes'], '?q=ibu&validity=active&kind=pks')).toHaveLength(1);
    expect(await list(s.cookie['operator.dinkes'], '?validity=expired')).toHaveLength(0);
    expect(await list(s.cookie['operator.dinkes'], `?innovationId=${target.innovationId}`)).toHaveLength(1);
    expect(await list(regionB.cookie)).toHaveLength(0);
    expect((await call(s.app, regionB.cookie, 'GET', `/api/cooperation/${c.id}/document`)).statusCode).toBe(404);

    // The innovation page: where it is replicated and its agreements.
    const summary = (await call(s.app, s.cookie['operator.dinkes'], 'GET', `/api/replications/entries/${target.entryId}`)).json();
    expect(summary.agreements.map((a: { id: string }) => a.id)).toEqual([c.id]);
    expect(summary.replications.map((r: { replicatingName: string }) => r.replicatingName).sort()).toEqual([
      'Dinas Kependudukan dan Pencatatan Sipil',
      'Kab. Jombang',
      'Kabupaten Jombang',
      'Kota Batu',
    ]);

    expect((await call(s.app, admin, 'DELETE', `/api/cooperation/${c.id}`)).statusCode).toBe(200);
    expect(await count()).toBe(0);
    const trail = JSON.stringify((await call(s.app, admin, 'GET', '/api/audit?entityType=cooperation')).json());
    expect(trail).toContain('PKS Layanan Kesehatan');
  });
});
