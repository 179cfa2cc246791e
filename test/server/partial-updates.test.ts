// Every partial update of the API: a field left out of the body is left as it is; only an explicit null (or an
// empty string) clears it. Each endpoint: fill every field, send one, read back (the rest unchanged), then
// send null for one (only that one cleared).
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { call, completeProfile, createTestApp, login, openPeriod2026, type TestContext } from '../support/app';
import { answer } from '../support/items';

let ctx: TestContext;
let admin: string;
let operator: string;
let regionId: string;
let dinkesId: string;

/** Bookkeeping that changes on every write, not data the user sent. */
const BOOKKEEPING = ['version', 'updatedAt', 'eligibility', 'rancangBangunWords', 'lastLoginAt'];
const without = (o: Record<string, unknown>, keys: string[]) => Object.fromEntries(Object.entries(o).filter(([k]) => ![...BOOKKEEPING, ...keys].includes(k)));

/** After a partial update only `changed` may differ; everything else must be exactly as before. */
function expectOnly(before: Record<string, unknown>, after: Record<string, unknown>, changed: Record<string, unknown>) {
  expect(without(after, Object.keys(changed))).toEqual(without(before, Object.keys(changed)));
  expect(after).toMatchObject(changed);
}

/** No field of the record may be empty, so that any field the server wrongly clears shows up. */
function expectAllSet(record: Record<string, unknown>, optional: string[]) {
  for (const k of optional) expect(record[k], k).not.toBeNull();
}

beforeAll(async () => {
  ctx = await createTestApp();
  admin = await login(ctx.app, 'admin');
  operator = await login(ctx.app, 'operator.dinkes');
  regionId = (await call(ctx.app, admin, 'GET', '/api/auth/me')).json().region.id;
  dinkesId = (await call(ctx.app, operator, 'GET', '/api/auth/me')).json().opd.id;
  await openPeriod2026(ctx.app, admin);
});
afterAll(() => ctx.close());

