// A link that lets its holder choose the account's password: the forgotten-password e-mail (an hour) and an
// outside judge's invitation (a week). Only the token's hash is stored.
import type { Db } from '../../db/client';
import { passwordResetTokens } from '../../db/schema';
import { hashToken, newToken } from './tokens';

export async function createResetToken(db: Db, userId: string, ttlMinutes = 60) {
  const token = newToken();
  await db.insert(passwordResetTokens).values({ id: hashToken(token), userId, expiresAt: new Date(Date.now() + ttlMinutes * 60_000) });
  return token;
}
