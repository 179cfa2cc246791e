// The simulator's working state: a region's compiled answers (region-arrays.ts), copied so a plan can change
// them, and the aggregates the score depends on (SPD, Σ maturity, n, urusan coverage). Every candidate action
// is weighed from the aggregates in constant time, without making it into an object; a plan's step changes the
// arrays and aggregates by that action's delta. The arithmetic is the reference simulator's, step for step
// (reference/simulator.ts), so gains and plans are equal to it bit for bit.
import { type CompiledFramework, countScoreCovered, iidFrom, maturityOf, roundTo, spdScoreOf, sumInnovations, unscaled } from './engine';
import { addRequired, answerValue, regionArrays } from './region-arrays';
import type { Answers, ScoreInput } from './types';

/** What a candidate action is; with its row (innovation), position (indicator) and values it names one action. */
export const Kind = {
  FinishRegionVerification: 0,
  RaiseRegionAnswer: 1,
  SendInnovation: 2,
  WithdrawInnovation: 3,
  FinishVerification: 4,
  RaiseInnovationAnswer: 5,
  AddInnovation: 6,
} as const;
export type Kind = (typeof Kind)[keyof typeof Kind];

/**
 * Called once per candidate, in the reference's order: `row` is the innovation (for AddInnovation the required
 * urusan's position it covers, −1 for none), `j` the indicator's position, `after` the exact IID after it.
 */
export type Visit = (kind: Kind, row: number, j: number, from: number, to: number, after: number) => void;

export interface SimState {
  c: CompiledFramework;
  /** Innovations (rows), the region's own first, then those a plan added. */
  count: number;
  ids: string[];
  /** Required urusan each row covers: positions in c.required, each once. */
  covers: number[][];
  /** Row k's answer to SID indicator j at k × width + j (room for more rows than `count`). */
  sid: Float64Array;
  sent: Uint8Array;
  /** Scaled maturity per row. */
  maturities: Float64Array;
  /** The input's answers per row, for codes outside the SID indicators (a pending item may name one). */
  answers: (Answers | undefined)[];
  pending: (Answers | undefined)[];
  pendingCount: number[];
  /** Each row's pending delta once worked out, until its answers change. */
  pendingDelta: (number | undefined)[];
  spd: Float64Array;
  regionPending: Answers | undefined;
  regionPendingCount: number;
  /** The score change when the region's waiting items are accepted: worked out once, as any action that changes
   * the region's answers also ends what was waiting (advance). */
  regionPendingDelta: number;
  // The aggregates.
  spdScore: number;
  maturitySum: number;
  n: number;
  coverage: Int32Array;
  /** How many required urusan are covered. */
  covered: number;
}

const pendingCountOf = (pending: Answers | undefined) => Object.values(pending ?? {}).filter((v) => v > 0).length;

/** The state of a region as it is, with room for `extraRows` innovations a plan may add. */
export function stateOf(c: CompiledFramework, input: ScoreInput, extraRows = 0): SimState {
  const r = regionArrays(c, input);
  const width = c.sidCodes.length;
  const capacity = r.count + extraRows;
  const sid = new Float64Array(capacity * width);
  sid.set(r.sid);
  const sent = new Uint8Array(capacity);
  sent.set(r.sent);
  const maturities = new Float64Array(capacity);
  const coverage = Int32Array.from(r.coverage);
  const { maturitySum, n } = sumInnovations(c, r, maturities);
  const covers = Array.from({ length: r.count }, (_, k) => Array.from(r.urusanIndex.subarray(r.urusanStart[k], r.urusanStart[k + 1])));
  const list = input.innovations;
  const region = input.region;
  const s: SimState = {
    c,
    count: r.count,
    ids: [...r.ids],
    covers,
    sid,
    sent,
    maturities,
    answers: list.map((inv) => inv.answers),
    pending: list.map((inv) => inv.pending),
    pendingCount: list.map((inv) => pendingCountOf(inv.pending)),
    pendingDelta: list.map(() => undefined),
    spd: Float64Array.from(r.spd),
    regionPending: region.pending,
    regionPendingCount: pendingCountOf(region.pending),
    regionPendingDelta: 0,
    spdScore: spdScoreOf(c, r.spd),
    maturitySum,
    n,
    coverage,
    covered: 0,
  };
  s.regionPendingDelta = deltaOf(c, region.pending, (code) => {
    const j = c.spdPosition.get(code);
    return j === undefined ? (region.answers[code] ?? 0) : s.spd[j];
  });
  s.covered = coveredCount(s);
  return s;
}

