// Answered items carry a version: a save and a verifier's decision are made on the version the user saw, and a
// newer one answers 409 with the item as it is now. An outside probe found both holes: 20 of 20 concurrent saves
// of one answer overwrote each other silently, and a verifier's accept (with no version) marked a value they never
// saw as diterima — it counted in the verified IID in 8 of 40 concurrent rounds.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { call, completeProfile, createTestApp, login, openPeriod2026, type TestContext } from '../support/app';
import { pdf, upload } from '../support/files';
import { answer, itemVersion } from '../support/items';

let ctx: TestContext;
let admin: string;
let operator: string;
let verifier: string;
let periodId: string;
/** An approved innovation in verification, with indicator 21 answered 2 and backed by evidence. */
let approved: string;
/** A draft innovation nobody has answered yet. */
let draft: string;
let operatorId: string;

type Res = Awaited<ReturnType<typeof call>>;
const answersOf = (entryId: string) => call(ctx.app, operator, 'GET', `/api/innovations/entries/${entryId}/answers`).then((r) => r.json());
const put = (cookie: string, url: string, value: number, version: number) => call(ctx.app, cookie, 'PUT', url, { value, version });
const decide = (body: Record<string, unknown>) => call(ctx.app, verifier, 'POST', '/api/verification/decide', body);
const verifiedIid = () => call(ctx.app, admin, 'GET', `/api/scores/region?periodId=${periodId}`).then((r) => r.json().verified.iidExact);
const auditOf = async (entryId: string, action: string) =>
  (await call(ctx.app, admin, 'GET', `/api/audit?entityType=innovation&action=${action}&pageSize=100`))
    .json()
    .items.filter((a: { entityId: string }) => a.entityId === entryId);
const statuses = (results: Res[]) => results.map((r) => r.statusCode).sort();
const queueItem = async (code: string) =>
  (await call(ctx.app, verifier, 'GET', `/api/verification/queue?periodId=${periodId}&code=${code}`))
    .json()
    .items.find((i: { entryId: string }) => i.entryId === approved);

beforeAll(async () => {
  ctx = await createTestApp();
  admin = await login(ctx.app, 'admin');
  operator = await login(ctx.app, 'operator.dinkes');
  operatorId = (await call(ctx.app, operator, 'GET', '/api/auth/me')).json().user.id;
  verifier = await login(ctx.app, 'verifikator');
  const head = await login(ctx.app, 'kepala.dinkes');
  periodId = await openPeriod2026(ctx.app, admin);
  approved = (await call(ctx.app, operator, 'POST', '/api/innovations', { name: 'Posyandu Digital' })).json().id;
  await call(ctx.app, operator, 'PATCH', `/api/innovations/entries/${approved}`, { version: 1, ...completeProfile });
  expect((await answer(ctx.app, operator, { entryId: approved }, '21', 2)).statusCode).toBe(200);
  expect((await upload(ctx.app, operator, `entryId=${approved}&code=21`, 'laporan.pdf', pdf('Laporan'))).statusCode).toBe(201);
  expect((await call(ctx.app, operator, 'POST', `/api/innovations/entries/${approved}/transition`, { action: 'submit' })).statusCode).toBe(200);
  expect((await call(ctx.app, head, 'POST', `/api/innovations/entries/${approved}/transition`, { action: 'approve' })).statusCode).toBe(200);
  expect((await call(ctx.app, admin, 'POST', `/api/innovations/entries/${approved}/sent`, { sent: true })).statusCode).toBe(200);
  draft = (await call(ctx.app, operator, 'POST', '/api/innovations', { name: 'Antrean Daring' })).json().id;
});
afterAll(() => ctx.close());

