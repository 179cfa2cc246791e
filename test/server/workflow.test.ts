// draft → diajukan → disetujui, returns, the completeness check on submit, and the admin's "dikirim" mark.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { call, completeProfile, createTestApp, login, openPeriod2026, type TestContext } from '../support/app';
import { answer } from '../support/items';

let ctx: TestContext;
let admin: string;
let operator: string;
let head: string;
let entryId: string;

beforeAll(async () => {
  ctx = await createTestApp();
  admin = await login(ctx.app, 'admin');
  operator = await login(ctx.app, 'operator.dinkes');
  head = await login(ctx.app, 'kepala.dinkes');
  await openPeriod2026(ctx.app, admin);
  entryId = (await call(ctx.app, operator, 'POST', '/api/innovations', { name: 'SiJempol' })).json().id;
});
afterAll(() => ctx.close());

describe('entry workflow', () => {
  it('an incomplete profile cannot be submitted; every gap is named', async () => {
    const res = await call(ctx.app, operator, 'POST', `/api/innovations/entries/${entryId}/transition`, { action: 'submit' });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.code).toBe('submit_incomplete');
    expect(Object.keys(res.json().error.fields)).toEqual(expect.arrayContaining(['tahapan', 'jenis', 'rancangBangun', 'tujuan']));
    expect(res.json().error.fields.rancangBangun).toBe('Rancang bangun baru 0 kata; minimal 300 kata.');
  });

  it('operator submits a complete profile; it is no longer editable', async () => {
    await call(ctx.app, operator, 'PATCH', `/api/innovations/entries/${entryId}`, { version: 1, ...completeProfile });
    const submitted = await call(ctx.app, operator, 'POST', `/api/innovations/entries/${entryId}/transition`, { action: 'submit' });
    expect(submitted.json().status).toBe('diajukan');
    const edit = await call(ctx.app, operator, 'PATCH', `/api/innovations/entries/${entryId}`, { version: submitted.json().version, jenis: 'non_digital' });
    expect(edit.json().error.code).toBe('entry_not_draft');
    expect((await answer(ctx.app, operator, { entryId }, '16', 1)).json().error.code).toBe('evidence_not_editable');
    expect((await call(ctx.app, operator, 'POST', `/api/innovations/entries/${entryId}/transition`, { action: 'approve' })).json().error.code).toBe(
      'transition_not_allowed',
    );
  });

  it('the head of the OPD returns it with a note, then approves the resubmission', async () => {
    const returned = await call(ctx.app, head, 'POST', `/api/innovations/entries/${entryId}/transition`, {
      action: 'return',
      note: 'Lengkapi hasil dengan data 2025',
    });
    expect(returned.json().status).toBe('draft');
    const audit = (await call(ctx.app, admin, 'GET', '/api/audit?entityType=innovation&action=return')).json().items[0];
    expect(audit.after).toEqual({ status: 'draft', note: 'Lengkapi hasil dengan data 2025' });
    await call(ctx.app, operator, 'POST', `/api/innovations/entries/${entryId}/transition`, { action: 'submit' });
    const approved = await call(ctx.app, head, 'POST', `/api/innovations/entries/${entryId}/transition`, { action: 'approve' });
    expect(approved.json().status).toBe('disetujui');
  });

  it('a head of another OPD cannot approve; only the admin marks "dikirim"', async () => {
    expect((await call(ctx.app, operator, 'POST', `/api/innovations/entries/${entryId}/sent`, { sent: true })).statusCode).toBe(403);
    const sent = await call(ctx.app, admin, 'POST', `/api/innovations/entries/${entryId}/sent`, { sent: true });
    expect(sent.json().sent).toBe(true);
    expect((await call(ctx.app, admin, 'GET', '/api/audit?entityType=innovation&action=send')).json().total).toBe(1);
  });
});
