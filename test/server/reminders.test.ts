// Reminders: in-app notifications once a day, an e-mail digest through a real SMTP server, and the mute.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runDailyIfDue, runReminders } from '../../src/server/reminders/run';
import { seedDemoInnovations } from '../../src/server/seed/demo-innovations';
import { call, createTestApp, login, type TestContext } from '../support/app';
import { type Inbox, startSmtp } from '../support/smtp';

let ctx: TestContext;
let smtp: Inbox;
let inbox: Inbox['messages'];

beforeAll(async () => {
  smtp = await startSmtp();
  inbox = smtp.messages;
  ctx = await createTestApp({ smtpUrl: smtp.url, appUrl: 'https://inovda.example.go.id' });
  await seedDemoInnovations(ctx.database.db, ctx.app.storage);
});
afterAll(async () => {
  await ctx.close();
  await smtp.close();
});

describe('reminders', () => {
  it('notify the OPD of returned items and the admin of a near deadline; e-mail each once', async () => {
    // 2026-12-08 08.00 WIB: the demo's closing date (15 Dec) is 7 days away.
    const now = new Date('2026-12-08T01:00:00Z');
    const first = await runReminders(ctx.database.db, ctx.app.mailer, ctx.config.appUrl, now);
    expect(first.notifications).toBeGreaterThan(0);
    expect(first.emails).toBe(inbox.length);
    const operator = await login(ctx.app, 'operator.dinkes');
    const mine = (await call(ctx.app, operator, 'GET', '/api/notifications')).json();
    expect(mine.items.map((n: { kind: string }) => n.kind)).toEqual(expect.arrayContaining(['returned']));
    expect(mine.unread).toBe(mine.items.length);
    const mail = inbox.find((m) => m.to === 'operator.dinkes@demo.inovda.id');
    expect(mail?.body).toContain('dikembalikan verifikator');
    // Returned items lead to the home page, which lists them with their notes.
    expect(mail?.body).toMatch(/^\s*https:\/\/inovda\.example\.go\.id\/$/m);
    // The way to stop the e-mails is where the e-mail says it is: the bell's switch.
    expect(mail?.body).toContain('ikon lonceng (Pemberitahuan)');
    expect(mail?.body).toContain('"Jangan kirim e-mail pengingat"');
    const admin = await login(ctx.app, 'admin');
    const adminNotes = (await call(ctx.app, admin, 'GET', '/api/notifications')).json();
    expect(adminNotes.items[0]).toMatchObject({ kind: 'deadline', title: 'Penjaringan ditutup 7 hari lagi' });

    // The same day again: nothing new, nothing sent.
    expect(await runReminders(ctx.database.db, ctx.app.mailer, ctx.config.appUrl, now)).toEqual({ notifications: 0, emails: 0 });
    await call(ctx.app, operator, 'POST', '/api/notifications/read-all');
    expect((await call(ctx.app, operator, 'GET', '/api/notifications')).json().unread).toBe(0);
  });

  it('a muted user still sees notifications but gets no e-mail; the daily run happens once', async () => {
    const operator = await login(ctx.app, 'operator.dinkes');
    await call(ctx.app, operator, 'PUT', '/api/notifications/mute', { muted: true });
    expect((await call(ctx.app, operator, 'GET', '/api/notifications')).json().muted).toBe(true);
    const before = inbox.length;
    const next = new Date('2026-12-09T01:00:00Z');
    const run = await runDailyIfDue(ctx.database.db, ctx.app.mailer, ctx.config.appUrl, next);
    expect(run?.notifications).toBeGreaterThan(0);
    expect(inbox.slice(before).some((m) => m.to === 'operator.dinkes@demo.inovda.id')).toBe(false);
    expect((await call(ctx.app, operator, 'GET', '/api/notifications')).json().unread).toBeGreaterThan(0);
    expect(await runDailyIfDue(ctx.database.db, ctx.app.mailer, ctx.config.appUrl, next)).toBeNull();
    // Before 07.00 WIB nothing runs.
    expect(await runDailyIfDue(ctx.database.db, ctx.app.mailer, ctx.config.appUrl, new Date('2026-12-10T22:30:00Z'))).toBeNull();
  });

  it('only the admin runs them by hand', async () => {
    const operator = await login(ctx.app, 'operator.dinkes');
    expect((await call(ctx.app, operator, 'POST', '/api/reminders/run')).statusCode).toBe(403);
    const admin = await login(ctx.app, 'admin');
    expect((await call(ctx.app, admin, 'POST', '/api/reminders/run')).statusCode).toBe(200);
  });
});
