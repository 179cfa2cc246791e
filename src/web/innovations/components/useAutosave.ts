// Saves an innovation's profile while it is typed: debounced, one request at a time, versioned on the server,
// and mirrored on this device so a dropped connection or a closed tab loses nothing.
import type { UseFormReturnType } from '@mantine/form';
import { useQueryClient } from '@tanstack/react-query';
import { useCallback, useEffect, useRef, useState } from 'react';
import { ApiError } from '../../lib/api';
import { type Entry, PROFILE_KEYS, type Profile, saveEntry } from '../api/innovations';

export type SaveState =
  | { kind: 'idle' }
  | { kind: 'saving' }
  | { kind: 'saved'; at: string }
  | { kind: 'error'; message: string }
  | { kind: 'stale' }
  | { kind: 'blocked'; message: string };

const backupKey = (id: string) => `inovda.entry-backup.${id}`;

export function readBackup(id: string): Partial<Profile> | null {
  try {
    const raw = localStorage.getItem(backupKey(id));
    return raw ? (JSON.parse(raw) as Partial<Profile>) : null;
  } catch {
    return null;
  }
}

export const clearBackup = (id: string) => localStorage.removeItem(backupKey(id));

export function profileOf(e: Profile): Profile {
  return Object.fromEntries(PROFILE_KEYS.map((k) => [k, e[k]])) as unknown as Profile;
}

function changes(now: Profile, base: Profile): Partial<Profile> {
  const out: Record<string, unknown> = {};
  for (const k of PROFILE_KEYS) if (JSON.stringify(now[k] ?? null) !== JSON.stringify(base[k] ?? null)) out[k] = now[k] === '' ? null : now[k];
  return out as Partial<Profile>;
}

export function useAutosave(entry: Entry, form: UseFormReturnType<Profile>, enabled: boolean) {
  const qc = useQueryClient();
  const [state, setState] = useState<SaveState>({ kind: 'idle' });
  const version = useRef(entry.version);
  const saved = useRef<Profile>(profileOf(entry));
  const inFlight = useRef(false);
  const timer = useRef<ReturnType<typeof setTimeout>>(undefined);

  const flush = useCallback(async () => {
    timer.current = undefined;
    if (!enabled || inFlight.current) return;
    const values = form.getValues();
    const diff = changes(values, saved.current);
    if (!Object.keys(diff).length) return;
    inFlight.current = true;
    setState({ kind: 'saving' });
    try {
      const result = await saveEntry(entry.id, { ...diff, version: version.current });
      version.current = result.version;
      saved.current = { ...saved.current, ...diff };
      qc.setQueryData(['innovation', entry.id], result);
      void qc.invalidateQueries({ queryKey: ['innovations'] });
      if (!Object.keys(changes(form.getValues(), saved.current)).length) clearBackup(entry.id);
      setState({ kind: 'saved', at: new Date().toISOString() });
    } catch (e) {
      if (e instanceof ApiError && e.code === 'stale_version') setState({ kind: 'stale' });
      else if (e instanceof ApiError && (e.code === 'period_closed' || e.code === 'period_locked' || e.status === 403))
        setState({ kind: 'blocked', message: e.message });
      else if (e instanceof ApiError && Object.keys(e.fields).length) {
        form.setErrors(e.fields);
        setState({ kind: 'error', message: e.message });
      } else {
        setState({ kind: 'error', message: e instanceof Error ? e.message : String(e) });
        // Network or server trouble: try again a little later.
        timer.current = setTimeout(() => void flush(), 10_000);
      }
    } finally {
      inFlight.current = false;
    }
    // Typed while the request was out: send that too.
    if (version.current !== undefined && Object.keys(changes(form.getValues(), saved.current)).length && !timer.current)
      timer.current = setTimeout(() => void flush(), 1200);
  }, [enabled, entry.id, form, qc]);

  // Every change: mirror it on this device at once, send it after a pause in typing.
  useEffect(() => {
    if (!enabled) return;
    const diff = changes(form.values, saved.current);
    if (!Object.keys(diff).length) return;
    try {
      localStorage.setItem(backupKey(entry.id), JSON.stringify(diff));
    } catch {
      // Storage full or private mode: the server save still runs.
    }
    clearTimeout(timer.current);
    timer.current = setTimeout(() => void flush(), 1200);
    return () => clearTimeout(timer.current);
  }, [form.values, enabled]);

  // Leaving the page with unsaved changes: send them now (the device copy stays if that fails).
  useEffect(() => () => void flush(), [flush]);

  return { state, saveNow: flush };
}
