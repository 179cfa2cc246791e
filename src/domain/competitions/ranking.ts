// The ranking of a competition's entries from judges' scores — a fixed contract (issue 15, README "Competitions"),
// used by the web app and by `npm run -s cli -- rank <input.json>` alike:
// - a judge's score of an entry is 100 × Σ_c weight_c × value/max_c ÷ Σ_c weight_c, counted only if that judge
//   scored every criterion of that entry and has no conflict with it;
// - zscore: each judge's scores become (s − mean_j) / sd_j over the entries that judge scored (population standard
//   deviation; 0 when sd_j = 0);
// - an entry's score is the mean over its counted judges (entries with none are left out);
// - ties (equal to 1e-9) are broken by the tieBreak criteria in order, comparing the mean over counted judges of
//   value/max_c, higher first; entries still equal share a rank (1, 2, 2, 4).
import { z } from 'zod';

export const rankInputSchema = z.object({
  criteria: z.array(z.object({ id: z.string().min(1), weight: z.number().finite(), max: z.number().finite() })).min(1),
  scores: z.array(z.object({ judge: z.string().min(1), entry: z.string().min(1), criterion: z.string().min(1), value: z.number().finite() })),
  conflicts: z.array(z.object({ judge: z.string().min(1), entry: z.string().min(1) })).optional(),
  normalise: z.enum(['none', 'zscore']),
  tieBreak: z.array(z.string().min(1)).optional(),
});

export type RankInput = z.infer<typeof rankInputSchema>;

export interface RankedEntry {
  entry: string;
  score: number;
  rank: number;
}

/** What is wrong with an input, by field path (e.g. `scores[3].value`); empty when it can be ranked. */
export interface RankProblem {
  path: string;
  message: string;
}

const TIE = 1e-9;

export function rankInputProblems(input: RankInput): RankProblem[] {
  const problems: RankProblem[] = [];
  const max = new Map<string, number>();
  input.criteria.forEach((c, i) => {
    if (max.has(c.id)) problems.push({ path: `criteria[${i}].id`, message: `duplicate criterion "${c.id}"` });
    if (!(c.weight > 0)) problems.push({ path: `criteria[${i}].weight`, message: 'must be greater than 0' });
    if (!(c.max > 0)) problems.push({ path: `criteria[${i}].max`, message: 'must be greater than 0' });
    max.set(c.id, c.max);
  });
  const seen = new Set<string>();
  input.scores.forEach((s, i) => {
    const m = max.get(s.criterion);
    if (m === undefined) problems.push({ path: `scores[${i}].criterion`, message: `unknown criterion "${s.criterion}"` });
    else if (s.value < 0 || s.value > m) problems.push({ path: `scores[${i}].value`, message: `must be between 0 and ${m}` });
    const key = JSON.stringify([s.judge, s.entry, s.criterion]);
    if (seen.has(key)) problems.push({ path: `scores[${i}]`, message: `a second score of judge "${s.judge}" for entry "${s.entry}" on "${s.criterion}"` });
    seen.add(key);
  });
  (input.tieBreak ?? []).forEach((id, i) => {
    if (!max.has(id)) problems.push({ path: `tieBreak[${i}]`, message: `unknown criterion "${id}"` });
  });
  return problems;
}

const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;

/** Ranks the entries (the input must have no problems: rankInputProblems). */
export function rankEntries(input: RankInput): RankedEntry[] {
  const criteria = input.criteria;
  const weightSum = criteria.reduce((a, c) => a + c.weight, 0);
  const conflicted = new Set((input.conflicts ?? []).map((c) => JSON.stringify([c.judge, c.entry])));
  // value per judge, entry and criterion
  const values = new Map<string, Map<string, Map<string, number>>>();
  for (const s of input.scores) {
    const byEntry = values.get(s.judge) ?? new Map<string, Map<string, number>>();
    values.set(s.judge, byEntry);
    const byCriterion = byEntry.get(s.entry) ?? new Map<string, number>();
    byEntry.set(s.entry, byCriterion);
    byCriterion.set(s.criterion, s.value);
  }
  // The counted (judge, entry) pairs with the judge's score of the entry.
  const counted: { judge: string; entry: string; score: number; values: Map<string, number> }[] = [];
  for (const [judge, byEntry] of values)
    for (const [entry, byCriterion] of byEntry) {
      if (conflicted.has(JSON.stringify([judge, entry]))) continue;
      if (!criteria.every((c) => byCriterion.has(c.id))) continue;
      const weighted = criteria.reduce((a, c) => a + (c.weight * (byCriterion.get(c.id) as number)) / c.max, 0);
      counted.push({ judge, entry, score: (100 * weighted) / weightSum, values: byCriterion });
    }
  if (input.normalise === 'zscore') {
    const byJudge = new Map<string, typeof counted>();
    for (const c of counted) byJudge.set(c.judge, [...(byJudge.get(c.judge) ?? []), c]);
    for (const own of byJudge.values()) {
      const m = mean(own.map((c) => c.score));
      const sd = Math.sqrt(mean(own.map((c) => (c.score - m) ** 2)));
      for (const c of own) c.score = sd === 0 ? 0 : (c.score - m) / sd;
    }
  }
  const byEntry = new Map<string, typeof counted>();
  for (const c of counted) byEntry.set(c.entry, [...(byEntry.get(c.entry) ?? []), c]);
  const tieBreak = (input.tieBreak ?? []).map((id) => criteria.find((c) => c.id === id) as RankInput['criteria'][number]);
  const rows = [...byEntry].map(([entry, judged]) => ({
    entry,
    score: mean(judged.map((c) => c.score)),
    keys: tieBreak.map((c) => mean(judged.map((j) => (j.values.get(c.id) as number) / c.max))),
  }));
  const equal = (a: number, b: number) => Math.abs(a - b) <= TIE;
  const compare = (a: (typeof rows)[number], b: (typeof rows)[number]) => {
    if (!equal(a.score, b.score)) return b.score - a.score;
    for (let k = 0; k < a.keys.length; k++) if (!equal(a.keys[k], b.keys[k])) return b.keys[k] - a.keys[k];
    return 0;
  };
  rows.sort((a, b) => compare(a, b) || (a.entry < b.entry ? -1 : a.entry > b.entry ? 1 : 0));
  const ranking: RankedEntry[] = [];
  rows.forEach((r, i) => {
    const rank = i > 0 && compare(rows[i - 1], r) === 0 ? ranking[i - 1].rank : i + 1;
    ranking.push({ entry: r.entry, score: r.score, rank });
  });
  return ranking;
}
