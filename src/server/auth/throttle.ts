// Sign-in throttling (OWASP ASVS V2.2): growing delays, never a lock a stranger can put on someone else.
//
// Two counters gate every password check, both kept in PostgreSQL so every app instance agrees:
// - per account and network: the account is the one the typed name or e-mail resolves to (the two aliases
//   share one count); a name that matches no account is counted the same way under that name, so it costs
//   the same and tells nothing about which accounts exist. A stranger's failures slow down that stranger's
//   network only: the owner signing in from elsewhere is never held up, and an e-mailed reset clears them all.
// - per network: one address (an IPv6 /64) guessing across many accounts.
// Each attempt is counted by one statement *before* its password is checked, and a held key refuses without
// counting; so however many tries arrive at once, no more passwords are checked than the limit allows.
import { createHash } from 'node:crypto';
import { eq, isNull, lt, or, sql } from 'drizzle-orm';
import type { Db } from '../db/client';
import { loginThrottles } from '../db/schema';

export const THROTTLE = {
  /** Failed tries of one account from one network before the delays start. */
  accountFreeTries: Number(process.env.LOGIN_MAX_FAILURES_ACCOUNT ?? 5),
  /** Failed tries from one network (any accounts) before the delays start. */
  ipFreeTries: Number(process.env.LOGIN_MAX_FAILURES_IP ?? 30),
  /** The first delay; each further failure doubles it, up to maxDelaySeconds. */
  firstDelaySeconds: 60,
  maxDelaySeconds: 15 * 60,
  /** A counter quiet this long starts again from zero (longer than the longest delay, so waiting it out does not). */
  forgetAfterSeconds: 60 * 60,
  /**
   * While the tries that filled the free ones are still being checked: a short hold, so that parallel tries wait
   * for their outcome. Only a wrong password turns it into a delay (failed()); right ones give their try back and
   * lift it — a burst of colleagues signing in behind one office address is never held for minutes.
   */
  inFlightSeconds: 10,
};

export interface AttemptGate {
  accountKey: string;
  ipKey: string;
}

export type GateVerdict = { ok: true; gate: AttemptGate } | { ok: false; reason: 'account' | 'ip'; retryAfterSeconds: number };

/** The network an address belongs to: IPv4 as is, IPv6 by its /64 (one subscriber's block, not one address). */
export function networkOf(ip: string): string {
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(ip);
  if (mapped) return mapped[1];
  if (!ip.includes(':')) return ip;
  const [head, tail = ''] = ip.toLowerCase().split('%')[0].split('::');
  const left = head ? head.split(':') : [];
  const right = tail ? tail.split(':') : [];
  const groups = ip.includes('::') ? [...left, ...Array(Math.max(0, 8 - left.length - right.length)).fill('0'), ...right] : left;
  return `${groups
    .slice(0, 4)
    .map((g) => g.replace(/^0+(?=.)/, ''))
    .join(':')}::/64`;
}

const digest = (text: string) => createHash('sha256').update(text).digest('hex');

/** What a sign-in counts against: the resolved account, or else the typed name as written. */
export type Subject = { userId: string } | { name: string };

function accountKey(subject: Subject, network: string) {
  return digest('userId' in subject ? `account|${subject.userId}|${network}` : `name|${subject.name.trim().toLowerCase()}|${network}`);
}

/** The delay after the n-th failed try: none within the free tries, then first, 2 × first, 4 × first … up to max. */
function holdAfter(n: unknown, freeTries: number) {
  const { firstDelaySeconds: first, maxDelaySeconds: max } = THROTTLE;
  return sql`case when ${n} >= ${freeTries} then now() + make_interval(secs => least(${max}::float8, ${first}::float8 * power(2, ${n} - ${freeTries}))) end`;
}

/**
 * Counts one attempt against `key` unless it is held. The row lock taken by `on conflict do update` makes
 * parallel tries count one after another; `where` skips the update (and so returns no row) while held.
 */
async function take(db: Db, key: string, userId: string | null, freeTries: number): Promise<number | null> {
  const { forgetAfterSeconds: forget, inFlightSeconds } = THROTTLE;
  // Filling the free tries holds the key only while they are checked (see inFlightSeconds).
  const inFlightHold = (n: unknown) => sql`case when ${n} >= ${freeTries} then now() + make_interval(secs => ${inFlightSeconds}) end`;
  const counted = sql`case when ${loginThrottles.lastAt} < now() - make_interval(secs => ${forget}) then 1 else ${loginThrottles.attempts} + 1 end`;
  const rows = await db
    .insert(loginThrottles)
    .values({ key, userId, attempts: 1, lastAt: sql`now()`, blockedUntil: inFlightHold(sql`1`) })
    .onConflictDoUpdate({
      target: loginThrottles.key,
      set: { attempts: counted, lastAt: sql`now()`, blockedUntil: inFlightHold(counted) },
      setWhere: or(isNull(loginThrottles.blockedUntil), lt(loginThrottles.blockedUntil, sql`now()`)),
    })
    .returning({ attempts: loginThrottles.attempts });
  return rows[0]?.attempts ?? null;
}

