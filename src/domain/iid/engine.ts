// The IID score: SPD + SID, SID = Σ maturity / MAX(k, n) + count score, IID = total / max × 100.
// Weights are turned into integers (× 10 000) so sums are exact and the order of innovations never matters;
// the only division left is the one the formula itself has. A framework is compiled once into arrays (by
// indicator position), a region's answers once per framework (region-arrays.ts), and a score is then a few
// tight loops over numbers — the national volume in milliseconds (npm run bench scoring). reference/engine.ts
// is the plain version it is held equal to, bit for bit.
import { type RegionArrays, regionArrays } from './region-arrays';
import type { Answers, Framework, Indicator, ScoreInput } from './types';

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
  /** Position of each required urusan in `required`. */
  requiredIndex: Map<string, number>;
  /** The SPD and SID indicators' codes and scaled weights by position: the layout of a region's compiled answers. */
  spdCodes: string[];
  spdWeights: Float64Array;
  sidCodes: string[];
  sidWeights: Float64Array;
  /** The codes as property keys: "16" as the number 16, which reads the same property of an answers record faster. */
  spdKeys: (string | number)[];
  sidKeys: (string | number)[];
  /** Indicator code → its position among the SPD (or SID) indicators. */
  spdPosition: Map<string, number>;
  sidPosition: Map<string, number>;
  /** The option values an answer can be raised to, by position (what the simulator offers). */
  spdOptions: number[][];
  sidOptions: number[][];
  /** SPD positions of region statistics (statistic: true), which the simulator can leave out. */
  spdStatistic: boolean[];
  breakdown: BreakdownLayout;
}

/** The breakdown's fixed part, per framework: each indicator line, and the variable each adds to. */
interface BreakdownLayout {
  lines: { code: string; aspect: 'SPD' | 'SID'; variable: string; weight: number; position: number; group: number; possible: number }[];
  /** Each variable's possible points, summed in indicator order. */
  groups: { aspect: 'SPD' | 'SID'; variable: string; possible: number }[];
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
  const required = [...new Set(framework.countScore.requiredUrusan)];
  const weightsOf = (list: Indicator[]) => Float64Array.from(list, (i) => weight.get(i.code) ?? 0);
  const positionOf = (list: Indicator[]) => new Map(list.map((i, j) => [i.code, j]));
  const spdPosition = positionOf(spd);
  const sidPosition = positionOf(sid);
  const sidOptionsByCode = new Map(sid.map((i) => [i.code, i.options.map((o) => o.value)]));
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
    required,
    requiredIndex: new Map(required.map((u, k) => [u, k])),
    spdCodes: spd.map((i) => i.code),
    spdWeights: weightsOf(spd),
    sidCodes: sid.map((i) => i.code),
    sidWeights: weightsOf(sid),
    spdKeys: spd.map((i) => propertyKey(i.code)),
    sidKeys: sid.map((i) => propertyKey(i.code)),
    spdPosition,
    sidPosition,
    spdOptions: spd.map((ind) => (framework.indicators.find((i) => i.code === ind.code)?.options ?? []).map((o) => o.value)),
    sidOptions: sid.map((ind) => sidOptionsByCode.get(ind.code) ?? []),
    spdStatistic: spd.map((i) => Boolean(i.statistic)),
    breakdown: breakdownLayout(framework, weight, maxValue, spdPosition, sidPosition),
  };
  compiledCache.set(framework, compiled);
  return compiled;
}

/** A code that is an array index ("16") as that number: record[16] is record["16"] (the same property key). */
function propertyKey(code: string): string | number {
  const n = Number(code);
  return Number.isInteger(n) && n >= 0 && n < 2 ** 32 - 1 && String(n) === code ? n : code;
}