const coveredCount = (s: SimState) => s.coverage.reduce((covered, count) => covered + (count > 0 ? 1 : 0), 0);

/** Score change (scaled) when the waiting items are accepted, against the current answers. */
function deltaOf(c: CompiledFramework, pending: Answers | undefined, current: (code: string) => number): number {
  let d = 0;
  for (const [code, v] of Object.entries(pending ?? {})) d += (v - current(code)) * (c.weight.get(code) ?? 0);
  return d;
}

function rowPendingDelta(s: SimState, k: number): number {
  const width = s.c.sidCodes.length;
  s.pendingDelta[k] ??= deltaOf(s.c, s.pending[k], (code) => {
    const j = s.c.sidPosition.get(code);
    return j === undefined ? (s.answers[k]?.[code] ?? 0) : s.sid[k * width + j];
  });
  return s.pendingDelta[k];
}

export const iidNow = (s: SimState) => iidFrom(s.c, s.spdScore, s.maturitySum, s.n, s.covered);

/** Required urusan covered after row `k` (or an innovation covering `covers`) is sent (+1) or withdrawn (−1). */
function coveredAfter(s: SimState, covers: readonly number[], delta: 1 | -1): number {
  let covered = s.covered;
  for (const u of covers) {
    const now = s.coverage[u];
    if (delta === 1 && now === 0) covered++;
    if (delta === -1 && now === 1) covered--;
  }
  return covered;
}

export interface ScanOptions {
  excludeStatistics?: boolean;
  newInnovationMaturity?: number;
}

/** The maturity (score units) a hypothetical new innovation is assumed to have in this state. */
export function assumedMaturity(s: SimState, opts: ScanOptions): number {
  const { c } = s;
  const wanted = opts.newInnovationMaturity ?? (s.n ? unscaled(s.maturitySum / s.n) : unscaled(c.maturityMax) / 2);
  // Snap to a maturity real answers can reach, so re-scoring the added innovation gives exactly this gain.
  return roundTo(unscaled(maturityOf(c, answersFor(c, wanted))), 4);
}

/**
 * Every single action worth considering in this state, each with the exact IID after it. `innovationRaises`
 * false leaves out raising innovations' answers (most of the candidates), for a caller that weighs those itself.
 */
