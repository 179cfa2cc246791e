// Notifications at the moment it happens: submitting an innovation reaches the Kepala OPD of that OPD, and a
// verifier's return reaches the operators of that OPD (with the indicator, the innovation and the note) —
// nobody of another OPD, never the actor — in-app at once and by e-mail when SMTP is set. Several a day.
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { NotificationKind } from '../../src/domain/reminders/notification-kinds';
import { notifications, users } from '../../src/server/db/schema';
import { call, completeProfile, createTestApp, login, openPeriod2026, type TestContext } from '../support/app';
import { pdf, upload } from '../support/files';
import { answer, decideItem } from '../support/items';
import { type Inbox, startSmtp } from '../support/smtp';

let ctx: TestContext;
let smtp: Inbox;
let admin: string;
let operator: string;
let head: string;
let verifier: string;
let periodId: string;
let entryId: string;

const usernames = async (kind: NotificationKind) => {
  const rows = await ctx.database.db
    .select({ username: users.username })
    .from(notifications)
    .innerJoin(users, eq(users.id, notifications.userId))
    .where(eq(notifications.kind, kind));
  return rows.map((r) => r.username).sort();
};
const bell = async (cookie: string) => (await call(ctx.app, cookie, 'GET', '/api/notifications')).json();
const mailsTo = (address: string) => smtp.messages.filter((m) => m.to === address);
const until = async (check: () => boolean) => {
  for (let i = 0; i < 100 && !check(); i++) await new Promise((r) => setTimeout(r, 50));
};

beforeAll(async () => {
  smtp = await startSmtp();
  ctx = await createTestApp({ smtpUrl: smtp.url, appUrl: 'https://inovda.example.go.id' });
  admin = await login(ctx.app, 'admin');
  operator = await login(ctx.app, 'operator.dinkes');
  head = await login(ctx.app, 'kepala.dinkes');
  verifier = await login(ctx.app, 'verifikator');
  periodId = await openPeriod2026(ctx.app, admin);
  // A second operator of Dinkes (also told of returns) and a Kepala of another OPD (told of nothing here).
  const opdOf = async (q: string) => (await call(ctx.app, admin, 'GET', `/api/opds?q=${q}`)).json().items[0].id;
  const dinkes = (await call(ctx.app, operator, 'GET', '/api/auth/me')).json().user.opdId;
  for (const [username, role, opdId] of [
    ['operator2.dinkes', 'operator_opd', dinkes],
    ['kepala.dlh', 'kepala_opd', await opdOf('DLH')],
  ])
    expect(
      (await call(ctx.app, admin, 'POST', '/api/users', { username, fullName: username, role, opdId, email: `${username}@contoh.go.id` })).statusCode,
    ).toBe(201);
  await ctx.database.db.update(users).set({ email: 'kepala.dinkes@contoh.go.id' }).where(eq(users.username, 'kepala.dinkes'));
  await ctx.database.db.update(users).set({ email: 'operator.dinkes@contoh.go.id' }).where(eq(users.username, 'operator.dinkes'));
});
afterAll(async () => {
  await ctx.close();
  await smtp.close();
});