function breakdownLayout(
  framework: Framework,
  weight: Map<string, number>,
  maxValue: Map<string, number>,
  spdPosition: Map<string, number>,
  sidPosition: Map<string, number>,
): BreakdownLayout {
  const groups: BreakdownLayout['groups'] = [];
  const groupOf = new Map<string, number>();
  const lines = framework.indicators.map((i) => {
    const key = `${i.aspect}|${i.variable}`;
    let group = groupOf.get(key);
    if (group === undefined) {
      group = groups.push({ aspect: i.aspect, variable: i.variable, possible: 0 }) - 1;
      groupOf.set(key, group);
    }
    const w = weight.get(i.code) ?? 0;
    const possible = w * (maxValue.get(i.code) ?? 0);
    groups[group].possible += possible;
    const at = (i.aspect === 'SPD' ? spdPosition : sidPosition).get(i.code) as number;
    return { code: i.code, aspect: i.aspect, variable: i.variable, weight: w, position: at, group, possible };
  });
  // Shown rounded: round once here rather than in every score.
  for (const line of lines) line.possible = r4(line.possible);
  for (const g of groups) g.possible = r4(g.possible);
  return { lines, groups };
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

/** The aggregates the whole score depends on (the simulator keeps the same ones, simulator-state.ts). */
export interface Aggregates {
  spd: number;
  maturitySum: number;
  n: number;
  /** How many sent innovations cover each required urusan. */
  coverage: Map<string, number>;
}

/** The count score of n sent innovations covering `covered` of the required urusan. */
export function countScoreCovered(c: CompiledFramework, n: number, covered: number): number {
  if (c.required.length > 0 && covered < c.framework.countScore.minUrusanCovered) return 0;
  return Math.min(n * c.countPer, c.countCap);
}

export function divisorOf(c: CompiledFramework, n: number): number {
  return Math.max(c.framework.divisorFloor, n);
}

export function predicateOf(framework: Framework, iid: number): string {
  const r = roundTo(iid, 2);
  const band = framework.bands.find((b) => r >= b.min && r <= b.max);
  return band?.label ?? '';
}

export const isSent = (i: { sent?: boolean }) => i.sent !== false;

/**
 * The aggregates from innovations as records, each innovation's maturity given by `maturity` (told whether it
 * is sent): scoreSummary's pass over stored maturities. scoreIid and the simulator work on compiled arrays.
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

/**
 * A scaled figure in score units, rounded to 4 decimals. A whole scaled number (every maturity and SPD score)
 * is already exact to 4 decimals: roundTo gives back x / SCALE for every integer up to 2^40 in magnitude
 * (|x / SCALE × SCALE − x| stays far below ½), so that case skips it — tested first as (x | 0) === x, a whole
 * number within 32 bits, which costs least.
 */
const r4 = (x: number) => ((x | 0) === x || (Number.isInteger(x) && Math.abs(x) <= 2 ** 40) ? x / SCALE : roundTo(x / SCALE, 4));

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
  return summariseCounts(framework, c, a.spd, a.maturitySum, a.n, c.required.filter((u) => (a.coverage.get(u) ?? 0) > 0).length);
}

function summariseCounts(framework: Framework, c: CompiledFramework, spd: number, maturitySum: number, n: number, covered: number) {
  const divisor = divisorOf(c, n);
  const count = countScoreCovered(c, n, covered);
  const sidIndicators = maturitySum / divisor;
  const total = spd + sidIndicators + count;
  const iidExact = c.maxScore > 0 ? (total / c.maxScore) * 100 : 0;
  const iid = roundTo(iidExact, 2);
  const summary: ScoreSummary = {
    iid,
    iidExact,
    predicate: predicateOf(framework, iid),
    spd: r4(spd),
    sid: r4(sidIndicators + count),
    countScore: r4(count),
    maxScore: framework.maxScore,
    sent: n,
    averageMaturity: n ? r4(maturitySum / n) : 0,
  };
  return { divisor, sidIndicators, total, summary };
}

/**
 * One pass over a region's compiled innovations: each one's maturity (Σ answer × weight) into `maturities`, and
 * Σ maturity and the count of the sent ones. Unanswered is 0, which adds nothing: no branch per answer, and
 * every sum is the reference's, in its order.
 */
export function sumInnovations(
  c: CompiledFramework,
  r: Pick<RegionArrays, 'count' | 'sid' | 'sent'>,
  maturities: Float64Array,
): { maturitySum: number; n: number } {
  const { sid, sent } = r;
  const weights = c.sidWeights;
  const width = weights.length;
  let maturitySum = 0;
  let n = 0;
  for (let k = 0, row = 0; k < r.count; k++, row += width) {
    let m = 0;
    for (let j = 0; j < width; j++) m += sid[row + j] * weights[j];
    maturities[k] = m;
    if (sent[k]) {
      n++;
      maturitySum += m;
    }
  }
  return { maturitySum, n };
}

/** The SPD score (scaled) of a region's compiled SPD answers. */
export function spdScoreOf(c: CompiledFramework, spd: Float64Array): number {
  const weights = c.spdWeights;
  let sum = 0;
  for (let j = 0; j < spd.length; j++) sum += spd[j] * weights[j];
  return sum;
}

