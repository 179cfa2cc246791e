// Evidence rows: listing, the public shape, purging (the files they used go through shared/files/unused-files.ts).
import { and, asc, eq, getTableColumns, isNotNull, isNull, lt, sql } from 'drizzle-orm';
import type { EvidenceCheck } from '../../contract/evidence-check';
import type { Locale } from '../../domain/messages';
import type { Db } from '../db/client';
import { evidence, users } from '../db/schema';
import { checksOf } from '../shared/evidence-check/attach';

type Row = typeof evidence.$inferSelect & { createdByName: string | null };

export function toEvidenceDto(r: Row, check: EvidenceCheck | null = null) {
  return {
    id: r.id,
    periodId: r.periodId,
    entryId: r.entryId,
    code: r.indicatorCode,
    kind: r.kind as 'file' | 'link',
    fileName: r.fileName,
    mime: r.mime,
    size: r.size,
    url: r.url,
    title: r.title,
    needsRenewal: r.needsRenewal,
    createdAt: r.createdAt.toISOString(),
    createdByName: r.createdByName,
    deletedAt: r.deletedAt?.toISOString() ?? null,
    check,
  };
}

/** The rows as the API shows them, each with its pre-check weighed now (shared/evidence-check/attach.ts). */
export async function withChecks(db: Db, rows: Row[], locale: Locale) {
  const checks = await checksOf(db, rows, locale);
  return rows.map((r) => toEvidenceDto(r, checks.get(r.id) ?? null));
}

const withAuthor = (db: Db) =>
  db
    .select({ ...getTableColumns(evidence), createdByName: users.fullName })
    .from(evidence)
    .leftJoin(users, eq(users.id, evidence.createdBy));

export async function evidenceById(db: Db, id: string): Promise<Row | undefined> {
  const [row] = await withAuthor(db).where(eq(evidence.id, id));
  return row;
}

/** Live evidence of an entry (SID) or of the region in a period (SPD). */
export function listEvidence(db: Db, where: { entryId: string } | { periodId: string }, locale: Locale) {
  const cond =
    'entryId' in where
      ? and(eq(evidence.entryId, where.entryId), isNull(evidence.deletedAt))
      : and(eq(evidence.periodId, where.periodId), isNull(evidence.entryId), isNull(evidence.deletedAt));
  return withAuthor(db)
    .where(cond)
    .orderBy(asc(evidence.indicatorCode), asc(evidence.createdAt))
    .then((rows) => withChecks(db, rows, locale));
}

export function listDeleted(db: Db, regionId: string, locale: Locale) {
  return withAuthor(db)
    .where(and(eq(evidence.regionId, regionId), isNotNull(evidence.deletedAt)))
    .orderBy(sql`${evidence.deletedAt} desc`)
    .limit(500)
    .then((rows) => withChecks(db, rows, locale));
}

/** Permanently drops a region's soft-deleted evidence older than the cut-off; returns the files they used. */
export async function purgeDeleted(db: Db, regionId: string, before: Date): Promise<string[]> {
  const gone = await db
    .delete(evidence)
    .where(and(eq(evidence.regionId, regionId), isNotNull(evidence.deletedAt), lt(evidence.deletedAt, before)))
    .returning({ sha: evidence.fileSha256 });
  return [...new Set(gone.map((g) => g.sha).filter((s): s is string => Boolean(s)))];
}
