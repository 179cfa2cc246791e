// What the home pages read: the Kepala's approval inbox and the OPD's returned items stay inside the
// viewer's OPD, the returned-to-draft list follows the workflow, and every count equals the list it opens.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { call, completeProfile, createTestApp, login, openPeriod2026, type TestContext } from '../support/app';
import { pdf, upload } from '../support/files';
import { answer, decideItem } from '../support/items';

let ctx: TestContext;
let admin: string;
let operator: string;
let otherOperator: string;
let head: string;
let verifier: string;
let superAdmin: string;
let pimpinan: string;
let periodId: string;
let dinkesEntry: string;
let capilEntry: string;

const get = (cookie: string, url: string) => call(ctx.app, cookie, 'GET', url);
const transition = (cookie: string, entryId: string, action: string, note?: string) =>
  call(ctx.app, cookie, 'POST', `/api/innovations/entries/${entryId}/transition`, { action, ...(note ? { note } : {}) });

async function register(cookie: string, name: string) {
  const id = (await call(ctx.app, cookie, 'POST', '/api/innovations', { name })).json().id as string;
  await call(ctx.app, cookie, 'PATCH', `/api/innovations/entries/${id}`, { version: 1, ...completeProfile });
  return id;
}

beforeAll(async () => {
  ctx = await createTestApp();
  admin = await login(ctx.app, 'admin');
  operator = await login(ctx.app, 'operator.dinkes');
  otherOperator = await login(ctx.app, 'operator.dispendukcapil');
  head = await login(ctx.app, 'kepala.dinkes');
  verifier = await login(ctx.app, 'verifikator');
  superAdmin = await login(ctx.app, 'superadmin');
  pimpinan = await login(ctx.app, 'pimpinan');
  periodId = await openPeriod2026(ctx.app, admin);
  dinkesEntry = await register(operator, 'Posyandu Remaja');
  capilEntry = await register(otherOperator, 'Akta Kilat');
  expect((await transition(operator, dinkesEntry, 'submit')).json().status).toBe('diajukan');
  expect((await transition(otherOperator, capilEntry, 'submit')).json().status).toBe('diajukan');
});
afterAll(() => ctx.close());

describe('the Kepala OPD approval inbox', () => {
  it('holds only their own OPD’s submitted innovations', async () => {
    const inbox = (await get(head, '/api/innovations?status=diajukan')).json();
    expect(inbox.items.map((e: { id: string }) => e.id)).toEqual([dinkesEntry]);
    expect(inbox.total).toBe(1);
    // The region sees both; the other OPD's operator only their own.
    expect((await get(admin, '/api/innovations?status=diajukan')).json().total).toBe(2);
    expect((await get(otherOperator, '/api/innovations?status=diajukan')).json().items.map((e: { id: string }) => e.id)).toEqual([capilEntry]);
  });

  it('is on the Kepala’s dashboard to-do list, and leaves it once decided', async () => {
    const todo = (await get(head, '/api/dashboard/opds')).json().todo;
    expect(todo).toEqual([expect.objectContaining({ entryId: dinkesEntry, kind: 'awaiting_approval' })]);
    // An operator is not asked to approve.
    expect((await get(operator, '/api/dashboard/opds')).json().todo.filter((x: { kind: string }) => x.kind === 'awaiting_approval')).toEqual([]);
  });
});

