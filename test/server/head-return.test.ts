// The Kepala OPD sends an innovation back to draft: only with a note saying what to fix, and the operators of
// that OPD hear of it at once (bell, with the note), not the Kepala who returned it nor another OPD; the
// returned list names the Kepala by their full name.
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { notifications, users } from '../../src/server/db/schema';
import { call, completeProfile, createTestApp, login, openPeriod2026, type TestContext } from '../support/app';

let ctx: TestContext;
let operator: string;
let head: string;
let entryId: string;

const transition = (cookie: string, body: Record<string, unknown>) => call(ctx.app, cookie, 'POST', `/api/innovations/entries/${entryId}/transition`, body);

beforeAll(async () => {
  ctx = await createTestApp();
  const admin = await login(ctx.app, 'admin');
  operator = await login(ctx.app, 'operator.dinkes');
  head = await login(ctx.app, 'kepala.dinkes');
  await openPeriod2026(ctx.app, admin);
  entryId = (await call(ctx.app, operator, 'POST', '/api/innovations', { name: 'Kelas Gizi Remaja' })).json().id;
  await call(ctx.app, operator, 'PATCH', `/api/innovations/entries/${entryId}`, { version: 1, ...completeProfile });
  expect((await transition(operator, { action: 'submit' })).statusCode).toBe(200);
});
afterAll(() => ctx.close());

describe('the Kepala OPD returns an innovation', () => {
  it('needs a note, on the field, in the user’s language', async () => {
    for (const body of [{ action: 'return' }, { action: 'return', note: '   ' }]) {
      const res = await transition(head, body);
      expect(res.statusCode).toBe(400);
      expect(res.json().error.fields.note).toBe('Tuliskan catatan agar operator tahu apa yang harus diperbaiki.');
    }
    const entry = (await call(ctx.app, head, 'GET', `/api/innovations/entries/${entryId}`)).json();
    expect(entry.status).toBe('diajukan');
  });

  it('with a note: back to draft, and the OPD’s operators find the note under the bell', async () => {
    expect((await transition(head, { action: 'return', note: 'Sebutkan sekolah pelaksananya.' })).json().status).toBe('draft');
    const rows = await ctx.database.db
      .select({ username: users.username })
      .from(notifications)
      .innerJoin(users, eq(users.id, notifications.userId))
      .where(eq(notifications.kind, 'entry_returned'));
    expect(rows.map((r) => r.username)).toEqual(['operator.dinkes']);
    const bell = (await call(ctx.app, operator, 'GET', '/api/notifications')).json();
    expect(bell.items.find((n: { kind: string }) => n.kind === 'entry_returned')).toMatchObject({
      title: 'Dikembalikan ke draf: Kelas Gizi Remaja',
      body: 'dr. Ratna Kusumawati, M.Kes.: Sebutkan sekolah pelaksananya.',
      link: `/innovations/${entryId}`,
      read: false,
    });
  });

  it('the returned list names the Kepala as people know them, with the note', async () => {
    const list = (await call(ctx.app, operator, 'GET', '/api/innovations/returned')).json();
    expect(list.items).toEqual([expect.objectContaining({ entryId, note: 'Sebutkan sekolah pelaksananya.', returnedBy: 'dr. Ratna Kusumawati, M.Kes.' })]);
  });
});
