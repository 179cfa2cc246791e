// A signed-in user changing one of their own settings (language, reminder e-mails): stored and audited as an
// update of that user, in one transaction.
import { eq } from 'drizzle-orm';
import type { FastifyRequest } from 'fastify';
import type { Db } from '../../db/client';
import { users } from '../../db/schema';
import type { SessionUser } from '../../plugins/session';
import { recordAudit } from '../audit/record';

type Settings = Partial<Pick<typeof users.$inferInsert, 'locale' | 'remindersMuted'>>;

export async function updateOwnSettings(db: Db, request: FastifyRequest, user: SessionUser, before: Settings, after: Settings) {
  await db.transaction(async (tx) => {
    await tx
      .update(users)
      .set({ ...after, updatedAt: new Date() })
      .where(eq(users.id, user.id));
    await recordAudit(tx, request, {
      regionId: user.regionId,
      entityType: 'user',
      entityId: user.id,
      entityLabel: user.username,
      action: 'update',
      before: Object.keys(before).length ? before : undefined,
      after,
    });
  });
}
