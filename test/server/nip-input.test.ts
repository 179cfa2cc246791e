// A head's NIP that is not 18 digits is refused with the NIP message on the field (it was "Isian tidak valid."),
// the same one the letterhead's signer NIP gets.
import { describe, expect, it } from 'vitest';
import { call } from '../support/app';
import { signedInApp } from '../support/signed-in-app';

const s = signedInApp(['admin']);

describe('NIP of an OPD head', () => {
  it('says what a NIP is when one has 17 digits, on create and on change', async () => {
    const created = await call(s.app, s.cookie.admin, 'POST', '/api/opds', {
      name: 'Badan Riset dan Inovasi Daerah',
      shortName: 'BRIDA',
      kind: 'badan',
      headNip: '19750101200003100',
    });
    expect(created.statusCode).toBe(400);
    expect(created.json().error.fields.headNip).toBe('NIP terdiri dari 18 angka, tanpa spasi.');
    const ok = await call(s.app, s.cookie.admin, 'POST', '/api/opds', {
      name: 'Badan Riset dan Inovasi Daerah',
      shortName: 'BRIDA',
      kind: 'badan',
      headNip: '197501012000031001',
    });
    expect(ok.statusCode).toBe(201);
    const changed = await call(s.app, s.cookie.admin, 'PATCH', `/api/opds/${ok.json().id}`, { headNip: 'NIP 1975' });
    expect(changed.statusCode).toBe(400);
    expect(changed.json().error.fields.headNip).toBe('NIP terdiri dari 18 angka, tanpa spasi.');
  });
});
