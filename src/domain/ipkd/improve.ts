// What to improve first: every indicator short of a full score, by the IPKD points it would add at full score,
// most first, and whether that alone reaches the next predicate. The same idea as the IID simulator's best actions.
import { type IpkdResult, predicateOf } from './compute';
import type { IpkdPredicate, IpkdRules } from './framework';
import { round4 } from './validate';

export interface IpkdAction {
  indicatorId: string;
  dimensionId: string;
  /** No value entered yet (entering one is the first step), or a value short of the full score. */
  kind: 'missing' | 'short';
  score: number | null;
  gain: number;
  /** The predicate the IPKD would have with this gain alone (null: unchanged). */
  reaches: IpkdPredicate | null;
}

export function ipkdActions(rules: IpkdRules, result: IpkdResult, limit = 10): IpkdAction[] {
  const actions: IpkdAction[] = [];
  for (const d of result.dimensions)
    for (const i of d.indicators) {
      const gain = round4(i.maxPoints - i.points);
      if (gain <= 0) continue;
      const after = predicateOf(rules, round4(result.ipkd + gain));
      actions.push({
        indicatorId: i.id,
        dimensionId: d.id,
        kind: i.score === null ? 'missing' : 'short',
        score: i.score === null ? null : round4(i.score),
        gain,
        reaches: after === result.predicate ? null : after,
      });
    }
  return actions.sort((a, b) => b.gain - a.gain || a.indicatorId.localeCompare(b.indicatorId)).slice(0, limit);
}

/** Points still needed for the next predicate (null at A). */
export function pointsToNextPredicate(rules: IpkdRules, ipkd: number): { predicate: IpkdPredicate; points: number } | null {
  if (ipkd >= rules.bands.A) return null;
  const next = ipkd >= rules.bands.B ? 'A' : 'B';
  return { predicate: next, points: round4(rules.bands[next] - ipkd) };
}
