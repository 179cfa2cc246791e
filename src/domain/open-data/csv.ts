// The open data API's CSV: RFC 4180 with a comma between fields and CRLF between records, UTF-8 with a byte-order
// mark (so Excel reads Indonesian names right), a header row of the JSON field names. Numbers are written as
// JavaScript writes them (a dot before decimals, no thousands separator: machine-readable, e.g. 84.46), empty for
// null; lists are joined with "|". A text cell starting with = + - @ or a tab is prefixed with an apostrophe so a
// spreadsheet never runs it as a formula (OWASP CSV injection); numbers are never touched.

export const CSV_BOM = '\uFEFF';
export const CSV_CONTENT_TYPE = 'text/csv; charset=utf-8';

export type CsvValue = string | number | boolean | null | undefined | readonly (string | number)[];

const NEEDS_QUOTES = /[",\r\n]|^\s|\s$/;
const FORMULA_START = /^[=+\-@\t\r]/;

/** One cell as written in the file. */
export function csvCell(value: CsvValue): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  if (typeof value === 'boolean') return value ? 'true' : 'false';
  let text = Array.isArray(value) ? value.join('|') : String(value);
  if (FORMULA_START.test(text)) text = `'${text}`;
  return NEEDS_QUOTES.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** A whole file: the BOM, the header row, one record per row (columns in the header's order). */
export function toCsv<T extends Record<string, unknown>>(columns: readonly (keyof T & string)[], rows: readonly T[]): string {
  const lines = [columns.map((c) => csvCell(c)).join(',')];
  for (const row of rows) lines.push(columns.map((c) => csvCell(row[c] as CsvValue)).join(','));
  return `${CSV_BOM}${lines.join('\r\n')}\r\n`;
}
