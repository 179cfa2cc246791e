// The evidence readings' queue, in PostgreSQL so that every instance shares it: a row per evidence item, queued at
// upload (and on "check again"), claimed by one instance at a time (FOR UPDATE SKIP LOCKED), kept alive by a
// heartbeat, taken again when the heartbeat stops, given up after MAX_ATTEMPTS.
import { and, eq, inArray, sql } from 'drizzle-orm';
import type { ExtractedEvidence } from '../../../domain/evidence-check/types';
import type { Db, Tx } from '../../db/client';
import { evidence, evidenceChecks, periods } from '../../db/schema';

export const MAX_ATTEMPTS = 3;
/** A running reading whose heartbeat is older than this belongs to an instance that stopped. */
export const STALE_AFTER_MS = 90_000;
export const HEARTBEAT_MS = 15_000;

type Writer = Db | Tx;

/** Queues a (new) reading of these evidence items; a link needs no reading and is recorded as such at once. */
export async function queueChecks(db: Writer, items: { id: string; kind: string }[]) {
  if (!items.length) return;
  const rows = items.map((i) =>
    i.kind === 'link'
      ? { evidenceId: i.id, status: 'done' as const, source: 'none' as const, unreadable: 'link', checkedAt: new Date() }
      : { evidenceId: i.id, status: 'queued' as const },
  );
  await db
    .insert(evidenceChecks)
    .values(rows)
    .onConflictDoUpdate({
      target: evidenceChecks.evidenceId,
      set: {
        status: sql`excluded.status`,
        source: sql`excluded.source`,
        unreadable: sql`excluded.unreadable`,
        checkedAt: sql`excluded.checked_at`,
        attempts: 0,
        progressDone: 0,
        progressTotal: 0,
        error: null,
        lockedAt: null,
        queuedAt: sql`now()`,
      },
    });
}

/**
 * Copied evidence (carried into a new period) copies its reading instead of reading the file again; a reading
 * not finished yet is queued for the copy.
 */
export async function copyChecks(db: Writer, pairs: { from: string; to: string }[]) {
  if (!pairs.length) return;
  const values = sql.join(
    pairs.map((p) => sql`(${p.from}::uuid, ${p.to}::uuid)`),
    sql`, `,
  );
  await db.execute(sql`
    insert into ${evidenceChecks} (evidence_id, status, source, text, pages, video_seconds, unreadable, progress_done, progress_total, checked_at)
    select p.to_id, case when c.status = 'done' then 'done' else 'queued' end, c.source, c.text, c.pages, c.video_seconds, c.unreadable,
           c.progress_done, c.progress_total, c.checked_at
    from (values ${values}) as p(from_id, to_id)
    join ${evidenceChecks} c on c.evidence_id = p.from_id
    on conflict (evidence_id) do nothing`);
}

export interface Claimed {
  evidenceId: string;
  attempt: number;
  kind: string;
  fileSha256: string | null;
  mime: string | null;
}

/**
 * Takes the oldest queued reading (or one whose instance stopped) for this instance. Rows left running past
 * MAX_ATTEMPTS are marked failed first, so they leave the queue.
 */
export async function claimNext(db: Db): Promise<Claimed | undefined> {
  const stale = sql`now() - make_interval(secs => ${STALE_AFTER_MS / 1000})`;
  await db
    .update(evidenceChecks)
    .set({ status: 'failed', error: sql`coalesce(${evidenceChecks.error}, 'stopped while reading')`, lockedAt: null })
    .where(and(eq(evidenceChecks.status, 'running'), sql`${evidenceChecks.lockedAt} < ${stale}`, sql`${evidenceChecks.attempts} >= ${MAX_ATTEMPTS}`));
  const result = (await db.execute(sql`
    update ${evidenceChecks} set status = 'running', attempts = attempts + 1, locked_at = now(), progress_done = 0, progress_total = 0
    where evidence_id = (
      select evidence_id from ${evidenceChecks}
      where status = 'queued' or (status = 'running' and locked_at < ${stale} and attempts < ${MAX_ATTEMPTS})
      order by queued_at, evidence_id limit 1 for update skip locked
    )
    returning evidence_id, attempts`)) as unknown as { rows: { evidence_id: string; attempts: number }[] };
  const row = result.rows[0];
  if (!row) return undefined;
  const [e] = await db
    .select({ kind: evidence.kind, fileSha256: evidence.fileSha256, mime: evidence.mime })
    .from(evidence)
    .where(eq(evidence.id, row.evidence_id));
  return { evidenceId: row.evidence_id, attempt: Number(row.attempts), kind: e?.kind ?? 'file', fileSha256: e?.fileSha256 ?? null, mime: e?.mime ?? null };
}

