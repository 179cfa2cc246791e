// Stored files nothing uses any more are removed: the files of a refused request (a klinik message refused after
// its attachments were stored), of purged evidence, and files a crash left in the store without a row.
//
// How an upload and a sweep never hurt each other, on one instance or several:
//  - An upload first claims its content (claimFile: a file_claims row and the stored_files row, in one
//    transaction), then puts the file in the store, then writes the row that uses it, and only then releases
//    the claim. At every instant the file is claimed, used, or both.
//  - A sweep locks the stored_files rows it means to remove (FOR UPDATE), then checks again, in a new statement
//    that sees everything committed by then, that nothing uses or claims them; it removes the file from the
//    store before it commits. An upload claiming the same content meanwhile waits on that row lock (its upsert
//    is DO UPDATE), then writes the row again and, finding no file in the store, stores it again.
//  - The periodic sweep only touches rows and files older than the grace period, so writers that do not claim
//    (the demo seed) and uploads cut off by a crash before they released their claim are safe for that long.
import { inArray, lt, sql } from 'drizzle-orm';
import type { Database, Db } from '../../db/client';
import { fileClaims, storedFiles } from '../../db/schema';
import type { BlobStore, StoredBlob } from '../../plugins/storage';

/** Nothing younger than this is swept: files, their rows, claims of uploads in flight. */
export const FILE_GRACE_MS = 6 * 3_600_000;

/** Every column that refers to stored content by hash (the sweep test holds this equal to the schema). */
export const FILE_REFERENCES = [
  'evidence.file_sha256',
  'export_jobs.file_sha256',
  'innovation_messages.attachments',
  'replications.agreement_file_sha256',
  'cooperation_agreements.file_sha256',
  'ipkd_documents.file_sha256',
] as const;

/** SQL: stored file `f` is used by some row. */
const used = sql`(
  exists (select 1 from evidence e where e.file_sha256 = f.sha256)
  or exists (select 1 from export_jobs j where j.file_sha256 = f.sha256)
  or exists (select 1 from innovation_messages m where m.attachments @> jsonb_build_array(jsonb_build_object('sha256', f.sha256)))
  or exists (select 1 from replications r where r.agreement_file_sha256 = f.sha256)
  or exists (select 1 from cooperation_agreements a where a.file_sha256 = f.sha256)
  or exists (select 1 from ipkd_documents d where d.file_sha256 = f.sha256)
)`;

/** SQL: stored file `f` is claimed by an upload younger than the grace period. */
const claimedSince = (since: Date) => sql`exists (select 1 from file_claims c where c.sha256 = f.sha256 and c.claimed_at > ${since.toISOString()})`;

const textArray = (values: string[]) => sql`${`{${values.join(',')}}`}::text[]`;

export interface ClaimedFile {
  sha256: string;
  size: number;
  mime: string;
}

/** Claims content about to be stored and used; returns the claim to release once the row using it is written. */
export async function claimFile(db: Db, file: ClaimedFile): Promise<string> {
  return db.transaction(async (tx) => {
    const [claim] = await tx.insert(fileClaims).values({ sha256: file.sha256 }).returning({ id: fileClaims.id });
    // DO UPDATE, not DO NOTHING: it waits for a sweep removing this row right now (and then writes it again),
    // where DO NOTHING would see the row and go on while the sweep removes the file from the store.
    await tx
      .insert(storedFiles)
      .values(file)
      .onConflictDoUpdate({ target: storedFiles.sha256, set: { size: sql`excluded.size` } });
    return claim.id;
  });
}

/** Releases claims: after the rows using the files are committed, or when the request failed. */
export async function releaseClaims(db: Db, claims: string[]): Promise<void> {
  if (claims.length) await db.delete(fileClaims).where(inArray(fileClaims.id, claims));
}

export interface DropOptions {
  /** Only these files (a purge, a refused request); otherwise every stored file. */
  only?: string[];
  /** Only files whose row is older than this (the periodic sweep). */
  createdBefore?: Date;
  /** Claims younger than the grace period before `now` protect a file. */
  now?: Date;
}

