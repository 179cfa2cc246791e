// Small object helpers for request handling.
/** Keeps only the keys that were sent, so a PATCH changes exactly what the user changed. */
export function stripUndefined<T extends Record<string, unknown>>(obj: T): Partial<T> {
  return Object.fromEntries(Object.entries(obj).filter(([, v]) => v !== undefined)) as Partial<T>;
}
