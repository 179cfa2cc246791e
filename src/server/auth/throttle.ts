// Sign-in throttling per account and per IP, counted in the database so every app instance agrees.
import { and, count, desc, eq, gt, lt } from 'drizzle-orm';
import type { Db } from '../db/client';
import { loginFailures } from '../db/schema';

export const THROTTLE = {
  windowMs: 15 * 60_000,
  accountMaxFailures: Number(process.env.LOGIN_MAX_FAILURES_ACCOUNT ?? 5),
  ipMaxFailures: Number(process.env.LOGIN_MAX_FAILURES_IP ?? 30),
};

export type ThrottleVerdict = { ok: true } | { ok: false; reason: 'account' | 'ip'; minutes: number };

async function blocked(db: Db, column: typeof loginFailures.username | typeof loginFailures.ip, key: string, max: number, now: Date) {
  const since = new Date(now.getTime() - THROTTLE.windowMs);
  const [{ n }] = await db
    .select({ n: count() })
    .from(loginFailures)
    .where(and(eq(column, key), gt(loginFailures.at, since)));
  if (n < max) return null;
  const [latest] = await db.select({ at: loginFailures.at }).from(loginFailures).where(eq(column, key)).orderBy(desc(loginFailures.at)).limit(1);
  const until = latest.at.getTime() + THROTTLE.windowMs;
  return Math.max(1, Math.ceil((until - now.getTime()) / 60_000));
}

export async function checkThrottle(db: Db, username: string, ip: string, now = new Date()): Promise<ThrottleVerdict> {
  const ipMinutes = await blocked(db, loginFailures.ip, ip, THROTTLE.ipMaxFailures, now);
  if (ipMinutes) return { ok: false, reason: 'ip', minutes: ipMinutes };
  const accountMinutes = await blocked(db, loginFailures.username, username, THROTTLE.accountMaxFailures, now);
  if (accountMinutes) return { ok: false, reason: 'account', minutes: accountMinutes };
  return { ok: true };
}

export async function recordFailure(db: Db, username: string, ip: string): Promise<void> {
  await db.insert(loginFailures).values({ username, ip });
  // Keep the table small; a day of history is plenty for throttling and review.
  await db.delete(loginFailures).where(lt(loginFailures.at, new Date(Date.now() - 86_400_000)));
}
