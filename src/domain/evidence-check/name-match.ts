// Whether a document names the innovation, tolerant of how documents and OCR write it: case, punctuation, line
// breaks, OCR slips (0/o, 1/l, rn/m, one wrong letter in a long word), the acronym alone ("SIPANDU" for "Sistem
// Informasi Pelayanan Terpadu (SIPANDU)", or in quotes), and the word order of short names.
import { loose } from './text-views';

export type NameMatch = 'full' | 'acronym' | 'words' | null;

const STOP = new Set(['dan', 'di', 'ke', 'dari', 'yang', 'untuk', 'bagi', 'pada', 'dengan', 'the', 'of', 'and', 'inovasi', 'program', 'aplikasi']);

/** The forms a name may be found under: the whole name, the name without its bracketed acronym, the acronym. */
export function nameForms(name: string): { phrases: string[]; acronyms: string[] } {
  const phrases = new Set<string>();
  const acronyms = new Set<string>();
  const whole = loose(name);
  if (whole) phrases.add(whole);
  // "Sistem Informasi Pelayanan Terpadu (SIPANDU)", "“GEMPA GENTING” Gerakan …", "SIPANDU - Sistem …".
  for (const m of name.matchAll(/[("“'‘]\s*([^)"”'’]{2,40}?)\s*[)"”'’]/g)) {
    const inner = loose(m[1]);
    if (inner.replace(/ /g, '').length >= 3) acronyms.add(inner);
    const rest = loose(name.replace(m[0], ' '));
    if (rest.split(' ').length >= 2) phrases.add(rest);
  }
  const dash = /^\s*([A-Z0-9-]{3,20})\s*[-–:]\s*(.+)$/.exec(name);
  if (dash) {
    acronyms.add(loose(dash[1]));
    phrases.add(loose(dash[2]));
  }
  // A one-word name in capitals ("SIPANDU") is its own acronym.
  if (/^[\p{Lu}\d-]{3,20}$/u.test(name.trim())) acronyms.add(whole);
  return { phrases: [...phrases].filter(Boolean), acronyms: [...acronyms].filter(Boolean) };
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
  const window = wanted.length * 2 + 2;
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

/** How the innovation's name is found in the text, or null. */
export function findName(text: string, name: string): NameMatch {
  const hay = ` ${loose(text)} `;
  const { phrases, acronyms } = nameForms(name);
  if (phrases.some((p) => p.length >= 3 && hay.includes(` ${p} `))) return 'full';
  if (acronyms.some((a) => hay.includes(` ${a} `) || hay.includes(` ${a.replace(/ /g, '')} `))) return 'acronym';
  const words = hay.trim().split(' ');
  if (phrases.some((p) => wordsNear(words, p.split(' ')))) return 'words';
  return null;
}
