// One definition of the verification backlog: the dashboard, the Verifikasi summary, its queue and the
// per-OPD table report the same waiting / accepted / returned numbers, in a period that mixes drafts, an
// innovation awaiting approval, a deleted innovation, SPD items, carried-over evidence awaiting renewal,
// returned and accepted items — and keep agreeing after each change (the dashboard is memoised).
import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { evidence, innovationEntries, innovations } from '../../src/server/db/schema';
import { refreshEntryScores } from '../../src/server/shared/items/scores';
import { call, completeProfile, createTestApp, login, openPeriod2026, type TestContext } from '../support/app';
import { pdf, upload } from '../support/files';
import { answer, decideItem } from '../support/items';

let ctx: TestContext;
let admin: string;
let operator: string;
let head: string;
let verifier: string;
let periodId: string;

/** An innovation of Dinkes with the given answers (each with a PDF), moved as far as `until`. */
async function innovation(name: string, answers: Record<string, number>, until: 'draft' | 'diajukan' | 'disetujui') {
  const id = (await call(ctx.app, operator, 'POST', '/api/innovations', { name })).json().id as string;
  await call(ctx.app, operator, 'PATCH', `/api/innovations/entries/${id}`, { version: 1, ...completeProfile });
  for (const [code, value] of Object.entries(answers)) {
    await answer(ctx.app, operator, { entryId: id }, code, value);
    expect((await upload(ctx.app, operator, `entryId=${id}&code=${code}`, `bukti-${code}.pdf`, pdf(`${name} ${code}`))).statusCode).toBe(201);
  }
  if (until !== 'draft')
    expect((await call(ctx.app, operator, 'POST', `/api/innovations/entries/${id}/transition`, { action: 'submit' })).statusCode).toBe(200);
  if (until === 'disetujui')
    expect((await call(ctx.app, head, 'POST', `/api/innovations/entries/${id}/transition`, { action: 'approve' })).statusCode).toBe(200);
  return id;
}

const decide = (body: Parameters<typeof decideItem>[2]) => decideItem(ctx.app, verifier, body);

async function figures() {
  const dashboard = (await call(ctx.app, admin, 'GET', `/api/dashboard/region?periodId=${periodId}`)).json();
  const summary = (await call(ctx.app, verifier, 'GET', `/api/verification/summary?periodId=${periodId}`)).json();
  const opds = (await call(ctx.app, admin, 'GET', `/api/dashboard/opds?periodId=${periodId}`)).json();
  const queueTotal = async (scope: string, status: string) =>
    (await call(ctx.app, verifier, 'GET', `/api/verification/queue?periodId=${periodId}&scope=${scope}&status=${status}`)).json().total as number;
  const queue: Record<string, number> = {};
  for (const s of ['menunggu', 'diterima', 'dikembalikan']) queue[s] = (await queueTotal('sid', s)) + (await queueTotal('spd', s));
  return { dashboard: dashboard.verification, summary, opds, queue };
}

async function expectAgreement() {
  const { dashboard, summary, opds, queue } = await figures();
  expect(summary.counts).toEqual(dashboard);
  expect(queue).toEqual(dashboard);
  const sid = (await call(ctx.app, verifier, 'GET', `/api/verification/queue?periodId=${periodId}&status=menunggu`)).json().total;
  // Per OPD, waiting and returned add up to the SID part of the same counts, on both pages.
  const sum = (key: 'waiting' | 'returned') => opds.rows.reduce((n: number, r: Record<string, number>) => n + r[key], 0);
  expect(sum('waiting')).toBe(sid);
  expect(summary.pendingByOpd.reduce((n: number, o: { pending: number }) => n + o.pending, 0)).toBe(sid);
  return dashboard as { menunggu: number; diterima: number; dikembalikan: number };
}

beforeAll(async () => {
  ctx = await createTestApp();
  admin = await login(ctx.app, 'admin');
  operator = await login(ctx.app, 'operator.dinkes');
  head = await login(ctx.app, 'kepala.dinkes');
  verifier = await login(ctx.app, 'verifikator');
  periodId = await openPeriod2026(ctx.app, admin);
});
afterAll(() => ctx.close());

