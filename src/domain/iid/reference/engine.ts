// REFERENCE ONLY — not used by the app. The IID engine as plainly written before it was compiled to typed
// arrays (engine.ts, region-arrays.ts): per-innovation records, Maps and one pass. The compiled engine is held
// equal to it bit for bit by compiled.test.ts; change both together, never this one alone.
//
// The IID score: SPD + SID, SID = Σ maturity / MAX(k, n) + count score, IID = total / max × 100.
// Weights are turned into integers (× 10 000) so sums are exact and the order of innovations never matters;
// the only division left is the one the formula itself has.
import type { Answers, Framework, Indicator, ScoreInput } from '../types';

export const SCALE = 10_000;

export const scaled = (x: number) => Math.round(x * SCALE);
export const unscaled = (x: number) => x / SCALE;

/** Rounds half up to `digits` decimals without binary-fraction surprises (73.445 → 73.45). */
export function roundTo(x: number, digits: number): number {
  const f = 10 ** digits;
  return Math.round((x + Math.sign(x) * Number.EPSILON * Math.abs(x)) * f) / f;
}

/** Precomputed, integer-weighted view of a framework: built once, used for every score and simulation. */
export interface CompiledFramework {
  framework: Framework;
  spd: Indicator[];
  sid: Indicator[];
  weight: Map<string, number>;
  maxValue: Map<string, number>;
  spdMax: number;
  maturityMax: number;
  countPer: number;
  countCap: number;
  maxScore: number;
  required: string[];
}

const compiledCache = new WeakMap<Framework, CompiledFramework>();

export function compile(framework: Framework): CompiledFramework {
  const hit = compiledCache.get(framework);
  if (hit) return hit;
  const weight = new Map<string, number>();
  const maxValue = new Map<string, number>();
  for (const i of framework.indicators) {
    weight.set(i.code, scaled(i.weight));
    maxValue.set(i.code, Math.max(0, ...i.options.map((o) => o.value)));
  }
  const spd = framework.indicators.filter((i) => i.aspect === 'SPD');
  const sid = framework.indicators.filter((i) => i.aspect === 'SID');
  const maxOf = (list: Indicator[]) => list.reduce((s, i) => s + (weight.get(i.code) ?? 0) * (maxValue.get(i.code) ?? 0), 0);
  const compiled: CompiledFramework = {
    framework,
    spd,
    sid,
    weight,
    maxValue,
    spdMax: maxOf(spd),
    maturityMax: maxOf(sid),
    countPer: scaled(framework.countScore.perInnovation),
    countCap: scaled(framework.countScore.cap),
    maxScore: scaled(framework.maxScore),
    required: [...new Set(framework.countScore.requiredUrusan)],
  };
  compiledCache.set(framework, compiled);
  return compiled;
}

/** Sum of value × weight over the given indicators (scaled integer). */
export function answersScore(c: CompiledFramework, indicators: Indicator[], answers: Answers): number {
  let sum = 0;
  for (const i of indicators) {
    const v = answers[i.code];
    if (v) sum += v * (c.weight.get(i.code) ?? 0);
  }
  return sum;
}

export const maturityOf = (c: CompiledFramework, answers: Answers) => answersScore(c, c.sid, answers);

/** The aggregates the whole score depends on. The simulator changes these, never the raw data. */
export interface Aggregates {
  spd: number;
  maturitySum: number;
  n: number;
  /** How many sent innovations cover each required urusan. */
  coverage: Map<string, number>;
}

export function countScoreOf(c: CompiledFramework, n: number, coverage: Map<string, number>): number {
  const covered = c.required.filter((u) => (coverage.get(u) ?? 0) > 0).length;
  if (c.required.length > 0 && covered < c.framework.countScore.minUrusanCovered) return 0;
  return Math.min(n * c.countPer, c.countCap);
}

export function divisorOf(c: CompiledFramework, n: number): number {
  return Math.max(c.framework.divisorFloor, n);
}

/** Total score (scaled, may be fractional because of the divisor). */
export function totalOf(c: CompiledFramework, a: Aggregates): number {
  return a.spd + a.maturitySum / divisorOf(c, a.n) + countScoreOf(c, a.n, a.coverage);
}