describe('instant notifications', () => {
  it('a submitted innovation reaches the Kepala OPD of that OPD only, in-app and by e-mail', async () => {
    entryId = (await call(ctx.app, operator, 'POST', '/api/innovations', { name: 'Posyandu Lansia Keliling' })).json().id;
    await call(ctx.app, operator, 'PATCH', `/api/innovations/entries/${entryId}`, { version: 1, ...completeProfile });
    for (const code of ['16', '17']) {
      await answer(ctx.app, operator, { entryId }, code, 2);
      await upload(ctx.app, operator, `entryId=${entryId}&code=${code}`, `bukti-${code}.pdf`, pdf());
    }
    expect((await usernames('entry_submitted')).length).toBe(0);
    expect((await call(ctx.app, operator, 'POST', `/api/innovations/entries/${entryId}/transition`, { action: 'submit' })).statusCode).toBe(200);
    expect(await usernames('entry_submitted')).toEqual(['kepala.dinkes']);
    const mine = await bell(head);
    expect(mine.unread).toBe(1);
    expect(mine.items[0]).toMatchObject({
      kind: 'entry_submitted',
      title: 'Menunggu persetujuan Anda: Posyandu Lansia Keliling',
      link: `/innovations/${entryId}`,
      read: false,
    });
    await until(() => mailsTo('kepala.dinkes@contoh.go.id').length > 0);
    expect(mailsTo('kepala.dinkes@contoh.go.id')[0].body).toContain(`https://inovda.example.go.id/innovations/${entryId}`);
    expect(mailsTo('kepala.dlh@contoh.go.id')).toEqual([]);
    expect((await call(ctx.app, head, 'POST', `/api/innovations/entries/${entryId}/transition`, { action: 'approve' })).statusCode).toBe(200);
  });

  it('a returned item reaches the operators of that OPD with indicator, innovation and note; several a day', async () => {
    const ret = (code: string, note: string) => decideItem(ctx.app, verifier, { entryId, code, decision: 'return', note });
    expect((await decideItem(ctx.app, verifier, { entryId, code: '16', decision: 'accept' })).statusCode).toBe(200);
    expect(await usernames('item_returned')).toEqual([]);
    expect((await ret('17', 'SK belum ditandatangani Kepala Dinas.')).statusCode).toBe(200);
    expect((await ret('16', 'Perwali sudah dicabut.')).statusCode).toBe(200);
    // Two returns, each to both Dinkes operators; nobody else (not the verifier, not another OPD, not the head).
    expect(await usernames('item_returned')).toEqual(['operator.dinkes', 'operator.dinkes', 'operator2.dinkes', 'operator2.dinkes']);
    // The same return again (a second click on "Kembalikan") is already recorded: nobody is told twice.
    expect((await ret('16', 'Perwali sudah dicabut.')).json()).toEqual({ reviewStatus: 'dikembalikan', reviewNote: 'Perwali sudah dicabut.' });
    expect(await usernames('item_returned')).toHaveLength(4);
    const list = await bell(operator);
    const returned = list.items.filter((n: { kind: string }) => n.kind === 'item_returned');
    expect(returned[1]).toMatchObject({
      title: 'Dikembalikan: Posyandu Lansia Keliling — indikator 17',
      link: `/innovations/${entryId}#indicator-17`,
    });
    expect(returned[1].body).toMatch(/^17\. .+\. Catatan verifikator: SK belum ditandatangani Kepala Dinas\.$/);
    // Marking read clears it from the count.
    const unread = list.unread;
    expect((await call(ctx.app, operator, 'POST', `/api/notifications/${returned[0].id}/read`)).statusCode).toBe(200);
    expect((await bell(operator)).unread).toBe(unread - 1);
    await until(() => mailsTo('operator.dinkes@contoh.go.id').length >= 2);
    expect(mailsTo('operator.dinkes@contoh.go.id').map((m) => m.body.includes('Perwali sudah dicabut.'))).toContain(true);
  });

  it('a returned region-level item reaches Admin Daerah; a muted user gets no e-mail', async () => {
    await call(ctx.app, admin, 'PUT', `/api/notifications/mute`, { muted: true });
    await answer(ctx.app, admin, { periodId }, '1', 2);
    const before = smtp.messages.length;
    expect((await decideItem(ctx.app, verifier, { periodId, code: '1', decision: 'return', note: 'Unggah Perda-nya.' })).statusCode).toBe(200);
    expect((await usernames('item_returned')).filter((u) => u === 'admin')).toEqual(['admin']);
    expect((await bell(admin)).items[0]).toMatchObject({ title: 'Dikembalikan: indikator daerah 1', link: '/periods' });
    await new Promise((r) => setTimeout(r, 300));
    expect(smtp.messages.length).toBe(before);
  });
});
