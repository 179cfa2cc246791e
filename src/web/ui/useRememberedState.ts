// State kept with the browser's history entry: going Back to a list (or reloading it) brings back its page,
// search, sort and filters, while a fresh visit through a link starts clean. The values live in
// history.state beside the router's own keys, under one slot, by name. A link back to the list (the "← Inovasi"
// above an innovation) opens a new entry with RESUME in its state: it starts from the values last set in this tab.
import { useEffect, useState } from 'react';

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

/** useState, remembered under `key` in the current history entry. */
export function useRememberedState<T>(key: string, initial: T | (() => T)) {
  const [value, setValue] = useState<T>(() => {
    const kept = remembered();
    if (key in kept) return kept[key] as T;
    const resumed = (window.history.state as Record<string, unknown> | null)?.inovdaResume ? lastSet(key) : undefined;
    if (resumed) return resumed.value as T;
    return typeof initial === 'function' ? (initial as () => T)() : initial;
  });
  useEffect(() => {
    const state = window.history.state && typeof window.history.state === 'object' ? window.history.state : {};
    window.history.replaceState({ ...state, [SLOT]: { ...remembered(), [key]: value } }, '');
    try {
      sessionStorage.setItem(LAST + key, JSON.stringify(value ?? null));
    } catch {
      // Private mode or full: only the link back starts clean.
    }
  }, [key, value]);
  return [value, setValue] as const;
}
