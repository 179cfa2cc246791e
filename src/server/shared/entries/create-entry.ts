// Registering an innovation: the innovation (it lives for years) and its draft entry for one period, with the
// audit event. One code path for the registry's "new innovation" and the bulk import, which runs it for every
// row of a spreadsheet inside one transaction. The caller has checked the period, the OPD and the unit.
import type { FastifyRequest } from 'fastify';
import { wordCount } from '../../../domain/innovation/profile';
import type { Db } from '../../db/client';
import { innovationEntries, innovations } from '../../db/schema';
import { recordAudit } from '../audit/record';

type EntryInsert = typeof innovationEntries.$inferInsert;
/** The profile fields a new entry may start with (the registry starts with the name only). */
export type NewEntryProfile = Partial<
  Pick<
    EntryInsert,
    | 'tahapan'
    | 'inisiatorType'
    | 'inisiatorName'
    | 'jenis'
    | 'bentuk'
    | 'tematik'
    | 'urusanUtama'
    | 'urusanLain'
    | 'waktuUjiCoba'
    | 'waktuPenerapan'
    | 'rancangBangun'
    | 'tujuan'
    | 'manfaat'
    | 'hasil'
    | 'lokasi'
    | 'haki'
    | 'penghargaan'
  >
>;

export interface NewEntry {
  regionId: string;
  opdId: string;
  opdName: string;
  unitId: string | null;
  periodId: string;
  periodYear: number;
  name: string;
  /** The signed-in user; null for a write pushed with an API token (the audit event names the token). */
  createdBy: string | null;
  profile?: NewEntryProfile;
  /** What the audit event says besides the name, OPD and period (e.g. the import it came from). */
  auditExtra?: Record<string, unknown>;
}

/** Writes the innovation and its draft entry (in `db`, usually a transaction); returns the entry's id. */
export async function createEntry(db: Db, request: FastifyRequest | null, e: NewEntry, actor?: { id: string | null; name: string }): Promise<string> {
  const [innovation] = await db.insert(innovations).values({ regionId: e.regionId, opdId: e.opdId, unitId: e.unitId, createdBy: e.createdBy }).returning();
  const profile = e.profile ?? {};
  const [entry] = await db
    .insert(innovationEntries)
    .values({
      ...profile,
      innovationId: innovation.id,
      periodId: e.periodId,
      regionId: e.regionId,
      opdId: e.opdId,
      unitId: e.unitId,
      name: e.name,
      rancangBangunWords: wordCount(profile.rancangBangun ?? null),
    })
    .returning({ id: innovationEntries.id });
  await recordAudit(db, request, {
    regionId: e.regionId,
    entityType: 'innovation',
    entityId: entry.id,
    entityLabel: e.name,
    action: 'create',
    after: { name: e.name, opd: e.opdName, period: e.periodYear, ...e.auditExtra },
    ...(actor ? { actor } : {}),
  });
  return entry.id;
}
