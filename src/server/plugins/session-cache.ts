// The sessions this instance has looked up, so that a signed-in request needs no session query (issue 13: the
// lookup was one of two round trips of a list page served again, one of six of an answer save). Kept only while
// this instance hears every change: migration 0031 notifies on inovda_sessions whenever a session, its user, the
// user's region or OPD changes, and with the listening connection lost nothing is kept or served. This instance's
// own changes are forgotten as their statements are sent (watchStatements), before the notification that follows
// their commit; a change that commits later is covered by that notification. An entry older than MAX_AGE_MS is
// read again anyway.

/** A row that lives longer than this is looked up again, whatever was heard. */
const MAX_AGE_MS = 30_000;
/** After this instance sends a change, nothing is kept for this long: its commit's notification comes meanwhile. */
const HOLD_MS = 2_000;
const MAX_ENTRIES = 20_000;

/** A statement of this instance that changes what a session lookup reads (the touch of a session's expiry does not); any truncate (a restore) does. */
const CHANGES_SESSIONS = /\b(?:update|insert\s+into|delete\s+from)\s+"?(?:users|regions|opds)"?[\s(,;]|\bdelete\s+from\s+"?sessions"?[\s;]|\btruncate\b/i;

/** Each sign-in writes its time on the user: nothing a session lookup reads (and the trigger stays quiet too). */
const SIGN_IN_TIME = /^\s*update\s+"users"\s+set\s+"last_login_at"\s*=\s*\$\d+\s+where\s+"users"\."id"\s*=\s*\$\d+\s*$/i;

export interface CachedSession<Row> {
  row: Row;
  expiresAt: Date;
}

export function createSessionCache<Row>(now: () => number = Date.now) {
  const entries = new Map<string, CachedSession<Row> & { at: number }>();
  let listening = false;
  let holdUntil = 0;
  /** Renewed by every forgetting: a lookup that began before one does not keep what it read. */
  let generation = 0;

  const clear = () => {
    entries.clear();
    generation++;
  };

  return {
    /** The kept session with this id, if it is still valid. */
    get(id: string): CachedSession<Row> | undefined {
      if (!listening) return undefined;
      const hit = entries.get(id);
      if (!hit) return undefined;
      const t = now();
      if (hit.expiresAt.getTime() <= t || t - hit.at > MAX_AGE_MS) {
        entries.delete(id);
        return undefined;
      }
      return hit;
    },
    /** Where a lookup begins: pass it to `keep` with what the lookup read. */
    mark: () => generation,
    keep(id: string, session: CachedSession<Row>, mark: number) {
      const t = now();
      if (!listening || mark !== generation || t < holdUntil) return;
      if (entries.size >= MAX_ENTRIES) entries.delete(entries.keys().next().value as string);
      entries.set(id, { ...session, at: t });
    },
    /** One session changed (its expiry renewed, signed out). */
    forget(id: string) {
      entries.delete(id);
      generation++;
    },
    /** A notification's payload: a session's id, or '*' for anything wider. */
    heard(payload: string) {
      if (payload && payload !== '*') this.forget(payload);
      else clear();
    },
    /** Listening started (nothing was heard before: start empty) or stopped (nothing can be kept). */
    listening(on: boolean) {
      listening = on;
      clear();
    },
    /** A statement this instance is sending: forget everything and keep nothing for a moment when it changes sessions. */
    sent(sql: string) {
      if (!CHANGES_SESSIONS.test(sql) || SIGN_IN_TIME.test(sql)) return;
      holdUntil = now() + HOLD_MS;
      clear();
    },
    get size() {
      return entries.size;
    },
  };
}

export type SessionCache<Row> = ReturnType<typeof createSessionCache<Row>>;
