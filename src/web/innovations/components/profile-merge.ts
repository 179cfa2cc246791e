// Two people on one profile: the version is per entry, so a save can be refused because someone changed another
// field. Merging field by field keeps everyone's text: a field only they changed takes their value, a field only
// this page changed is sent again, and a field both changed differently is a conflict the user decides.
import { PROFILE_KEYS, type Profile } from '../api/innovations';

export type ProfileKey = keyof Profile;

/** A field both sides changed differently: the server's value and what this page holds. */
export interface ProfileConflict {
  field: ProfileKey;
  theirs: unknown;
  mine: unknown;
}

export const same = (a: unknown, b: unknown) => JSON.stringify(a ?? null) === JSON.stringify(b ?? null);
/** What the server is sent for a value: an emptied text clears the field. */
export const wire = (v: unknown) => (v === '' ? null : v);
export const sameValue = (a: unknown, b: unknown) => same(wire(a), wire(b));

/**
 * `base`: the server's values this page last had; `mine`: the form now; `theirs`: the server now. `earlier`:
 * conflicts still open (a field in one stays a conflict, with the newest server value).
 */
export function mergeProfile(base: Profile, mine: Profile, theirs: Profile, earlier: ProfileConflict[] = []) {
  const take: Partial<Record<ProfileKey, unknown>> = {};
  const conflicts = new Map<ProfileKey, ProfileConflict>(earlier.map((c) => [c.field, c]));
  for (const k of PROFILE_KEYS) {
    const open = conflicts.get(k);
    if (sameValue(mine[k], theirs[k])) {
      // Both sides agree (or it was saved after all): nothing to decide.
      conflicts.delete(k);
      continue;
    }
    if (open) {
      conflicts.set(k, { field: k, theirs: theirs[k], mine: mine[k] });
      continue;
    }
    const theyChanged = !sameValue(theirs[k], base[k]);
    if (!theyChanged) continue;
    if (sameValue(mine[k], base[k])) take[k] = theirs[k];
    else conflicts.set(k, { field: k, theirs: theirs[k], mine: mine[k] });
  }
  return { take: take as Partial<Profile>, conflicts: [...conflicts.values()] };
}

/** What this device keeps of unsaved typing: the values, the server version and values they were typed on. */
export interface DeviceCopy {
  version: number | null;
  base: Partial<Profile>;
  values: Partial<Profile>;
  /** Fields the user had not decided yet when the copy was made: offered again, whatever the version. */
  conflicts: ProfileKey[];
}

/** An older copy held only the values: nothing says what they were typed on, so every difference is offered. */
export function readDeviceCopy(raw: unknown): DeviceCopy | null {
  if (!raw || typeof raw !== 'object') return null;
  const r = raw as Partial<DeviceCopy>;
  if ('values' in r && r.values && typeof r.values === 'object')
    return { version: typeof r.version === 'number' ? r.version : null, base: r.base ?? {}, values: r.values, conflicts: r.conflicts ?? [] };
  return { version: null, base: {}, values: raw as Partial<Profile>, conflicts: [] };
}

/**
 * The device copy against the server now: a field the server has not changed since the copy's base is restored
 * (it is only this device's unsaved typing); one the server has changed is offered, never applied silently.
 */
export function restoreDeviceCopy(server: Profile, serverVersion: number, copy: DeviceCopy | null) {
  const restore: Partial<Record<ProfileKey, unknown>> = {};
  const conflicts: ProfileConflict[] = [];
  if (!copy) return { restore: restore as Partial<Profile>, conflicts };
  for (const k of Object.keys(copy.values) as ProfileKey[]) {
    if (!PROFILE_KEYS.includes(k)) continue;
    const mine = copy.values[k];
    if (sameValue(mine, server[k])) continue;
    const unchangedOnServer = !copy.conflicts.includes(k) && (copy.version === serverVersion || (k in copy.base && sameValue(copy.base[k], server[k])));
    if (unchangedOnServer) restore[k] = mine;
    else conflicts.push({ field: k, theirs: server[k], mine });
  }
  return { restore: restore as Partial<Profile>, conflicts };
}
