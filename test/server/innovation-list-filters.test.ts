// The innovations list filters by status and by "dikirim": the Admin Daerah finds the approved innovations not
// yet sent without paging through all of them.
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

type Item = { status: string; sent: boolean };
const list = async (query: string) => (await call(ctx.app, admin, 'GET', `/api/innovations?pageSize=100&${query}`)).json() as { items: Item[]; total: number };

describe('innovations list filters', () => {
  it('approved and not sent, sent only, and everything add up', async () => {
    const all = await list('');
    const waiting = await list('status=disetujui&sent=false');
    const sent = await list('sent=true');
    const unsent = await list('sent=false');
    expect(waiting.total).toBeGreaterThan(0);
    expect(waiting.items.every((e) => e.status === 'disetujui' && !e.sent)).toBe(true);
    expect(sent.total).toBeGreaterThan(0);
    expect(sent.items.every((e) => e.sent)).toBe(true);
    expect(sent.total + unsent.total).toBe(all.total);
  });
  it('refuses a "sent" that is not true or false', async () => {
    const res = await call(ctx.app, admin, 'GET', '/api/innovations?sent=ya');
    expect(res.statusCode).toBe(400);
  });
});
