// Indonesian (and English) dates as documents write them: "28 Februari 2024", "28 Pebruari 2024", "tanggal 3 Jan
// 2025", "28-02-2024", "28/02/2024", "2024-02-28", with OCR slips in the year ("2O25", "2o24").

const MONTHS: [RegExp, number][] = [
  [/^jan/, 1],
  [/^(?:feb|peb)/, 2],
  [/^mar/, 3],
  [/^apr/, 4],
  [/^(?:mei|may)/, 5],
  [/^jun/, 6],
  [/^jul/, 7],
  [/^(?:agu|aug)/, 8],
  [/^sep/, 9],
  [/^(?:okt|oct)/, 10],
  [/^(?:nov|nop)/, 11],
  [/^(?:des|dec)/, 12],
];

export const MONTH_NAMES = {
  id: ['Januari', 'Februari', 'Maret', 'April', 'Mei', 'Juni', 'Juli', 'Agustus', 'September', 'Oktober', 'November', 'Desember'],
  en: ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'],
};

const MONTH_WORD =
  '(?:jan(?:uari|uary)?|feb(?:ruari|ruary)?|peb(?:ruari)?|mar(?:et|ch)?|apr(?:il)?|mei|may|jun(?:i|e)?|jul(?:i|y)?|agu(?:stus)?|agt|aug(?:ust)?|sep(?:t(?:ember)?)?|okt(?:ober)?|oct(?:ober)?|nov(?:ember)?|nop(?:ember)?|des(?:ember)?|dec(?:ember)?)';
const YEAR = '(?:[12][0-9oO]{3})';

/** A date in words: "28 Februari 2024", "3 Jan. 2025", "28 Pebruari 2O24". */
export const WORD_DATE = new RegExp(`\\b([0-3]?[0-9oO])\\s*[- ]?\\s*(${MONTH_WORD})\\.?\\s*[- ,]?\\s*(${YEAR})\\b`, 'giu');
/** A date in numbers: "28-02-2024", "28/02/2024", "28.02.2024", "2024-02-28". */
export const NUMERIC_DATE = /\b(?:([0-3]?\d)[-/.]([01]?\d)[-/.]((?:19|20)\d\d)|((?:19|20)\d\d)-([01]\d)-([0-3]\d))\b/g;

const digits = (s: string) => s.replace(/[oO]/g, '0');

function iso(y: number, m: number, d: number): string | null {
  if (!(y >= 1945 && y <= 2100 && m >= 1 && m <= 12 && d >= 1 && d <= 31)) return null;
  const dt = new Date(Date.UTC(y, m - 1, d));
  if (dt.getUTCMonth() !== m - 1) return null; // 31 Februari
  return `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

export function monthOf(word: string): number | null {
  const w = word.toLowerCase();
  for (const [re, m] of MONTHS) if (re.test(w)) return m;
  return null;
}

export interface FoundDate {
  iso: string;
  /** Offset in the searched text. */
  at: number;
}

/** Every date in the text, in order of appearance. */
export function findDates(text: string): FoundDate[] {
  const found: FoundDate[] = [];
  for (const m of text.matchAll(WORD_DATE)) {
    const month = monthOf(m[2]);
    const date = month ? iso(Number(digits(m[3])), month, Number(digits(m[1]))) : null;
    if (date) found.push({ iso: date, at: m.index ?? 0 });
  }
  for (const m of text.matchAll(NUMERIC_DATE)) {
    const date = m[1] ? iso(Number(m[3]), Number(m[2]), Number(m[1])) : iso(Number(m[4]), Number(m[5]), Number(m[6]));
    if (date) found.push({ iso: date, at: m.index ?? 0 });
  }
  return found.sort((a, b) => a.at - b.at);
}

/** The first date in the text, or null. */
export function parseDate(text: string): string | null {
  return findDates(text)[0]?.iso ?? null;
}

/** "2024-02-28" → "28 Februari 2024" / "28 February 2024". */
export function formatDate(isoDate: string, locale: 'id' | 'en'): string {
  const [y, m, d] = isoDate.split('-').map(Number);
  if (!y || !m || !d) return isoDate;
  return `${d} ${MONTH_NAMES[locale][m - 1]} ${y}`;
}

/** Four-digit years 1945–2100 written in the text ("TAHUN 2O25" read as 2025). */
export function yearsIn(text: string): number[] {
  const out: number[] = [];
  for (const m of text.matchAll(/(?<![\d])((?:19|20)[0-9oO]{2})(?![\d])/g)) {
    const y = Number(digits(m[1]));
    if (y >= 1945 && y <= 2100) out.push(y);
  }
  return out;
}
