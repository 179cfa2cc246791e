// The asker of a replication hears the owning OPD's answer: a signed-in asker (another region's user, or an OPD
// of the same region) by the bell — linking to their outgoing requests — and by e-mail unless muted; a visitor who
// asked from the catalogue and left an address by e-mail. Agreed, declined and carried out are told; a correction
// of the agreement's details is not; nobody else on the asking side is told.
import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { catalogueEntries, notifications, users } from '../../src/server/db/schema';
import { call, createTestApp, login, openPeriod2026, secondRegion, type TestContext } from '../support/app';
import { pdf } from '../support/files';
import { type Inbox, startSmtp } from '../support/smtp';

let ctx: TestContext;
let smtp: Inbox;
let owner: string;
let asker: string;
let colleague: string;
let regionB: { regionId: string; cookie: string };
let innovationId: string;
const SLUG = 'layanan-jemput-bola-uji';

interface Bell {
  kind: string;
  title: string;
  body: string;
  link: string;
}
const bell = async (cookie: string) =>
  ((await call(ctx.app, cookie, 'GET', '/api/notifications')).json().items as Bell[]).filter((n) => n.kind === 'replication_answered');
const mailsTo = (address: string) => smtp.messages.filter((m) => m.to === address);
const until = async (check: () => boolean) => {
  for (let i = 0; i < 100 && !check(); i++) await new Promise((r) => setTimeout(r, 50));
};

function agree(id: string, version: number, date = '2026-11-20') {
  const body = new FormData();
  for (const [k, v] of Object.entries({ version: String(version), agreementKind: 'pks', agreementNumber: '119/PKS/2026', agreementDate: date }))
    body.append(k, v);
  body.append('file', new Blob([new Uint8Array(pdf('PKS'))], { type: 'application/pdf' }), 'pks.pdf');
  return ctx.app.inject({ method: 'POST', url: `/api/replications/${id}/agreement`, headers: { cookie: owner, 'x-requested-with': 'test' }, payload: body });
}

beforeAll(async () => {
  smtp = await startSmtp();
  ctx = await createTestApp({ smtpUrl: smtp.url, appUrl: 'https://inovda.example.go.id' });
  const admin = await login(ctx.app, 'admin');
  owner = await login(ctx.app, 'operator.dinkes');
  asker = await login(ctx.app, 'operator.dispendukcapil');
  await openPeriod2026(ctx.app, admin);
  const created = (await call(ctx.app, owner, 'POST', '/api/innovations', { name: 'Layanan Jemput Bola Kesehatan' })).json();
  const entry = (await call(ctx.app, owner, 'GET', `/api/innovations/entries/${created.id}`)).json();
  innovationId = entry.innovationId;
  await ctx.database.db.insert(catalogueEntries).values({
    innovationId,
    regionId: entry.regionId,
    opdId: entry.opdId,
    entryId: entry.id,
    slug: SLUG,
    year: 2026,
    name: 'Layanan Jemput Bola Kesehatan',
    opdName: 'Dinas Kesehatan',
  });
  regionB = await secondRegion(ctx.app, '35.17', 'admin.jombang');
  await ctx.database.db.update(users).set({ email: 'admin@jombangkab.go.id' }).where(eq(users.username, 'admin.jombang'));
  await ctx.database.db.update(users).set({ email: 'capil@mojokertokota.go.id' }).where(eq(users.username, 'operator.dispendukcapil'));
  // A colleague of the asking OPD, who did not ask.
  const capil = (await call(ctx.app, asker, 'GET', '/api/auth/me')).json().user.opdId;
  const made = await call(ctx.app, admin, 'POST', '/api/users', {
    username: 'operator2.capil',
    fullName: 'Operator Dua',
    role: 'operator_opd',
    opdId: capil,
    email: 'operator2@mojokertokota.go.id',
  });
  expect(made.statusCode).toBe(201);
  await ctx.database.db
    .update(users)
    .set({ passwordHash: sql`(select password_hash from users where username = 'operator.dispendukcapil')` })
    .where(eq(users.username, 'operator2.capil'));
  colleague = await login(ctx.app, 'operator2.capil');
});
afterAll(async () => {
  await ctx?.close();
  await smtp?.close();
});

