// The users list sorts names as people read them: a name written with a lowercase title ("dr. Ratna …")
// sits among the D's, not after every capitalised name.
import { describe, expect, it } from 'vitest';
import { call } from '../support/app';
import { signedInApp } from '../support/signed-in-app';

const s = signedInApp(['admin']);

describe('users list order', () => {
  it('sorts full names without regard to capitals, both ways', async () => {
    for (const [username, fullName] of [
      ['andi.w', 'drg. Andi Wijaya'],
      ['zainal', 'Zainal Abidin, S.E.'],
      ['bambang.s', 'bambang Sutrisno'],
    ])
      expect((await call(s.app, s.cookie.admin, 'POST', '/api/users', { username, fullName, role: 'pimpinan' })).statusCode).toBe(201);
    const names = async (dir: 'asc' | 'desc') =>
      ((await call(s.app, s.cookie.admin, 'GET', `/api/users?sort=fullName&dir=${dir}&pageSize=100&active=all`)).json().items as { fullName: string }[]).map(
        (u) => u.fullName,
      );
    const asc = await names('asc');
    // Lowercase first letters sort among the capitals: b before d before Z.
    expect(asc.indexOf('bambang Sutrisno')).toBeLessThan(asc.indexOf('drg. Andi Wijaya'));
    expect(asc.indexOf('bambang Sutrisno')).toBeLessThan(asc.indexOf('Zainal Abidin, S.E.'));
    expect(asc.indexOf('drg. Andi Wijaya')).toBeLessThan(asc.indexOf('Zainal Abidin, S.E.'));
    expect(await names('desc')).toEqual([...asc].reverse());
  });
});
