// Reset by e-mailed token: through a real SMTP server, and through the log when SMTP is not set up.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { call, createTestApp, DEMO_PASSWORD, login, type TestContext } from '../support/app';
import { type Inbox, startSmtp } from '../support/smtp';

const linkIn = (text: string) => text.match(/\/reset-password\?token=([A-Za-z0-9_-]+)/)?.[1];

describe('with SMTP', () => {
  let ctx: TestContext;
  let smtp: Inbox;
  let inbox: Inbox['messages'];

  beforeAll(async () => {
    smtp = await startSmtp();
    inbox = smtp.messages;
    ctx = await createTestApp({ smtpUrl: smtp.url, appUrl: 'https://inovda.mojokertokota.go.id' });
  });
  afterAll(async () => {
    await ctx.close();
    await smtp.close();
  });

  it('e-mails a link; the token sets a new password once and ends old sessions', async () => {
    const old = await login(ctx.app, 'verifikator');
    const res = await call(ctx.app, null, 'POST', '/api/auth/forgot-password', { identifier: 'verifikator' });
    expect(res.statusCode).toBe(200);
    expect(inbox).toHaveLength(1);
    expect(inbox[0].to).toBe('verifikator@demo.inovda.id');
    expect(inbox[0].body).toContain('https://inovda.mojokertokota.go.id/reset-password?token=');
    const token = linkIn(inbox[0].body) as string;

    const weak = await call(ctx.app, null, 'POST', '/api/auth/reset-password', { token, newPassword: 'short' });
    expect(weak.json().error.fields.newPassword).toBeTruthy();
    // A rejected password does not use the token up (the transaction rolls back), so the user can retry.
    const ok = await call(ctx.app, null, 'POST', '/api/auth/reset-password', { token, newPassword: 'Verifikasi-2026' });
    expect(ok.statusCode).toBe(200);
    expect((await call(ctx.app, old, 'GET', '/api/auth/me')).statusCode).toBe(401);
    await login(ctx.app, 'verifikator', 'Verifikasi-2026');
    const again = await call(ctx.app, null, 'POST', '/api/auth/reset-password', { token, newPassword: 'Verifikasi-2027' });
    expect(again.statusCode).toBe(400);
    expect(again.json().error.fields.token).toMatch(/tidak valid|kedaluwarsa/);
  });

  it('one successful reset ends every other link sent before it', async () => {
    const before = inbox.length;
    for (let i = 0; i < 2; i++) await call(ctx.app, null, 'POST', '/api/auth/forgot-password', { identifier: 'pimpinan' });
    const [first, second] = inbox.slice(before).map((m) => linkIn(m.body) as string);
    expect(first).toBeTruthy();
    expect(second).toBeTruthy();
    expect((await call(ctx.app, null, 'POST', '/api/auth/reset-password', { token: second, newPassword: 'Laporan-Daerah-2026' })).statusCode).toBe(200);
    const stale = await call(ctx.app, null, 'POST', '/api/auth/reset-password', { token: first, newPassword: 'Laporan-Lain-2027' });
    expect(stale.statusCode).toBe(400);
    await login(ctx.app, 'pimpinan', 'Laporan-Daerah-2026');
  });

  it('sends at most three links a quarter of an hour, answering the same', async () => {
    const before = inbox.length;
    for (let i = 0; i < 5; i++) expect((await call(ctx.app, null, 'POST', '/api/auth/forgot-password', { identifier: 'juri' })).statusCode).toBe(200);
    expect(inbox.length - before).toBe(3);
  });

  it('answers the same for unknown accounts and sends nothing', async () => {
    const before = inbox.length;
    const res = await call(ctx.app, null, 'POST', '/api/auth/forgot-password', { identifier: 'nobody@nowhere.id' });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({ ok: true });
    expect(inbox.length).toBe(before);
  });
});

describe('without SMTP', () => {
  let ctx: TestContext;
  const lines: string[] = [];
  beforeAll(async () => {
    ctx = await createTestApp({}, { logger: { level: 'info', stream: { write: (l: string) => lines.push(l) } } });
  });
  afterAll(() => ctx.close());

  it('writes the reset link to the server log', async () => {
    await call(ctx.app, null, 'POST', '/api/auth/forgot-password', { identifier: 'pimpinan' });
    const token = linkIn(lines.join('\n'));
    expect(token).toBeTruthy();
    const ok = await call(ctx.app, null, 'POST', '/api/auth/reset-password', { token, newPassword: 'Kepala-daerah-2026' });
    expect(ok.statusCode).toBe(200);
    await login(ctx.app, 'pimpinan', 'Kepala-daerah-2026');
    await expect(login(ctx.app, 'pimpinan', DEMO_PASSWORD)).rejects.toThrow(/401/);
  });
});