async function secondsHeld(db: Db, key: string): Promise<number> {
  const [row] = await db
    .select({ s: sql<number>`ceil(extract(epoch from ${loginThrottles.blockedUntil} - now()))::int` })
    .from(loginThrottles)
    .where(eq(loginThrottles.key, key));
  return Math.max(1, row?.s ?? 1);
}

/** Takes one attempt for this sign-in, or says which limit holds it and for how many seconds. */
export async function admitAttempt(db: Db, subject: Subject, ip: string): Promise<GateVerdict> {
  const network = networkOf(ip);
  const gate: AttemptGate = { accountKey: accountKey(subject, network), ipKey: digest(`network|${network}`) };
  // The account first: a burst at one account is refused there and never reaches the network's count.
  if ((await take(db, gate.accountKey, 'userId' in subject ? subject.userId : null, THROTTLE.accountFreeTries)) === null)
    return { ok: false, reason: 'account', retryAfterSeconds: await secondsHeld(db, gate.accountKey) };
  if ((await take(db, gate.ipKey, null, THROTTLE.ipFreeTries)) === null) {
    // Held: no password is checked, so the account's count gets this attempt back.
    await giveBack(db, gate.accountKey, THROTTLE.accountFreeTries);
    return { ok: false, reason: 'ip', retryAfterSeconds: await secondsHeld(db, gate.ipKey) };
  }
  return { ok: true, gate };
}

/**
 * admitAttempt, waiting while the key is held only by tries still being checked (a hold no longer than
 * inFlightSeconds, so waiting a little longer than that outlasts it even when an overloaded server checks slowly —
 * a 30-minute soak saw 3 of 100 simultaneous correct sign-ins refused after a 5-second wait): right passwords among
 * them lift it in a moment. A delay after wrong passwords is answered at once.
 */
export async function admitWhenChecked(db: Db, subject: Subject, ip: string, waitMs = (THROTTLE.inFlightSeconds + 2) * 1000): Promise<GateVerdict> {
  const until = Date.now() + waitMs;
  for (;;) {
    const verdict = await admitAttempt(db, subject, ip);
    if (verdict.ok || verdict.retryAfterSeconds > THROTTLE.inFlightSeconds || Date.now() >= until) return verdict;
    await new Promise((r) => setTimeout(r, 100 + Math.random() * 150));
  }
}

/** One attempt less on `key`; the hold goes once the count is back within the free tries. */
async function giveBack(db: Db, key: string, freeTries: number) {
  const left = sql`greatest(${loginThrottles.attempts} - 1, 0)`;
  await db
    .update(loginThrottles)
    .set({ attempts: left, blockedUntil: sql`case when ${left} < ${freeTries} then null else ${loginThrottles.blockedUntil} end` })
    .where(eq(loginThrottles.key, key));
}

/**
 * The password was right, though the sign-in stops at the second factor or an inactive account: the attempt
 * is taken back from both counts.
 */
export async function passwordProven(db: Db, gate: AttemptGate): Promise<void> {
  await giveBack(db, gate.accountKey, THROTTLE.accountFreeTries);
  await giveBack(db, gate.ipKey, THROTTLE.ipFreeTries);
}

/**
 * A complete sign-in: this account's count from this network starts again, and the network gets its attempt
 * back (so colleagues signing in behind one office address never add up).
 */
export async function signedIn(db: Db, gate: AttemptGate): Promise<void> {
  await db.delete(loginThrottles).where(eq(loginThrottles.key, gate.accountKey));
  await giveBack(db, gate.ipKey, THROTTLE.ipFreeTries);
}

/** A wrong password (or second-factor code): the try stays counted, and past the free tries the delay starts. */
export async function failed(db: Db, gate: AttemptGate): Promise<void> {
  for (const [key, freeTries] of [
    [gate.accountKey, THROTTLE.accountFreeTries],
    [gate.ipKey, THROTTLE.ipFreeTries],
  ] as const)
    await db
      .update(loginThrottles)
      .set({ blockedUntil: sql`greatest(${loginThrottles.blockedUntil}, ${holdAfter(loginThrottles.attempts, freeTries)})` })
      .where(eq(loginThrottles.key, key));
}

/** After a failed try: rows quiet for a day are of no more use. */
export async function forgetOldAttempts(db: Db): Promise<void> {
  await db.delete(loginThrottles).where(lt(loginThrottles.lastAt, sql`now() - interval '1 day'`));
}
