// Case-insensitive "contains" search over several columns, with LIKE wildcards in the input escaped.
import { type AnyColumn, ilike, or, type SQL } from 'drizzle-orm';

export function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (c) => `\\${c}`);
}

export function searchAny(q: string | undefined, columns: AnyColumn[]): SQL | undefined {
  if (!q) return undefined;
  const pattern = `%${escapeLike(q)}%`;
  return or(...columns.map((c) => ilike(c, pattern)));
}
