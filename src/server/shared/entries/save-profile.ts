// Saving profile fields of a draft entry: one code path for the registry's autosave and the integration API's
// push. Only the fields sent change (absent = unchanged, null clears); the version the sender edited must still be
// the entry's, else nothing is written (the caller answers 409); every real change is in the audit trail.
import { eq } from 'drizzle-orm';
import type { FastifyRequest } from 'fastify';
import { wordCount } from '../../../domain/innovation/profile';
import type { Db } from '../../db/client';
import { innovationEntries, innovations, units } from '../../db/schema';
import { type AuditInput, changedOnly, recordAudit } from '../audit/record';
import { fieldError } from '../http/errors';
import { stripUndefined } from '../http/objects';
import { sanitizeRichText } from '../http/rich-text';

type EntryUpdate = Partial<typeof innovationEntries.$inferInsert>;

/** An innovation runs in its own OPD or in one of that OPD's active units (puskesmas, sekolah, kelurahan, UPT). */
export async function assertUnitOf(db: Db, opdId: string, unitId: string) {
  const [unit] = await db.select({ opdId: units.opdId, active: units.active }).from(units).where(eq(units.id, unitId));
  if (!unit || unit.opdId !== opdId || !unit.active) throw fieldError({ unitId: 'unit_not_in_opd' });
}

/** Long texts are summarised in the audit trail (their words), short fields kept as they are. */
export function auditable(values: Record<string, unknown>) {
  return Object.fromEntries(Object.entries(values).map(([k, v]) => [k, typeof v === 'string' && v.length > 300 ? `(${v.split(/\s+/).length} kata)` : v]));
}

/** Saves the fields sent on the entry if it is still at `version`; returns false (nothing written) when it is not. */
export async function saveProfile(
  db: Db,
  request: FastifyRequest,
  row: { id: string; innovationId: string; regionId: string; opdId: string; unitId: string | null },
  version: number,
  fields: Record<string, unknown>,
  actor?: AuditInput['actor'],
): Promise<boolean> {
  const patch = stripUndefined(fields) as EntryUpdate;
  if (patch.rancangBangun !== undefined) patch.rancangBangun = sanitizeRichText(patch.rancangBangun ?? null);
  const words = patch.rancangBangun !== undefined ? { rancangBangunWords: wordCount(patch.rancangBangun ?? null) } : {};
  if (patch.unitId && patch.unitId !== row.unitId) await assertUnitOf(db, row.opdId, patch.unitId);
  return db.transaction(async (tx) => {
    const [before] = await tx.select().from(innovationEntries).where(eq(innovationEntries.id, row.id)).for('update');
    if (before.version !== version) return false;
    const [after] = await tx
      .update(innovationEntries)
      .set({ ...patch, ...words, version: version + 1, updatedAt: new Date() })
      .where(eq(innovationEntries.id, row.id))
      .returning();
    // The innovation carries its current unit into the next period's entry.
    if (patch.unitId !== undefined && patch.unitId !== before.unitId)
      await tx.update(innovations).set({ unitId: patch.unitId, updatedAt: new Date() }).where(eq(innovations.id, row.innovationId));
    const diff = changedOnly(before, after);
    // Bookkeeping, not something a person changed: the version, the word count kept with the text.
    for (const key of ['version', 'rancangBangunWords']) {
      delete diff.before[key];
      delete diff.after[key];
    }
    if (Object.keys(diff.after).length)
      await recordAudit(tx, request, {
        regionId: row.regionId,
        entityType: 'innovation',
        entityId: row.id,
        entityLabel: after.name,
        action: 'update',
        before: auditable(diff.before),
        after: auditable(diff.after),
        ...(actor ? { actor } : {}),
      });
    return true;
  });
}
