// Database work for signing in: find users, open and close sessions, reset tokens.
import { and, count, eq, gt, isNull, or, sql } from 'drizzle-orm';
import type { Locale } from '../../domain/messages';
import { can, PERMISSIONS, type Permission, type Role } from '../../domain/roles';
import type { Db } from '../db/client';
import { opds, passwordResetTokens, regions, sessions, users } from '../db/schema';
import type { SessionUser } from '../plugins/session';
import { hashToken, newToken } from '../shared/accounts/tokens';

export { createResetToken } from '../shared/accounts/reset-tokens';

export function findUserByLogin(db: Db, identifier: string) {
  const key = identifier.trim().toLowerCase();
  return db
    .select()
    .from(users)
    .where(or(eq(sql`lower(${users.username})`, key), eq(sql`lower(${users.email})`, key)))
    .limit(1)
    .then((rows) => rows[0]);
}

export async function openSession(db: Db, userId: string, idleHours: number, meta: { ip: string; userAgent?: string }) {
  const token = newToken();
  await db.insert(sessions).values({
    id: hashToken(token),
    userId,
    expiresAt: new Date(Date.now() + idleHours * 3_600_000),
    ip: meta.ip,
    userAgent: meta.userAgent?.slice(0, 300) ?? null,
  });
  return token;
}

export async function closeSession(db: Db, sessionId: string) {
  await db.delete(sessions).where(eq(sessions.id, sessionId));
}

/** Marks a reset token used and returns its user, or nothing when it is unknown, used or expired. */
export async function consumeResetToken(db: Db, token: string) {
  const [row] = await db
    .update(passwordResetTokens)
    .set({ usedAt: new Date() })
    .where(and(eq(passwordResetTokens.id, hashToken(token)), isNull(passwordResetTokens.usedAt), gt(passwordResetTokens.expiresAt, new Date())))
    .returning({ userId: passwordResetTokens.userId });
  // One successful reset ends every other link the user was sent: an older e-mail must not reopen the account.
  if (row)
    await db
      .update(passwordResetTokens)
      .set({ usedAt: new Date() })
      .where(and(eq(passwordResetTokens.userId, row.userId), isNull(passwordResetTokens.usedAt)));
  return row?.userId;
}

/** The signed-in user as /api/auth/me answers it, from the user row and their region and OPD. */
export function meOf(u: Omit<SessionUser, 'region' | 'opd'>, region: SessionUser['region'], opd: SessionUser['opd']) {
  const permissions: Permission[] = PERMISSIONS.filter((p) => can(u.role, p));
  return {
    user: {
      id: u.id,
      username: u.username,
      fullName: u.fullName,
      email: u.email,
      role: u.role,
      regionId: u.regionId,
      opdId: u.opdId,
      locale: u.locale,
      mustChangePassword: u.mustChangePassword,
      totpEnabled: u.totpEnabled,
    },
    region,
    opd,
    permissions,
  };
}

/** For a user without a loaded session (just signed in, or settings just changed). */
export async function loadMe(db: Db, userId: string) {
  const [u] = await db.select().from(users).where(eq(users.id, userId));
  const region = u.regionId
    ? ((await db.select({ id: regions.id, name: regions.name, type: regions.type }).from(regions).where(eq(regions.id, u.regionId)))[0] ?? null)
    : null;
  const opd = u.opdId
    ? ((await db.select({ id: opds.id, name: opds.name, shortName: opds.shortName }).from(opds).where(eq(opds.id, u.opdId)))[0] ?? null)
    : null;
  return meOf({ ...u, role: u.role as Role, locale: u.locale as Locale }, region, opd);
}

export async function recentResetCount(db: Db, userId: string): Promise<number> {
  const since = new Date(Date.now() - 15 * 60_000);
  const [{ n }] = await db
    .select({ n: count() })
    .from(passwordResetTokens)
    .where(and(eq(passwordResetTokens.userId, userId), gt(passwordResetTokens.createdAt, since)));
  return n;
}

export async function regionActive(db: Db, regionId: string): Promise<boolean> {
  const [row] = await db.select({ active: regions.active }).from(regions).where(eq(regions.id, regionId));
  return row?.active ?? false;
}