/** The unrounded IID from the aggregates (required urusan covered counted): the simulator's measure. */
export function iidFrom(c: CompiledFramework, spd: number, maturitySum: number, n: number, covered: number): number {
  const total = spd + maturitySum / divisorOf(c, n) + countScoreCovered(c, n, covered);
  return c.maxScore > 0 ? (total / c.maxScore) * 100 : 0;
}

/**
 * scoreIid's working arrays, reused from one score to the next (a score never calls another and nothing keeps
 * them): allocating typed arrays per region cost more than the arithmetic done in them.
 */
const scratch = { maturities: new Float64Array(256) };

/** The working array `key` with its first `size` numbers zeroed, grown when too small. */
function zeros(key: keyof typeof scratch, size: number): Float64Array {
  if (scratch[key].length < size) scratch[key] = new Float64Array(size * 2);
  return scratch[key].fill(0, 0, size);
}

/**
 * A property computed on its first read and kept: enumerable, so that spreading, JSON and deep equality see
 * it like any other. Scoring the national volume reads only the headline figures of each region, and building
 * every region's per-innovation and per-indicator lists it never reads cost more than the arithmetic.
 */
function lazy<T extends object, K extends string, V>(target: T, key: K, compute: () => V): T & Record<K, V> {
  let value: V | undefined;
  let done = false;
  return Object.defineProperty(target, key, {
    enumerable: true,
    configurable: true,
    get() {
      if (!done) {
        value = compute();
        done = true;
      }
      return value;
    },
  }) as T & Record<K, V>;
}

/** Each innovation's maturity, in input order. */
function innovationsOf(c: CompiledFramework, r: RegionArrays): IidResult['innovations'] {
  // Recomputed from the compiled answers: the scratch array of the score may have been reused since.
  const maturities = new Float64Array(r.count);
  sumInnovations(c, r, maturities);
  const innovations = new Array<IidResult['innovations'][number]>(r.count);
  for (let k = 0; k < r.count; k++) innovations[k] = { id: r.ids[k], sent: r.sent[k] === 1, maturity: r4(maturities[k]) };
  return innovations;
}

/** Per aspect, variable and indicator: SID lines are Σ over sent innovations / divisor, so they add up to the SID part. */
function breakdownOf(c: CompiledFramework, r: RegionArrays, divisor: number, summary: ScoreSummary): IidResult['breakdown'] {
  const { lines, groups } = c.breakdown;
  const groupEarned = new Float64Array(groups.length);
  const indicators = new Array<IidResult['breakdown']['indicators'][number]>(lines.length);
  for (let l = 0; l < lines.length; l++) {
    const line = lines[l];
    const earned = line.aspect === 'SPD' ? r.spd[line.position] * line.weight : (r.answerSums[line.position] * line.weight) / divisor;
    groupEarned[line.group] += earned;
    indicators[l] = { code: line.code, aspect: line.aspect, variable: line.variable, earned: r4(earned), possible: line.possible };
  }
  return {
    aspects: [
      { aspect: 'SPD', earned: summary.spd, possible: r4(c.spdMax) },
      { aspect: 'SID', earned: summary.sid, possible: r4(c.maturityMax + c.countCap) },
    ],
    variables: groups.map((g, k) => ({ aspect: g.aspect, variable: g.variable, earned: r4(groupEarned[k]), possible: g.possible })),
    indicators,
  };
}

/** Scores one region. Deterministic; innovations may come in any order. The per-innovation and per-indicator
 * lists are computed when first read. */
export function scoreIid(framework: Framework, input: ScoreInput): IidResult {
  const c = compile(framework);
  const r = regionArrays(c, input);
  const maturities = zeros('maturities', r.count);
  const { maturitySum, n } = sumInnovations(c, r, maturities);
  const spd = spdScoreOf(c, r.spd);
  const covered: string[] = [];
  const missing: string[] = [];
  for (let u = 0; u < c.required.length; u++) (r.coverage[u] > 0 ? covered : missing).push(c.required[u]);
  const { divisor, sidIndicators, total, summary } = summariseCounts(framework, c, spd, maturitySum, n, covered.length);
  const head = {
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
      missing,
      needed: framework.countScore.minUrusanCovered,
      conditionMet: c.required.length === 0 || covered.length >= framework.countScore.minUrusanCovered,
    },
  };
  return lazy(
    lazy(head, 'innovations', () => innovationsOf(c, r)),
    'breakdown',
    () => breakdownOf(c, r, divisor, summary),
  );
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
