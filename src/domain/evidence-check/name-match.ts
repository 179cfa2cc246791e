// Whether a document names the innovation, tolerant of how documents and OCR write it: case, punctuation, line
// breaks, OCR slips (0/o, 1/l, rn/m, one wrong letter in a long word), the acronym alone ("SIPANDU" for "Sistem
// Informasi Pelayanan Terpadu (SIPANDU)", or in quotes), and the word order of short names.
import { loose } from './text-views';

export type NameMatch = 'full' | 'acronym' | 'words' | null;

/** A word no text holds, standing for a line break in the loose form. */
const LINE = 'zqlinezq';

const STOP = new Set(['dan', 'di', 'ke', 'dari', 'yang', 'untuk', 'bagi', 'pada', 'dengan', 'the', 'of', 'and', 'inovasi', 'program', 'aplikasi']);

/** The forms a name may be found under: the whole name, the name without its bracketed acronym, the acronym. */
export function nameForms(name: string): { phrases: string[]; acronyms: string[]; capitals: Map<string, string> } {
  const phrases = new Set<string>();
  const acronyms = new Set<string>();
  // Short one-word forms written in capitals ("LAJU") are also ordinary words ("laju pertumbuhan"): found only in capitals.
  const capitals = new Map<string, string>();
  const noteCapitals = (raw: string) => {
    const r = raw.trim();
    if (/^[\p{Lu}\d]{2,6}$/u.test(r)) capitals.set(loose(r), r);
  };
  const whole = loose(name);
  if (whole) phrases.add(whole);
  // "Sistem Informasi Pelayanan Terpadu (SIPANDU)", "“GEMPA GENTING” Gerakan …", "SIPANDU - Sistem …".
  for (const m of name.matchAll(/[("“'‘]\s*([^)"”'’]{2,40}?)\s*[)"”'’]/g)) {
    const inner = loose(m[1]);
    if (inner.replace(/ /g, '').length >= 3) acronyms.add(inner);
    noteCapitals(m[1]);
    const rest = loose(name.replace(m[0], ' '));
    if (rest.split(' ').length >= 2) phrases.add(rest);
  }
  const dash = /^\s*([A-Z0-9-]{3,20})\s*[-–:]\s*(.+)$/.exec(name);
  if (dash) {
    acronyms.add(loose(dash[1]));
    noteCapitals(dash[1]);
    phrases.add(loose(dash[2]));
  }
  // A one-word name in capitals ("SIPANDU") is its own acronym.
  if (/^[\p{Lu}\d-]{3,20}$/u.test(name.trim())) acronyms.add(whole);
  noteCapitals(name);
  return { phrases: [...phrases].filter(Boolean), acronyms: [...acronyms].filter(Boolean), capitals };
}

/** At most one edit apart (insert, delete or replace), for OCR slips in long words. */
function nearlyEqual(a: string, b: string): boolean {
  if (a === b) return true;
  if (Math.abs(a.length - b.length) > 1 || Math.min(a.length, b.length) < 6) return false;
  let i = 0;
  let j = 0;
  let edits = 0;
  while (i < a.length && j < b.length) {
    if (a[i] === b[j]) {
      i++;
      j++;
      continue;
    }
    if (++edits > 1) return false;
    if (a.length > b.length) i++;
    else if (b.length > a.length) j++;
    else {
      i++;
      j++;
    }
  }
  return edits + (a.length - i) + (b.length - j) <= 1;
}

/** The words of the name found close together (within a window), in any order, each exactly or nearly. */
function wordsNear(textWords: string[], nameWords: string[]): boolean {
  const wanted = nameWords.filter((w) => !STOP.has(w) && w.length >= 3);
  if (wanted.length < 1 || wanted.length > 12) return false;
  const vocabulary = new Map<string, string>();
  const resolve = (word: string): string | null => {
    const cached = vocabulary.get(word);
    if (cached !== undefined) return cached || null;
    return null;
  };
  // Which text words stand for each wanted word (exact, or one edit away for long words).
  const unique = new Set(textWords);
  for (const w of wanted) {
    if (unique.has(w)) vocabulary.set(w, w);
  }
  for (const t of unique) {
    for (const w of wanted) if (!vocabulary.has(t) && nearlyEqual(t, w)) vocabulary.set(t, w);
  }
  // Close together: a short name of common words ("Layanan Kesehatan Terpadu") scattered over a page is no mention.
  const window = wanted.length + 2;
  const positions: number[][] = wanted.map(() => []);
  textWords.forEach((t, k) => {
    const w = resolve(t);
    if (w === null) return;
    wanted.forEach((x, j) => {
      if (x === w) positions[j].push(k);
    });
  });
  if (positions.some((p) => p.length === 0)) return false;
  // Rarest word first; every other word within the window around one of its occurrences.
  const order = wanted.map((_, j) => j).sort((a, b) => positions[a].length - positions[b].length);
  const [first, ...others] = order;
  return positions[first].some((at) => others.every((j) => positions[j].some((p) => Math.abs(p - at) <= window)));
}

/**
 * A table cell read with its neighbours (pdftotext -layout puts other columns between a wrapped name's parts):
 * every word of a name of three or more words within three consecutive lines. `lines` are loose lines, padded.
 */
function wordsOnNearbyLines(lines: string[], nameWords: string[]): boolean {
  const wanted = [...new Set(nameWords.filter((w) => !STOP.has(w) && w.length >= 3))].map((w) => ` ${w} `);
  if (wanted.length < 3 || wanted.length > 12) return false;
  for (let k = 0; k < lines.length; k++) {
    if (!wanted.some((w) => lines[k].includes(w))) continue;
    const span = lines.slice(k, k + 3);
    if (wanted.every((w) => span.some((l) => l.includes(w)))) return true;
  }
  return false;
}

/** The word in capitals, allowing OCR's 0/O, 1/I/l, 5/S, 8/B ("LAJU", "L4JU" no; "SIPANDU" as "S1PANDU" yes). */
function inCapitals(text: string, raw: string): boolean {
  const confusable: Record<string, string> = {
    O: '[O0]',
    '0': '[O0]',
    I: '[I1l|]',
    '1': '[I1l|]',
    L: '[L1I|]',
    S: '[S5]',
    '5': '[S5]',
    B: '[B8]',
    '8': '[B8]',
  };
  const pattern = [...raw].map((c) => confusable[c] ?? c.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('');
  return new RegExp(`(?<![\\p{L}\\p{N}])${pattern}(?![\\p{L}\\p{N}])`, 'u').test(text);
}

/** How the innovation's name is found in the text, or null. */
export function findName(text: string, name: string): NameMatch {
  // One loose pass with line breaks kept as a marker word: the whole text for phrases, its lines for table cells.
  const marked = loose(text.replace(/([a-z])-[ \t]*\n[ \t]*(?=[a-z])/gi, '$1').replace(/\n/g, ` ${LINE} `));
  const hay = ` ${marked.replaceAll(` ${LINE}`, '').replaceAll(LINE, '').trim()} `;
  const { phrases, acronyms, capitals } = nameForms(name);
  const found = (form: string) => {
    const raw = capitals.get(form);
    return raw ? inCapitals(text, raw) : hay.includes(` ${form} `);
  };
  if (phrases.some((p) => p.length >= 3 && found(p))) return 'full';
  if (acronyms.some((a) => found(a) || (a.includes(' ') && hay.includes(` ${a.replace(/ /g, '')} `)))) return 'acronym';
  const candidates = phrases.filter((p) => !capitals.has(p));
  if (!candidates.length) return null;
  const words = hay.trim().split(' ');
  if (candidates.some((p) => wordsNear(words, p.split(' ')))) return 'words';
  // Table lines are short; a long line is a paragraph, whose words say nothing about one cell.
  const lines = marked.split(LINE).map((l) => (l.length > 240 ? '' : ` ${l.trim()} `));
  if (candidates.some((p) => wordsOnNearbyLines(lines, p.split(' ')))) return 'words';
  return null;
}
