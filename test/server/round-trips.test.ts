// The signed-in routes everyone calls all the time cost as few database round trips as their answer needs
// (issue 13): a session is looked up once and then kept by the instance (plugins/session-cache.ts), so
// /api/auth/me costs none at all; what an admin changes about a user, OPD or region still shows at once.
import { describe, expect, it } from 'vitest';
import { call, DEMO_PASSWORD, idOf, login } from '../support/app';
import { signedInApp } from '../support/signed-in-app';

const s = signedInApp(['admin', 'operator.dinkes'], { demoInnovations: true });

/** The statements one request sends: not the export worker's poll, which runs each second beside it (exports/jobs.ts). */
async function statementsOf(request: () => Promise<{ statusCode: number }>) {
  s.ctx.queries.length = 0;
  const res = await request();
  expect(res.statusCode).toBe(200);
  return s.ctx.queries.filter((q) => !q.includes('"export_jobs"'));
}

describe('round trips of the routes every page calls', () => {
  it('/api/auth/me is answered from the session lookup alone, then from the kept session, the same as at sign-in', async () => {
    const signIn = await call(s.app, null, 'POST', '/api/auth/login', { username: 'operator.dinkes', password: DEMO_PASSWORD });
    const cookie = signIn.headers['set-cookie']?.toString().split(';')[0] ?? '';
    expect(await statementsOf(() => call(s.app, cookie, 'GET', '/api/auth/me'))).toHaveLength(1);
    expect(await statementsOf(() => call(s.app, cookie, 'GET', '/api/auth/me'))).toHaveLength(0);
    const me = (await call(s.app, s.cookie['operator.dinkes'], 'GET', '/api/auth/me')).json();
    expect(me).toEqual(signIn.json());
    expect(me.opd.shortName).toBeTruthy();
    expect(me.region.type).toMatch(/kota|kabupaten|provinsi/);
  });

  it('a page of the innovation list and one innovation take a few statements, however long the list', async () => {
    await call(s.app, s.cookie.admin, 'GET', '/api/auth/me');
    const list = await statementsOf(() => call(s.app, s.cookie.admin, 'GET', '/api/innovations?pageSize=25'));
    // The session kept: the period with its stamp, then the page, its total, OPDs and units in one statement.
    expect(list).toHaveLength(2);
    // The same page again while the period is unchanged: kept (innovations/list-pages.ts), the stamp says so.
    expect(await statementsOf(() => call(s.app, s.cookie.admin, 'GET', '/api/innovations?pageSize=25'))).toHaveLength(1);
    const id = await idOf(s.app, s.cookie.admin, '/api/innovations?pageSize=5', () => true);
    const one = await statementsOf(() => call(s.app, s.cookie.admin, 'GET', `/api/innovations/entries/${id}`));
    expect(one.length).toBeLessThanOrEqual(1);
  });

  it('an answer saved: two round trips, BEGIN travelling with the statement that locks and writes, COMMIT with the last', async () => {
    const operator = s.cookie['operator.dinkes'];
    const id = await idOf(s.app, operator, '/api/innovations?pageSize=100&status=draft', () => true);
    const answers = (await call(s.app, operator, 'GET', `/api/innovations/entries/${id}/answers`)).json();
    const version = answers.items['16']?.version ?? 0;
    const value = answers.answers['16'] === 1 ? 2 : 1;
    // A connection's first save prepares its two statements (once per connection): not a round trip of every save.
    const save = (await statementsOf(() => call(s.app, operator, 'PUT', `/api/innovations/entries/${id}/answers/16`, { value, version }))).filter(
      (q) => !q.startsWith('prepare '),
    );
    // Begin with one statement: the entry found and locked, the answer written, every item read back · the scores
    // stored with the audit event, and commit (db/compact-transaction.ts).
    expect(save.map((q) => q.trim().split(/\s+/).slice(0, 2).join(' ').toLowerCase())).toEqual(['begin; execute', expect.stringMatching(/^execute /)]);
    expect(save[1].trim()).toMatch(/; commit$/);
    // The same option chosen again on the version it now has: nothing written, nothing read again, 200.
    const savedVersion = (await call(s.app, operator, 'GET', `/api/innovations/entries/${id}/answers`)).json().items['16'].version;
    const again = (
      await statementsOf(() => call(s.app, operator, 'PUT', `/api/innovations/entries/${id}/answers/16`, { value, version: savedVersion }))
    ).filter((q) => !q.startsWith('prepare '));
    expect(again.map((q) => q.trim().split(/\s+/).slice(0, 2).join(' ').toLowerCase())).toEqual(['begin; execute', 'commit']);
    // Stored as sent: the audit trail has the change, the item its new value.
    const after = (await call(s.app, operator, 'GET', `/api/innovations/entries/${id}/answers`)).json();
    expect(after.answers['16']).toBe(value);
    const [event] = (await call(s.app, s.cookie.admin, 'GET', '/api/audit?action=answer&pageSize=1')).json().items;
    expect(event).toMatchObject({
      entityId: id,
      actorName: 'operator.dinkes',
      before: { 'indikator 16': answers.answers['16'] ?? 0 },
      after: { 'indikator 16': value },
    });
  });

  it('past the last page the list still tells the total, and a period not of the region is refused', async () => {
    const first = (await call(s.app, s.cookie.admin, 'GET', '/api/innovations?pageSize=25')).json();
    expect(first.total).toBeGreaterThan(25);
    expect(first.items).toHaveLength(25);
    const past = (await call(s.app, s.cookie.admin, 'GET', '/api/innovations?pageSize=25&page=999')).json();
    expect(past).toEqual({ items: [], total: first.total, page: 999, pageSize: 25 });
    const operator = (await call(s.app, s.cookie['operator.dinkes'], 'GET', '/api/innovations?pageSize=100')).json();
    expect(operator.total).toBe(operator.items.length);
    expect(new Set(operator.items.map((i: { opdName: string }) => i.opdName)).size).toBe(1);
    const unknown = await call(s.app, s.cookie.admin, 'GET', '/api/innovations?periodId=00000000-0000-4000-8000-000000000000');
    expect(unknown.statusCode).toBe(400);
    expect(Object.keys(unknown.json().error.fields)).toEqual(['periodId']);
  });

  it('what an admin changes about a user, their OPD or region shows at their next request', async () => {
    const operator = s.cookie['operator.dinkes'];
    const me = (await call(s.app, operator, 'GET', '/api/auth/me')).json();
    const renamed = await call(s.app, s.cookie.admin, 'PATCH', `/api/opds/${me.opd.id}`, { name: 'Dinas Kesehatan (nama baru)' });
    expect(renamed.statusCode).toBe(200);
    expect((await call(s.app, operator, 'GET', '/api/auth/me')).json().opd.name).toBe('Dinas Kesehatan (nama baru)');

    const edited = await call(s.app, s.cookie.admin, 'PATCH', `/api/users/${me.user.id}`, { fullName: 'Nama Baru Operator' });
    expect(edited.statusCode).toBe(200);
    expect((await call(s.app, operator, 'GET', '/api/auth/me')).json().user.fullName).toBe('Nama Baru Operator');

    const off = await call(s.app, s.cookie.admin, 'PATCH', `/api/users/${me.user.id}`, { active: false });
    expect(off.statusCode).toBe(200);
    expect((await call(s.app, operator, 'GET', '/api/auth/me')).statusCode).toBe(401);
    await call(s.app, s.cookie.admin, 'PATCH', `/api/users/${me.user.id}`, { active: true });
    expect((await call(s.app, await login(s.app, 'operator.dinkes'), 'GET', '/api/auth/me')).statusCode).toBe(200);
  });
});