export function iidOf(c: CompiledFramework, a: Aggregates): number {
  return c.maxScore > 0 ? (totalOf(c, a) / c.maxScore) * 100 : 0;
}

export function predicateOf(framework: Framework, iid: number): string {
  const r = roundTo(iid, 2);
  const band = framework.bands.find((b) => r >= b.min && r <= b.max);
  return band?.label ?? '';
}

export const isSent = (i: { sent?: boolean }) => i.sent !== false;

/**
 * The one pass over a region's innovations that every score is made of: each innovation's maturity and the
 * aggregates of the sent ones. `maturity` is called once per innovation, told whether it is sent: from its
 * answers (scoreIid, the simulator) or already stored (scoreSummary).
 */
export function aggregate<I extends { sent?: boolean; urusan: string[] }>(
  c: CompiledFramework,
  spdAnswers: Answers,
  innovations: readonly I[],
  maturity: (inv: I, sent: boolean) => number,
): { aggregates: Aggregates; maturities: number[] } {
  const coverage = new Map<string, number>();
  const requiredSet = new Set(c.required);
  let maturitySum = 0;
  let n = 0;
  const maturities = new Array<number>(innovations.length);
  for (let k = 0; k < innovations.length; k++) {
    const inv = innovations[k];
    const sent = isSent(inv);
    const m = maturity(inv, sent);
    maturities[k] = m;
    if (!sent) continue;
    n++;
    maturitySum += m;
    for (const u of inv.urusan.length > 1 ? new Set(inv.urusan) : inv.urusan) if (requiredSet.has(u)) coverage.set(u, (coverage.get(u) ?? 0) + 1);
  }
  return { aggregates: { spd: answersScore(c, c.spd, spdAnswers), maturitySum, n, coverage }, maturities };
}

export interface BreakdownLine {
  earned: number;
  possible: number;
}

export interface IidResult {
  frameworkId: string;
  spd: number;
  /** Σ maturity / MAX(k, n): the SID part from the indicators. */
  sidIndicators: number;
  countScore: number;
  sid: number;
  total: number;
  maxScore: number;
  /** 0–100, two decimals. */
  iid: number;
  /** Unrounded, for comparisons (the simulator's gains are exact against this). */
  iidExact: number;
  predicate: string;
  sent: number;
  divisor: number;
  averageMaturity: number;
  maturityMax: number;
  urusan: { required: string[]; covered: string[]; missing: string[]; needed: number; conditionMet: boolean };
  innovations: { id: string; sent: boolean; maturity: number }[];
  breakdown: {
    aspects: ({ aspect: 'SPD' | 'SID' } & BreakdownLine)[];
    variables: ({ aspect: 'SPD' | 'SID'; variable: string } & BreakdownLine)[];
    indicators: ({ code: string; aspect: 'SPD' | 'SID'; variable: string } & BreakdownLine)[];
  };
}

const r4 = (x: number) => roundTo(unscaled(x), 4);

/** The headline figures of a region score (scoreIid adds the breakdown to them). */
export interface ScoreSummary {
  iid: number;
  iidExact: number;
  predicate: string;
  spd: number;
  sid: number;
  countScore: number;
  maxScore: number;
  sent: number;
  averageMaturity: number;
}

/** The headline figures from the aggregates, and the unrounded parts scoreIid's breakdown is made of. */
function summarise(framework: Framework, c: CompiledFramework, a: Aggregates) {
  const divisor = divisorOf(c, a.n);
  const count = countScoreOf(c, a.n, a.coverage);
  const sidIndicators = a.maturitySum / divisor;
  const total = a.spd + sidIndicators + count;
  const iidExact = c.maxScore > 0 ? (total / c.maxScore) * 100 : 0;
  const iid = roundTo(iidExact, 2);
  const summary: ScoreSummary = {
    iid,
    iidExact,
    predicate: predicateOf(framework, iid),
    spd: r4(a.spd),
    sid: r4(sidIndicators + count),
    countScore: r4(count),
    maxScore: framework.maxScore,
    sent: a.n,
    averageMaturity: a.n ? r4(a.maturitySum / a.n) : 0,
  };
  return { divisor, sidIndicators, total, summary };
}