describe('answer versions', () => {
  it('a save must say which version it was made on', async () => {
    const res = await call(ctx.app, operator, 'PUT', `/api/innovations/entries/${draft}/answers/16`, { value: 2 });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.fields.version).toBeTruthy();
    expect((await call(ctx.app, admin, 'PUT', `/api/periods/${periodId}/region-answers/1`, { value: 2 })).statusCode).toBe(400);
  });

  it('concurrent first answers on one item: exactly one is saved, the others get 409 with the saved value', async () => {
    const url = `/api/innovations/entries/${draft}/answers/16`;
    const results = await Promise.all(Array.from({ length: 12 }, (_, i) => put(operator, url, (i % 3) + 1, 0)));
    expect(statuses(results)).toEqual([200, ...Array(11).fill(409)]);
    const saved = (await answersOf(draft)).items['16'];
    expect(saved.version).toBe(1);
    for (const r of results.filter((x) => x.statusCode === 409)) {
      expect(r.json().error.code).toBe('answer_stale_version');
      expect(r.json().error.current).toMatchObject({
        code: '16',
        value: saved.value,
        version: 1,
        updatedById: operatorId,
        updatedByName: 'Siti Nurhaliza, A.Md.Kep.',
      });
      expect(r.json().error.current.updatedAt).toEqual(expect.any(String));
    }
    // The audit trail holds the one change that was made.
    const trail = await auditOf(draft, 'answer');
    expect(trail).toHaveLength(1);
    expect(trail[0].after).toEqual({ 'indikator 16': saved.value });
  });

  it('concurrent changes of an answered item on the same version: one wins, none is silently overwritten', async () => {
    const url = `/api/innovations/entries/${draft}/answers/16`;
    const { value, version } = (await answersOf(draft)).items['16'];
    const others = [1, 2, 3].filter((v) => v !== value);
    const results = await Promise.all(Array.from({ length: 20 }, (_, i) => put(operator, url, others[i % 2], version)));
    expect(statuses(results)).toEqual([200, ...Array(19).fill(409)]);
    const winner = results.find((r) => r.statusCode === 200)?.json().items['16'];
    expect(winner.version).toBe(version + 1);
    expect((await answersOf(draft)).items['16']).toMatchObject({ value: winner.value, version: version + 1 });
    for (const r of results.filter((x) => x.statusCode === 409)) expect(r.json().error.current).toMatchObject({ value: winner.value, version: version + 1 });
  });

  it('a save on the current version works and renews it; an unchanged value keeps it', async () => {
    const url = `/api/innovations/entries/${draft}/answers/17`;
    const first = await put(operator, url, 1, 0);
    expect(first.json().items['17']).toMatchObject({ value: 1, version: 1 });
    expect((await put(operator, url, 2, 1)).json().items['17']).toMatchObject({ value: 2, version: 2 });
    expect((await put(operator, url, 2, 2)).json().items['17']).toMatchObject({ value: 2, version: 2 });
    // What the first tab still holds is now old.
    const stale = await put(operator, url, 3, 1);
    expect(stale.statusCode).toBe(409);
    expect(stale.json().error).toMatchObject({ code: 'answer_stale_version', current: { value: 2, version: 2 } });
    expect(stale.json().error.message).toContain('17');
  });

  it('evidence added or removed renews the version', async () => {
    const before = await itemVersion(ctx.app, operator, { entryId: draft }, '17');
    const added = await upload(ctx.app, operator, `entryId=${draft}&code=17`, 'sk.pdf', pdf('SK'));
    expect(await itemVersion(ctx.app, operator, { entryId: draft }, '17')).toBe(before + 1);
    await call(ctx.app, operator, 'DELETE', `/api/evidence/${added.json().id}`);
    expect(await itemVersion(ctx.app, operator, { entryId: draft }, '17')).toBe(before + 2);
  });

  it('region-level (SPD) answers: the same, one concurrent save wins', async () => {
    const url = `/api/periods/${periodId}/region-answers/2a`;
    const results = await Promise.all(Array.from({ length: 8 }, (_, i) => put(admin, url, (i % 3) + 1, 0)));
    expect(statuses(results)).toEqual([200, ...Array(7).fill(409)]);
    const saved = (await call(ctx.app, admin, 'GET', `/api/periods/${periodId}/region-answers`)).json().items['2a'];
    expect(saved.version).toBe(1);
    for (const r of results.filter((x) => x.statusCode === 409)) expect(r.json().error.current).toMatchObject({ value: saved.value, version: 1 });
  });
});

