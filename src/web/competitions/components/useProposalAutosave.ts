// Saves a proposal while it is typed: after a pause, one request at a time, only the sections that changed (the
// server leaves the others as they are), on the entry's version, mirrored on this device so a dropped connection
// or a closed tab loses nothing. A section over its word limit is held back with its message (the server would
// refuse it) until it is shortened. Someone else's save in between is taken for the sections not changed here;
// the ones changed here are sent again on the new version.
import { useQueryClient } from '@tanstack/react-query';
import { useCallback, useEffect, useRef, useState } from 'react';
import { sectionCounts } from '../../../domain/competitions/entry-rules';
import type { Section } from '../../../domain/competitions/template';
import { ApiError, get } from '../../lib/api';
import { competitionQueries } from '../../lib/queries/competitions';
import { type EntryDetail, saveEntry } from '../api/competitions';

export type ProposalSaveState = { kind: 'idle' | 'pending' | 'saving' | 'saved' | 'held' } | { kind: 'error'; message: string; retrying: boolean };

const PAUSE_MS = 1000;
const RETRY_MS = [5_000, 15_000, 30_000, 60_000];
const deviceKey = (id: string) => `inovda.proposal.${id}`;

/** What this device typed and had not saved yet, if it was typed on the entry's present version or later. */
export function readDeviceProposal(id: string): Record<string, string> {
  try {
    const raw = localStorage.getItem(deviceKey(id));
    return raw ? (JSON.parse(raw).values as Record<string, string>) : {};
  } catch {
    return {};
  }
}

