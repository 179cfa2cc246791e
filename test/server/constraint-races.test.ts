// Two admins creating the same thing at once: the pre-check passes for both, the unique index refuses one.
// The loser must hear what the pre-check would have said (409 on the field), never a 500.
import { describe, expect, it } from 'vitest';
import { databaseRefusal } from '../../src/server/shared/http/database-errors';
import { call } from '../support/app';
import { signedInApp } from '../support/signed-in-app';

const s = signedInApp(['admin']);

const statuses = (replies: { statusCode: number }[]) => replies.map((r) => r.statusCode).sort();

describe('constraint races', () => {
  it('the same username created eight times at once: one 201, seven 409 naming the username', async () => {
    const replies = await Promise.all(
      Array.from({ length: 8 }, () => call(s.app, s.cookie.admin, 'POST', '/api/users', { username: 'kembar.satu', fullName: 'Kembar', role: 'pimpinan' })),
    );
    expect(statuses(replies)).toEqual([201, 409, 409, 409, 409, 409, 409, 409]);
    for (const r of replies.filter((x) => x.statusCode === 409)) expect(r.json().error.fields).toEqual({ username: 'Nama pengguna ini sudah dipakai.' });
  });

  it('the same OPD created eight times at once: one 201, seven 409 naming the field', async () => {
    const replies = await Promise.all(
      Array.from({ length: 8 }, () => call(s.app, s.cookie.admin, 'POST', '/api/opds', { name: 'Badan Kembar Daerah', shortName: 'BKD-K', kind: 'badan' })),
    );
    expect(statuses(replies)).toEqual([201, 409, 409, 409, 409, 409, 409, 409]);
    for (const r of replies.filter((x) => x.statusCode === 409))
      expect(Object.keys(r.json().error.fields)).toEqual([expect.stringMatching(/^(name|shortName)$/)]);
  });

  it('reads the SQLSTATE through the ORM wrapper', () => {
    const driver = Object.assign(new Error('duplicate key'), {
      code: '23505',
      constraint: 'users_email_uq',
      detail: 'Key (lower(email))=(a@b.id) already exists.',
    });
    const wrapped = Object.assign(new Error('Failed query: insert …'), { cause: driver });
    expect(databaseRefusal(wrapped)?.status).toBe(409);
    expect(databaseRefusal(wrapped)?.fields).toEqual({ email: { code: 'email_taken' } });
    const fk = Object.assign(new Error('fk'), { cause: { code: '23503', detail: 'Key (opd_id)=(x) is not present in table "opds".' } });
    expect(databaseRefusal(fk)?.fields).toEqual({ opdId: { code: 'invalid' } });
    expect(databaseRefusal(new Error('plain'))).toBeNull();
    expect(databaseRefusal(Object.assign(new Error('io'), { code: 'ECONNRESET' }))).toBeNull();
  });
});
