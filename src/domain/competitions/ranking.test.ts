// The ranking contract against hand-computed cases: weighted scores, conflicts, incomplete scoring, z-scores,
// ties broken by criteria and shared ranks, and refusals naming the field.
import { describe, expect, it } from 'vitest';
import { type RankInput, rankEntries, rankInputProblems, rankInputSchema } from './ranking';

const criteria = [
  { id: 'a', weight: 3, max: 10 },
  { id: 'b', weight: 1, max: 5 },
];
const s = (judge: string, entry: string, a: number | null, b: number | null) =>
  [a === null ? null : { judge, entry, criterion: 'a', value: a }, b === null ? null : { judge, entry, criterion: 'b', value: b }].filter((x) => x !== null);
// J1: E1 = 100 × (3×0.8 + 1×0.8) / 4 = 80, E2 = 70, E3 = 75. J2: E1 = 62.5, E2 = 82.5, E3 not counted (no b).
const scores = [
  ...s('J1', 'E1', 8, 4),
  ...s('J1', 'E2', 6, 5),
  ...s('J1', 'E3', 10, 0),
  ...s('J2', 'E1', 5, 5),
  ...s('J2', 'E2', 9, 3),
  ...s('J2', 'E3', 7, null),
];
const rank = (input: Partial<RankInput>) => rankEntries(rankInputSchema.parse({ criteria, scores, normalise: 'none', ...input }));
const rounded = (r: { entry: string; score: number; rank: number }[]) => r.map((x) => ({ ...x, score: Number(x.score.toFixed(6)) }));

describe('ranking', () => {
  it('a judge counts for an entry only with every criterion scored; an entry scores the mean of its judges', () => {
    expect(rank({})).toEqual([
      { entry: 'E2', score: 76.25, rank: 1 },
      { entry: 'E3', score: 75, rank: 2 },
      { entry: 'E1', score: 71.25, rank: 3 },
    ]);
  });

  it('a conflicted judge does not count for that entry; an entry nobody counts for is left out', () => {
    expect(rank({ conflicts: [{ judge: 'J2', entry: 'E2' }] })).toEqual([
      { entry: 'E3', score: 75, rank: 1 },
      { entry: 'E1', score: 71.25, rank: 2 },
      { entry: 'E2', score: 70, rank: 3 },
    ]);
    expect(rank({ conflicts: [{ judge: 'J1', entry: 'E3' }] }).map((r) => r.entry)).toEqual(['E2', 'E1']);
  });

  it('z-scores per judge over the entries that judge scored (population sd)', () => {
    // J1: 80, 70, 75 → mean 75, sd √(50/3): z = ±1.2247449, 0. J2: 62.5, 82.5 → mean 72.5, sd 10: z = ∓1.
    expect(rounded(rank({ normalise: 'zscore' }))).toEqual([
      { entry: 'E1', score: 0.112372, rank: 1 },
      { entry: 'E3', score: 0, rank: 2 },
      { entry: 'E2', score: -0.112372, rank: 3 },
    ]);
    // A judge whose scores are all equal (or who scored one entry) gives 0.
    const one = rankEntries(rankInputSchema.parse({ criteria, scores: s('J1', 'E1', 8, 4), normalise: 'zscore' }));
    expect(one).toEqual([{ entry: 'E1', score: 0, rank: 1 }]);
  });

  it('ties are broken by the tie-break criteria in order; entries still equal share a rank (1, 2, 2, 4)', () => {
    const even = [
      { id: 'a', weight: 1, max: 10 },
      { id: 'b', weight: 1, max: 10 },
    ];
    const at = (entry: string, a: number, b: number) => [
      { judge: 'J', entry, criterion: 'a', value: a },
      { judge: 'J', entry, criterion: 'b', value: b },
    ];
    const tied = [...at('E1', 10, 0), ...at('E2', 0, 10), ...at('E3', 5, 5), ...at('E4', 2, 2), ...at('E5', 5, 5)];
    const ranked = (tieBreak?: string[]) =>
      rankEntries(rankInputSchema.parse({ criteria: even, scores: tied, normalise: 'none', tieBreak })).map((r) => [r.entry, r.rank]);
    expect(ranked()).toEqual([
      ['E1', 1],
      ['E2', 1],
      ['E3', 1],
      ['E5', 1],
      ['E4', 5],
    ]);
    expect(ranked(['a'])).toEqual([
      ['E1', 1],
      ['E3', 2],
      ['E5', 2],
      ['E2', 4],
      ['E4', 5],
    ]);
    expect(ranked(['b', 'a'])).toEqual([
      ['E2', 1],
      ['E3', 2],
      ['E5', 2],
      ['E1', 4],
      ['E4', 5],
    ]);
    // Equal within 1e-9 is a tie: 0.1 + 0.2 against 0.3 of the same criterion.
    const close = rankEntries(
      rankInputSchema.parse({
        criteria: [{ id: 'a', weight: 1, max: 1 }],
        scores: [
          { judge: 'J', entry: 'X', criterion: 'a', value: 0.1 + 0.2 },
          { judge: 'J', entry: 'Y', criterion: 'a', value: 0.3 },
        ],
        normalise: 'none',
      }),
    );
    expect(close.map((r) => r.rank)).toEqual([1, 1]);
  });

  it('names the field of an unknown criterion, a value outside 0…max, a weight ≤ 0, a second score', () => {
    const problems = rankInputProblems(
      rankInputSchema.parse({
        criteria: [
          { id: 'a', weight: 0, max: 10 },
          { id: 'b', weight: 1, max: 5 },
        ],
        scores: [
          { judge: 'J', entry: 'E', criterion: 'c', value: 1 },
          { judge: 'J', entry: 'E', criterion: 'b', value: 6 },
          { judge: 'J', entry: 'E', criterion: 'a', value: -1 },
          { judge: 'J', entry: 'E', criterion: 'a', value: 2 },
        ],
        normalise: 'none',
        tieBreak: ['z'],
      }),
    );
    expect(problems.map((p) => p.path)).toEqual([
      'criteria[0].weight',
      'scores[0].criterion',
      'scores[1].value',
      'scores[2].value',
      'scores[3]',
      'tieBreak[0]',
    ]);
    expect(rankInputProblems(rankInputSchema.parse({ criteria, scores, normalise: 'none' }))).toEqual([]);
  });
});
