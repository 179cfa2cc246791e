// NUL and lone surrogates (a broken paste, a hostile client) are refused as a 400 naming the field, in
// bodies, queries and path parameters alike; before, they reached PostgreSQL and answered 500.
import { describe, expect, it } from 'vitest';
import { unstorablePath } from '../../src/server/plugins/storable-text';
import { call, json, openPeriod2026 } from '../support/app';
import { signedInApp } from '../support/signed-in-app';

const s = signedInApp(['admin', 'verifikator', 'superadmin']);
const NUL = 'ad\u0000min';
const LONE = 'Dinas \ud800 Baru';

describe('unstorable text', () => {
  it('finds the first unstorable string and lets emoji and Indonesian text through', () => {
    expect(unstorablePath({ name: 'Inovasi 🚀 Kesehatan — “Sehat”', list: ['a', { note: 'b\u0000' }] })).toBe('list.1.note');
    expect(unstorablePath({ name: 'ok', q: '\udc00x' })).toBe('q');
    expect(unstorablePath({ name: 'Inovasi 🚀' })).toBeNull();
  });

  it('a NUL in the sign-in name is a 400 on that field', async () => {
    const res = await s.app.inject({ method: 'POST', url: '/api/auth/login', headers: json, payload: { username: NUL, password: 'x' } });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.fields).toEqual({ username: expect.stringMatching(/karakter tak terlihat/) });
  });

  it('?q=%00 on every list is a 400, not a 500', async () => {
    for (const url of ['/api/innovations', '/api/opds', '/api/users', '/api/audit', '/api/evidence/deleted', '/api/regions']) {
      const who = url === '/api/regions' ? s.cookie.superadmin : s.cookie.admin;
      const res = await call(s.app, who, 'GET', `${url}?q=%00`);
      expect(res.statusCode, url).toBeLessThan(500);
    }
    const periodId = await openPeriod2026(s.app, s.cookie.admin);
    const queue = await call(s.app, s.cookie.verifikator, 'GET', `/api/verification/queue?periodId=${periodId}&q=%00`);
    expect(queue.statusCode).toBe(400);
    expect(queue.json().error.fields.q).toMatch(/karakter tak terlihat/);
  });

  it('a lone surrogate in a name, a path parameter or a clone name is a 400 on that field', async () => {
    const opd = await call(s.app, s.cookie.admin, 'POST', '/api/opds', { name: LONE, shortName: 'DB', kind: 'dinas' });
    expect(opd.statusCode).toBe(400);
    expect(opd.json().error.fields.name).toMatch(/karakter tak terlihat/);
    const path = await call(s.app, s.cookie.admin, 'GET', '/api/innovations/entries/%00');
    expect(path.statusCode).toBe(400);
    const clone = await call(s.app, s.cookie.admin, 'POST', '/api/frameworks/iid-2026/clone', { name: LONE });
    expect(clone.statusCode).toBe(400);
  });
});
