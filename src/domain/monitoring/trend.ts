// The IID trend as a row per calendar year: official results where one was published, a gap (null) where
// none was, and this year's forecast (claimed and verified) apart from the official line.

export interface TrendYear {
  year: number;
  official: number | null;
}

/** Every year from the first official result to the current one, none skipped; years without a result are null. */
export function trendYears(history: { year: number; iid: number }[], currentYear: number): TrendYear[] {
  const byYear = new Map(history.map((h) => [h.year, h.iid]));
  const years = [...byYear.keys(), currentYear];
  const first = Math.min(...years);
  const last = Math.max(...years);
  const out: TrendYear[] = [];
  for (let y = first; y <= last; y++) out.push({ year: y, official: byYear.get(y) ?? null });
  return out;
}