describe('the verification backlog', () => {
  it('is the same number on the dashboard, the Verifikasi summary, its queue and per OPD', async () => {
    // Not in verification: a draft, an innovation awaiting the head's approval, a deleted innovation.
    await innovation('Draf Posyandu', { '16': 2, '17': 1 }, 'draft');
    await innovation('Menunggu Kepala', { '16': 3 }, 'diajukan');
    const deleted = await innovation('Inovasi Terhapus', { '16': 1, '18': 2 }, 'disetujui');
    // In verification: one accepted, one returned, one waiting, one waiting with evidence awaiting renewal.
    const live = await innovation('Puskesmas Ramah Lansia', { '16': 3, '17': 2, '18': 1, '19': 2 }, 'disetujui');
    expect((await decide({ entryId: live, code: '16', decision: 'accept' })).statusCode).toBe(200);
    expect((await decide({ entryId: live, code: '17', decision: 'return', note: 'SK belum ditandatangani.' })).statusCode).toBe(200);
    await ctx.database.db.transaction(async (tx) => {
      await tx.update(evidence).set({ needsRenewal: true }).where(sql`${evidence.entryId} = ${live} and ${evidence.indicatorCode} = '19'`);
      await refreshEntryScores(tx, [live]);
    });
    await decide({ entryId: deleted, code: '16', decision: 'accept' });
    await ctx.database.db
      .update(innovations)
      .set({ deletedAt: new Date() })
      .where(eq(innovations.id, sql`(select ${innovationEntries.innovationId} from ${innovationEntries} where ${innovationEntries.id} = ${deleted})`));
    // Region-level (SPD) items: two answered with evidence, one accepted.
    for (const code of ['1', '3']) {
      const answered = await answer(ctx.app, admin, { periodId }, code, 2);
      expect(answered.statusCode, answered.body).toBe(200);
      await upload(ctx.app, admin, `periodId=${periodId}&code=${code}`, `spd-${code}.pdf`, pdf(`SPD ${code}`));
    }
    expect((await decide({ periodId, code: '1', decision: 'accept' })).statusCode).toBe(200);

    // SID: 18 and 19 waiting, 16 accepted, 17 returned; SPD: 2 waiting, 1 accepted.
    expect(await expectAgreement()).toEqual({ menunggu: 3, diterima: 2, dikembalikan: 1 });

    // A change on either side moves every figure at once (the memoised dashboard follows).
    await decide({ entryId: live, code: '18', decision: 'accept' });
    await decide({ periodId, code: '3', decision: 'return', note: 'Perda belum diundangkan.' });
    expect(await expectAgreement()).toEqual({ menunggu: 1, diterima: 3, dikembalikan: 2 });
  });

  it('the queue is searched by innovation name, case-insensitive, every word, with the other filters', async () => {
    const search = async (q: string, extra = '') =>
      (await call(ctx.app, verifier, 'GET', `/api/verification/queue?periodId=${periodId}&q=${encodeURIComponent(q)}${extra}`)).json() as {
        total: number;
        items: { entryName: string; code: string; reviewStatus: string }[];
      };
    const found = await search('ramah LANSIA');
    expect(found.total).toBe(4);
    expect(new Set(found.items.map((i) => i.entryName))).toEqual(new Set(['Puskesmas Ramah Lansia']));
    expect((await search('lansia  puskesmas')).total).toBe(4);
    expect((await search('lansia', '&status=dikembalikan')).items.map((i) => i.code)).toEqual(['17']);
    expect((await search('lansia posyandu')).total).toBe(0);
    // Drafts, innovations awaiting approval and deleted ones are not in the queue, whatever the search.
    for (const q of ['Draf Posyandu', 'Menunggu Kepala', 'Terhapus']) expect((await search(q)).total).toBe(0);
    // LIKE wildcards are the user's text, not patterns.
    expect((await search('%')).total).toBe(0);
  });
});
