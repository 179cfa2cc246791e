// Saves an innovation's profile while it is typed: after a pause in typing, one request at a time, only the
// fields that changed (the server leaves the others as they are), versioned on the server, and mirrored on
// this device so a dropped connection or a closed tab loses nothing. A value the server would refuse (the
// name cleared, a text over its length limit) is held back with its message on the field, never re-sent in
// a loop; a network failure is retried a little later, less and less often. Someone else's save in between
// (the version is per entry) is merged field by field: see profile-merge.ts.
import type { UseFormReturnType } from '@mantine/form';
import { useQueryClient } from '@tanstack/react-query';
import { useCallback, useEffect, useRef, useState } from 'react';
import type { Entry as EntryShape } from '../../../contract/innovations';
import { profileFieldProblem } from '../../../domain/innovation/profile-limits';
import { type Locale, translate } from '../../../domain/messages';
import i18n from '../../i18n';
import { ApiError, get } from '../../lib/api';
import { evidenceQueries } from '../../lib/queries/evidence';
import { innovationQueries } from '../../lib/queries/innovations';
import { type Entry, PROFILE_KEYS, type Profile, saveEntry } from '../api/innovations';
import { type DeviceCopy, mergeProfile, type ProfileConflict, type ProfileKey, readDeviceCopy, same, wire } from './profile-merge';

export type SaveState =
  | { kind: 'idle' }
  /** Changed on screen, sent after the pause in typing. */
  | { kind: 'pending' }
  | { kind: 'saving' }
  | { kind: 'saved'; at: string }
  /** Some fields are held back until they are corrected (their messages are on the fields). */
  | { kind: 'invalid'; fields: string[] }
  /** Not saved: `retrying` when it is tried again by itself (network or server trouble). */
  | { kind: 'error'; message: string; retrying: boolean }
  /** Nothing else to send: fields someone else changed too wait for the user's choice. */
  | { kind: 'conflict' }
  | { kind: 'blocked'; message: string };

/** Quiet time after the last keystroke before a save. */
export const SAVE_PAUSE_MS = 1000;
/** A save that has not answered by then counts as failed (and is retried); "Menyimpan…" never stays. */
const SAVE_TIMEOUT_MS = 20_000;
const RETRY_MS = [5_000, 15_000, 30_000, 60_000];

const backupKey = (id: string) => `inovda.entry-backup.${id}`;

export function readBackup(id: string): DeviceCopy | null {
  try {
    const raw = localStorage.getItem(backupKey(id));
    return raw ? readDeviceCopy(JSON.parse(raw)) : null;
  } catch {
    return null;
  }
}

export const clearBackup = (id: string) => localStorage.removeItem(backupKey(id));

export function profileOf(e: Profile): Profile {
  return Object.fromEntries(PROFILE_KEYS.map((k) => [k, e[k] ?? (k === 'urusanLain' ? [] : null)])) as unknown as Profile;
}

function changes(now: Profile, base: Profile): Partial<Profile> {
  const out: Record<string, unknown> = {};
  for (const k of PROFILE_KEYS) if (!same(wire(now[k]), wire(base[k]))) out[k] = wire(now[k]);
  return out as Partial<Profile>;
}

const locale = (): Locale => (i18n.language === 'en' ? 'en' : 'id');

/**
 * `offered`: fields whose device copy differs from a newer server value (see restoreDeviceCopy): they wait for
 * the user's choice like any other conflict.
 */
