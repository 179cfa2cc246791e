// The letterhead and signing official of a region's reports: set field by field by its Admin Daerah (absent
// fields unchanged, null clears), validated with clear messages, read by the region's users only.
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { call, createTestApp, login, type TestContext } from '../support/app';
import { pdf, png } from '../support/files';
import { solidPng } from '../support/images';

let ctx: TestContext;
let admin: string;
let regionId: string;

beforeAll(async () => {
  ctx = await createTestApp();
  admin = await login(ctx.app, 'admin');
  regionId = (await call(ctx.app, admin, 'GET', '/api/auth/me')).json().user.regionId;
});
afterAll(() => ctx.close());

const url = () => `/api/regions/${regionId}/letterhead`;

describe('region letterhead', () => {
  it('starts empty and keeps every field that a later change does not name', async () => {
    expect((await call(ctx.app, admin, 'GET', url())).json()).toMatchObject({ agencyName: null, hasLogo: false, signerNip: null });
    const first = await call(ctx.app, admin, 'PATCH', url(), {
      agencyName: 'Badan Perencanaan Pembangunan Daerah',
      address: 'Jl. Gajah Mada No. 145, Mojokerto',
      phone: '(0321) 321321',
      email: 'bappeda@mojokertokota.go.id',
      signPlace: 'Mojokerto',
      signDate: '2026-12-01',
      signerTitle: 'Kepala Bappeda',
      signerName: 'Dra. Siti Rahayu, M.Si.',
      signerNip: '197001011990032001',
    });
    expect(first.statusCode, first.body).toBe(200);
    // One field at a time, as the form's autosave or a partial client sends it.
    const second = await call(ctx.app, admin, 'PATCH', url(), { signerName: 'Ir. Budi Santoso' });
    expect(second.statusCode).toBe(200);
    expect(second.json()).toMatchObject({
      agencyName: 'Badan Perencanaan Pembangunan Daerah',
      address: 'Jl. Gajah Mada No. 145, Mojokerto',
      email: 'bappeda@mojokertokota.go.id',
      signDate: '2026-12-01',
      signerTitle: 'Kepala Bappeda',
      signerName: 'Ir. Budi Santoso',
      signerNip: '197001011990032001',
    });
    // Explicit null or "" clears that field only.
    const cleared = (await call(ctx.app, admin, 'PATCH', url(), { signDate: null, phone: '' })).json();
    expect(cleared).toMatchObject({ signDate: null, phone: null, signerName: 'Ir. Budi Santoso', agencyName: 'Badan Perencanaan Pembangunan Daerah' });
    expect((await call(ctx.app, admin, 'GET', url())).json()).toEqual(cleared);
  });

  it('refuses a NIP that is not 18 digits, a bad e-mail or date, with messages on the fields', async () => {
    for (const nip of ['12345', '19700101 199003 1 001', '1970010119900310012', 'abcdefghijklmnopqr']) {
      const res = await call(ctx.app, admin, 'PATCH', url(), { signerNip: nip });
      expect(res.statusCode, nip).toBe(400);
      expect(res.json().error.fields.signerNip).toBe('NIP terdiri dari 18 angka, tanpa spasi.');
    }
    const bad = await call(ctx.app, admin, 'PATCH', url(), { email: 'bukan-email', signDate: '2026-13-45' });
    expect(bad.json().error.fields).toMatchObject({ email: 'Alamat e-mail tidak valid.', signDate: 'Tanggal tidak valid.' });
    const long = await call(ctx.app, admin, 'PATCH', url(), { agencyName: 'x'.repeat(201) }, { 'accept-language': 'en' });
    expect(long.json().error.fields.agencyName).toBe('At most 200 characters.');
    // Nothing of a refused request was stored.
    expect((await call(ctx.app, admin, 'GET', url())).json().signerNip).toBe('197001011990032001');
  });

  it('takes a PNG or JPG logo, refuses other files, and removes it on null', async () => {
    const notImage = await call(ctx.app, admin, 'PATCH', url(), { logo: pdf().toString('base64') });
    expect(notImage.json().error.fields.logo).toBe('Logo harus berupa gambar PNG atau JPG.');
    const tooBig = await call(ctx.app, admin, 'PATCH', url(), { logo: Buffer.concat([png(), Buffer.alloc(310 * 1024)]).toString('base64') });
    expect(tooBig.json().error.fields.logo).toBe('Logo maksimal 300 KB.');
    // A PNG header over data that does not decode would break the report later: refused now.
    const corrupt = await call(ctx.app, admin, 'PATCH', url(), { logo: png().toString('base64') });
    expect(corrupt.json().error.fields.logo).toBe('Logo harus berupa gambar PNG atau JPG.');
    const ok = await call(ctx.app, admin, 'PATCH', url(), { logo: solidPng().toString('base64') });
    expect(ok.json().hasLogo).toBe(true);
    const image = await call(ctx.app, admin, 'GET', `${url()}/logo`);
    expect(image.headers['content-type']).toBe('image/png');
    expect(Buffer.compare(image.rawPayload, solidPng())).toBe(0);
    expect((await call(ctx.app, admin, 'PATCH', url(), { agencyName: 'Bappeda' })).json().hasLogo).toBe(true);
    expect((await call(ctx.app, admin, 'PATCH', url(), { logo: null })).json().hasLogo).toBe(false);
    expect((await call(ctx.app, admin, 'GET', `${url()}/logo`)).statusCode).toBe(404);
  });

  it('is edited by the region’s admin only; others of the region read it', async () => {
    const operator = await login(ctx.app, 'operator.dinkes');
    expect((await call(ctx.app, operator, 'PATCH', url(), { signerName: 'Saya' })).statusCode).toBe(403);
    expect((await call(ctx.app, operator, 'GET', url())).json().agencyName).toBe('Bappeda');
    const leader = await login(ctx.app, 'pimpinan');
    expect((await call(ctx.app, leader, 'PATCH', url(), { signerName: 'Saya' })).statusCode).toBe(403);
    expect((await call(ctx.app, admin, 'GET', `/api/regions/${randomUUID()}/letterhead`)).statusCode).toBe(404);
  });
});
