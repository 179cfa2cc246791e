// From judges' scores to a stage's ranking, who goes on, and the final ranking (stage weights), all through the
// ranking contract (ranking.ts) so that the web app, the server and the CLI agree to the last digit.
import { type RankedEntry, rankEntries } from './ranking';
import { rankCriteria, type Stage } from './template';

export interface StageScore {
  judge: string;
  entry: string;
  criterion: string;
  value: number;
}

export const stageRanking = (stage: Stage, scores: readonly StageScore[], conflicts: readonly { judge: string; entry: string }[]): RankedEntry[] =>
  rankEntries({ criteria: rankCriteria(stage), scores: [...scores], conflicts: [...conflicts], normalise: stage.normalise, tieBreak: stage.tieBreak });

/**
 * The entries that go on: per group the ones ranked within the group's top N (its quota, else the stage's topN;
 * null: everyone ranked). An entry tied with the last place goes on too — a cut never splits a tie.
 */
export function advancing(stage: Stage, ranking: readonly RankedEntry[], groupOf: (entry: string) => string): Set<string> {
  const byGroup = new Map<string, RankedEntry[]>();
  for (const r of ranking) byGroup.set(groupOf(r.entry), [...(byGroup.get(groupOf(r.entry)) ?? []), r]);
  const out = new Set<string>();
  for (const [group, rows] of byGroup) {
    const n = stage.quotas[group] ?? stage.topN;
    if (n === null) {
      for (const r of rows) out.add(r.entry);
      continue;
    }
    if (n === 0) continue;
    // Rows are in overall rank order; the group's own ranks follow the same ties.
    let groupRank = 0;
    rows.forEach((r, i) => {
      if (i === 0 || r.rank !== rows[i - 1].rank) groupRank = i + 1;
      if (groupRank <= n) out.add(r.entry);
    });
  }
  return out;
}

/** One entry's score per stage (stage id → score), for the stages it was ranked in. */
export type StageScores = Map<string, Map<string, number>>;

/**
 * The final ranking of the entries that reached the end: Σ weight_s × score_s ÷ Σ weight_s over the weighted
 * scored stages each was ranked in (stages of weight 0 only select). Equal totals (1e-9) share a rank.
 */
export function finalRanking(stages: readonly Stage[], scores: StageScores, finalists: readonly string[]): RankedEntry[] {
  const weighted = stages.filter((s) => s.kind === 'scored' && s.weight > 0);
  const rows = finalists
    .map((entry) => {
      let sum = 0;
      let w = 0;
      for (const s of weighted) {
        const v = scores.get(s.id)?.get(entry);
        if (v === undefined) continue;
        sum += s.weight * v;
        w += s.weight;
      }
      return { entry, score: w > 0 ? sum / w : Number.NaN };
    })
    .filter((r) => !Number.isNaN(r.score))
    .sort((a, b) => (Math.abs(a.score - b.score) <= 1e-9 ? 0 : b.score - a.score) || (a.entry < b.entry ? -1 : 1));
  const out: RankedEntry[] = [];
  rows.forEach((r, i) => {
    const rank = i > 0 && Math.abs(rows[i - 1].score - r.score) <= 1e-9 ? out[i - 1].rank : i + 1;
    out.push({ ...r, rank });
  });
  return out;
}