export function useAutosave(entry: Entry, form: UseFormReturnType<Profile>, enabled: boolean, offered: ProfileConflict[] = []) {
  const qc = useQueryClient();
  const [state, setState] = useState<SaveState>({ kind: offered.length && enabled ? 'conflict' : 'idle' });
  /** Fields both this page and someone else changed: not sent until the user keeps theirs or takes the other. */
  const [conflicts, setConflictState] = useState<ProfileConflict[]>(offered);
  const conflictsRef = useRef(conflicts);
  const setConflicts = useCallback((next: ProfileConflict[]) => {
    conflictsRef.current = next;
    setConflictState(next);
  }, []);
  const version = useRef(entry.version);
  const saved = useRef<Profile>(profileOf(entry));
  const inFlight = useRef(false);
  const again = useRef(false);
  const stopped = useRef(false);
  const failures = useRef(0);
  const timer = useRef<ReturnType<typeof setTimeout>>(undefined);
  /** Values the server refused, per field: not sent again until the field is changed. */
  const refused = useRef(new Map<string, string>());
  /** Fields whose message this hook put there (so it may take it away again), with that message. */
  const marked = useRef(new Map<string, string>());
  const lastSaved = useRef<string | null>(null);
  /** Nothing left to send: the last save's time, if any. */
  const settled = (): SaveState =>
    conflictsRef.current.length ? { kind: 'conflict' } : lastSaved.current ? { kind: 'saved', at: lastSaved.current } : { kind: 'idle' };

  const schedule = useCallback((ms: number, run: () => void) => {
    clearTimeout(timer.current);
    timer.current = setTimeout(run, ms);
  }, []);

  /** Splits the unsaved changes into what may be sent and the fields held back, and marks those fields. */
  const sendable = useCallback(() => {
    const diff = changes(form.getValues(), saved.current) as Record<string, unknown>;
    const send: Record<string, unknown> = {};
    const held: string[] = [];
    const waiting = new Set<string>(conflictsRef.current.map((c) => c.field));
    for (const [k, v] of Object.entries(diff)) {
      if (waiting.has(k)) continue;
      const problem = profileFieldProblem(k, v);
      const wasRefused = refused.current.get(k);
      if (wasRefused !== undefined && wasRefused !== JSON.stringify(v)) refused.current.delete(k);
      if (problem) {
        const message = translate(problem.code, locale(), 'params' in problem ? problem.params : {});
        form.setFieldError(k, message);
        marked.current.set(k, message);
        held.push(k);
      } else if (refused.current.has(k)) held.push(k);
      else {
        if (marked.current.delete(k)) form.clearFieldError(k);
        send[k] = v;
      }
    }
    // A field put back to its saved value needs no message any more.
    for (const k of [...marked.current.keys()])
      if (!(k in diff)) {
        marked.current.delete(k);
        form.clearFieldError(k);
      }
    return { send: send as Partial<Profile>, held };
  }, [form]);

  /** One save of what may be sent now. 'sent' also when some fields were refused and the rest goes next. */
  const flush = useCallback(async (): Promise<'sent' | 'nothing' | 'busy' | 'failed'> => {
    clearTimeout(timer.current);
    timer.current = undefined;
    if (!enabled || stopped.current) return 'nothing';
    if (inFlight.current) {
      again.current = true;
      return 'busy';
    }
    const { send, held } = sendable();
    if (!Object.keys(send).length) {
      setState((s) => (held.length ? { kind: 'invalid', fields: held } : s.kind === 'pending' || s.kind === 'invalid' ? settled() : s));
      return 'nothing';
    }
    inFlight.current = true;
    setState({ kind: 'saving' });
    const abort = new AbortController();
    const deadline = setTimeout(() => abort.abort(), SAVE_TIMEOUT_MS);
    let retryIn: number | null = null;
    let outcome: 'sent' | 'failed' = 'sent';
    try {
      const result = await saveEntry(entry.id, { ...send, version: version.current }, abort.signal);
      version.current = result.version;
      saved.current = { ...saved.current, ...send };
      failures.current = 0;
      qc.setQueryData(innovationQueries.detail(entry.id).queryKey, result);
      void qc.invalidateQueries({ queryKey: innovationQueries.all });
      // The evidence pre-check looks for the innovation's name in each document (computed when the list is read).
      if ('name' in send) void qc.invalidateQueries({ queryKey: evidenceQueries.all });
      if (!Object.keys(changes(form.getValues(), saved.current)).length) clearBackup(entry.id);
      lastSaved.current = new Date().toISOString();
      // Typed while this request was out: that is not saved yet, whatever this answer says.
      const typedSince = Object.keys(changes(form.getValues(), saved.current)).some((k) => !held.includes(k));
      setState(held.length ? { kind: 'invalid', fields: held } : typedSince ? { kind: 'pending' } : settled());
    } catch (e) {
      outcome = 'failed';
      const err = e instanceof ApiError ? e : null;
      const fields = Object.keys(err?.fields ?? {}).filter((k) => k in send);
      if (err?.code === 'stale_version') {
        // Someone saved in between (or a save that timed out landed after all): take the entry as it is now,
        // merge field by field, and send what is still only ours on its version.
        if (await mergeWithServer(err.current as EntryShape | undefined)) {
          setState({ kind: 'pending' });
          retryIn = 0;
          outcome = 'sent';
        } else {
          setState({ kind: 'error', message: err.message, retrying: true });
          retryIn = RETRY_MS[Math.min(failures.current, RETRY_MS.length - 1)];
          failures.current++;
        }
      } else if (err && (err.code === 'period_closed' || err.code === 'period_locked' || err.code === 'entry_not_draft' || err.status === 403)) {
        stopped.current = true;
        setState({ kind: 'blocked', message: err.message });
      } else if (err && fields.length) {
        // Refused values wait for the user; the rest of the change is sent again at once.
        for (const k of fields) {
          refused.current.set(k, JSON.stringify(send[k as keyof Profile]));
          form.setFieldError(k, err.fields[k]);
          marked.current.set(k, err.fields[k]);
        }
        setState({ kind: 'invalid', fields: [...held, ...fields] });
        retryIn = 0;
        outcome = 'sent';
      } else if (err && err.status >= 400 && err.status < 500 && err.status !== 408 && err.status !== 429) {
        // Refused as a whole for a reason sending it again will not change: wait for the next edit.
        setState({ kind: 'error', message: err.message, retrying: false });
      } else {
        setState({ kind: 'error', message: err?.message ?? String(e), retrying: true });
        retryIn = RETRY_MS[Math.min(failures.current, RETRY_MS.length - 1)];
        failures.current++;
      }
    } finally {
      clearTimeout(deadline);
      inFlight.current = false;
    }

    async function mergeWithServer(sentAlong: EntryShape | undefined) {
      let fresh: Entry;
      try {
        // The 409 carries the entry; an answer without it (an older server) is read afresh.
        fresh = sentAlong?.id === entry.id ? sentAlong : await get<Entry>(`/api/innovations/entries/${entry.id}`);
      } catch {
        return false;
      }
      const theirs = profileOf(fresh);
      const merged = mergeProfile(saved.current, form.getValues(), theirs, conflictsRef.current);
      version.current = fresh.version;
      saved.current = theirs;
      setConflicts(merged.conflicts);
      if (Object.keys(merged.take).length) form.setValues(merged.take);
      qc.setQueryData(innovationQueries.detail(entry.id).queryKey, fresh);
      return true;
    }

    // Typed while the request was out, or some fields still to send: go on after a pause.
    if (stopped.current) return 'failed';
    if (again.current || retryIn === 0) {
      again.current = false;
      schedule(retryIn === 0 ? 0 : SAVE_PAUSE_MS, () => void flushRef.current());
    } else if (retryIn !== null) schedule(retryIn, () => void flushRef.current());
    return outcome;
  }, [enabled, entry.id, form, qc, sendable, schedule]);

  const flushRef = useRef(flush);
  flushRef.current = flush;

  // Every change: mirror it on this device at once, send it after a pause in typing.
  useEffect(() => {
    if (!enabled || stopped.current) return;
    const diff = changes(form.values, saved.current);
    if (!Object.keys(diff).length) {
      // Put back as it was saved (or the other value taken): nothing to send, no message or device copy to keep.
      clearTimeout(timer.current);
      clearBackup(entry.id);
      sendable();
      if (!inFlight.current) setState((s) => (s.kind === 'pending' || s.kind === 'invalid' ? settled() : s));
      return;
    }
    try {
      const copy: DeviceCopy = {
        version: version.current,
        base: Object.fromEntries(Object.keys(diff).map((k) => [k, saved.current[k as ProfileKey]])),
        values: diff,
        conflicts: conflictsRef.current.map((c) => c.field),
      };
      localStorage.setItem(backupKey(entry.id), JSON.stringify(copy));
    } catch {
      // Storage full or private mode: the server save still runs.
    }
    // After a failure the message stays until the next attempt (one per pause in typing) has answered.
    if (!inFlight.current) setState((s) => (s.kind === 'error' || s.kind === 'pending' ? s : { kind: 'pending' }));
    schedule(SAVE_PAUSE_MS, () => void flushRef.current());
  }, [form.values, enabled, conflicts]);

  // Leaving the page (only then: not on every render) with unsaved changes: send them now; the device copy
  // stays if that fails.
  useEffect(
    () => () => {
      clearTimeout(timer.current);
      void flushRef.current();
    },
    [],
  );

  /**
   * Sends what is still unsaved and waits for it (before submitting, so the server checks what is on screen).
   * Answers the fields held back on screen (field → its message): the server still has their old values, so
   * submitting now would submit something other than what the user sees.
   */
  const settle = useCallback(async (): Promise<Record<string, string>> => {
    const until = Date.now() + SAVE_TIMEOUT_MS + 5_000;
    while (Date.now() < until) {
      if (inFlight.current) await new Promise((r) => setTimeout(r, 100));
      // Stops when nothing is left to send, or the attempt failed (its message is shown; no loop).
      else if ((await flushRef.current()) !== 'sent') break;
    }
    if (!enabled) return {};
    const { held } = sendable();
    const undecided = conflictsRef.current.map((c) => [c.field, i18n.t('innovations.profileConflict.undecided')]);
    return Object.fromEntries([...held.map((k) => [k, marked.current.get(k) ?? '']), ...undecided]);
  }, [enabled, sendable]);

  /** The user's choice on a conflict: keep what they typed (saved on the newer version) or take the other value. */
  const resolve = useCallback(
    (field: ProfileKey, choice: 'mine' | 'theirs') => {
      const c = conflictsRef.current.find((x) => x.field === field);
      if (!c) return;
      setConflicts(conflictsRef.current.filter((x) => x.field !== field));
      if (choice === 'theirs') form.setFieldValue(field, c.theirs as never);
      schedule(0, () => void flushRef.current());
    },
    [form, schedule, setConflicts],
  );

  return { state, conflicts, resolve, saveNow: () => void flushRef.current(), settle };
}