describe('innovation profile (autosave sends one field at a time)', () => {
  const full = {
    ...completeProfile,
    inisiatorName: 'Kepala Dinas Kesehatan',
    tematik: 'digitalisasi_layanan',
    urusanLain: ['2.14'],
    waktuUjiCoba: '2024-09-01',
    lokasi: 'Puskesmas Gedongan',
    haki: 'Hak cipta 2025',
    penghargaan: 'Juara 1 Lomba Inovasi 2025',
  };
  let entryId: string;
  let units: { id: string; name: string }[];
  const url = () => `/api/innovations/entries/${entryId}`;
  const save = async (body: Record<string, unknown>) => {
    const version = (await call(ctx.app, operator, 'GET', url())).json().version;
    const res = await call(ctx.app, operator, 'PATCH', url(), { version, ...body });
    expect(res.statusCode, res.body).toBe(200);
    return res.json();
  };

  beforeAll(async () => {
    units = (await call(ctx.app, operator, 'GET', `/api/opds/${dinkesId}`)).json().units;
    const created = await call(ctx.app, operator, 'POST', '/api/innovations', { name: 'Si Cantik', unitId: units[0].id });
    expect(created.statusCode, created.body).toBe(201);
    entryId = created.json().id;
  });
  // Every case starts from a profile with every field filled in.
  beforeEach(async () => {
    expectAllSet(await save({ ...full, unitId: units[0].id }), [...Object.keys(full), 'unitId', 'unitName']);
  });

  it.each([
    ['tujuan', 'Tujuan yang diperbarui'],
    ['inisiatorName', 'Sekretaris Dinas'],
    ['rancangBangun', `<p>${completeProfile.rancangBangun} tambahan</p>`],
    ['tahapan', 'uji_coba'],
    ['waktuPenerapan', '2025-05-02'],
    ['urusanLain', ['2.14', '1.01']],
    ['name', 'Si Cantik Plus'],
  ])('saving only %s leaves every other field as it was', async (field, value) => {
    const before = (await call(ctx.app, operator, 'GET', url())).json();
    const after = await save({ [field]: value });
    expectOnly(before, after, { [field]: value });
    expect((await call(ctx.app, operator, 'GET', url())).json()).toEqual(after);
  });

  it('an explicit null or an empty text clears that field only', async () => {
    let before = (await call(ctx.app, operator, 'GET', url())).json();
    let after = await save({ hasil: null });
    expectOnly(before, after, { hasil: null });
    before = after;
    after = await save({ manfaat: '   ' });
    expectOnly(before, after, { manfaat: null });
    before = after;
    after = await save({ waktuUjiCoba: null });
    expectOnly(before, after, { waktuUjiCoba: null });
  });

  it('the unit: absent keeps it, another unit of the OPD changes it, null removes it, a unit of another OPD is refused', async () => {
    let before = (await call(ctx.app, operator, 'GET', url())).json();
    expect(before.unitId).toBe(units[0].id);
    let after = await save({ unitId: units[1].id });
    expectOnly(before, after, { unitId: units[1].id, unitName: units[1].name });
    before = after;
    after = await save({ lokasi: 'Kelurahan Gedongan' });
    expect(after.unitId).toBe(units[1].id);
    const list = (await call(ctx.app, operator, 'GET', '/api/innovations?q=Si%20Cantik')).json().items;
    expect(list[0].unitName).toBe(units[1].name);

    const dlh = (await call(ctx.app, admin, 'GET', '/api/opds?q=DLH')).json().items[0].id;
    const foreign = (await call(ctx.app, admin, 'GET', `/api/opds/${dlh}`)).json().units[0].id;
    const refused = await call(ctx.app, operator, 'PATCH', url(), { version: after.version, unitId: foreign });
    expect(refused.statusCode).toBe(400);
    expect(refused.json().error.fields.unitId).toBe('Pilih unit dari Perangkat Daerah inovasi ini.');
    const refusedOnCreate = await call(ctx.app, operator, 'POST', '/api/innovations', { name: 'Salah unit', unitId: foreign });
    expect(refusedOnCreate.json().error.fields.unitId).toBe('Pilih unit dari Perangkat Daerah inovasi ini.');

    before = (await call(ctx.app, operator, 'GET', url())).json();
    after = await save({ unitId: null });
    expectOnly(before, after, { unitId: null, unitName: null });
  });

  it('a value over the limit says "Maksimal N karakter", on create and on save, never "Wajib diisi"', async () => {
    const { version } = (await call(ctx.app, operator, 'GET', url())).json();
    const long = await call(ctx.app, operator, 'PATCH', url(), { version, name: 'x'.repeat(301), lokasi: 'y'.repeat(501) });
    expect(long.statusCode).toBe(400);
    expect(long.json().error.fields).toEqual({ name: 'Maksimal 300 karakter.', lokasi: 'Maksimal 500 karakter.' });
    const created = await call(ctx.app, operator, 'POST', '/api/innovations', { name: 'x'.repeat(301) });
    expect(created.json().error.fields).toEqual({ name: 'Maksimal 300 karakter.' });
    const english = await call(ctx.app, operator, 'POST', '/api/innovations', { name: 'x'.repeat(301) }, { 'accept-language': 'en' });
    expect(english.json().error.fields).toEqual({ name: 'At most 300 characters.' });
    const blank = await call(ctx.app, operator, 'PATCH', url(), { version, name: '  ' });
    expect(blank.json().error.fields).toEqual({ name: 'Wajib diisi.' });
    expect((await call(ctx.app, operator, 'GET', url())).json().version).toBe(version);
  });
});

