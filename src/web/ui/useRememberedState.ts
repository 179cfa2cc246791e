// State kept with the browser's history entry: going Back to a list (or reloading it) brings back its page,
// search, sort and filters, while a fresh visit through a link starts clean. The values live in
// history.state beside the router's own keys, under one slot, by name. A link back to the list (the "← Inovasi"
// above an innovation) opens a new entry with RESUME in its state: it starts from the values last set in this tab.
import { useRouterState } from '@tanstack/react-router';
import { useEffect, useRef, useState } from 'react';

const SLOT = 'inovdaRemembered';
/** The history state of a link that returns to a list as it was last left (TanStack Link's `state`). */
export const RESUME = { inovdaResume: true } as const;

declare module '@tanstack/history' {
  interface HistoryState {
    inovdaResume?: boolean;
  }
}
const LAST = 'inovda:last:';

function lastSet(key: string): { value: unknown } | undefined {
  try {
    const text = sessionStorage.getItem(LAST + key);
    return text === null ? undefined : { value: JSON.parse(text) };
  } catch {
    return undefined;
  }
}

function remembered(): Record<string, unknown> {
  const state: unknown = window.history.state;
  const slot = state && typeof state === 'object' ? (state as Record<string, unknown>)[SLOT] : undefined;
  return slot && typeof slot === 'object' ? (slot as Record<string, unknown>) : {};
}

/** What a page starts from in the current history entry: what it kept, what was last set (RESUME), or `initial`. */
function startingValue<T>(key: string, initial: T | (() => T)): T {
  const kept = remembered();
  if (key in kept) return kept[key] as T;
  const resumed = (window.history.state as Record<string, unknown> | null)?.inovdaResume ? lastSet(key) : undefined;
  if (resumed) return resumed.value as T;
  return typeof initial === 'function' ? (initial as () => T)() : initial;
}

/** useState, remembered under `key` in the current history entry. */
export function useRememberedState<T>(key: string, initial: T | (() => T)) {
  const [value, setValue] = useState<T>(() => startingValue(key, initial));
  // A new history entry for the page already open (its menu item clicked again): it starts over, as a visit does.
  const entry = useRouterState({ select: (s) => s.location.state.__TSR_key });
  const shownEntry = useRef(entry);
  useEffect(() => {
    if (entry === shownEntry.current) return;
    shownEntry.current = entry;
    setValue(startingValue(key, initial));
    // `initial` is the first render's, as useState's is: only a change of history entry starts over.
  }, [entry, key]);
  useEffect(() => {
    const text = JSON.stringify(value ?? null);
    // Unchanged (a page opening with what it kept): the browser limits how often history may be rewritten.
    const kept = remembered();
    if (key in kept && JSON.stringify(kept[key] ?? null) === text) return;
    const state = window.history.state && typeof window.history.state === 'object' ? window.history.state : {};
    window.history.replaceState({ ...state, [SLOT]: { ...kept, [key]: value } }, '');
    try {
      sessionStorage.setItem(LAST + key, text);
    } catch {
      // Private mode or full: only the link back starts clean.
    }
  }, [key, value]);
  return [value, setValue] as const;
}
