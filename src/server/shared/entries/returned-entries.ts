// Innovations sent back to draft by the Kepala OPD (or the Bappeda): the workflow keeps no flag for it, the
// audit trail does. An entry counts as returned while it is a draft whose latest workflow step was "return".
import { and, eq, inArray, sql } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { auditEvents, users } from '../../db/schema';

export interface ReturnedStep {
  note: string | null;
  at: Date;
  byName: string;
}

/** For the given draft entries, the return that put each one back to draft (absent: never returned). */
export async function returnSteps(db: Db, draftIds: string[]): Promise<Map<string, ReturnedStep>> {
  if (!draftIds.length) return new Map();
  const rows = await db
    .selectDistinctOn([auditEvents.entityId], {
      entryId: auditEvents.entityId,
      action: auditEvents.action,
      note: sql<string | null>`${auditEvents.after}->>'note'`,
      at: auditEvents.at,
      // The person's name as people know it (the trail keeps the username, which the operator may not).
      byName: sql<string>`coalesce(${users.fullName}, ${auditEvents.actorName})`,
    })
    .from(auditEvents)
    .leftJoin(users, eq(users.id, auditEvents.actorId))
    .where(and(eq(auditEvents.entityType, 'innovation'), inArray(auditEvents.entityId, draftIds), inArray(auditEvents.action, ['submit', 'approve', 'return'])))
    .orderBy(auditEvents.entityId, sql`${auditEvents.at} desc`, sql`${auditEvents.id} desc`);
  return new Map(
    rows.filter((r) => r.action === 'return' && r.entryId).map((r) => [r.entryId as string, { note: r.note || null, at: r.at, byName: r.byName }]),
  );
}
