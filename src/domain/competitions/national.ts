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