/** Removes the stored files (rows and content) nothing uses or claims; returns their hashes. */
export async function dropUnusedFiles(db: Db, store: BlobStore, opts: DropOptions = {}): Promise<string[]> {
  if (opts.only && !opts.only.length) return [];
  const since = new Date((opts.now ?? new Date()).getTime() - FILE_GRACE_MS);
  const BATCH = 200;
  const removed: string[] = [];
  let after = '';
  for (;;) {
    const batch = await db.transaction(async (tx) => {
      const candidates = (await tx.execute(sql`
        select f.sha256 from stored_files f
        where f.sha256 > ${after}
          ${opts.only ? sql`and f.sha256 = any(${textArray(opts.only)})` : sql``}
          ${opts.createdBefore ? sql`and f.created_at < ${opts.createdBefore.toISOString()}` : sql``}
          and not ${used} and not ${claimedSince(since)}
        order by f.sha256 limit ${BATCH}
        for update of f skip locked`)) as unknown as { rows: { sha256: string }[] };
      const locked = candidates.rows.map((r) => r.sha256);
      if (!locked.length) return { locked, gone: [] as string[] };
      // Checked again now that the rows are locked: this statement sees every use committed before the lock.
      const deleted = (await tx.execute(sql`
        delete from stored_files f
        where f.sha256 = any(${textArray(locked)}) and not ${used} and not ${claimedSince(since)}
        returning f.sha256`)) as unknown as { rows: { sha256: string }[] };
      const gone = deleted.rows.map((r) => r.sha256);
      // Removed before the rows' deletion commits: an upload of the same content waits until the file is gone.
      for (const sha of gone) await store.remove(sha);
      return { locked, gone };
    });
    removed.push(...batch.gone);
    if (batch.locked.length < BATCH) return removed;
    after = batch.locked[batch.locked.length - 1];
  }
}

/**
 * Files in the store without a stored_files row (a crash between storing and recording one) are recorded, with
 * the file's own age, so the sweep treats them like any other: removed when unused, kept (and now known) when
 * something refers to them.
 */
async function recordUnknownFiles(db: Db, store: BlobStore, olderThan: Date): Promise<number> {
  let recorded = 0;
  let batch: StoredBlob[] = [];
  const flush = async () => {
    if (!batch.length) return;
    const known = new Set(
      (
        await db
          .select({ sha256: storedFiles.sha256 })
          .from(storedFiles)
          .where(
            inArray(
              storedFiles.sha256,
              batch.map((b) => b.sha256),
            ),
          )
      ).map((r) => r.sha256),
    );
    const unknown = batch.filter((b) => !known.has(b.sha256));
    if (unknown.length) {
      const rows = await db
        .insert(storedFiles)
        .values(unknown.map((b) => ({ sha256: b.sha256, size: b.size, mime: 'application/octet-stream', createdAt: b.modifiedAt })))
        .onConflictDoNothing()
        .returning({ sha256: storedFiles.sha256 });
      recorded += rows.length;
    }
    batch = [];
  };
  for await (const blob of store.list()) {
    if (blob.modifiedAt >= olderThan) continue;
    batch.push(blob);
    if (batch.length >= 500) await flush();
  }
  await flush();
  return recorded;
}

export interface SweepResult {
  /** Files removed from the store (and their rows). */
  removed: number;
  /** Files found in the store without a row (recorded, then removed unless used). */
  unknown: number;
  /** Claims left by uploads that never finished. */
  staleClaims: number;
}

/**
 * The periodic sweep: files (and their rows) older than the grace period that nothing uses or claims. One
 * instance at a time (an advisory lock; an instance finding it taken skips this round). `now` is for tests.
 */
export async function sweepUnusedFiles(database: Database, store: BlobStore, now = new Date()): Promise<SweepResult | undefined> {
  return database.exclusive(
    'fileSweep',
    async () => {
      const { db } = database;
      const cutoff = new Date(now.getTime() - FILE_GRACE_MS);
      const stale = await db.delete(fileClaims).where(lt(fileClaims.claimedAt, cutoff)).returning({ id: fileClaims.id });
      const unknown = await recordUnknownFiles(db, store, cutoff);
      const removed = await dropUnusedFiles(db, store, { createdBefore: cutoff, now });
      return { removed: removed.length, unknown, staleClaims: stale.length };
    },
    { skipIfBusy: true },
  );
}
