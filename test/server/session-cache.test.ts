// The kept sessions (plugins/session-cache.ts): served only while the instance listens for changes, forgotten
// on every change heard or sent, never kept from a lookup that a change overtook, and never past their expiry.
import { describe, expect, it } from 'vitest';
import { createSessionCache } from '../../src/server/plugins/session-cache';

function cache() {
  let t = 1_000_000;
  const c = createSessionCache<string>(() => t);
  return { c, advance: (ms: number) => (t += ms), at: (ms: number) => new Date(t + ms) };
}

describe('session cache', () => {
  it('keeps nothing and serves nothing while not listening', () => {
    const { c, at } = cache();
    c.keep('s1', { row: 'row', expiresAt: at(60_000) }, c.mark());
    expect(c.get('s1')).toBeUndefined();
    c.listening(true);
    c.keep('s1', { row: 'row', expiresAt: at(60_000) }, c.mark());
    expect(c.get('s1')?.row).toBe('row');
    c.listening(false);
    expect(c.get('s1')).toBeUndefined();
    c.listening(true);
    expect(c.get('s1')).toBeUndefined();
  });

  it('forgets one session by its id, and every session on a wider change', () => {
    const { c, at } = cache();
    c.listening(true);
    for (const id of ['s1', 's2']) c.keep(id, { row: id, expiresAt: at(60_000) }, c.mark());
    c.heard('s1');
    expect(c.get('s1')).toBeUndefined();
    expect(c.get('s2')?.row).toBe('s2');
    c.heard('*');
    expect(c.get('s2')).toBeUndefined();
  });

  it('does not keep what a lookup read when a change was heard during it', () => {
    const { c, at } = cache();
    c.listening(true);
    const mark = c.mark();
    c.heard('other-session');
    c.keep('s1', { row: 'old', expiresAt: at(60_000) }, mark);
    expect(c.get('s1')).toBeUndefined();
  });

  it('never serves a session past its expiry, nor an entry older than half a minute', () => {
    const { c, at, advance } = cache();
    c.listening(true);
    c.keep('short', { row: 'short', expiresAt: at(5_000) }, c.mark());
    c.keep('long', { row: 'long', expiresAt: at(3_600_000) }, c.mark());
    advance(5_000);
    expect(c.get('short')).toBeUndefined();
    expect(c.get('long')?.row).toBe('long');
    advance(26_000);
    expect(c.get('long')).toBeUndefined();
  });

  it("forgets everything when this instance sends a change to users, regions, OPDs or a session's end, and keeps nothing for a moment", () => {
    const { c, at, advance } = cache();
    c.listening(true);
    const keep = () => c.keep('s1', { row: 'row', expiresAt: at(3_600_000) }, c.mark());
    const changes = [
      'update "users" set "active" = $1 where "users"."id" = $2',
      'update "opds" set "name" = $1',
      'with moved as (update regions set name = $1 returning id) select 1',
      'delete from "sessions" where "sessions"."id" = $1',
      'insert into "users" ("id") values ($1)',
      'truncate table "audit_events", "users" cascade',
    ];
    for (const sql of changes) {
      keep();
      c.sent(sql);
      expect(c.get('s1'), sql).toBeUndefined();
      keep();
      expect(c.get('s1'), sql).toBeUndefined();
      advance(2_001);
    }
    const unrelated = [
      'update "sessions" set "last_seen_at" = $1 where "sessions"."id" = $2',
      'select "users"."id" from "users" where "users"."username" = $1',
      'update "users_backup" set x = 1',
      'update "users" set "last_login_at" = $1 where "users"."id" = $2',
      'insert into "sessions" ("id", "user_id") values ($1, $2)',
    ];
    keep();
    for (const sql of unrelated) c.sent(sql);
    expect(c.get('s1')?.row).toBe('row');
  });
});
