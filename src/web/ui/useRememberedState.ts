// State kept with the browser's history entry: going Back to a list (or reloading it) brings back its page,
// search, sort and filters, while a fresh visit through a link starts clean. The values live in
// history.state beside the router's own keys, under one slot, by name.
import { useEffect, useState } from 'react';

const SLOT = 'inovdaRemembered';

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
    return typeof initial === 'function' ? (initial as () => T)() : initial;
  });
  useEffect(() => {
    const state = window.history.state && typeof window.history.state === 'object' ? window.history.state : {};
    window.history.replaceState({ ...state, [SLOT]: { ...remembered(), [key]: value } }, '');
  }, [key, value]);
  return [value, setValue] as const;
}
