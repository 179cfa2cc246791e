// IPKD = Σ (bobot dimensi × indeks dimensi): each indicator's value scores 0 … 100 by its rule, a dimension's
// index is the weighted mean of its indicators' scores (an indicator without a value scores 0: the national
// application counts missing data as nothing), and the predicate follows the bands.
import type { IpkdFramework, IpkdIndicator, IpkdPredicate, IpkdRules } from './framework';
import { round4 } from './validate';

export type IpkdValues = ReadonlyMap<string, number | string>;

/** The score (0 … 100) an indicator's value earns; null when there is no value or it cannot be scored. */
export function indicatorScore(indicator: IpkdIndicator, value: number | string | undefined): number | null {
  if (value === undefined) return null;
  const rule = indicator.scoring;
  if (rule.kind === 'choice') return rule.options.find((o) => o.value === value)?.score ?? null;
  if (typeof value !== 'number' || !Number.isFinite(value)) return null;
  if (rule.kind === 'threshold') return (rule.op === 'atMost' ? value <= rule.limit : value >= rule.limit) ? 100 : rule.otherwise;
  const share = (value - rule.zeroAt) / (rule.fullAt - rule.zeroAt);
  return Math.min(100, Math.max(0, share * 100));
}

export interface IpkdIndicatorResult {
  id: string;
  score: number | null;
  /** Its share of the whole IPKD when it scores 100 (dimension weight × its share of the dimension). */
  maxPoints: number;
  points: number;
}

export interface IpkdDimensionResult {
  id: string;
  weight: number;
  index: number;
  indicators: IpkdIndicatorResult[];
  /** Indicators with a value ÷ all. */
  answered: number;
  total: number;
}

export interface IpkdResult {
  ipkd: number;
  predicate: IpkdPredicate;
  dimensions: IpkdDimensionResult[];
  answered: number;
  total: number;
}

export function scoreIpkd(rules: IpkdRules | IpkdFramework, values: IpkdValues): IpkdResult {
  let ipkd = 0;
  let answered = 0;
  let total = 0;
  const dimensions = rules.dimensions.map((d): IpkdDimensionResult => {
    const weights = d.indicators.reduce((s, i) => s + i.weight, 0);
    let index = 0;
    let dimAnswered = 0;
    const indicators = d.indicators.map((i): IpkdIndicatorResult => {
      const score = indicatorScore(i, values.get(i.id));
      if (score !== null) dimAnswered++;
      const share = i.weight / weights;
      index += share * (score ?? 0);
      const maxPoints = (d.weight / 100) * share * 100;
      return { id: i.id, score, maxPoints, points: (maxPoints * (score ?? 0)) / 100 };
    });
    ipkd += (d.weight / 100) * index;
    answered += dimAnswered;
    total += d.indicators.length;
    return { id: d.id, weight: d.weight, index: round4(index), indicators, answered: dimAnswered, total: d.indicators.length };
  });
  const rounded = round4(ipkd);
  return { ipkd: rounded, predicate: predicateOf(rules, rounded), dimensions, answered, total };
}

export function predicateOf(rules: Pick<IpkdRules, 'bands'>, ipkd: number): IpkdPredicate {
  if (ipkd >= rules.bands.A) return 'A';
  if (ipkd >= rules.bands.B) return 'B';
  return 'C';
}
