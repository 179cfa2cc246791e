// National and provincial competitions an innovation took part in outside Inovda (KIPP, IGA, Inotek, KOVABLIK…),
// recorded by the region with year and evidence: its track record, the KIPP eligibility check ("never a top
// winner") and the awards behind the innovator-reward records (SPD indicator 12).
export const NATIONAL_PROGRAMMES = ['kipp', 'iga', 'inotek', 'kovablik', 'other'] as const;
export type NationalProgramme = (typeof NATIONAL_PROGRAMMES)[number];

export const NATIONAL_RESULTS = ['submitted', 'top99', 'top45', 'replikasi', 'outstanding', 'nominee', 'winner', 'other'] as const;
export type NationalResult = (typeof NATIONAL_RESULTS)[number];

/** Results that make an innovation a past top winner of its programme (KIPP: Top 45 and above). */
export const TOP_WINNER_RESULTS: readonly NationalResult[] = ['top45', 'outstanding', 'winner'];

/** Results that are an award (a piagam at least): what SPD 12's innovator-reward records start from. */
export const AWARD_RESULTS: readonly NationalResult[] = ['top99', 'top45', 'replikasi', 'outstanding', 'winner'];

const PROGRAMME_NAME: Record<NationalProgramme, string> = { kipp: 'KIPP', iga: 'IGA', inotek: 'Inotek', kovablik: 'KOVABLIK', other: '' };
const RESULT_NAME: Partial<Record<NationalResult, string>> = {
  top99: 'Top 99',
  top45: 'Top 45',
  replikasi: 'Top Replikasi',
  outstanding: 'Outstanding Achievement',
  winner: 'Pemenang',
  nominee: 'Nominasi',
};

/** An award as documents name it: its published title, else "Top 45 KIPP 2025" from its parts (Bahasa Indonesia). */
export function nationalAwardName(a: { programme: NationalProgramme; result: NationalResult; title: string | null; year: number }): string {
  if (a.title?.trim()) return a.title.trim();
  return [RESULT_NAME[a.result] ?? 'Hasil', PROGRAMME_NAME[a.programme], a.year].filter(Boolean).join(' ');
}
