// A period's framework snapshot is tens of kilobytes: the evidence list, a file's preview, an upload, the period
// list and the OPD monitoring never read it from the database — indicators come from the compiled per-period
// cache (shared/periods/period-framework.ts), which reads it once per period and process. Counted on the client.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { call, createTestApp, login, openPeriod2026, type TestContext } from '../support/app';
import { pdf, upload } from '../support/files';
import { answer } from '../support/items';
import { statementsOf } from '../support/statements';

let ctx: TestContext;
let admin: string;
let operator: string;
let periodId: string;
let entryId: string;

/** Statements that read the snapshot itself (extracting one small field of it in SQL is fine). */
const snapshotReads = (statements: string[]) => statements.filter((s) => /"framework"(?!\s*->>)/.test(s));

beforeAll(async () => {
  ctx = await createTestApp();
  admin = await login(ctx.app, 'admin');
  operator = await login(ctx.app, 'operator.dinkes');
  periodId = await openPeriod2026(ctx.app, admin);
  entryId = (await call(ctx.app, operator, 'POST', '/api/innovations', { name: 'Posyandu Digital' })).json().id;
  // The first answer compiles the period's framework into the cache, as the first request of a process does.
  expect((await answer(ctx.app, operator, { entryId }, '16', 2)).statusCode).toBe(200);
});
afterAll(() => ctx.close());

describe('framework snapshot reads', () => {
  it('uploads, lists and previews evidence of SID and SPD items without it', async () => {
    const statements = await statementsOf(ctx, async () => {
      const sid = await upload(ctx.app, operator, `entryId=${entryId}&code=16`, 'bukti.pdf', pdf());
      expect(sid.statusCode).toBe(201);
      expect((await upload(ctx.app, admin, `periodId=${periodId}&code=1`, 'spd.pdf', pdf())).statusCode).toBe(201);
      expect((await call(ctx.app, operator, 'GET', `/api/evidence?entryId=${entryId}`)).json().items).toHaveLength(1);
      expect((await call(ctx.app, admin, 'GET', `/api/evidence?periodId=${periodId}`)).json().items).toHaveLength(1);
      expect((await call(ctx.app, operator, 'GET', `/api/evidence/${sid.json().id}/content`)).statusCode).toBe(200);
    });
    expect(statements.length).toBeGreaterThan(0);
    expect(snapshotReads(statements)).toEqual([]);
  });

  it('lists periods and OPD progress without it', async () => {
    const statements = await statementsOf(ctx, async () => {
      expect((await call(ctx.app, admin, 'GET', '/api/periods')).json()[0]).toMatchObject({ id: periodId, frameworkName: expect.any(String) });
      expect((await call(ctx.app, admin, 'GET', `/api/periods/${periodId}`)).json()).toMatchObject({ frameworkUncertain: expect.any(Boolean) });
      expect((await call(ctx.app, admin, 'GET', `/api/dashboard/opds?periodId=${periodId}`)).statusCode).toBe(200);
      expect((await call(ctx.app, admin, 'GET', `/api/periods/${periodId}/region-answers`)).statusCode).toBe(200);
    });
    expect(snapshotReads(statements)).toEqual([]);
  });
});