describe('innovations returned by the Kepala OPD', () => {
  it('appear with the note for that OPD only, until resubmitted', async () => {
    expect((await get(operator, '/api/innovations/returned')).json()).toMatchObject({ items: [], total: 0 });
    expect((await transition(head, dinkesEntry, 'return', 'Lengkapi data hasil 2025')).json().status).toBe('draft');

    const mine = (await get(operator, '/api/innovations/returned')).json();
    expect(mine.periodId).toBe(periodId);
    expect(mine.items).toEqual([expect.objectContaining({ entryId: dinkesEntry, name: 'Posyandu Remaja', note: 'Lengkapi data hasil 2025' })]);
    expect(mine.items[0].returnedBy).toBeTruthy();
    expect((await get(head, '/api/innovations/returned')).json().total).toBe(1);
    expect((await get(otherOperator, '/api/innovations/returned')).json()).toMatchObject({ items: [], total: 0 });
    expect((await get(admin, '/api/innovations/returned')).json().total).toBe(1);

    const todo = (await get(operator, '/api/dashboard/opds')).json().todo;
    expect(todo).toEqual([expect.objectContaining({ entryId: dinkesEntry, kind: 'returned_by_head', notes: ['Lengkapi data hasil 2025'] })]);

    // Resubmitted: no longer returned; a fresh draft never counts as returned.
    await transition(operator, dinkesEntry, 'submit');
    await register(operator, 'Draf Baru');
    expect((await get(operator, '/api/innovations/returned')).json().total).toBe(0);
  });

  it('is refused to roles without innovation access', async () => {
    const juri = await login(ctx.app, 'juri');
    expect((await get(juri, '/api/innovations/returned')).statusCode).toBe(403);
    expect((await call(ctx.app, '', 'GET', '/api/innovations/returned')).statusCode).toBe(401);
  });
});

describe('items returned by a verifier', () => {
  it('reach the OPD’s returned list with the note; another OPD sees nothing', async () => {
    await transition(head, dinkesEntry, 'approve');
    // Answers are open again once approved (to fix returned items): answer, attach, then the verifier returns it.
    await answer(ctx.app, operator, { entryId: dinkesEntry }, '16', 2);
    await upload(ctx.app, operator, `entryId=${dinkesEntry}&code=16`, 'regulasi.pdf', pdf('Regulasi'));
    const returned = await decideItem(ctx.app, verifier, {
      entryId: dinkesEntry,
      code: '16',
      decision: 'return',
      note: 'Unggah SK yang ditandatangani',
    });
    expect(returned.json().reviewStatus).toBe('dikembalikan');
    const url = `/api/verification/queue?periodId=${periodId}&status=dikembalikan`;
    expect((await get(operator, url)).json().items).toEqual([
      expect.objectContaining({ entryId: dinkesEntry, code: '16', reviewNote: 'Unggah SK yang ditandatangani' }),
    ]);
    expect((await get(otherOperator, url)).json()).toMatchObject({ items: [], total: 0 });
  });
});

describe('verifier home: waiting items per OPD', () => {
  it('per-OPD waiting counts equal the queue filtered to that OPD', async () => {
    await answer(ctx.app, operator, { entryId: dinkesEntry }, '35', 1);
    await upload(ctx.app, operator, `entryId=${dinkesEntry}&code=35`, 'sop.pdf', pdf('SOP'));
    const summary = (await get(verifier, `/api/verification/summary?periodId=${periodId}`)).json();
    expect(summary.pendingByOpd.length).toBeGreaterThan(0);
    for (const o of summary.pendingByOpd) {
      const queue = (await get(verifier, `/api/verification/queue?periodId=${periodId}&opdId=${o.opdId}&status=menunggu`)).json();
      expect(queue.total).toBe(o.pending);
    }
  });
});

describe('home counts equal the lists they open', () => {
  it('an OPD role’s Perangkat Daerah list is their own OPD, not the region’s', async () => {
    const region = (await get(admin, `/api/regions/${(await get(admin, '/api/auth/me')).json().region.id}`)).json();
    expect((await get(admin, '/api/opds?active=all&pageSize=1')).json().total).toBe(region.opdCount);
    expect((await get(pimpinan, '/api/opds?active=all&pageSize=1')).json().total).toBe(region.opdCount);
    expect((await get(operator, '/api/opds?active=all&pageSize=1')).json().total).toBe(1);
  });

  it('the super admin counts regions and Admin Daerah from the lists it opens', async () => {
    const regions = (await get(superAdmin, '/api/regions?pageSize=1')).json();
    expect(regions.total).toBe((await get(superAdmin, '/api/regions?pageSize=100')).json().items.length);
    const admins = (await get(superAdmin, '/api/users?role=admin_daerah&active=all&pageSize=100')).json();
    expect(admins.total).toBeGreaterThan(0);
    expect(admins.items.every((u: { role: string }) => u.role === 'admin_daerah')).toBe(true);
  });
});