export function scan(s: SimState, opts: ScanOptions, assumed: number, visit: Visit, innovationRaises = true): void {
  const { c, sid, spd, n, covered } = s;
  const width = c.sidCodes.length;
  const floor = c.framework.divisorFloor;
  const divisor = Math.max(floor, n);
  const countNow = countScoreCovered(c, n, covered);
  const iidOf = (total: number) => (c.maxScore > 0 ? (total / c.maxScore) * 100 : 0);
  const spdNow = s.spdScore;
  const sumNow = s.maturitySum;

  if (s.regionPendingCount) visit(Kind.FinishRegionVerification, -1, -1, 0, 0, iidOf(spdNow + s.regionPendingDelta + sumNow / divisor + countNow));
  for (let j = 0; j < spd.length; j++) {
    if (opts.excludeStatistics && c.spdStatistic[j]) continue;
    const from = spd[j];
    for (const to of c.spdOptions[j]) {
      if (to > from) visit(Kind.RaiseRegionAnswer, -1, j, from, to, iidOf(spdNow + (to - from) * c.spdWeights[j] + sumNow / divisor + countNow));
    }
  }
  for (let k = 0; k < s.count; k++) {
    if (!s.sent[k]) {
      visit(Kind.SendInnovation, k, -1, 0, 0, iidFrom(c, spdNow, sumNow + s.maturities[k], n + 1, coveredAfter(s, s.covers[k], 1)));
      continue;
    }
    visit(Kind.WithdrawInnovation, k, -1, 0, 0, iidFrom(c, spdNow, sumNow - s.maturities[k], n - 1, coveredAfter(s, s.covers[k], -1)));
    if (s.pendingCount[k]) visit(Kind.FinishVerification, k, -1, 0, 0, iidOf(spdNow + (sumNow + rowPendingDelta(s, k)) / divisor + countNow));
    if (!innovationRaises) continue;
    for (let j = 0, at = k * width; j < width; j++, at++) {
      const from = sid[at];
      const w = c.sidWeights[j];
      for (const to of c.sidOptions[j]) {
        if (to > from) visit(Kind.RaiseInnovationAnswer, k, j, from, to, iidOf(spdNow + (sumNow + (to - from) * w) / divisor + countNow));
      }
    }
  }
  const added = sumNow + Math.round(assumed * 10_000);
  for (let u = 0; u < c.required.length; u++) {
    if (s.coverage[u] === 0) visit(Kind.AddInnovation, u, -1, 0, 0, iidFrom(c, spdNow, added, n + 1, covered + 1));
  }
  visit(Kind.AddInnovation, -1, -1, 0, 0, iidFrom(c, spdNow, added, n + 1, covered));
}

/** A candidate action by its scan coordinates (see Visit). */
export interface Candidate {
  kind: Kind;
  row: number;
  j: number;
  from: number;
  to: number;
}

/** Answers 0 … ANSWER_SLOTS − 1 (every valid answer of the built-in versions) are counted; others weighed one by one. */
const ANSWER_SLOTS = 4;

const isSlot = (v: number) => v === 0 || v === 1 || v === 2 || v === 3;

/** Raising an innovation's answer to indicator j from `from` to `to`: the exact IID after it (the scan's formula). */
function raiseAfter(s: SimState, j: number, from: number, to: number): number {
  const { c } = s;
  const total = s.spdScore + (s.maturitySum + (to - from) * c.sidWeights[j]) / Math.max(c.framework.divisorFloor, s.n) + countScoreCovered(c, s.n, s.covered);
  return c.maxScore > 0 ? (total / c.maxScore) * 100 : 0;
}

/**
 * The best gain and, among the candidates with it, the smallest step (what a plan's step ranks by before the
 * key), weighed on numbers only. Sent innovations with the same answer to an indicator offer the same raises
 * with the same gains — they differ only by key — so raises are weighed once per indicator and answer, with
 * how many innovations share them. `only` is the one candidate with that gain and step; when several share
 * them (`only` undefined) the caller breaks the tie by key (scan, tiedRaises).
 */
