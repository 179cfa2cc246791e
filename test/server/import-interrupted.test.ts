// An import left "importing" by a server that stopped or crashed mid-way (its one transaction rolled back with it,
// nothing written) says so — failed, with the reason and what to do — when it is read and at the next start; an
// import another instance is still writing (its lock held) and one just claimed are left alone.
import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../src/server/app';
import { importJobs } from '../../src/server/db/schema';
import { call, createTestApp, login, openPeriod2026, type TestContext } from '../support/app';

let ctx: TestContext;
let admin: string;
let regionId: string;
let periodId: string;

const INTERRUPTED = 'Impor terhenti karena server berhenti; tidak ada data yang tersimpan. Unggah berkas lagi.';

/** A job as a stopped server leaves it: claimed `claimedAgo` ago, part-way through its rows. */
async function stuckJob(claimedAgo = '1 hour'): Promise<string> {
  const [job] = await ctx.database.db
    .insert(importJobs)
    .values({
      regionId,
      periodId,
      status: 'importing',
      fileName: 'rekap-inovasi.xlsx',
      totalRows: 3,
      doneRows: 2,
      rows: [{ row: 2 }, { row: 3 }, { row: 4 }],
      updatedAt: sql`now() - ${claimedAgo}::interval`,
    })
    .returning({ id: importJobs.id });
  return job.id;
}

const job = async (id: string) => (await call(ctx.app, admin, 'GET', `/api/imports/jobs/${id}`)).json();
const entries = async () =>
  ((await ctx.database.db.execute(sql`select count(*)::int as n from innovation_entries`)) as unknown as { rows: { n: number }[] }).rows[0].n;

beforeAll(async () => {
  ctx = await createTestApp();
  admin = await login(ctx.app, 'admin');
  periodId = await openPeriod2026(ctx.app, admin);
  regionId = (await call(ctx.app, admin, 'GET', '/api/auth/me')).json().user.regionId;
});
afterAll(() => ctx?.close());

describe('an import interrupted by a server stop', () => {
  it('is marked failed with the reason when read, while one still being written elsewhere is left alone', async () => {
    const before = await entries();
    const id = await stuckJob();
    // Another instance writing it holds its lock for as long as its transaction lives.
    let release: () => void = () => {};
    const released = new Promise<void>((resolve) => {
      release = resolve;
    });
    let locked: () => void = () => {};
    const lockHeld = new Promise<void>((resolve) => {
      locked = resolve;
    });
    const writer = ctx.database.db.transaction(async (tx) => {
      await tx.execute(sql`select pg_advisory_xact_lock(hashtextextended(${`import-job:${id}`}, 0))`);
      locked();
      await released;
    });
    await lockHeld;
    expect(await job(id)).toMatchObject({ status: 'importing', doneRows: 2, error: null });
    release();
    await writer;

    // Its writer gone: failed, with the reason, the progress back to nothing (nothing was written).
    expect(await job(id)).toMatchObject({ status: 'failed', doneRows: 0, error: INTERRUPTED });
    const [row] = await ctx.database.db.select().from(importJobs).where(eq(importJobs.id, id));
    expect(row.rows).toEqual([]);
    expect(row.finishedAt).not.toBeNull();
    expect(await entries()).toBe(before);
    // The list says so too, and a failed job cannot be run again.
    const list = (await call(ctx.app, admin, 'GET', '/api/imports/jobs')).json().items;
    expect(list.find((j: { id: string }) => j.id === id)).toMatchObject({ status: 'failed', error: INTERRUPTED });
    expect((await call(ctx.app, admin, 'POST', `/api/imports/jobs/${id}/run`)).statusCode).toBe(409);
  });

  it('leaves a job its writer has only just claimed', async () => {
    const id = await stuckJob('1 second');
    expect(await job(id)).toMatchObject({ status: 'importing' });
    expect((await call(ctx.app, admin, 'GET', '/api/imports/jobs')).json().items.find((j: { id: string }) => j.id === id).status).toBe('importing');
  });

  it('is marked failed when the server starts again, before anyone reads it', async () => {
    const id = await stuckJob('10 minutes');
    const next = await buildApp({ config: ctx.config, database: ctx.database, logger: false });
    try {
      await next.ready();
      const [row] = await ctx.database.db.select({ status: importJobs.status, error: importJobs.error }).from(importJobs).where(eq(importJobs.id, id));
      expect(row).toEqual({ status: 'failed', error: 'import_interrupted' });
      // In English for a browser asking for it.
      const en = await login(next, 'admin');
      const read = await next.inject({ method: 'GET', url: `/api/imports/jobs/${id}`, headers: { cookie: en, 'accept-language': 'en' } });
      expect(read.json().error).toBe('The import stopped because the server stopped; nothing was saved. Upload the file again.');
    } finally {
      await next.close();
    }
  });
});
