// The inputs of every per-OPD view (dashboard, report): the region's active OPDs and each entry's stored
// figures, optionally only one OPD's (for OPD-bound roles).
import { and, asc, eq } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { innovationEntries, opds } from '../../db/schema';
import { liveEntry } from './live-entry';

export const activeOpds = (db: Db, regionId: string, own: string | null = null) =>
  db
    .select({ id: opds.id, name: opds.name, shortName: opds.shortName })
    .from(opds)
    .where(and(eq(opds.regionId, regionId), eq(opds.active, true), own ? eq(opds.id, own) : undefined))
    .orderBy(asc(opds.name));

export const entryFigures = (db: Db, periodId: string, own: string | null = null) =>
  db
    .select({
      id: innovationEntries.id,
      name: innovationEntries.name,
      opdId: innovationEntries.opdId,
      status: innovationEntries.status,
      sent: innovationEntries.sent,
      maturityClaimed: innovationEntries.maturityClaimed,
      maturityVerified: innovationEntries.maturityVerified,
      reviewSummary: innovationEntries.reviewSummary,
    })
    .from(innovationEntries)
    .where(and(eq(innovationEntries.periodId, periodId), liveEntry, own ? eq(innovationEntries.opdId, own) : undefined));
