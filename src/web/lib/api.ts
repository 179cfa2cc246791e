// The one way the web app talks to the server: JSON in and out, the UI language sent along,
// and every error turned into an ApiError carrying the server's translated message and field errors.
import type { CurrentItem } from '../../contract/common';
import i18n from '../i18n';

export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly fields: Record<string, string> = {},
    /** With a stale version: what it is now on the server — shaped by the code (currentItemOf, or the entry). */
    readonly current?: unknown,
  ) {
    super(message);
  }
}

/** The answered item as it is now, when an answer save or a decision was refused for an older version. */
export function currentItemOf(e: unknown): CurrentItem | undefined {
  return e instanceof ApiError && (e.code === 'answer_stale_version' || e.code === 'review_stale_version') ? (e.current as CurrentItem | undefined) : undefined;
}

/** Query-string parameters; absent, null and empty values are left out. */
export type Query = Record<string, string | number | boolean | undefined | null>;

export function withQuery(path: string, query?: Query): string {
  if (!query) return path;
  const params = new URLSearchParams();
  for (const [k, v] of Object.entries(query)) if (v !== undefined && v !== null && v !== '') params.set(k, String(v));
  const s = params.toString();
  return s ? `${path}?${s}` : path;
}

export async function api<T>(method: string, path: string, body?: unknown, signal?: AbortSignal): Promise<T> {
  let response: Response;
  try {
    response = await fetch(path, {
      method,
      signal,
      credentials: 'same-origin',
      headers: {
        'Accept-Language': i18n.language === 'en' ? 'en' : 'id',
        'X-Requested-With': 'inovda',
        ...(body !== undefined ? { 'Content-Type': 'application/json' } : {}),
      },
      body: body !== undefined ? JSON.stringify(body) : undefined,
    });
  } catch {
    throw new ApiError(0, 'network', i18n.t('errors.network'));
  }
  const text = await response.text();
  const data = text ? safeJson(text) : undefined;
  if (!response.ok) {
    const err = (data as { error?: { code: string; message: string; fields?: Record<string, string>; current?: unknown } } | undefined)?.error;
    throw new ApiError(response.status, err?.code ?? 'internal', err?.message ?? i18n.t('errors.unexpected'), err?.fields ?? {}, err?.current);
  }
  return data as T;
}

function safeJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

export const get = <T>(path: string, query?: Query) => api<T>('GET', withQuery(path, query));
export const post = <T>(path: string, body: unknown = {}) => api<T>('POST', path, body);
export const patch = <T>(path: string, body: unknown) => api<T>('PATCH', path, body);

export interface Page<T> {
  items: T[];
  total: number;
  page: number;
  pageSize: number;
}
