// Views of a document's text as a PDF text layer or OCR gives it: words split over lines, ragged spacing, OCR
// confusions (0/O, 1/l/I, rn/m). Detection reads the cleaned lines; name matching reads the "loose" form, in which the
// confusable characters are folded the same way in the text and in the name, so either may carry the error.

/** Longest text the detector reads (about 300 pages); beyond that only the head and the tail are kept. */
export const MAX_TEXT = 1_000_000;

/** The head and tail of an over-long text: headings and signatures live there. */
export function bounded(text: string): string {
  if (text.length <= MAX_TEXT) return text;
  const half = MAX_TEXT / 2;
  return `${text.slice(0, half)}\n${text.slice(text.length - half)}`;
}

/** Lines with words re-joined across hyphenated breaks, spaces collapsed, form feeds (page breaks) as line breaks. */
export function cleanLines(text: string): string[] {
  const joined = bounded(text)
    .replace(/\r\n?|\f|\u2028|\u2029/g, '\n')
    .replace(/[\u00ad]/g, '')
    // "pelayan-\nan" → "pelayanan" (a lowercase letter on both sides: not "Kab.-\nMojokerto" lists).
    .replace(/([a-z])-[ \t]*\n[ \t]*([a-z])/g, '$1$2');
  // One pass over the whole text, then a cheap trim per line (a 100-page text in about a millisecond).
  // Only runs of spaces and odd blanks are replaced (replacing every single space costs more than the rest).
  return joined
    .replace(/ {2,}|[\t\u00a0\u2000-\u200b][ \t\u00a0\u2000-\u200b]*/g, ' ')
    .split('\n')
    .map((l) => l.trim());
}

/**
 * Upper-case view of a heading line with OCR slips inside words fixed: "N0MOR" → "NOMOR", "KEPUTUSAN BUPAT1" →
 * "KEPUTUSAN BUPATI", "PERATURAN WALIK0TA" → "PERATURAN WALIKOTA". Digits between letters only: "188.45/2025" stays.
 */
export function upperFixed(line: string): string {
  return line
    .toUpperCase()
    .replace(/(?<=[A-Z])0|0(?=[A-Z]{2})/g, 'O')
    .replace(/(?<=[A-Z])[1|](?=[A-Z]|\b)|(?<=\b)[1|](?=[A-Z]{2})/g, 'I')
    .replace(/(?<=[A-Z])5(?=[A-Z])/g, 'S');
}

/** Characters OCR confuses, folded to one representative (applied to text and name alike). */
const FOLD: Record<string, string> = { '0': 'o', '1': 'l', i: 'l', '|': 'l', '!': 'l', '5': 's', '8': 'b' };

/**
 * The loose form for matching names: lower case, accents removed, "rn" read as "m", confusable characters folded,
 * anything not a letter or digit a single space.
 */
export function loose(text: string): string {
  let s = bounded(text);
  // Accents only exist outside ASCII: most PDF text layers skip the (slow) Unicode normalisation and classes.
  const ascii = !/[^\t-~]/.test(s);
  if (!ascii) s = s.normalize('NFKD').replace(/[\u0300-\u036f]/g, '');
  s = s
    .toLowerCase()
    .replace(/([a-z])-\s*\n\s*([a-z])/g, '$1$2')
    .replaceAll('rn', 'm');
  // Native replaceAll per character: a callback for every "i" would cost more than the rest of the reading.
  for (const [from, to] of Object.entries(FOLD)) s = s.replaceAll(from, to);
  s = ascii ? s.replace(/[^a-z0-9 ][^a-z0-9]*| {2,}/g, ' ') : s.replace(/[^\p{L}\p{N} ][^\p{L}\p{N}]*| {2,}/gu, ' ');
  return s.replace(/ {2,}/g, ' ').trim();
}

/** Words of the loose form. */
export const looseWords = (text: string): string[] => {
  const l = loose(text);
  return l ? l.split(' ') : [];
};

/** "KEPALA DINAS KESEHATAN" → "Kepala Dinas Kesehatan" (for sentences); short acronyms stay upper case. */
export function titleCase(s: string): string {
  const keepUpper = /^(?:RSUD|UPTD|UPT|OPD|PD|DPRD|BPKAD|BAPPEDA|BKPSDM|RI|SD|SMP|SMA|SMK|PPKB|PMD|DPMPTSP|PUPR|II|III|IV)$/;
  return s
    .toLowerCase()
    .split(' ')
    .map((w) => (keepUpper.test(w.toUpperCase().replace(/[,.]/g, '')) ? w.toUpperCase() : w.replace(/^\p{L}/u, (c) => c.toUpperCase())))
    .join(' ')
    .replace(/\bA\.n\.|\bA\.N\./g, 'a.n.')
    .replace(/\b(Dan|Dengan|Di|Pada|Atas|Nama)\b/g, (w) => w.toLowerCase());
}
