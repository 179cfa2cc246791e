// The across-regions catalogue (/katalog) reads the installation's regions once per request: the addresses a
// region filter may name (a region publishing nothing yet included) and the index of regions that publish, with
// their counts, come from one statement. Counted on the client.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { catalogueEntries } from '../../src/server/db/schema';
import { call, createTestApp, login, openPeriod2026, secondRegion, type TestContext } from '../support/app';
import { statementsOf } from '../support/statements';

let ctx: TestContext;

/** Statements reading the list of regions (a search joining a result's region name is not one). */
const regionReads = (statements: string[]) => statements.filter((s) => /from "regions"|group by "regions"/i.test(s));

beforeAll(async () => {
  ctx = await createTestApp();
  const admin = await login(ctx.app, 'admin');
  const operator = await login(ctx.app, 'operator.dinkes');
  await openPeriod2026(ctx.app, admin);
  const created = await call(ctx.app, operator, 'POST', '/api/innovations', { name: 'Posyandu Remaja Digital' });
  expect(created.statusCode, created.body).toBe(201);
  const entry = (await call(ctx.app, operator, 'GET', `/api/innovations/entries/${created.json().id}`)).json();
  // Published as the catalogue keeps it (the publishing rules are tested in catalogue.test.ts).
  await ctx.database.db.insert(catalogueEntries).values({
    innovationId: entry.innovationId,
    regionId: entry.regionId,
    opdId: entry.opdId,
    entryId: entry.id,
    slug: 'posyandu-remaja-digital-uji',
    year: 2026,
    name: 'Posyandu Remaja Digital',
    opdName: 'Dinas Kesehatan',
  });
  // A second region of the installation that publishes nothing yet.
  await secondRegion(ctx.app, '35.17', 'admin.jombang');
});
afterAll(() => ctx?.close());

describe('the across-regions catalogue', () => {
  it('reads the regions in one statement, lists only those that publish, and accepts a filter naming one that publishes nothing', async () => {
    let body = '';
    const statements = await statementsOf(ctx, async () => {
      const res = await ctx.app.inject({ method: 'GET', url: '/katalog' });
      expect(res.statusCode).toBe(200);
      body = res.body;
    });
    expect(regionReads(statements)).toHaveLength(1);
    expect(body).toContain('<option value="kota-mojokerto">Kota Mojokerto (1)</option>');
    expect(body).not.toContain('Kabupaten 35.17');
    expect(body).toContain('Posyandu Remaja Digital');

    // The quiet region is a known address: its filter stands (nothing found), unlike an unknown one (ignored).
    const quiet = await ctx.app.inject({ method: 'GET', url: '/katalog?daerah=kabupaten-35-17' });
    expect(quiet.statusCode).toBe(200);
    expect(quiet.body).not.toContain('Posyandu Remaja Digital');
    const unknown = await ctx.app.inject({ method: 'GET', url: '/katalog?daerah=kabupaten-tidak-ada' });
    expect(unknown.body).toContain('Posyandu Remaja Digital');
  });
});