describe('decisions on the version the verifier saw', () => {
  it('the queue gives each item its version; a decision without one is refused', async () => {
    const item = await queueItem('21');
    expect(item).toMatchObject({ value: 2, version: (await answersOf(approved)).items['21'].version });
    const res = await decide({ entryId: approved, code: '21', decision: 'accept' });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.fields.version).toBeTruthy();
  });

  it('the operator changes 2 to 3 after the verifier opened it: the accept is refused with the new value, nothing counts', async () => {
    const seen = await queueItem('21');
    const iidBefore = await verifiedIid();
    const maturityBefore = (await answersOf(approved)).maturityVerified;
    expect((await put(operator, `/api/innovations/entries/${approved}/answers/21`, 3, seen.version)).statusCode).toBe(200);

    const refused = await decide({ entryId: approved, code: '21', decision: 'accept', version: seen.version });
    expect(refused.statusCode).toBe(409);
    expect(refused.json().error).toMatchObject({
      code: 'review_stale_version',
      current: { code: '21', value: 3, version: seen.version + 1, reviewStatus: 'menunggu' },
    });
    expect(refused.json().error.message).toContain('3');
    expect((await answersOf(approved)).items['21']).toMatchObject({ value: 3, reviewStatus: 'menunggu' });
    expect((await answersOf(approved)).maturityVerified).toBe(maturityBefore);
    expect(await verifiedIid()).toBe(iidBefore);
    expect(await auditOf(approved, 'review_accept')).toHaveLength(0);

    // Decided again on what is there now: accepted, and 3 counts.
    const accepted = await decide({ entryId: approved, code: '21', decision: 'accept', version: refused.json().error.current.version });
    expect(accepted.json()).toEqual({ reviewStatus: 'diterima', reviewNote: null });
    expect((await answersOf(approved)).items['21']).toMatchObject({ value: 3, reviewStatus: 'diterima' });
    expect((await answersOf(approved)).maturityVerified).toBeGreaterThan(maturityBefore);
    expect(await verifiedIid()).toBeGreaterThan(iidBefore);
  });

  it('a return on a stale version is refused too, and the operator is not notified', async () => {
    const seen = await queueItem('21');
    await upload(ctx.app, operator, `entryId=${approved}&code=21`, 'laporan-baru.pdf', pdf('Laporan baru'));
    const refused = await decide({ entryId: approved, code: '21', decision: 'return', note: 'Laporan belum ditandatangani.', version: seen.version });
    expect(refused.statusCode).toBe(409);
    expect(refused.json().error.current).toMatchObject({ value: 3, version: seen.version + 1, evidenceCount: 2 });
    expect((await answersOf(approved)).items['21']).toMatchObject({ reviewStatus: 'menunggu', reviewNote: null });
    const notes = (await call(ctx.app, operator, 'GET', '/api/notifications')).json();
    expect(JSON.stringify(notes)).not.toContain('Laporan belum ditandatangani.');
  });

  it('SPD decisions carry the version too', async () => {
    const url = `/api/periods/${periodId}/region-answers/1`;
    await put(admin, url, 2, 0);
    await upload(ctx.app, admin, `periodId=${periodId}&code=1`, 'perda.pdf', pdf('Perda'));
    const seen = (await call(ctx.app, verifier, 'GET', `/api/verification/queue?periodId=${periodId}&scope=spd&code=1`)).json().items[0];
    await put(admin, url, 3, seen.version);
    const refused = await decide({ periodId, code: '1', decision: 'accept', version: seen.version });
    expect(refused.json().error).toMatchObject({ code: 'review_stale_version', current: { value: 3 } });
    expect((await decide({ periodId, code: '1', decision: 'accept', version: seen.version + 1 })).statusCode).toBe(200);
  });

  it('the probe: a change and an accept at the same moment never leave the new value accepted', async () => {
    const url = `/api/innovations/entries/${approved}/answers/21`;
    for (let round = 0; round < 12; round++) {
      // The verifier opens 21 = 2 …
      let item = (await answersOf(approved)).items['21'];
      if (item.value !== 2) item = (await put(operator, url, 2, item.version)).json().items['21'];
      // … and accepts while the operator changes it to 3.
      const [change, decision] = await Promise.all([
        put(operator, url, 3, item.version),
        decide({ entryId: approved, code: '21', decision: 'accept', version: item.version }),
      ]);
      expect(change.statusCode).toBe(200);
      expect([200, 409]).toContain(decision.statusCode);
      // Either the accept came first and the change sent the item back, or the accept was refused.
      const after = (await answersOf(approved)).items['21'];
      expect(after).toMatchObject({ value: 3, reviewStatus: 'menunggu' });
    }
  });
});
