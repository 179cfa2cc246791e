// The navigation badge of those who moderate citizen feedback: how many of the region's items wait, in one cheap
// count — another region's and decided items not counted, the count falling as the admin decides; the roles that
// do not moderate are refused.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { citizenFeedback } from '../../src/server/db/schema';
import { call, createTestApp, login, openPeriod2026, secondRegion, type TestContext } from '../support/app';

let ctx: TestContext;
let admin: string;
let regionB: { regionId: string; cookie: string };

const pending = async (cookie: string) => call(ctx.app, cookie, 'GET', '/api/feedback/pending-count');

beforeAll(async () => {
  ctx = await createTestApp();
  admin = await login(ctx.app, 'admin');
  const operator = await login(ctx.app, 'operator.dinkes');
  await openPeriod2026(ctx.app, admin);
  const id = (await call(ctx.app, operator, 'POST', '/api/innovations', { name: 'Posyandu Digital' })).json().id;
  const entry = (await call(ctx.app, operator, 'GET', `/api/innovations/entries/${id}`)).json();
  regionB = await secondRegion(ctx.app, '35.17', 'admin.jombang');
  // Three waiting, one approved, one rejected in this region; one waiting in the other region (on this innovation:
  // the count reads only the region's own column).
  const row = (status: 'pending' | 'approved' | 'rejected', regionId = entry.regionId) => ({
    regionId,
    innovationId: entry.innovationId,
    opdId: entry.opdId,
    rating: 4,
    status,
    senderHash: `uji-${Math.random()}`,
  });
  await ctx.database.db
    .insert(citizenFeedback)
    .values([row('pending'), row('pending'), row('pending'), row('approved'), row('rejected'), row('pending', regionB.regionId)]);
});
afterAll(() => ctx?.close());

describe('the moderation badge', () => {
  it('counts the region’s waiting feedback and falls as the admin decides', async () => {
    expect((await pending(admin)).json()).toEqual({ pending: 3 });
    expect((await pending(regionB.cookie)).json()).toEqual({ pending: 1 });
    const queue = (await call(ctx.app, admin, 'GET', '/api/feedback?status=pending')).json().items as { id: string }[];
    const decided = await call(ctx.app, admin, 'POST', '/api/feedback/moderate', { ids: queue.slice(0, 2).map((f) => f.id), decision: 'approved' });
    expect(decided.statusCode).toBe(200);
    expect((await pending(admin)).json()).toEqual({ pending: 1 });
  });

  it('is refused to the roles that do not moderate', async () => {
    for (const who of ['operator.dinkes', 'kepala.dinkes', 'pimpinan', 'verifikator', 'superadmin'])
      expect((await pending(await login(ctx.app, who))).statusCode, who).toBe(403);
  });
});