describe('the asker hears the answer', () => {
  it('a visitor who left an address gets an e-mail when it is agreed, with the catalogue page', async () => {
    const asked = await ctx.app.inject({
      method: 'POST',
      url: `/katalog/inovasi/${SLUG}/replikasi`,
      headers: { 'content-type': 'application/x-www-form-urlencoded', accept: 'application/json' },
      payload: new URLSearchParams({ region: 'Kota Batu', name: 'Sari Dewi', email: 'sari@batukota.go.id' }).toString(),
    });
    expect(asked.statusCode).toBe(201);
    const [r] = (await call(ctx.app, owner, 'GET', '/api/replications?direction=incoming')).json().items;
    expect((await agree(r.id, r.version)).statusCode).toBe(200);
    await until(() => mailsTo('sari@batukota.go.id').length > 0);
    const [mail] = mailsTo('sari@batukota.go.id');
    expect(mail.body).toContain('Yth. Sari Dewi');
    expect(mail.body).toContain('Replikasi disetujui: Layanan Jemput Bola Kesehatan');
    expect(mail.body).toContain('20 November 2026');
    expect(mail.body).toContain(`https://inovda.example.go.id/katalog/inovasi/${SLUG}`);
  });

  it('another region’s user is told in the bell and by e-mail when it is declined, with the note', async () => {
    const asked = await call(ctx.app, regionB.cookie, 'POST', '/api/replications', { innovationId, message: 'Mohon izin replikasi' });
    expect(asked.statusCode).toBe(201);
    expect(await bell(regionB.cookie)).toEqual([]);
    const declined = await call(ctx.app, owner, 'PATCH', `/api/replications/${asked.json().id}`, {
      version: 1,
      status: 'declined',
      answerNote: 'Belum dapat dilayani tahun ini',
    });
    expect(declined.statusCode).toBe(200);
    const [n] = await bell(regionB.cookie);
    expect(n).toMatchObject({ title: 'Replikasi ditolak: Layanan Jemput Bola Kesehatan', link: '/replikasi?arah=keluar' });
    expect(n.body).toContain('Kota Mojokerto');
    expect(n.body).toContain('Belum dapat dilayani tahun ini');
    await until(() => mailsTo('admin@jombangkab.go.id').length > 0);
    expect(mailsTo('admin@jombangkab.go.id')[0].body).toContain('https://inovda.example.go.id/replikasi?arah=keluar');
  });

  it('an OPD of the same region is told when it is agreed and carried out, not of a correction; its colleagues are not told', async () => {
    const asked = await call(ctx.app, asker, 'POST', '/api/replications', { innovationId });
    expect(asked.statusCode).toBe(201);
    const id = asked.json().id;
    expect((await agree(id, 1, '2026-11-21')).statusCode).toBe(200);
    expect((await bell(asker)).map((n) => n.title)).toEqual(['Replikasi disetujui: Layanan Jemput Bola Kesehatan']);
    expect((await bell(asker))[0].body).toBe(
      'Dinas Kesehatan, Pengendalian Penduduk dan Keluarga Berencana menyetujui permohonan replikasi Anda (kesepakatan tanggal 21 November 2026).',
    );
    const corrected = await call(ctx.app, owner, 'PATCH', `/api/replications/${id}`, { version: 2, agreementNumber: '120/PKS/2026' });
    expect(corrected.statusCode).toBe(200);
    expect(await bell(asker)).toHaveLength(1);
    // Muted: the bell still, no e-mail.
    await call(ctx.app, asker, 'PUT', '/api/notifications/mute', { muted: true });
    const done = await call(ctx.app, owner, 'PATCH', `/api/replications/${id}`, { version: 3, status: 'implemented', implementedOn: '2026-11-25' });
    expect(done.statusCode).toBe(200);
    expect((await bell(asker)).map((n) => n.title)).toContain('Replikasi diterapkan: Layanan Jemput Bola Kesehatan');
    expect(await bell(colleague)).toEqual([]);
    expect(await bell(owner)).toEqual([]);
    await until(() => mailsTo('capil@mojokertokota.go.id').length > 0);
    const mails = mailsTo('capil@mojokertokota.go.id');
    expect(mails).toHaveLength(1);
    expect(mails[0].body).toContain('Replikasi disetujui');
    expect(mailsTo('operator2@mojokertokota.go.id')).toEqual([]);
    const rows = await ctx.database.db.select({ kind: notifications.kind }).from(notifications).where(eq(notifications.kind, 'replication_answered'));
    expect(rows).toHaveLength(3);
  });
});