describe('Perangkat Daerah and units', () => {
  let opdId: string;
  let unitId: string;
  const opdUrl = () => `/api/opds/${opdId}`;
  const get = async () => (await call(ctx.app, admin, 'GET', opdUrl())).json();

  beforeAll(async () => {
    const res = await call(ctx.app, admin, 'POST', '/api/opds', {
      name: 'Dinas Uji Coba',
      shortName: 'DUC',
      kind: 'dinas',
      headName: 'Dr. Kepala',
      headNip: '197001011990031001',
    });
    expect(res.statusCode, res.body).toBe(201);
    opdId = res.json().id;
    unitId = (await call(ctx.app, admin, 'POST', '/api/units', { opdId, name: 'UPT Uji', kind: 'upt' })).json().id;
    expectAllSet(await get(), ['headName', 'headNip']);
  });

  it('an OPD: one field sent, the others kept; null clears the head', async () => {
    for (const change of [{ name: 'Dinas Uji Coba Baru' }, { shortName: 'DUCB' }, { kind: 'badan' }, { active: false }, { active: true }]) {
      const before = await get();
      const res = await call(ctx.app, admin, 'PATCH', opdUrl(), change);
      expect(res.statusCode, res.body).toBe(200);
      expectOnly(before, await get(), change);
    }
    let before = await get();
    await call(ctx.app, admin, 'PATCH', opdUrl(), { headName: null });
    expectOnly(before, await get(), { headName: null });
    before = await get();
    await call(ctx.app, admin, 'PATCH', opdUrl(), { headNip: '' });
    expectOnly(before, await get(), { headNip: null });
  });

  it('a unit: one field sent, the others kept', async () => {
    const unitOf = async () => (await get()).units.find((u: { id: string }) => u.id === unitId);
    for (const change of [{ name: 'UPT Uji Baru' }, { kind: 'puskesmas' }, { active: false }]) {
      const before = await unitOf();
      const res = await call(ctx.app, admin, 'PATCH', `/api/units/${unitId}`, change);
      expect(res.statusCode, res.body).toBe(200);
      expectOnly(before, await unitOf(), change);
    }
  });
});

describe('users', () => {
  let userId: string;
  let opdId: string;
  const get = async () => (await call(ctx.app, admin, 'GET', `/api/users/${userId}`)).json();

  beforeAll(async () => {
    opdId = (await call(ctx.app, admin, 'GET', '/api/opds?q=DLH')).json().items[0].id;
    const res = await call(ctx.app, admin, 'POST', '/api/users', {
      username: 'operator.uji',
      fullName: 'Operator Uji',
      email: 'operator.uji@mojokertokota.go.id',
      role: 'operator_opd',
      opdId,
    });
    expect(res.statusCode, res.body).toBe(201);
    userId = res.json().user.id;
    expectAllSet(await get(), ['email', 'opdId']);
  });

  it('one field sent, the others kept (the OPD and e-mail above all)', async () => {
    for (const change of [{ fullName: 'Operator Uji Dua' }, { locale: 'en' }, { role: 'kepala_opd' }, { active: false }, { active: true }]) {
      const before = await get();
      const res = await call(ctx.app, admin, 'PATCH', `/api/users/${userId}`, change);
      expect(res.statusCode, res.body).toBe(200);
      expectOnly(before, await get(), change);
    }
  });

  it('null or an empty string clears the e-mail only', async () => {
    const before = await get();
    await call(ctx.app, admin, 'PATCH', `/api/users/${userId}`, { email: '' });
    expectOnly(before, await get(), { email: null });
  });

  it('the own language and reminder e-mails: each setting leaves the other and the account as they were', async () => {
    const me = async () => ({
      ...(await call(ctx.app, operator, 'GET', '/api/auth/me')).json().user,
      muted: (await call(ctx.app, operator, 'GET', '/api/notifications')).json().muted,
    });
    await call(ctx.app, operator, 'PUT', '/api/notifications/mute', { muted: true });
    let before = await me();
    await call(ctx.app, operator, 'PATCH', '/api/auth/me/preferences', { locale: 'en' });
    expectOnly(before, await me(), { locale: 'en' });
    before = await me();
    await call(ctx.app, operator, 'PUT', '/api/notifications/mute', { muted: false });
    expectOnly(before, await me(), { muted: false });
  });
});

