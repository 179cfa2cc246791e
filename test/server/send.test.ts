// Marking "dikirim": only approved innovations with a complete profile; below the period's maturity threshold
// only with an explicit confirmation, after a preview that is exactly the IID the send produces.
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { innovationEntries } from '../../src/server/db/schema';
import { call, completeProfile, createTestApp, login, openPeriod2026, type TestContext } from '../support/app';
import { pdf, upload } from '../support/files';
import { answer } from '../support/items';

let ctx: TestContext;
let admin: string;
let operator: string;
let head: string;
let periodId: string;

const send = (id: string, body: Record<string, unknown>, cookie = admin) => call(ctx.app, cookie, 'POST', `/api/innovations/entries/${id}/sent`, body);
const preview = (id: string, sent = true, cookie = admin) => call(ctx.app, cookie, 'GET', `/api/innovations/entries/${id}/sent-preview?sent=${sent}`);
const regionScore = () => call(ctx.app, admin, 'GET', `/api/scores/region?periodId=${periodId}`).then((r) => r.json());

/** A registered innovation with a complete profile and one answered indicator with evidence, approved by the head unless told. */
async function entry(name: string, approve = true): Promise<string> {
  const id = (await call(ctx.app, operator, 'POST', '/api/innovations', { name })).json().id as string;
  await call(ctx.app, operator, 'PATCH', `/api/innovations/entries/${id}`, { version: 1, ...completeProfile });
  await answer(ctx.app, operator, { entryId: id }, '16', 3);
  await upload(ctx.app, operator, `entryId=${id}&code=16`, 'perwali.pdf', pdf('Perwali'));
  if (approve) {
    expect((await call(ctx.app, operator, 'POST', `/api/innovations/entries/${id}/transition`, { action: 'submit' })).statusCode).toBe(200);
    expect((await call(ctx.app, head, 'POST', `/api/innovations/entries/${id}/transition`, { action: 'approve' })).json().status).toBe('disetujui');
  }
  return id;
}

beforeAll(async () => {
  ctx = await createTestApp();
  admin = await login(ctx.app, 'admin');
  operator = await login(ctx.app, 'operator.dinkes');
  head = await login(ctx.app, 'kepala.dinkes');
  periodId = await openPeriod2026(ctx.app, admin);
});
afterAll(() => ctx.close());

describe('marking an innovation as sent', () => {
  it('a draft is refused with a message naming why; nothing changes', async () => {
    const draft = await entry('Draf Kosong', false);
    const before = await regionScore();
    const res = send(draft, { sent: true });
    expect((await res).statusCode).toBe(409);
    expect((await res).json().error.code).toBe('send_not_approved');
    expect((await res).json().error.message).toBe(
      'Hanya inovasi yang sudah disetujui Kepala OPD (tahap verifikasi) yang dapat dikirim; status inovasi ini: draf.',
    );
    const en = await call(ctx.app, admin, 'POST', `/api/innovations/entries/${draft}/sent`, { sent: true }, { 'accept-language': 'en' });
    expect(en.json().error.message).toContain('Only innovations approved by the head of the agency');
    expect((await preview(draft)).json().problem.code).toBe('send_not_approved');
    expect((await call(ctx.app, admin, 'GET', `/api/innovations/entries/${draft}`)).json().sent).toBe(false);
    expect((await regionScore()).claimed.iidExact).toBe(before.claimed.iidExact);
  });

  it('an approved innovation whose profile is incomplete is refused, naming the fields', async () => {
    const id = await entry('Profil Bolong');
    await ctx.database.db.update(innovationEntries).set({ tujuan: null, hasil: '  ' }).where(eq(innovationEntries.id, id));
    const res = await send(id, { sent: true });
    expect(res.statusCode).toBe(409);
    expect(res.json().error.code).toBe('send_profile_incomplete');
    expect(res.json().error.message).toBe('Profil inovasi belum lengkap (Tujuan, Hasil); lengkapi dulu sebelum dikirim.');
    expect(Object.keys(res.json().error.fields)).toEqual(['tujuan', 'hasil']);
  });

  it('below the threshold: 409 with the exact preview, then sent with the confirmation', async () => {
    expect((await call(ctx.app, admin, 'PATCH', `/api/periods/${periodId}`, { maturityThreshold: 60 })).statusCode).toBe(200);
    const id = await entry('Antrean Daring');
    const shown = (await preview(id)).json();
    expect(shown).toMatchObject({ sent: true, maturity: 9, threshold: 60, belowThreshold: true, problem: null });
    const before = await regionScore();
    expect(shown.claimed.before.iidExact).toBeCloseTo(before.claimed.iidExact, 9);
    expect(shown.verified.before.iidExact).toBeCloseTo(before.verified.iidExact, 9);

    const refused = await send(id, { sent: true });
    expect(refused.statusCode).toBe(409);
    expect(refused.json().error.code).toBe('send_below_threshold');
    expect(refused.json().error.message).toContain('(9,00) di bawah ambang periode (60,00)');
    expect(refused.json().preview.claimed.after.iid).toBe(shown.claimed.after.iid);
    expect((await send(id, { sent: true, confirmBelowThreshold: false })).statusCode).toBe(409);
    expect((await regionScore()).claimed.sent).toBe(before.claimed.sent);

    const ok = await send(id, { sent: true, confirmBelowThreshold: true });
    expect(ok.statusCode).toBe(200);
    expect(ok.json().sent).toBe(true);
    const after = await regionScore();
    // The preview was the exact IID the send produced, claimed and verified.
    expect(after.claimed.iidExact).toBeCloseTo(shown.claimed.after.iidExact, 9);
    expect(after.verified.iidExact).toBeCloseTo(shown.verified.after.iidExact, 9);
    expect(after.claimed.iid).toBe(shown.claimed.after.iid);
    expect(shown.claimed.delta).toBeCloseTo(after.claimed.iidExact - before.claimed.iidExact, 9);
    // 9 points over MAX(12, 1) of 250: +0.30 claimed
    expect(shown.claimed.delta).toBeCloseTo((9 / 12 / 250) * 100, 9);

    // Un-sending needs no confirmation; its preview is the way back.
    const back = (await preview(id, false)).json();
    expect(back.claimed.after.iidExact).toBeCloseTo(before.claimed.iidExact, 9);
    expect((await send(id, { sent: false })).json().sent).toBe(false);
    expect((await regionScore()).claimed.iidExact).toBeCloseTo(before.claimed.iidExact, 9);
  });

  it('at or above the threshold no confirmation is needed', async () => {
    await call(ctx.app, admin, 'PATCH', `/api/periods/${periodId}`, { maturityThreshold: 9 });
    const id = await entry('Layak Kirim');
    expect((await preview(id)).json().belowThreshold).toBe(false);
    expect((await send(id, { sent: true })).json().sent).toBe(true);
  });

  it('only the Admin Daerah may send or preview', async () => {
    const id = await entry('Hak Akses');
    for (const user of ['operator.dinkes', 'kepala.dinkes', 'verifikator', 'pimpinan']) {
      const cookie = await login(ctx.app, user);
      expect((await send(id, { sent: true, confirmBelowThreshold: true }, cookie)).statusCode, user).toBe(403);
      expect((await preview(id, true, cookie)).statusCode, user).toBe(403);
    }
    expect((await call(ctx.app, admin, 'GET', `/api/innovations/entries/${id}`)).json().sent).toBe(false);
  });
});