/** Only the attempt that holds the row writes to it: a reading taken over by another instance is not overwritten. */
const held = (c: Claimed) => and(eq(evidenceChecks.evidenceId, c.evidenceId), eq(evidenceChecks.status, 'running'), eq(evidenceChecks.attempts, c.attempt));

export async function heartbeat(db: Db, c: Claimed, progress?: { done: number; total: number }) {
  await db
    .update(evidenceChecks)
    .set({ lockedAt: sql`now()`, ...(progress ? { progressDone: progress.done, progressTotal: progress.total } : {}) })
    .where(held(c));
}

export async function finish(db: Db, c: Claimed, read: ExtractedEvidence) {
  await db
    .update(evidenceChecks)
    .set({
      status: 'done',
      source: read.source,
      // PostgreSQL text holds no NUL character; OCR of a damaged page may produce one.
      text: read.text.replaceAll('\u0000', ''),
      pages: read.pages,
      videoSeconds: read.videoSeconds ?? null,
      unreadable: read.unreadable ?? null,
      error: null,
      lockedAt: null,
      checkedAt: sql`now()`,
    })
    .where(held(c));
}

/** A reading that failed: queued again until MAX_ATTEMPTS, then failed for good (the operator may check again). */
export async function fail(db: Db, c: Claimed, message: string) {
  await db
    .update(evidenceChecks)
    .set({ status: c.attempt >= MAX_ATTEMPTS ? 'failed' : 'queued', error: message.slice(0, 500), lockedAt: null, checkedAt: sql`now()` })
    .where(held(c));
}

/** A reading stopped because this instance closes: queued again without counting the attempt. */
export async function release(db: Db, c: Claimed) {
  await db
    .update(evidenceChecks)
    .set({ status: 'queued', attempts: sql`greatest(${evidenceChecks.attempts} - 1, 0)`, lockedAt: null })
    .where(held(c));
}

/**
 * Background work (a backlog nobody is waiting for) is queued as if a day from now: readings are taken oldest
 * first, so an operator's upload made meanwhile is read before it, not after a thousand demo files.
 */
const BEHIND_UPLOADS = sql`now() + interval '1 day'`;

/** The demo's evidence in open periods, queued at first start so that the demo shows its checks (links at once). */
export async function queueOpenPeriodEvidence(db: Db) {
  await db.execute(sql`
    insert into ${evidenceChecks} (evidence_id, status, source, unreadable, checked_at, queued_at)
    select e.id, case when e.kind = 'link' then 'done' else 'queued' end, case when e.kind = 'link' then 'none' end,
           case when e.kind = 'link' then 'link' end, case when e.kind = 'link' then now() end, ${BEHIND_UPLOADS}
    from ${evidence} e join ${periods} p on p.id = e.period_id
    where p.status = 'open' and e.deleted_at is null
    on conflict (evidence_id) do nothing`);
}

export type UnreadFor = 'ocr_unavailable' | 'pdf_reader_unavailable';

/** Files left unread for want of a tool are queued again once an instance has it (installed after they came). */
export async function requeueUnreadScans(db: Db, reasons: UnreadFor[] = ['ocr_unavailable', 'pdf_reader_unavailable']) {
  if (!reasons.length) return 0;
  const again = await db
    .update(evidenceChecks)
    .set({ status: 'queued', attempts: 0, error: null, queuedAt: BEHIND_UPLOADS })
    .where(and(eq(evidenceChecks.status, 'done'), inArray(evidenceChecks.unreadable, reasons)))
    .returning({ id: evidenceChecks.evidenceId });
  return again.length;
}