describe('region profile', () => {
  const get = async () => (await call(ctx.app, admin, 'GET', `/api/regions/${regionId}`)).json();

  it('one field sent, the others kept; null clears the address', async () => {
    await call(ctx.app, admin, 'PATCH', `/api/regions/${regionId}`, { address: 'Jl. Gajah Mada 145' });
    expectAllSet(await get(), ['address']);
    let before = await get();
    await call(ctx.app, admin, 'PATCH', `/api/regions/${regionId}`, { name: 'Kota Mojokerto (uji)' });
    expectOnly(before, await get(), { name: 'Kota Mojokerto (uji)' });
    before = await get();
    await call(ctx.app, admin, 'PATCH', `/api/regions/${regionId}`, { address: null });
    expectOnly(before, await get(), { address: null });
  });
});

describe('periods', () => {
  let periodId: string;
  const get = async () => (await call(ctx.app, admin, 'GET', `/api/periods/${periodId}`)).json();

  beforeAll(async () => {
    periodId = (await call(ctx.app, admin, 'GET', '/api/periods')).json().find((p: { year: number }) => p.year === 2026).id;
    const res = await call(ctx.app, admin, 'PATCH', `/api/periods/${periodId}`, { internalDeadline: '2026-08-01', maturityThreshold: 40, opdTarget: 2 });
    expect(res.statusCode, res.body).toBe(200);
    expectAllSet(await get(), ['internalDeadline', 'maturityThreshold']);
  });

  it('one field sent, the others kept; null clears the deadline or the threshold only', async () => {
    for (const change of [{ opdTarget: 3 }, { penjaringanClosesOn: '2026-08-20' }, { internalDeadline: null }, { maturityThreshold: null }]) {
      const before = await get();
      const res = await call(ctx.app, admin, 'PATCH', `/api/periods/${periodId}`, change);
      expect(res.statusCode, res.body).toBe(200);
      expectOnly(before, await get(), change);
    }
  });

  it('an SPD answer changes that indicator only', async () => {
    const get = async () => (await call(ctx.app, admin, 'GET', `/api/periods/${periodId}/region-answers`)).json().answers;
    await answer(ctx.app, admin, { periodId }, '1', 2);
    const before = await get();
    expect((await answer(ctx.app, admin, { periodId }, '3', 1)).statusCode).toBe(200);
    expectOnly(before, await get(), { 3: 1 });
  });
});

describe('SID answers', () => {
  it('an answer changes that indicator only', async () => {
    const entryId = (await call(ctx.app, operator, 'POST', '/api/innovations', { name: 'Jawaban' })).json().id;
    const get = async () => (await call(ctx.app, operator, 'GET', `/api/innovations/entries/${entryId}/answers`)).json().answers;
    await answer(ctx.app, operator, { entryId }, '16', 2);
    const before = await get();
    expect((await answer(ctx.app, operator, { entryId }, '17', 1)).statusCode).toBe(200);
    expectOnly(before, await get(), { 17: 1 });
  });
});

describe('official results', () => {
  const get = async () =>
    (await call(ctx.app, admin, 'GET', '/api/dashboard/history')).json().find((r: { year: number }) => r.year === 2024) as Record<string, unknown>;

  it('a correction keeps what it leaves out; null clears', async () => {
    const full = { iid: 81.5, predicate: 'Sangat Inovatif', nationalRank: 12, cluster: 'Kota', awards: 'Kota Sangat Inovatif', source: 'SK Mendagri 2024' };
    await call(ctx.app, admin, 'PUT', '/api/dashboard/history/2024', full);
    expect(await get()).toEqual({ year: 2024, ...full });
    let before = await get();
    const res = await call(ctx.app, admin, 'PUT', '/api/dashboard/history/2024', { iid: 82, source: 'SK Mendagri 2024 (ralat)' });
    expect(res.json()).toEqual({ ...before, iid: 82, source: 'SK Mendagri 2024 (ralat)' });
    expectOnly(before, await get(), { iid: 82, source: 'SK Mendagri 2024 (ralat)' });
    before = await get();
    await call(ctx.app, admin, 'PUT', '/api/dashboard/history/2024', { iid: 82, source: 'SK Mendagri 2024 (ralat)', cluster: null });
    expectOnly(before, await get(), { cluster: null });
  });
});
