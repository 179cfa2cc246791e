// What a signed-in user may ask to replicate (the request form's choices): another region's user finds the
// published innovations of other regions only; an OPD finds the approved innovations of the other OPDs of its own
// region (not drafts, not its own), and asking for one goes through; by name, or one by its id for a link.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { catalogueEntries } from '../../src/server/db/schema';
import { call, completeProfile, createTestApp, login, openPeriod2026, secondRegion, type TestContext } from '../support/app';
import { pdf, upload } from '../support/files';
import { answer } from '../support/items';

let ctx: TestContext;
let admin: string;
let dinkes: string;
let capil: string;
let head: string;
let regionB: { regionId: string; cookie: string };
const ids = { approved: '', draft: '', published: '' };

interface Candidate {
  innovationId: string;
  name: string;
  opdName: string;
  regionName: string;
  insideRegion: boolean;
}
const candidates = async (cookie: string, query = '') =>
  (await call(ctx.app, cookie, 'GET', `/api/replications/candidates${query}`)).json().items as Candidate[];

/** Registers an innovation of Dinkes; approved by its head unless told; returns its innovation id. */
async function dinkesInnovation(name: string, approve: boolean): Promise<{ innovationId: string; entryId: string }> {
  const id = (await call(ctx.app, dinkes, 'POST', '/api/innovations', { name })).json().id as string;
  expect((await call(ctx.app, dinkes, 'PATCH', `/api/innovations/entries/${id}`, { version: 1, ...completeProfile })).statusCode).toBe(200);
  if (approve) {
    await answer(ctx.app, dinkes, { entryId: id }, '16', 3);
    await upload(ctx.app, dinkes, `entryId=${id}&code=16`, 'perwali.pdf', pdf('Perwali'));
    expect((await call(ctx.app, dinkes, 'POST', `/api/innovations/entries/${id}/transition`, { action: 'submit' })).statusCode).toBe(200);
    expect((await call(ctx.app, head, 'POST', `/api/innovations/entries/${id}/transition`, { action: 'approve' })).statusCode).toBe(200);
  }
  const entry = (await call(ctx.app, dinkes, 'GET', `/api/innovations/entries/${id}`)).json();
  return { innovationId: entry.innovationId, entryId: id };
}

beforeAll(async () => {
  ctx = await createTestApp();
  admin = await login(ctx.app, 'admin');
  dinkes = await login(ctx.app, 'operator.dinkes');
  capil = await login(ctx.app, 'operator.dispendukcapil');
  head = await login(ctx.app, 'kepala.dinkes');
  await openPeriod2026(ctx.app, admin);
  ids.approved = (await dinkesInnovation('Posyandu Lansia Keliling', true)).innovationId;
  ids.draft = (await dinkesInnovation('Posyandu Remaja Draf', false)).innovationId;
  const published = await dinkesInnovation('Puskesmas Ramah Anak', true);
  ids.published = published.innovationId;
  const entry = (await call(ctx.app, dinkes, 'GET', `/api/innovations/entries/${published.entryId}`)).json();
  await ctx.database.db.insert(catalogueEntries).values({
    innovationId: ids.published,
    regionId: entry.regionId,
    opdId: entry.opdId,
    entryId: published.entryId,
    slug: 'puskesmas-ramah-anak-uji',
    year: 2026,
    name: 'Puskesmas Ramah Anak',
    opdName: 'Dinas Kesehatan',
  });
  regionB = await secondRegion(ctx.app, '35.17', 'admin.jombang');
});
afterAll(() => ctx?.close());

describe('the request form’s choices', () => {
  it('another region finds the published innovations only, with their region', async () => {
    const found = await candidates(regionB.cookie);
    expect(found).toEqual([
      {
        innovationId: ids.published,
        name: 'Puskesmas Ramah Anak',
        opdId: expect.any(String),
        opdName: 'Dinas Kesehatan',
        regionName: 'Kota Mojokerto',
        insideRegion: false,
      },
    ]);
    expect(await candidates(regionB.cookie, '?q=posyandu')).toEqual([]);
    expect(await candidates(regionB.cookie, `?innovationId=${ids.approved}`)).toEqual([]);
    expect((await candidates(regionB.cookie, `?innovationId=${ids.published}`)).map((c) => c.name)).toEqual(['Puskesmas Ramah Anak']);
    // The catalogue page leads a signed-in user of another region to the form on this innovation.
    const page = await ctx.app.inject({ method: 'GET', url: '/katalog/inovasi/puskesmas-ramah-anak-uji' });
    expect(page.body).toContain(`<a href="/replikasi?ajukan=${ids.published}">Ajukan dari akun Inovda Anda</a>`);
  });

  it('an OPD finds the other OPDs’ approved innovations of its region, not drafts nor its own; the admin finds every OPD’s', async () => {
    const names = (items: Candidate[]) => items.map((c) => `${c.name}|${c.insideRegion}`);
    expect(names(await candidates(capil))).toEqual(['Posyandu Lansia Keliling|true', 'Puskesmas Ramah Anak|true']);
    expect(names(await candidates(capil, '?q=LANSIA'))).toEqual(['Posyandu Lansia Keliling|true']);
    expect(names(await candidates(capil, '?q=100%25_'))).toEqual([]);
    expect(await candidates(dinkes)).toEqual([]);
    expect(names(await candidates(admin))).toEqual(['Posyandu Lansia Keliling|true', 'Puskesmas Ramah Anak|true']);
    const asked = await call(ctx.app, capil, 'POST', '/api/replications', {
      innovationId: ids.approved,
      requesterPhone: '0321 123456',
      message: 'Kami ingin belajar.',
    });
    expect(asked.statusCode).toBe(201);
    expect(asked.json()).toMatchObject({ insideRegion: true, requesterPhone: '0321 123456' });
    const badPhone = await call(ctx.app, capil, 'POST', '/api/replications', { innovationId: ids.published, requesterPhone: '12ab' });
    expect(Object.keys(badPhone.json().error.fields)).toEqual(['requesterPhone']);
  });

  it('is refused to roles that do not ask for replications', async () => {
    expect((await call(ctx.app, await login(ctx.app, 'pimpinan'), 'GET', '/api/replications/candidates')).statusCode).toBe(403);
    expect((await call(ctx.app, await login(ctx.app, 'verifikator'), 'GET', '/api/replications/candidates')).statusCode).toBe(403);
  });
});
