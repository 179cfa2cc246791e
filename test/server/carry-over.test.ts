// A new period carries last period's innovations over as drafts, with their profile and still-valid answers.
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { innovationEntries } from '../../src/server/db/schema';
import { call, createTestApp, login, type TestContext } from '../support/app';
import { mp4, pdf, upload } from '../support/files';
import { answer } from '../support/items';

let ctx: TestContext;
let admin: string;
let operator: string;

beforeAll(async () => {
  ctx = await createTestApp();
  admin = await login(ctx.app, 'admin');
  operator = await login(ctx.app, 'operator.dinkes');
});
afterAll(() => ctx.close());

describe('carry-over', () => {
  it('copies profile and answers into the new period; the old one stays as it was', async () => {
    const p2025 = (
      await call(ctx.app, admin, 'POST', '/api/periods', {
        year: 2025,
        frameworkId: 'iid-2025',
        penjaringanOpensOn: '2025-06-01',
        penjaringanClosesOn: '2025-08-15',
      })
    ).json();
    const entry = (await call(ctx.app, operator, 'POST', '/api/innovations', { name: 'Sapa Lansia' })).json();
    await call(ctx.app, operator, 'PATCH', `/api/innovations/entries/${entry.id}`, {
      version: 1,
      tahapan: 'penerapan',
      urusanUtama: '1.02',
      tujuan: 'Menjangkau lansia',
    });
    await answer(ctx.app, operator, { entryId: entry.id }, '16', 2);
    await answer(ctx.app, operator, { entryId: entry.id }, '35', 3);
    await upload(ctx.app, operator, `entryId=${entry.id}&code=16`, 'sk-2025.pdf', pdf('SK 2025'));
    await upload(ctx.app, operator, `entryId=${entry.id}&code=35`, 'video.mp4', mp4());
    // Sent last year (set directly: this draft could not be sent through the API); the copy starts unsent.
    await ctx.database.db.update(innovationEntries).set({ sent: true }).where(eq(innovationEntries.id, entry.id));
    await call(ctx.app, admin, 'POST', `/api/periods/${p2025.id}/status`, { status: 'closed' });
    // Last year's evidence was read by the pre-check; its copies take over the reading instead of reading again.
    await ctx.app.evidenceChecks.runPending();
    const readings = (await call(ctx.app, operator, 'GET', `/api/evidence?entryId=${entry.id}`)).json().items.map((e: { check: unknown }) => e.check);

    const p2026 = await call(ctx.app, admin, 'POST', '/api/periods', {
      year: 2026,
      frameworkId: 'iid-2026',
      penjaringanOpensOn: '2026-06-01',
      penjaringanClosesOn: '2026-08-15',
    });
    expect(p2026.json()).toMatchObject({ carriedOver: 1, entryCount: 1 });

    const list = (await call(ctx.app, operator, 'GET', '/api/innovations')).json();
    expect(list.items).toHaveLength(1);
    const carried = list.items[0];
    expect(carried).toMatchObject({ innovationId: entry.innovationId, periodId: p2026.json().id, status: 'draft', sent: false, maturity: 18 });
    const detail = (await call(ctx.app, operator, 'GET', `/api/innovations/entries/${carried.id}`)).json();
    expect(detail).toMatchObject({ tahapan: 'penerapan', urusanUtama: '1.02', tujuan: 'Menjangkau lansia', version: 1 });

    // Evidence comes along; the SK (16: "sesuai tahun penerapan") must be renewed, the video (35) stays valid.
    const evidence = (await call(ctx.app, operator, 'GET', `/api/evidence?entryId=${carried.id}`)).json().items;
    expect(evidence.map((e: { code: string; needsRenewal: boolean }) => [e.code, e.needsRenewal])).toEqual([
      ['16', true],
      ['35', false],
    ]);
    expect(evidence.map((e: { check: { status: string; checkedAt: string } }) => [e.check.status, e.check.checkedAt])).toEqual(
      readings.map((c: { status: string; checkedAt: string }) => ['done', c.checkedAt]),
    );
    expect(await ctx.app.evidenceChecks.runPending()).toBe(0);
    const carriedAnswers = (await call(ctx.app, operator, 'GET', `/api/innovations/entries/${carried.id}/answers`)).json();
    expect(carriedAnswers.missingEvidence).toEqual(['16']);
    expect(carriedAnswers.items['16']).toMatchObject({ evidenceCount: 1, renewalCount: 1 });

    // Editing the new year's entry leaves last year's untouched.
    await answer(ctx.app, operator, { entryId: carried.id }, '16', 3);
    const old = (await call(ctx.app, operator, 'GET', `/api/innovations/entries/${entry.id}/answers`)).json();
    expect(old.answers).toEqual({ '16': 2, '35': 3 });
  });

  it('can be switched off', async () => {
    await call(ctx.app, admin, 'POST', `/api/periods/${(await call(ctx.app, admin, 'GET', '/api/periods')).json()[0].id}/status`, { status: 'closed' });
    const p = await call(ctx.app, admin, 'POST', '/api/periods', {
      year: 2027,
      frameworkId: 'iid-2026',
      penjaringanOpensOn: '2027-06-01',
      penjaringanClosesOn: '2027-08-15',
      carryOver: false,
    });
    expect(p.json()).toMatchObject({ carriedOver: 0, entryCount: 0 });
  });
});