export function bestGainAndStep(
  s: SimState,
  opts: ScanOptions,
  assumed: number,
  before: number,
): { gain: number; after: number; step: number; only: Candidate | undefined } | undefined {
  let found = false;
  let tied = false;
  let gain = 0;
  let after = 0;
  let step = 0;
  let best: Candidate = { kind: Kind.AddInnovation, row: -1, j: -1, from: 0, to: 0 };
  // The plan's comparison without the key: greater gain, then smaller step; `shared` candidates tie themselves.
  const weigh = (kind: Kind, row: number, j: number, from: number, to: number, candidateAfter: number, shared: boolean) => {
    const candidateGain = candidateAfter - before;
    if (candidateGain <= 1e-12) return;
    const candidateStep = kind === Kind.RaiseRegionAnswer || kind === Kind.RaiseInnovationAnswer ? to - from : 0;
    if (found) {
      const order = candidateGain - gain || step - candidateStep;
      if (!order) tied = true;
      if (!(order > 0)) return;
    }
    found = true;
    tied = shared;
    gain = candidateGain;
    after = candidateAfter;
    step = candidateStep;
    best = { kind, row, j, from, to };
  };
  scan(s, opts, assumed, (kind, row, j, from, to, candidateAfter) => weigh(kind, row, j, from, to, candidateAfter, false), false);

  const { c, sid, sent } = s;
  const width = c.sidCodes.length;
  const counts = new Int32Array(width * ANSWER_SLOTS);
  const odd: number[] = [];
  for (let k = 0; k < s.count; k++) {
    if (!sent[k]) continue;
    for (let j = 0, at = k * width; j < width; j++, at++) {
      const v = sid[at];
      if (isSlot(v)) counts[j * ANSWER_SLOTS + v]++;
      else odd.push(at);
    }
  }
  for (let j = 0; j < width; j++) {
    for (let v = 0; v < ANSWER_SLOTS; v++) {
      const shared = counts[j * ANSWER_SLOTS + v];
      if (!shared) continue;
      for (const to of c.sidOptions[j]) if (to > v) weigh(Kind.RaiseInnovationAnswer, -1, j, v, to, raiseAfter(s, j, v, to), shared > 1);
    }
  }
  for (const at of odd) {
    const j = at % width;
    const from = sid[at];
    for (const to of c.sidOptions[j]) if (to > from) weigh(Kind.RaiseInnovationAnswer, (at - j) / width, j, from, to, raiseAfter(s, j, from, to), false);
  }
  if (!found) return undefined;
  if (!tied && best.kind === Kind.RaiseInnovationAnswer && best.row < 0) {
    // The one sent innovation with that answer.
    for (let k = 0; k < s.count && best.row < 0; k++) if (sent[k] && sid[k * width + best.j] === best.from) best.row = k;
  }
  return { gain, after, step, only: tied ? undefined : best };
}

/**
 * The innovation raises with exactly this gain and step, in the scan's order (innovation, indicator, option),
 * with the IID after each.
 */
export function tiedRaises(
  s: SimState,
  before: number,
  gain: number,
  step: number,
  visit: (row: number, j: number, from: number, to: number, after: number) => void,
) {
  const { c, sid, sent } = s;
  const width = c.sidCodes.length;
  const matches = (j: number, from: number, to: number) => to > from && to - from === step && raiseAfter(s, j, from, to) - before === gain;
  // Which options tie, per indicator and counted answer: worked out once, looked up per innovation.
  const tiedTo: number[][] = [];
  for (let j = 0; j < width; j++) for (let v = 0; v < ANSWER_SLOTS; v++) tiedTo.push(c.sidOptions[j].filter((to) => matches(j, v, to)));
  for (let k = 0; k < s.count; k++) {
    if (!sent[k]) continue;
    for (let j = 0, at = k * width; j < width; j++, at++) {
      const from = sid[at];
      if (isSlot(from)) {
        for (const to of tiedTo[j * ANSWER_SLOTS + from]) visit(k, j, from, to, raiseAfter(s, j, from, to));
      } else {
        for (const to of c.sidOptions[j]) if (matches(j, from, to)) visit(k, j, from, to, raiseAfter(s, j, from, to));
      }
    }
  }
}

/** Changes the state by one action: its arrays and, by the action's delta, its aggregates. */
export function advance(s: SimState, kind: Kind, row: number, j: number, from: number, to: number, assumed: number): void {
  const { c } = s;
  const width = c.sidCodes.length;
  switch (kind) {
    case Kind.FinishRegionVerification:
      s.spdScore += s.regionPendingDelta;
      for (const [code, v] of Object.entries(s.regionPending ?? {})) {
        const at = c.spdPosition.get(code);
        if (at !== undefined) s.spd[at] = v || 0;
      }
      dropRegionPending(s);
      break;
    case Kind.RaiseRegionAnswer:
      s.spdScore += (to - from) * c.spdWeights[j];
      s.spd[j] = to;
      // applyAction writes the region back with its answers only: what was waiting is no longer offered.
      dropRegionPending(s);
      break;
    case Kind.SendInnovation:
    case Kind.WithdrawInnovation: {
      const d = kind === Kind.SendInnovation ? 1 : -1;
      s.maturitySum = d === 1 ? s.maturitySum + s.maturities[row] : s.maturitySum - s.maturities[row];
      s.n += d;
      for (const u of s.covers[row]) s.coverage[u] += d;
      s.sent[row] = d === 1 ? 1 : 0;
      s.covered = coveredCount(s);
      break;
    }
    case Kind.FinishVerification:
      s.maturitySum += rowPendingDelta(s, row);
      for (const [code, v] of Object.entries(s.pending[row] ?? {})) {
        const at = c.sidPosition.get(code);
        if (at !== undefined) s.sid[row * width + at] = v || 0;
      }
      s.pending[row] = undefined;
      s.pendingCount[row] = 0;
      s.maturities[row] = rowMaturity(s, row);
      break;
    case Kind.RaiseInnovationAnswer:
      s.maturitySum += (to - from) * c.sidWeights[j];
      s.sid[row * width + j] = to;
      s.maturities[row] = rowMaturity(s, row);
      s.pendingDelta[row] = undefined;
      break;
    case Kind.AddInnovation:
      addRow(s, row < 0 ? [] : [c.required[row]], assumed);
      break;
  }
}