/** Scores one region. Deterministic; innovations may come in any order. */
export function scoreIid(framework: Framework, input: ScoreInput): IidResult {
  const c = compile(framework);
  // One pass over the innovations: maturities, aggregates and per-indicator sums together.
  const sidCodes = c.sid.map((i) => i.code);
  const sidWeights = sidCodes.map((code) => c.weight.get(code) ?? 0);
  const sidValueSums = new Array<number>(sidCodes.length).fill(0);
  const { aggregates: a, maturities } = aggregate(c, input.region.answers, input.innovations, (inv, sent) => {
    let m = 0;
    for (let j = 0; j < sidCodes.length; j++) {
      const v = inv.answers[sidCodes[j]];
      if (!v) continue;
      m += v * sidWeights[j];
      if (sent) sidValueSums[j] += v;
    }
    return m;
  });
  const { divisor, sidIndicators, total, summary } = summarise(framework, c, a);

  // Per-indicator breakdown: SID lines are Σ over sent innovations / divisor, so they add up to the SID part.
  const sidIndex = new Map(sidCodes.map((code, j) => [code, j]));
  const indicatorLines = framework.indicators.map((i) => {
    const w = c.weight.get(i.code) ?? 0;
    const possible = w * (c.maxValue.get(i.code) ?? 0);
    const earned = i.aspect === 'SPD' ? (input.region.answers[i.code] ?? 0) * w : (sidValueSums[sidIndex.get(i.code) as number] * w) / divisor;
    return { code: i.code, aspect: i.aspect, variable: i.variable, earned, possible };
  });
  const variables = new Map<string, { aspect: 'SPD' | 'SID'; variable: string; earned: number; possible: number }>();
  for (const l of indicatorLines) {
    const key = `${l.aspect}|${l.variable}`;
    const v = variables.get(key) ?? { aspect: l.aspect, variable: l.variable, earned: 0, possible: 0 };
    v.earned += l.earned;
    v.possible += l.possible;
    variables.set(key, v);
  }
  const covered = c.required.filter((u) => (a.coverage.get(u) ?? 0) > 0);
  return {
    frameworkId: framework.id,
    spd: summary.spd,
    sidIndicators: r4(sidIndicators),
    countScore: summary.countScore,
    sid: summary.sid,
    total: r4(total),
    maxScore: summary.maxScore,
    iid: summary.iid,
    iidExact: summary.iidExact,
    predicate: summary.predicate,
    sent: summary.sent,
    divisor,
    averageMaturity: summary.averageMaturity,
    maturityMax: r4(c.maturityMax),
    urusan: {
      required: c.required,
      covered,
      missing: c.required.filter((u) => !covered.includes(u)),
      needed: framework.countScore.minUrusanCovered,
      conditionMet: c.required.length === 0 || covered.length >= framework.countScore.minUrusanCovered,
    },
    innovations: input.innovations.map((inv, k) => ({ id: inv.id, sent: isSent(inv), maturity: r4(maturities[k]) })),
    breakdown: {
      aspects: [
        { aspect: 'SPD', earned: summary.spd, possible: r4(c.spdMax) },
        { aspect: 'SID', earned: summary.sid, possible: r4(c.maturityMax + c.countCap) },
      ],
      variables: [...variables.values()].map((v) => ({ ...v, earned: r4(v.earned), possible: r4(v.possible) })),
      indicators: indicatorLines.map((l) => ({ ...l, earned: r4(l.earned), possible: r4(l.possible) })),
    },
  };
}

/** An innovation reduced to what the region score needs: its maturity (scaled) is already computed. */
export interface MaturityInput {
  sent: boolean;
  urusan: string[];
  /** Σ value × weight over the SID indicators, scaled ×SCALE (see maturityOf). */
  maturity: number;
}

/**
 * The region score from stored per-innovation maturities — the same numbers as scoreIid without needing
 * every answer of every innovation (what the send preview compares before and after one change).
 */
export function scoreSummary(framework: Framework, spdAnswers: Answers, innovations: MaturityInput[]): ScoreSummary {
  const c = compile(framework);
  return summarise(framework, c, aggregate(c, spdAnswers, innovations, (inv) => inv.maturity).aggregates).summary;
}
