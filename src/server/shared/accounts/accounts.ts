// Creating a user account: shared by user management, region set-up, the CLI and the demo seed.
import { and, eq, ne, sql } from 'drizzle-orm';
import type { Role } from '../../../domain/roles';
import type { Db } from '../../db/client';
import { loginThrottles, sessions, users } from '../../db/schema';
import { conflictOn } from '../http/errors';
import { hashPassword } from './passwords';

export const USERNAME_PATTERN = /^[a-z0-9._-]{3,40}$/;

export interface NewAccount {
  username: string;
  fullName: string;
  email?: string | null;
  role: Role;
  regionId: string | null;
  opdId: string | null;
  password: string;
  mustChangePassword: boolean;
  locale?: 'id' | 'en';
}

export async function assertAccountFree(db: Db, username: string, email: string | null | undefined, exceptId?: string) {
  const [byName] = await db
    .select({ id: users.id })
    .from(users)
    .where(eq(sql`lower(${users.username})`, username.toLowerCase()));
  if (byName && byName.id !== exceptId) throw conflictOn('username', 'username_taken');
  if (email) {
    const [byEmail] = await db
      .select({ id: users.id })
      .from(users)
      .where(eq(sql`lower(${users.email})`, email.toLowerCase()));
    if (byEmail && byEmail.id !== exceptId) throw conflictOn('email', 'email_taken');
  }
}

export async function insertAccount(db: Db, a: NewAccount) {
  await assertAccountFree(db, a.username, a.email);
  const [row] = await db
    .insert(users)
    .values({
      username: a.username.toLowerCase(),
      fullName: a.fullName,
      email: a.email ? a.email.toLowerCase() : null,
      role: a.role,
      regionId: a.regionId,
      opdId: a.opdId,
      passwordHash: await hashPassword(a.password),
      mustChangePassword: a.mustChangePassword,
      locale: a.locale ?? 'id',
    })
    .returning();
  return row;
}

/** Signs a user out everywhere, optionally keeping the session in use. */
export async function closeOtherSessions(db: Db, userId: string, keep?: string | null) {
  await db.delete(sessions).where(keep ? and(eq(sessions.userId, userId), ne(sessions.id, keep)) : eq(sessions.userId, userId));
}

/** Lifts every sign-in delay on an account, from every network (after an e-mailed reset or an admin's new password). */
export async function clearAccountThrottle(db: Db, userId: string): Promise<void> {
  await db.delete(loginThrottles).where(eq(loginThrottles.userId, userId));
}