function dropRegionPending(s: SimState) {
  s.regionPending = undefined;
  s.regionPendingCount = 0;
  s.regionPendingDelta = 0;
}

function rowMaturity(s: SimState, k: number): number {
  const { sidWeights } = s.c;
  const width = sidWeights.length;
  let m = 0;
  for (let j = 0, at = k * width; j < width; j++, at++) m += s.sid[at] * sidWeights[j];
  return m;
}

/** A hypothetical innovation, sent, with the answers answersFor gives: applyAction's "simulasi-k". */
function addRow(s: SimState, urusan: string[], maturity: number) {
  const { c } = s;
  const width = c.sidCodes.length;
  const scaledMaturity = Math.round(maturity * 10_000);
  const covers: number[] = [];
  addRequired(c, urusan, covers);
  s.maturitySum += scaledMaturity;
  s.n += 1;
  for (const u of covers) s.coverage[u] += 1;
  s.covered = coveredCount(s);

  const k = s.count;
  if ((k + 1) * width > s.sid.length || k + 1 > s.sent.length) grow(s, 2 * (k + 1));
  const answers = answersFor(c, maturity);
  for (let j = 0; j < width; j++) s.sid[k * width + j] = answerValue(answers, c.sidCodes[j]);
  s.sent[k] = 1;
  s.maturities[k] = scaledMaturity;
  s.ids.push(freeId(s.ids));
  s.covers.push(covers);
  s.answers.push(answers);
  s.pending.push(undefined);
  s.pendingCount.push(0);
  s.pendingDelta.push(undefined);
  s.count = k + 1;
}

function grow(s: SimState, rows: number) {
  const width = s.c.sidCodes.length;
  const sid = new Float64Array(rows * width);
  sid.set(s.sid.subarray(0, s.count * width));
  const sent = new Uint8Array(rows);
  sent.set(s.sent.subarray(0, s.count));
  const maturities = new Float64Array(rows);
  maturities.set(s.maturities.subarray(0, s.count));
  Object.assign(s, { sid, sent, maturities });
}

/** The id applyAction gives an added innovation: the first "simulasi-k" not taken. */
export function freeId(ids: readonly string[]): string {
  const taken = new Set(ids);
  let k = 1;
  while (taken.has(`simulasi-${k}`)) k++;
  return `simulasi-${k}`;
}

/** Answers for a hypothetical innovation: the heaviest indicators first, never above the wanted maturity. */
export function answersFor(c: CompiledFramework, maturity: number): Record<string, number> {
  const answers: Record<string, number> = {};
  let left = Math.round(maturity * 10_000);
  for (const ind of [...c.sid].sort((a, b) => (c.weight.get(b.code) ?? 0) - (c.weight.get(a.code) ?? 0) || a.code.localeCompare(b.code))) {
    const w = c.weight.get(ind.code) ?? 0;
    const v = w > 0 ? Math.min(c.maxValue.get(ind.code) ?? 0, Math.floor(left / w)) : 0;
    if (v > 0) {
      answers[ind.code] = v;
      left -= v * w;
    }
  }
  return answers;
}
