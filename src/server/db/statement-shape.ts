// A statement whose text depends on its shape alone, built once: Drizzle builds it with named placeholders where
// its values go, and each use only fills the kept parameter list. On the answer save — the most frequent write —
// building its two statements' SQL from Drizzle's chunks, and hashing their text for a name, was a fifth of the
// server's CPU per save. The text is what building with the values gives, so the statement behaves the same.
import { createHash } from 'node:crypto';
import { is, Param, Placeholder, type SQL, type SQLWrapper, sql } from 'drizzle-orm';
import type { Db, Tx } from './client';

/** A statement ready to send: its text, its values in order, and a name derived from the text. */
export interface ShapedStatement {
  text: string;
  params: unknown[];
  /** Hash of the text: the same text always has the same one (callers prefix it for their namespace). */
  hash: string;
}

const textHash = (text: string) => createHash('sha1').update(text).digest('base64url').slice(0, 24);

interface Internals {
  dialect: { sqlToQuery(sql: SQL): { sql: string; params: unknown[] } };
}

/**
 * `names`: the statement's values. `build` gets a placeholder for each (typed `never`, so that it fits wherever the
 * builder expects a value) and the database handle for Drizzle's query builders, on first use; it must use only
 * the placeholders for anything that varies: a value written into the shape itself (a JavaScript condition on
 * one of them) would be the first use's for every later one.
 */
export function statementShape<K extends string>(names: readonly K[], build: (p: Record<K, never>, db: Db | Tx) => SQL | SQLWrapper) {
  let shape: ShapedStatement | undefined;
  return (db: Db | Tx, values: Record<K, unknown>): ShapedStatement => {
    shape ??= shapedOf(db, build(Object.fromEntries(names.map((n) => [n, sql.placeholder(n)])) as unknown as Record<K, never>, db));
    return { text: shape.text, hash: shape.hash, params: shape.params.map((p) => filled(p, values)) };
  };
}

/** One parameter with its value: as Drizzle maps a value when it builds with it (null stays SQL NULL). */
function filled(p: unknown, values: Record<string, unknown>): unknown {
  if (is(p, Placeholder)) return placeholderValue(p, values);
  if (is(p, Param) && is(p.value, Placeholder)) {
    const v = placeholderValue(p.value, values);
    return v === null ? null : p.encoder.mapToDriverValue(v);
  }
  return p;
}

function placeholderValue(p: Placeholder, values: Record<string, unknown>): unknown {
  if (!(p.name in values) || values[p.name] === undefined) throw new Error(`statement shape: no value for "${p.name}"`);
  return values[p.name];
}

const isShaped = (q: unknown): q is ShapedStatement => typeof q === 'object' && q !== null && 'hash' in q && 'text' in q;

/** Any statement ready to send: a shaped one as it is, Drizzle's SQL (or a query builder) built now. */
export function shapedOf(db: Db | Tx, query: SQL | SQLWrapper | ShapedStatement): ShapedStatement {
  if (isShaped(query)) return query;
  const { sql: text, params } = (db as unknown as Internals).dialect.sqlToQuery(query.getSQL());
  return { text, params, hash: textHash(text) };
}
