// Every place a password is chosen refuses easy ones (the zxcvbn estimator with Indonesian and English
// dictionaries and the user's own words), with a clear message on the field.
import { describe, expect, it } from 'vitest';
import { createResetToken } from '../../src/server/auth/repository';
import { call, DEMO_PASSWORD, idOf, login } from '../support/app';
import { signedInApp } from '../support/signed-in-app';

const s = signedInApp(['operator.dinkes', 'admin']);

const change = (newPassword: string, lang = 'id') =>
  call(s.app, s.cookie['operator.dinkes'], 'POST', '/api/auth/change-password', { currentPassword: DEMO_PASSWORD, newPassword }, { 'accept-language': lang });

describe('choosing one’s own password', () => {
  it.each([
    ['password123', /terlalu mudah ditebak/],
    ['rahasia2026', /terlalu mudah ditebak/],
    ['inovda2026', /memuat nama, e-mail, daerah/],
    ['operator.dinkes2026', /tidak boleh memuat nama pengguna/],
    ['mojokerto2026', /memuat nama, e-mail, daerah/],
    ['kesehatan12345', /memuat nama, e-mail, daerah/],
  ])('refuses %s with a message on the field', async (password, message) => {
    const res = await change(password);
    expect(res.statusCode).toBe(400);
    expect(res.json().error.fields.newPassword).toMatch(message);
  });

  it('says it in English too', async () => {
    expect((await change('password123', 'en')).json().error.fields.newPassword).toMatch(/too easy to guess/);
  });

  it('accepts a passphrase of unrelated words', async () => {
    expect((await change('kuda hijau melompati pagar bambu')).statusCode).toBe(200);
    s.cookie['operator.dinkes'] = await login(s.app, 'operator.dinkes', 'kuda hijau melompati pagar bambu');
  });
});

describe('other places a password is set', () => {
  it('a reset link refuses an easy password', async () => {
    const userId = await idOf(s.app, s.cookie.admin, '/api/users?pageSize=100', (u) => u.username === 'verifikator');
    const token = await createResetToken(s.ctx.database.db, userId);
    const res = await call(s.app, null, 'POST', '/api/auth/reset-password', { token, newPassword: 'verifikator1' });
    expect(res.json().error.fields.newPassword).toMatch(/nama pengguna/);
    const common = await call(s.app, null, 'POST', '/api/auth/reset-password', { token, newPassword: 'password123' });
    expect(common.json().error.fields.newPassword).toMatch(/terlalu mudah ditebak/);
  });

  it('an admin giving a new user a first password cannot give an easy one', async () => {
    const opdId = await idOf(s.app, s.cookie.admin, '/api/opds?q=Dinkes', () => true);
    const res = await call(s.app, s.cookie.admin, 'POST', '/api/users', {
      username: 'operator.baru',
      fullName: 'Budi Santoso',
      role: 'operator_opd',
      opdId,
      password: 'budisantoso1',
    });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.fields.password).toMatch(/memuat nama/);
  });
});
