// Verification: only approved items can be reviewed; a return needs a note and reaches the operator; a
// change after acceptance sends the item back to waiting; verified scores count accepted items only.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { builtInFramework } from '../../src/domain/iid/builtin';
import { scoreIid } from '../../src/domain/iid/engine';
import type { Framework } from '../../src/domain/iid/types';
import { call, completeProfile, createTestApp, login, openPeriod2026, type TestContext } from '../support/app';
import { pdf, upload } from '../support/files';
import { answer, decideItem } from '../support/items';

let ctx: TestContext;
let admin: string;
let operator: string;
let head: string;
let verifier: string;
let entryId: string;
let periodId: string;

const decide = (cookie: string, code: string, decision: 'accept' | 'return', note?: string) =>
  decideItem(ctx.app, cookie, { entryId, code, decision, ...(note ? { note } : {}) });
const answers = () => call(ctx.app, operator, 'GET', `/api/innovations/entries/${entryId}/answers`).then((r) => r.json());
const regionScore = () => call(ctx.app, admin, 'GET', `/api/scores/region?periodId=${periodId}`).then((r) => r.json());

beforeAll(async () => {
  ctx = await createTestApp();
  admin = await login(ctx.app, 'admin');
  operator = await login(ctx.app, 'operator.dinkes');
  head = await login(ctx.app, 'kepala.dinkes');
  verifier = await login(ctx.app, 'verifikator');
  periodId = await openPeriod2026(ctx.app, admin);
  entryId = (await call(ctx.app, operator, 'POST', '/api/innovations', { name: 'Posyandu Digital' })).json().id;
  await call(ctx.app, operator, 'PATCH', `/api/innovations/entries/${entryId}`, { version: 1, ...completeProfile });
});
afterAll(() => ctx.close());

