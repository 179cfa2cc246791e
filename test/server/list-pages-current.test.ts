// A list page kept between changes (innovations/list-pages.ts) is never stale: after every kind of change —
// an answer, a review, a profile edit, a new innovation, "sent", a deleted innovation, an OPD or unit renamed,
// the period's threshold — the next page equals one read fresh from the database, on this instance and on a
// second instance of the same database (whose kept copy the change did not pass through).
import { eq } from 'drizzle-orm';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../src/server/app';
import { type Database, openDatabase } from '../../src/server/db/client';
import { innovations, opds, units } from '../../src/server/db/schema';
import { listEntries } from '../../src/server/innovations/repository';
import { call } from '../support/app';
import { answer, decideItem } from '../support/items';
import { signedInApp } from '../support/signed-in-app';

const s = signedInApp(['admin', 'operator.dinkes', 'verifikator'], { demoInnovations: true });
let other: { app: FastifyInstance; database: Database };

beforeAll(async () => {
  const database = await openDatabase({ url: s.ctx.databaseUrl });
  other = { app: await buildApp({ config: s.ctx.config, database }), database };
  await other.app.ready();
});
afterAll(async () => {
  await other?.app.close();
  await other?.database.close();
});

const QUERIES = ['pageSize=100', 'pageSize=10&sort=opd', 'pageSize=25&q=Dinas', 'pageSize=100&sort=updatedAt&dir=desc'];

/** Every query, as each instance answers it and as the database holds it now. */
async function expectCurrent(what: string) {
  const me = (await call(s.app, s.cookie.admin, 'GET', '/api/auth/me')).json();
  for (const query of QUERIES) {
    const params = Object.fromEntries(new URLSearchParams(query)) as Record<string, string>;
    const { period: _p, ...fresh } = await listEntries(s.ctx.database.db, {
      regionId: me.user.regionId,
      page: 1,
      pageSize: Number(params.pageSize),
      sort: (params.sort ?? 'name') as 'name',
      dir: (params.dir ?? 'asc') as 'asc',
      q: params.q,
    });
    for (const app of [s.app, other.app]) {
      const page = (await call(app, s.cookie.admin, 'GET', `/api/innovations?${query}`)).json();
      expect(page, `${what}: ${query}`).toEqual(JSON.parse(JSON.stringify(fresh)));
    }
  }
}

const first = async () => (await call(s.app, s.cookie.admin, 'GET', '/api/innovations?pageSize=100')).json().items;

describe('list pages kept between changes', () => {
  it('follow every kind of change at once, on every instance', async () => {
    await expectCurrent('at first');
    await expectCurrent('unchanged');
    const items = await first();
    const draft = items.find((e: { status: string; opdName: string }) => e.status === 'draft' && /Kesehatan/.test(e.opdName));

    await answer(s.app, s.cookie['operator.dinkes'], { entryId: draft.id }, '16', 3);
    await expectCurrent('an answer saved');

    const save = await call(s.app, s.cookie['operator.dinkes'], 'GET', `/api/innovations/entries/${draft.id}`);
    await call(s.app, s.cookie['operator.dinkes'], 'PATCH', `/api/innovations/entries/${draft.id}`, {
      version: save.json().version,
      name: 'Aaa Inovasi Paling Awal',
    });
    await expectCurrent('renamed');

    await call(s.app, s.cookie['operator.dinkes'], 'POST', '/api/innovations', { name: 'Inovasi Baru Sekali' });
    await expectCurrent('a new innovation');

    const period = (await call(s.app, s.cookie.admin, 'GET', '/api/periods')).json()[0];
    const queue = (await call(s.app, s.cookie.verifikator, 'GET', `/api/verification/queue?periodId=${period.id}&status=menunggu&pageSize=100`)).json();
    const waiting = queue.items.find((i: { scope: string; evidenceCount: number }) => i.scope === 'sid' && i.evidenceCount > 0);
    if (waiting) {
      await decideItem(s.app, s.cookie.verifikator, { entryId: waiting.entryId, code: waiting.code, decision: 'accept' });
      await expectCurrent('a review');
    }

    const approved = items.find((e: { status: string; sent: boolean }) => e.status === 'disetujui' && !e.sent);
    if (approved) {
      await call(s.app, s.cookie.admin, 'POST', `/api/innovations/entries/${approved.id}/sent`, { sent: true, confirmBelowThreshold: true });
      await expectCurrent('sent');
    }

    await s.ctx.database.db.update(innovations).set({ deletedAt: new Date() }).where(eq(innovations.id, items[1].innovationId));
    await expectCurrent('an innovation deleted');

    const [opd] = await s.ctx.database.db.select().from(opds).where(eq(opds.id, draft.opdId));
    expect((await call(s.app, s.cookie.admin, 'PATCH', `/api/opds/${opd.id}`, { name: `${opd.name} (baru)` })).statusCode).toBe(200);
    await expectCurrent('an OPD renamed');

    const withUnit = items.find((e: { unitName: string | null }) => e.unitName);
    if (withUnit) {
      const [unit] = await s.ctx.database.db.select().from(units).where(eq(units.name, withUnit.unitName));
      expect((await call(s.app, s.cookie.admin, 'PATCH', `/api/units/${unit.id}`, { name: `${unit.name} Baru` })).statusCode).toBe(200);
      await expectCurrent('a unit renamed');
    }

    expect((await call(s.app, s.cookie.admin, 'PATCH', `/api/periods/${period.id}`, { maturityThreshold: 90 })).statusCode).toBe(200);
    await expectCurrent('the threshold changed');
  });
});
