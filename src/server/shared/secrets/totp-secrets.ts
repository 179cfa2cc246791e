// Two-factor seeds at rest: sealed per user (bound to the user's id), opened only to check a code.
import { and, eq, isNotNull } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { users } from '../../db/schema';
import { isSealed, type SecretBox, SecretKeyError, sealedWith } from './secret-box';

const context = (userId: string) => `totp:${userId}`;

export const sealTotpSecret = (box: SecretBox, userId: string, secret: string) => box.seal(secret, context(userId));
// A seed still in plain text (written by an older instance during a rolling upgrade) is read as it is and
// sealed at the next start.
export const openTotpSecret = (box: SecretBox, userId: string, stored: string) => (isSealed(stored) ? box.open(stored, context(userId)) : stored);

async function storedSecrets(db: Db) {
  return db.select({ id: users.id, username: users.username, stored: users.totpSecret }).from(users).where(isNotNull(users.totpSecret));
}

/** Start-up step: seals the seeds still stored in plain text (from before sealing). Safe to run again, and at once on several instances. */
export async function sealPlainTotpSecrets(db: Db, box: SecretBox): Promise<{ sealed: number; unreadable: string[] }> {
  let sealed = 0;
  const unreadable: string[] = [];
  for (const row of await storedSecrets(db)) {
    const stored = row.stored as string;
    if (isSealed(stored)) {
      if (!box.keyIds.includes(sealedWith(stored) as string)) unreadable.push(row.username);
      continue;
    }
    const updated = await db
      .update(users)
      .set({ totpSecret: sealTotpSecret(box, row.id, stored) })
      .where(and(eq(users.id, row.id), eq(users.totpSecret, stored)))
      .returning({ id: users.id });
    sealed += updated.length;
  }
  return { sealed, unreadable };
}

export interface Rotation {
  resealed: number;
  unchanged: number;
  failed: { username: string; reason: string }[];
}

/** `cli rotate-secret-key`: every seed sealed again under the current key; those no key opens are named. */
export async function resealTotpSecrets(db: Db, box: SecretBox): Promise<Rotation> {
  const result: Rotation = { resealed: 0, unchanged: 0, failed: [] };
  for (const row of await storedSecrets(db)) {
    const stored = row.stored as string;
    if (sealedWith(stored) === box.current.id) {
      result.unchanged++;
      continue;
    }
    try {
      const next = box.reseal(stored, context(row.id));
      await db
        .update(users)
        .set({ totpSecret: next })
        .where(and(eq(users.id, row.id), eq(users.totpSecret, stored)));
      result.resealed++;
    } catch (err) {
      if (!(err instanceof SecretKeyError)) throw err;
      result.failed.push({ username: row.username, reason: err.message });
    }
  }
  return result;
}
