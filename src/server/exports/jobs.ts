// Background export jobs: any instance claims the oldest queued job (SKIP LOCKED, so two instances never
// take the same one; a job left running by a crashed instance is taken again after 30 minutes), builds the
// file with progress, stores it in the file store by hash and marks the job done or failed.
import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { rm, stat } from 'node:fs/promises';
import { pipeline } from 'node:stream/promises';
import { eq, sql } from 'drizzle-orm';
import type { FastifyInstance } from 'fastify';
import { exportJobs } from '../db/schema';
import { claimFile, releaseClaims } from '../shared/files/unused-files';

type Job = typeof exportJobs.$inferSelect;

async function claim(app: FastifyInstance): Promise<Job | undefined> {
  const result = (await app.db.execute(sql`
    update ${exportJobs} set status = 'running', started_at = now(), progress = 0
    where id = (
      select id from ${exportJobs}
      where status = 'queued' or (status = 'running' and started_at < now() - interval '30 minutes')
      order by created_at limit 1 for update skip locked
    )
    returning id`)) as unknown as { rows: { id: string }[] };
  const id = result.rows[0]?.id;
  if (!id) return undefined;
  const [job] = await app.db.select().from(exportJobs).where(eq(exportJobs.id, id));
  return job;
}

async function sha256Of(path: string): Promise<string> {
  const hash = createHash('sha256');
  await pipeline(createReadStream(path), hash);
  return hash.digest('hex');
}

/** Runs one queued job if there is one; returns whether it did. */
export async function runNextJob(app: FastifyInstance): Promise<boolean> {
  const job = await claim(app);
  if (!job) return false;
  let temp: string | undefined;
  try {
    // Loaded on first use: the zip and spreadsheet libraries are memory an idle instance does not need.
    const { buildPackage } = await import('./package');
    const built = await buildPackage(app.db, app.storage, job.periodId, async (done, total) => {
      await app.db.update(exportJobs).set({ progress: done, total }).where(eq(exportJobs.id, job.id));
    });
    temp = built.tempPath;
    const size = (await stat(temp)).size;
    const sha256 = await sha256Of(temp);
    // Claimed while it is stored and until the job row points at it (shared/files/unused-files.ts).
    const claim = await claimFile(app.db, { sha256, size, mime: 'application/zip' });
    try {
      await app.storage.adopt(temp, sha256, 'application/zip');
      temp = undefined;
      await app.db
        .update(exportJobs)
        .set({ status: 'done', fileSha256: sha256, fileName: built.fileName, fileSize: size, finishedAt: new Date() })
        .where(eq(exportJobs.id, job.id));
    } finally {
      await releaseClaims(app.db, [claim]);
    }
  } catch (err) {
    app.log.error({ err, job: job.id }, 'export job failed');
    if (temp) await rm(temp, { force: true });
    await app.db
      .update(exportJobs)
      .set({ status: 'failed', message: err instanceof Error ? err.message : String(err), finishedAt: new Date() })
      .where(eq(exportJobs.id, job.id));
  }
  return true;
}

/** Polls for jobs while the app runs; one job at a time per instance. */
export function startJobWorker(app: FastifyInstance, everyMs = 1000) {
  let busy = false;
  const timer = setInterval(() => {
    if (busy) return;
    busy = true;
    void runNextJob(app)
      .catch((err) => app.log.error({ err }, 'export worker'))
      .finally(() => {
        busy = false;
      });
  }, everyMs);
  timer.unref();
  app.addHook('onClose', async () => clearInterval(timer));
}
