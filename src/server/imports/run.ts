// Writing a checked import: every row in ONE transaction (a failure rolls all of it back and the job says why),
// in the background after the request has been answered. The progress (done_rows) is written through the
// pool's other connections, outside the transaction, so the page sees it move while the rows are written.
//
// The writing transaction holds an advisory lock named after the job until it ends. A job that has said
// "importing" for a while (IMPORT_START_GRACE: the writer takes its lock within moments of the route's claim) with
// nobody holding its lock was left by an instance that stopped or crashed mid-way: its transaction was rolled back
// with it, nothing was written. failInterruptedImports marks such a job failed with that reason, at start-up and
// whenever the job is read; a job another instance is writing keeps its lock and is left alone.
import { and, eq, inArray, lt, type SQL, sql } from 'drizzle-orm';
import type { FastifyInstance } from 'fastify';
import { type ImportRow, normalName } from '../../domain/imports/spreadsheet';
import { periodRefusal } from '../../domain/period-status';
import type { Db } from '../db/client';
import { importJobs, innovationEntries, opds, periods } from '../db/schema';
import { recordAudit } from '../shared/audit/record';
import { createEntry } from '../shared/entries/create-entry';
import { liveEntry } from '../shared/entries/live-entry';
import { refreshEntryScores } from '../shared/items/scores';

/** How long a job just claimed ("importing") is left to its writer before a missing lock means it was interrupted. */
export const IMPORT_START_GRACE_SECONDS = 30;

const jobLockKey = (jobId: string) => sql`hashtextextended(${`import-job:${jobId}`}, 0)`;

/**
 * Jobs saying "importing" whose writing transaction is gone (its instance stopped or crashed) become failed, with
 * the reason; `where` narrows the jobs looked at. Returns how many were marked.
 */
export async function failInterruptedImports(db: Db, where?: SQL): Promise<number> {
  const stuck = await db
    .select({ id: importJobs.id })
    .from(importJobs)
    .where(and(eq(importJobs.status, 'importing'), lt(importJobs.updatedAt, sql`now() - make_interval(secs => ${IMPORT_START_GRACE_SECONDS})`), where));
  let failed = 0;
  for (const { id } of stuck)
    await db.transaction(async (tx) => {
      const { rows } = (await tx.execute(sql`select pg_try_advisory_xact_lock(${jobLockKey(id)}) as free`)) as unknown as { rows: { free: boolean }[] };
      // Held: the import is being written right now (on this instance or another).
      if (!rows[0]?.free) return;
      const marked = await tx
        .update(importJobs)
        .set({ status: 'failed', error: 'import_interrupted', doneRows: 0, rows: [], finishedAt: new Date(), updatedAt: new Date() })
        .where(and(eq(importJobs.id, id), eq(importJobs.status, 'importing')))
        .returning({ id: importJobs.id });
      failed += marked.length;
    });
  return failed;
}

/** Thrown for a refusal the job reports by its message code (domain/messages.ts). */
class ImportRefused extends Error {}
/** The job no longer says "importing" once its lock is held (marked interrupted meanwhile): nothing is written. */
class NoLongerClaimed extends Error {}

type Job = typeof importJobs.$inferSelect;

export async function runImport(app: FastifyInstance, job: Job, actor: { id: string; name: string }): Promise<void> {
  const { db } = app;
  const rows = job.rows as ImportRow[];
  const every = Math.max(1, Math.min(25, Math.floor(rows.length / 50)));
  let lastWrite = Promise.resolve();
  const progress = (done: number) => {
    // One progress write at a time; each waits for the one before (they never overtake each other).
    lastWrite = lastWrite
      .then(() => db.update(importJobs).set({ doneRows: done }).where(eq(importJobs.id, job.id)))
      .then(
        () => undefined,
        (err) => app.log.warn({ err, job: job.id }, 'import progress not written'),
      );
    return lastWrite;
  };
  try {
    await db.transaction(async (tx) => {
      // Held until this transaction ends: while it lives, the job is not taken for interrupted.
      await tx.execute(sql`select pg_advisory_xact_lock(${jobLockKey(job.id)})`);
      const [claimed] = await tx.select({ status: importJobs.status }).from(importJobs).where(eq(importJobs.id, job.id));
      if (claimed?.status !== 'importing') throw new NoLongerClaimed();
      const [period] = await tx
        .select({ id: periods.id, year: periods.year, status: periods.status })
        .from(periods)
        .where(eq(periods.id, job.periodId))
        .for('share');
      if (!period || periodRefusal(period.status, 'innovation')) throw new ImportRefused('import_changed');
      const opdIds = [...new Set(rows.map((r) => r.opdId))];
      const opdRows = opdIds.length
        ? await tx
            .select({ id: opds.id, name: opds.name })
            .from(opds)
            .where(and(inArray(opds.id, opdIds), eq(opds.regionId, job.regionId)))
        : [];
      const opdName = new Map(opdRows.map((o) => [o.id, o.name]));
      if (opdRows.length !== opdIds.length) throw new ImportRefused('import_changed');
      // Registered meanwhile under the same name: checked again here, inside the transaction that writes.
      const existing = await tx
        .select({ opdId: innovationEntries.opdId, name: innovationEntries.name })
        .from(innovationEntries)
        .where(and(eq(innovationEntries.periodId, period.id), liveEntry));
      const taken = new Set(existing.map((e) => `${e.opdId}|${normalName(e.name)}`));
      if (rows.some((r) => taken.has(`${r.opdId}|${normalName(r.name)}`))) throw new ImportRefused('import_changed');

      const ids: string[] = [];
      for (const [k, r] of rows.entries()) {
        const { row: _row, opdId, unitId, name, ...profile } = r;
        ids.push(
          await createEntry(
            tx,
            null,
            {
              regionId: job.regionId,
              opdId,
              opdName: opdName.get(opdId) ?? '',
              unitId,
              periodId: period.id,
              periodYear: period.year,
              name,
              createdBy: actor.id,
              profile,
              auditExtra: { import: job.fileName },
            },
            actor,
          ),
        );
        if ((k + 1) % every === 0 && k + 1 < rows.length) void progress(k + 1);
      }
      // New innovations' stored scores, as for one registered by hand (no answers yet: zero, nothing missing).
      await refreshEntryScores(tx, ids);
      await recordAudit(tx, null, {
        regionId: job.regionId,
        entityType: 'period',
        entityId: period.id,
        entityLabel: String(period.year),
        action: 'import',
        after: { file: job.fileName, innovations: ids.length },
        actor,
      });
      // The job says done in the same commit as the rows: never "done" without them, nor them without "done".
      await tx
        .update(importJobs)
        .set({ status: 'done', doneRows: rows.length, rows: [], finishedAt: new Date(), updatedAt: new Date() })
        .where(eq(importJobs.id, job.id));
    });
    await lastWrite;
    // A progress write queued before the commit may land after it: the final count is written once more.
    await db
      .update(importJobs)
      .set({ doneRows: rows.length })
      .where(and(eq(importJobs.id, job.id), eq(importJobs.status, 'done')));
  } catch (err) {
    await lastWrite;
    if (err instanceof NoLongerClaimed) return;
    const code = err instanceof ImportRefused ? err.message : 'import_failed';
    if (!(err instanceof ImportRefused)) app.log.error({ err, job: job.id }, 'import failed');
    await db
      .update(importJobs)
      .set({ status: 'failed', error: code, doneRows: 0, rows: [], finishedAt: new Date(), updatedAt: new Date() })
      .where(eq(importJobs.id, job.id));
  }
}