export function useProposalAutosave(entry: EntryDetail, sections: Section[], enabled: boolean) {
  const qc = useQueryClient();
  const [values, setValues] = useState<Record<string, string>>(() => ({ ...entry.proposal, ...(enabled ? readDeviceProposal(entry.id) : {}) }));
  const [state, setState] = useState<ProposalSaveState>({ kind: 'idle' });
  const [group, setGroupState] = useState(entry.groupId);
  const groupRef = useRef(entry.groupId);
  const savedGroup = useRef(entry.groupId);
  const saved = useRef<Record<string, string>>({ ...entry.proposal });
  const version = useRef(entry.version);
  const valuesRef = useRef(values);
  valuesRef.current = values;
  const busy = useRef(false);
  const again = useRef(false);
  const failures = useRef(0);
  const timer = useRef<ReturnType<typeof setTimeout>>(undefined);

  const changed = useCallback(() => Object.keys(valuesRef.current).filter((k) => (valuesRef.current[k] ?? '') !== (saved.current[k] ?? '')), []);
  const overLimit = useCallback(
    (keys: string[]) => {
      const counts = sectionCounts(sections, valuesRef.current);
      return new Set(keys.filter((k) => counts.find((c) => c.id === k)?.over));
    },
    [sections],
  );

  const flush = useCallback(async (): Promise<void> => {
    clearTimeout(timer.current);
    if (!enabled) return;
    if (busy.current) {
      again.current = true;
      return;
    }
    const keys = changed();
    const held = overLimit(keys);
    const send = Object.fromEntries(keys.filter((k) => !held.has(k)).map((k) => [k, valuesRef.current[k] ?? '']));
    const groupId = groupRef.current !== savedGroup.current ? groupRef.current : undefined;
    if (!Object.keys(send).length && !groupId) {
      setState({ kind: held.size ? 'held' : keys.length ? 'pending' : saved.current === entry.proposal ? 'idle' : 'saved' });
      return;
    }
    busy.current = true;
    setState({ kind: 'saving' });
    let retry: number | null = null;
    try {
      const result = await saveEntry(entry.id, {
        version: version.current,
        ...(Object.keys(send).length ? { proposal: send } : {}),
        ...(groupId ? { groupId } : {}),
      });
      version.current = result.version;
      saved.current = { ...saved.current, ...send };
      if (groupId) savedGroup.current = groupId;
      failures.current = 0;
      qc.setQueryData(competitionQueries.entry(entry.id).queryKey, result);
      if (!changed().length) localStorage.removeItem(deviceKey(entry.id));
      setState({ kind: changed().length ? (overLimit(changed()).size ? 'held' : 'pending') : 'saved' });
      if (changed().some((k) => !overLimit([k]).size)) retry = PAUSE_MS;
    } catch (e) {
      const err = e instanceof ApiError ? e : null;
      if (err?.code === 'stale_version') {
        try {
          const fresh = await get<EntryDetail>(`/api/competition-entries/${entry.id}`);
          const mine = new Set(changed());
          version.current = fresh.version;
          saved.current = { ...fresh.proposal };
          savedGroup.current = fresh.groupId;
          setValues((v) => ({ ...fresh.proposal, ...Object.fromEntries([...mine].map((k) => [k, v[k] ?? ''])) }));
          retry = 0;
          setState({ kind: 'pending' });
        } catch {
          retry = RETRY_MS[Math.min(failures.current++, RETRY_MS.length - 1)];
          setState({ kind: 'error', message: err.message, retrying: true });
        }
      } else if (err && err.status >= 400 && err.status < 500 && err.status !== 408 && err.status !== 429) {
        setState({ kind: 'error', message: err.message, retrying: false });
      } else {
        retry = RETRY_MS[Math.min(failures.current++, RETRY_MS.length - 1)];
        setState({ kind: 'error', message: err?.message ?? String(e), retrying: true });
      }
    } finally {
      busy.current = false;
    }
    if (again.current) {
      again.current = false;
      retry = retry === null ? PAUSE_MS : Math.min(retry, PAUSE_MS);
    }
    if (retry !== null) timer.current = setTimeout(() => void flushRef.current(), retry);
  }, [enabled, entry.id, changed, overLimit, qc]);

  const flushRef = useRef(flush);
  flushRef.current = flush;

  const setSection = useCallback(
    (id: string, html: string) => {
      setValues((v) => ({ ...v, [id]: html }));
      valuesRef.current = { ...valuesRef.current, [id]: html };
      if (!enabled) return;
      const keys = changed();
      try {
        if (keys.length)
          localStorage.setItem(
            deviceKey(entry.id),
            JSON.stringify({ version: version.current, values: Object.fromEntries(keys.map((k) => [k, valuesRef.current[k]])) }),
          );
        else localStorage.removeItem(deviceKey(entry.id));
      } catch {
        // Storage full or private mode: the server save still runs.
      }
      setState(keys.length ? { kind: overLimit(keys).size === keys.length ? 'held' : 'pending' } : { kind: 'saved' });
      clearTimeout(timer.current);
      timer.current = setTimeout(() => void flushRef.current(), PAUSE_MS);
    },
    [enabled, entry.id, changed, overLimit],
  );

  const setGroup = useCallback((id: string) => {
    groupRef.current = id;
    setGroupState(id);
    clearTimeout(timer.current);
    timer.current = setTimeout(() => void flushRef.current(), 0);
  }, []);

  // A device copy found on opening is sent at once; leaving the page sends what is still unsaved.
  useEffect(() => {
    if (enabled && changed().length) timer.current = setTimeout(() => void flushRef.current(), 0);
    return () => {
      clearTimeout(timer.current);
      void flushRef.current();
    };
  }, []);

  /** Sends what is unsaved and waits (before proposing, so the server checks what is on screen). */
  const settle = useCallback(async () => {
    for (let i = 0; i < 50 && (busy.current || changed().some((k) => !overLimit([k]).size)); i++) {
      if (!busy.current) await flushRef.current();
      else await new Promise((r) => setTimeout(r, 100));
    }
    return { version: version.current, held: [...overLimit(changed())] };
  }, [changed, overLimit]);

  return { values, setSection, group, setGroup, state, settle, retry: () => void flushRef.current() };
}
