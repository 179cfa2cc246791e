// The recap spreadsheet reads back with every innovation, every indicator and the review states; OPD roles
// get their own OPD; an empty period gives a valid workbook with headers only.
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedDemoInnovations } from '../../src/server/seed/demo-innovations';
import { call, createTestApp, login, type TestContext } from '../support/app';

let ctx: TestContext;
let admin: string;

beforeAll(async () => {
  ctx = await createTestApp();
  await seedDemoInnovations(ctx.database.db, ctx.app.storage);
  admin = await login(ctx.app, 'admin');
});
afterAll(() => ctx.close());

async function workbook(cookie: string, query = '') {
  const res = await call(ctx.app, cookie, 'GET', `/api/exports/recap.xlsx${query}`);
  expect(res.statusCode).toBe(200);
  expect(res.headers['content-type']).toContain('spreadsheetml');
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(res.rawPayload as unknown as ArrayBuffer);
  return wb;
}

describe('recap spreadsheet', () => {
  it('has one row per innovation with each indicator’s value, evidence and review', async () => {
    const wb = await workbook(admin);
    const sheet = wb.getWorksheet('Per inovasi');
    const list = (await call(ctx.app, admin, 'GET', '/api/innovations?pageSize=100')).json();
    expect(sheet?.rowCount).toBe(list.total + 1);
    const header = sheet?.getRow(1).values as string[];
    expect(header).toContain('16 nilai');
    expect(header).toContain('35 verifikasi');
    const approved = list.items.find((e: { status: string; review: { diterima: number } }) => e.status === 'disetujui' && e.review.diterima > 0);
    const row = sheet?.getRows(2, list.total)?.find((r) => r.getCell(2).value === approved.name);
    expect(row?.values).toContain('diterima');
    expect(row?.getCell(8).value).toBe(approved.maturity);
    expect(wb.getWorksheet('Per OPD')?.rowCount).toBeGreaterThanOrEqual(16);
    expect(wb.getWorksheet('SPD (daerah)')?.rowCount).toBeGreaterThan(1);
  });

  it('gives an operator their own OPD only', async () => {
    const op = await login(ctx.app, 'operator.dinkes');
    const wb = await workbook(op);
    const mine = (await call(ctx.app, op, 'GET', '/api/innovations?pageSize=100')).json();
    expect(wb.getWorksheet('Per inovasi')?.rowCount).toBe(mine.total + 1);
    expect(wb.getWorksheet('SPD (daerah)')).toBeUndefined();
  });

  it('an empty period gives a valid workbook with headers only', async () => {
    const periods = (await call(ctx.app, admin, 'GET', '/api/periods')).json();
    await call(ctx.app, admin, 'POST', `/api/periods/${periods[0].id}/status`, { status: 'closed' });
    const created = (
      await call(ctx.app, admin, 'POST', '/api/periods', {
        year: 2027,
        frameworkId: 'iid-2026',
        penjaringanOpensOn: '2027-06-01',
        penjaringanClosesOn: '2027-08-15',
        carryOver: false,
      })
    ).json();
    const wb = await workbook(admin, `?periodId=${created.id}`);
    expect(wb.getWorksheet('Per inovasi')?.rowCount).toBe(1);
  });
});