describe('verification', () => {
  it('an answer without evidence stops submission, naming the indicator', async () => {
    await answer(ctx.app, operator, { entryId }, '16', 3);
    await answer(ctx.app, operator, { entryId }, '35', 2);
    await upload(ctx.app, operator, `entryId=${entryId}&code=16`, 'regulasi.pdf', pdf('Regulasi'));
    const res = await call(ctx.app, operator, 'POST', `/api/innovations/entries/${entryId}/transition`, { action: 'submit' });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.fields.answers).toBe('Indikator yang dijawab wajib memiliki bukti dukung: 35.');
    expect((await answers()).missingEvidence).toEqual(['35']);
  });

  it('nothing can be reviewed before the head of the OPD approves', async () => {
    await upload(ctx.app, operator, `entryId=${entryId}&code=35`, 'sop.pdf', pdf('SOP'));
    expect((await call(ctx.app, operator, 'POST', `/api/innovations/entries/${entryId}/transition`, { action: 'submit' })).json().status).toBe('diajukan');
    // While the head decides, answers and evidence are frozen.
    expect((await upload(ctx.app, operator, `entryId=${entryId}&code=17`, 'x.pdf', pdf())).json().error.code).toBe('evidence_not_editable');
    expect((await decide(verifier, '16', 'accept')).json().error.code).toBe('review_not_ready');
    await call(ctx.app, head, 'POST', `/api/innovations/entries/${entryId}/transition`, { action: 'approve' });
    // Only an approved innovation can be marked as sent.
    expect((await call(ctx.app, admin, 'POST', `/api/innovations/entries/${entryId}/sent`, { sent: true })).json().sent).toBe(true);
    const queue = (await call(ctx.app, verifier, 'GET', `/api/verification/queue?periodId=${periodId}`)).json();
    expect(queue.items.map((i: { code: string; reviewStatus: string }) => [i.code, i.reviewStatus])).toEqual([
      ['16', 'menunggu'],
      ['35', 'menunggu'],
    ]);
  });

  it('only verifiers and the admin decide; operators and heads cannot', async () => {
    expect((await decide(operator, '16', 'accept')).statusCode).toBe(403);
    expect((await decide(head, '16', 'accept')).statusCode).toBe(403);
    // A verifier reads but never changes answers.
    expect((await answer(ctx.app, verifier, { entryId }, '16', 1)).statusCode).toBe(403);
  });

  it('claimed and verified scores differ until items are accepted', async () => {
    const before = await answers();
    // Claimed: 3 × 3 + 2 × 4 = 17; verified: nothing accepted yet.
    expect(before).toMatchObject({ maturity: 17, maturityVerified: 0 });
    const scoreBefore = await regionScore();
    expect(scoreBefore.claimed.iid).toBeGreaterThan(scoreBefore.verified.iid);

    expect((await decide(verifier, '16', 'accept')).json()).toEqual({ reviewStatus: 'diterima', reviewNote: null });
    expect((await answers()).maturityVerified).toBe(9);
    const scoreAfter = await regionScore();
    // One innovation sent, so the divisor is MAX(k, 1) = k: the 9 verified points add 9 / k to SID.
    const k = builtInFramework('iid-2026')?.divisorFloor ?? 0;
    expect(scoreAfter.verified.sid - scoreBefore.verified.sid).toBeCloseTo(9 / k, 6);
    expect(scoreAfter.claimed).toEqual(scoreBefore.claimed);
  });

  it('a return needs a note, which the operator sees; the fix goes back to waiting', async () => {
    const noNote = await decide(verifier, '35', 'return');
    expect(noNote.json().error.fields.note).toBe('Tuliskan catatan agar operator tahu apa yang harus diperbaiki.');
    await decide(verifier, '35', 'return', 'SOP belum ditandatangani Kepala Dinas.');
    const item = (await answers()).items['35'];
    expect(item).toMatchObject({ reviewStatus: 'dikembalikan', reviewNote: 'SOP belum ditandatangani Kepala Dinas.' });
    // The operator fixes it during verification: a new file sends it back to the queue.
    expect((await upload(ctx.app, operator, `entryId=${entryId}&code=35`, 'sop-ttd.pdf', pdf('SOP ttd'))).statusCode).toBe(201);
    expect((await answers()).items['35'].reviewStatus).toBe('menunggu');
    await decide(verifier, '35', 'accept');
    expect((await answers()).maturityVerified).toBe(17);
  });

  it('any change to an accepted item sends it back to "menunggu"', async () => {
    await answer(ctx.app, operator, { entryId }, '16', 2);
    const after = await answers();
    expect(after.items['16'].reviewStatus).toBe('menunggu');
    expect(after.maturityVerified).toBe(8);
    await decide(verifier, '16', 'accept');
    // Removing the only evidence of an accepted item also sends it back, and it no longer counts.
    const ev = (await call(ctx.app, operator, 'GET', `/api/evidence?entryId=${entryId}`)).json().items.find((e: { code: string }) => e.code === '16');
    await call(ctx.app, operator, 'DELETE', `/api/evidence/${ev.id}`);
    expect((await answers()).items['16']).toMatchObject({ reviewStatus: 'menunggu', evidenceCount: 0 });
    expect((await decide(verifier, '16', 'accept')).json().error.code).toBe('evidence_missing');
  });

  it('counts per status and per verifier, filters, and the audit trail', async () => {
    const summary = (await call(ctx.app, verifier, 'GET', `/api/verification/summary?periodId=${periodId}`)).json();
    expect(summary.counts).toEqual({ menunggu: 1, diterima: 1, dikembalikan: 0 });
    expect(summary.byVerifier).toEqual([expect.objectContaining({ name: expect.any(String), accepted: 1, returned: 0 })]);
    const waiting = (await call(ctx.app, verifier, 'GET', `/api/verification/queue?periodId=${periodId}&status=menunggu`)).json();
    expect(waiting.items.map((i: { code: string }) => i.code)).toEqual(['16']);
    const byCode = (await call(ctx.app, verifier, 'GET', `/api/verification/queue?periodId=${periodId}&code=35`)).json();
    expect(byCode.total).toBe(1);
    const trail = (await call(ctx.app, admin, 'GET', '/api/audit?entityType=innovation&action=review_return')).json().items;
    expect(trail[0].after).toMatchObject({ 'indikator 35': 'dikembalikan', catatan: 'SOP belum ditandatangani Kepala Dinas.' });
  });

  it('Admin Daerah assigns verifiers to OPDs: their own queue and pending count follow', async () => {
    const me = (await call(ctx.app, verifier, 'GET', '/api/auth/me')).json().user;
    const dinkes = (await call(ctx.app, operator, 'GET', '/api/auth/me')).json().user.opdId;
    expect((await call(ctx.app, operator, 'PUT', `/api/verification/assignments/${me.id}`, { opdIds: [dinkes] })).statusCode).toBe(403);
    const other = await call(ctx.app, admin, 'PUT', `/api/verification/assignments/${me.id}`, { opdIds: ['00000000-0000-4000-8000-000000000000'] });
    expect(other.json().error.fields.opdIds).toBeTruthy();
    expect((await call(ctx.app, admin, 'PUT', `/api/verification/assignments/${me.id}`, { opdIds: [dinkes] })).json().opdIds).toEqual([dinkes]);
    const summary = (await call(ctx.app, verifier, 'GET', `/api/verification/summary?periodId=${periodId}`)).json();
    const mine = summary.byVerifier.find((v: { userId: string }) => v.userId === me.id);
    const waitingInDinkes = summary.pendingByOpd.find((o: { opdId: string }) => o.opdId === dinkes)?.pending ?? 0;
    expect(mine).toMatchObject({ opdIds: [dinkes], pending: waitingInDinkes });
    const queue = (await call(ctx.app, verifier, 'GET', `/api/verification/queue?periodId=${periodId}&mine=true`)).json();
    expect(queue.items.every((i: { opdId: string }) => i.opdId === dinkes)).toBe(true);
    // Another OPD's verifier queue is empty for this verifier once assigned elsewhere.
    const dispenduk = (await call(ctx.app, await login(ctx.app, 'operator.dispendukcapil'), 'GET', '/api/auth/me')).json().user.opdId;
    await call(ctx.app, admin, 'PUT', `/api/verification/assignments/${me.id}`, { opdIds: [dispenduk] });
    expect((await call(ctx.app, verifier, 'GET', `/api/verification/queue?periodId=${periodId}&mine=true`)).json().total).toBe(0);
    await call(ctx.app, admin, 'PUT', `/api/verification/assignments/${me.id}`, { opdIds: [] });
  });

  it('region-level (SPD) items go through the same review', async () => {
    await answer(ctx.app, admin, { periodId }, '1', 3);
    expect((await decideItem(ctx.app, verifier, { periodId, code: '1', decision: 'accept' })).json().error.code).toBe('evidence_missing');
    await upload(ctx.app, admin, `periodId=${periodId}&code=1`, 'perda.pdf', pdf('Perda'));
    const before = await regionScore();
    await decideItem(ctx.app, verifier, { periodId, code: '1', decision: 'accept' });
    const after = await regionScore();
    expect(after.verified.spd).toBeGreaterThan(before.verified.spd);
    const spdQueue = (await call(ctx.app, verifier, 'GET', `/api/verification/queue?periodId=${periodId}&scope=spd`)).json();
    expect(spdQueue.items).toEqual([expect.objectContaining({ code: '1', reviewStatus: 'diterima', scope: 'spd' })]);
  });

  it('the stored scores agree with the engine run on every answer', async () => {
    const f = builtInFramework('iid-2026') as Framework;
    const score = await regionScore();
    for (const basis of ['claimed', 'verified'] as const) {
      const input = (await call(ctx.app, admin, 'GET', `/api/innovations/score-input?periodId=${periodId}&basis=${basis}`)).json();
      expect(scoreIid(f, input).iidExact).toBe(score[basis].iidExact);
    }
  });

  it('nothing changes in a locked period', async () => {
    await call(ctx.app, admin, 'POST', `/api/periods/${periodId}/status`, { status: 'closed' });
    await call(ctx.app, admin, 'POST', `/api/periods/${periodId}/status`, { status: 'locked' });
    expect((await decide(verifier, '16', 'return', 'x')).json().error.code).toBe('period_locked');
    expect((await upload(ctx.app, operator, `entryId=${entryId}&code=16`, 'x.pdf', pdf())).json().error.code).toBe('period_locked');
    expect((await upload(ctx.app, admin, `periodId=${periodId}&code=1`, 'x.pdf', pdf())).json().error.code).toBe('period_locked');
  });
});
