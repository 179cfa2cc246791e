// REFERENCE ONLY — not used by the app. The simulator as plainly written before it worked on the compiled
// arrays (simulator.ts): it re-derives every candidate action as an object and copies the input per step.
// compiled.test.ts holds the compiled simulator's rankings and plans equal to these.
//
// What would raise the IID most? Each action changes the score's aggregates (SPD, Σ maturity, n, urusan
// coverage), so its exact effect is computed in constant time from them — the same formula as the engine.

import type { Answers, Framework, ScoreInput } from '../types';
import { type Aggregates, aggregate, type CompiledFramework, compile, iidOf, isSent, maturityOf, roundTo, unscaled } from './engine';

export type SimAction =
  | { kind: 'raise_region_answer'; code: string; from: number; to: number }
  | { kind: 'raise_innovation_answer'; innovationId: string; code: string; from: number; to: number }
  | { kind: 'send_innovation'; innovationId: string }
  | { kind: 'withdraw_innovation'; innovationId: string }
  | { kind: 'add_innovation'; maturity: number; urusan: string[] }
  /** Accept the items waiting for a verifier (verified basis): an innovation's, or the region's (innovationId null). */
  | { kind: 'finish_verification'; innovationId: string | null; count: number };

export interface RankedAction {
  action: SimAction;
  /** Exact IID gain in points (not rounded). */
  gain: number;
  iidAfter: number;
}

export interface SimulatorOptions {
  /** Maturity assumed for a hypothetical new innovation (score units); default: the sent average, else half the maximum. */
  newInnovationMaturity?: number;
  /** Keep only the best N actions (default all). */
  limit?: number;
  /** Include actions that do not raise the IID (default false). */
  includeNonPositive?: boolean;
  /** Leave out raising region statistics (indicators with statistic: true), which cannot change this year. */
  excludeStatistics?: boolean;
}

interface State {
  c: CompiledFramework;
  input: ScoreInput;
  agg: Aggregates;
  /** Scaled maturity per innovation, same order as input.innovations. */
  maturities: number[];
  indexById: Map<string, number>;
  /** How many required urusan are covered now. */
  covered: number;
}

function stateOf(framework: Framework, input: ScoreInput): State {
  const c = compile(framework);
  const { aggregates, maturities } = aggregate(c, input.region.answers, input.innovations, (inv) => maturityOf(c, inv.answers));
  return withDerived(c, input, aggregates, maturities);
}

function withDerived(c: CompiledFramework, input: ScoreInput, agg: Aggregates, maturities: number[]): State {
  const indexById = new Map(input.innovations.map((inv, k) => [inv.id, k]));
  const covered = c.required.filter((u) => (agg.coverage.get(u) ?? 0) > 0).length;
  return { c, input, agg, maturities, indexById, covered };
}

/** Required urusan covered after one innovation with these urusan is sent (+1) or withdrawn (−1). */
function coveredAfter(s: State, urusan: string[], delta: 1 | -1): number {
  let covered = s.covered;
  for (const u of new Set(urusan)) {
    if (!s.c.required.includes(u)) continue;
    const now = s.agg.coverage.get(u) ?? 0;
    if (delta === 1 && now === 0) covered++;
    if (delta === -1 && now === 1) covered--;
  }
  return covered;
}

function countFor(c: CompiledFramework, n: number, covered: number): number {
  if (c.required.length > 0 && covered < c.framework.countScore.minUrusanCovered) return 0;
  return Math.min(n * c.countPer, c.countCap);
}

/** The IID after an action, in constant time from the aggregates (no copies). */
function iidAfter(s: State, action: SimAction): number {
  const { c, agg } = s;
  let spd = agg.spd;
  let sum = agg.maturitySum;
  let n = agg.n;
  let covered = s.covered;
  switch (action.kind) {
    case 'raise_region_answer':
      spd += (action.to - action.from) * (c.weight.get(action.code) ?? 0);
      break;
    case 'raise_innovation_answer': {
      const k = s.indexById.get(action.innovationId);
      if (k !== undefined && isSent(s.input.innovations[k])) sum += (action.to - action.from) * (c.weight.get(action.code) ?? 0);
      break;
    }
    case 'send_innovation':
    case 'withdraw_innovation': {
      const k = s.indexById.get(action.innovationId) as number;
      const d = action.kind === 'send_innovation' ? 1 : -1;
      sum += d * s.maturities[k];
      n += d;
      covered = coveredAfter(s, s.input.innovations[k].urusan, d);
      break;
    }
    case 'add_innovation':
      sum += Math.round(action.maturity * 10_000);
      n += 1;
      covered = coveredAfter(s, action.urusan, 1);
      break;
    case 'finish_verification':
      if (action.innovationId === null) spd += pendingDelta(s, null);
      else sum += pendingDelta(s, action.innovationId);
      break;
  }
  const total = spd + sum / Math.max(c.framework.divisorFloor, n) + countFor(c, n, covered);
  return c.maxScore > 0 ? (total / c.maxScore) * 100 : 0;
}

/** Score change (scaled) when the waiting items are accepted: 0 for an unsent innovation (it does not count). */
function pendingDelta(s: State, innovationId: string | null): number {
  const { c } = s;
  if (innovationId === null) return deltaOf(c, s.input.region.answers, s.input.region.pending);
  const k = s.indexById.get(innovationId);
  if (k === undefined || !isSent(s.input.innovations[k])) return 0;
  const inv = s.input.innovations[k];
  return deltaOf(c, inv.answers, inv.pending);
}

function deltaOf(c: CompiledFramework, answers: Answers, pending: Answers | undefined): number {
  let d = 0;
  for (const [code, v] of Object.entries(pending ?? {})) d += (v - (answers[code] ?? 0)) * (c.weight.get(code) ?? 0);
  return d;
}

const pendingCount = (pending: Answers | undefined) => Object.values(pending ?? {}).filter((v) => v > 0).length;

function withCoverage(coverage: Map<string, number>, urusan: string[], delta: number, required: string[]): Map<string, number> {
  const next = new Map(coverage);
  for (const u of new Set(urusan)) if (required.includes(u)) next.set(u, (next.get(u) ?? 0) + delta);
  return next;
}

/** The aggregates after an action (pure; the state is not changed). */
function aggregatesAfter(s: State, action: SimAction): Aggregates {
  const { c, agg } = s;
  switch (action.kind) {
    case 'raise_region_answer':
      return { ...agg, spd: agg.spd + (action.to - action.from) * (c.weight.get(action.code) ?? 0) };
    case 'raise_innovation_answer': {
      const k = s.indexById.get(action.innovationId);
      if (k === undefined || !isSent(s.input.innovations[k])) return agg;
      return { ...agg, maturitySum: agg.maturitySum + (action.to - action.from) * (c.weight.get(action.code) ?? 0) };
    }
    case 'send_innovation': {
      const k = s.indexById.get(action.innovationId) as number;
      const inv = s.input.innovations[k];
      return { spd: agg.spd, maturitySum: agg.maturitySum + s.maturities[k], n: agg.n + 1, coverage: withCoverage(agg.coverage, inv.urusan, 1, c.required) };
    }
    case 'withdraw_innovation': {
      const k = s.indexById.get(action.innovationId) as number;
      const inv = s.input.innovations[k];
      return { spd: agg.spd, maturitySum: agg.maturitySum - s.maturities[k], n: agg.n - 1, coverage: withCoverage(agg.coverage, inv.urusan, -1, c.required) };
    }
    case 'finish_verification':
      return action.innovationId === null
        ? { ...agg, spd: agg.spd + pendingDelta(s, null) }
        : { ...agg, maturitySum: agg.maturitySum + pendingDelta(s, action.innovationId) };
    case 'add_innovation':
      return {
        spd: agg.spd,
        maturitySum: agg.maturitySum + Math.round(action.maturity * 10_000),
        n: agg.n + 1,
        coverage: withCoverage(agg.coverage, action.urusan, 1, c.required),
      };
  }
}

/** Every single action worth considering in this state. */
function candidateActions(s: State, opts: SimulatorOptions): SimAction[] {
  const { c, input, agg } = s;
  const actions: SimAction[] = [];
  const regionPending = pendingCount(input.region.pending);
  if (regionPending) actions.push({ kind: 'finish_verification', innovationId: null, count: regionPending });
  for (const ind of c.spd) {
    if (opts.excludeStatistics && ind.statistic) continue;
    const from = input.region.answers[ind.code] ?? 0;
    for (const o of c.framework.indicators.find((i) => i.code === ind.code)?.options ?? []) {
      if (o.value > from) actions.push({ kind: 'raise_region_answer', code: ind.code, from, to: o.value });
    }
  }
  const optionValues = new Map(c.sid.map((i) => [i.code, i.options.map((o) => o.value)]));
  for (const inv of input.innovations) {
    if (!isSent(inv)) {
      actions.push({ kind: 'send_innovation', innovationId: inv.id });
      continue;
    }
    actions.push({ kind: 'withdraw_innovation', innovationId: inv.id });
    const waiting = pendingCount(inv.pending);
    if (waiting) actions.push({ kind: 'finish_verification', innovationId: inv.id, count: waiting });
    for (const ind of c.sid) {
      const from = inv.answers[ind.code] ?? 0;
      for (const to of optionValues.get(ind.code) ?? [])
        if (to > from) actions.push({ kind: 'raise_innovation_answer', innovationId: inv.id, code: ind.code, from, to });
    }
  }
  const wanted = opts.newInnovationMaturity ?? (agg.n ? unscaled(agg.maturitySum / agg.n) : unscaled(c.maturityMax) / 2);
  // Snap to a maturity real answers can reach, so re-scoring the added innovation gives exactly this gain.
  const assumed = roundTo(unscaled(maturityOf(c, answersFor(c, wanted))), 4);
  const missing = c.required.filter((u) => (agg.coverage.get(u) ?? 0) === 0);
  for (const u of missing) actions.push({ kind: 'add_innovation', maturity: assumed, urusan: [u] });
  actions.push({ kind: 'add_innovation', maturity: assumed, urusan: [] });
  return actions;
}

function rank(s: State, opts: SimulatorOptions): RankedAction[] {
  const before = iidOf(s.c, s.agg);
  const ranked: RankedAction[] = [];
  for (const action of candidateActions(s, opts)) {
    const after = iidAfter(s, action);
    const gain = after - before;
    if (gain > 1e-12 || opts.includeNonPositive) ranked.push({ action, gain, iidAfter: after });
  }
  // Best first; ties in a stable, readable order (cheaper steps first, then by key).
  ranked.sort((a, b) => better(b, a));
  return opts.limit ? ranked.slice(0, opts.limit) : ranked;
}

const stepOf = (a: SimAction) => ('to' in a ? a.to - a.from : 0);
export const keyOf = (a: SimAction): string => {
  switch (a.kind) {
    case 'raise_region_answer':
      return `region:${a.code}:${a.to}`;
    case 'raise_innovation_answer':
      return `innovation:${a.innovationId}:${a.code}:${a.to}`;
    case 'send_innovation':
    case 'withdraw_innovation':
      return `${a.kind}:${a.innovationId}`;
    case 'add_innovation':
      return `add:${a.urusan.join(',')}:${a.maturity}`;
    case 'finish_verification':
      return `verify:${a.innovationId ?? 'region'}`;
  }
};

const better = (a: RankedAction, b: RankedAction) => a.gain - b.gain || stepOf(b.action) - stepOf(a.action) || keyOf(b.action).localeCompare(keyOf(a.action));

/** The single best action, by a linear scan (what the plan needs at every step; no sort). */
function bestAction(s: State, opts: SimulatorOptions): RankedAction | undefined {
  const before = iidOf(s.c, s.agg);
  let best: RankedAction | undefined;
  for (const action of candidateActions(s, opts)) {
    const after = iidAfter(s, action);
    const gain = after - before;
    if (gain <= 1e-12) continue;
    const candidate = { action, gain, iidAfter: after };
    if (!best || better(candidate, best) > 0) best = candidate;
  }
  return best;
}

/** Single actions that raise the IID, ranked by exact gain. */
export function rankActions(framework: Framework, input: ScoreInput, opts: SimulatorOptions = {}): RankedAction[] {
  return rank(stateOf(framework, input), opts);
}

/** The input after an action, for re-scoring (and for the plan). */
export function applyAction(framework: Framework, input: ScoreInput, action: SimAction): ScoreInput {
  const setSent = (id: string, sent: boolean) => ({ ...input, innovations: input.innovations.map((i) => (i.id === id ? { ...i, sent } : i)) });
  switch (action.kind) {
    case 'raise_region_answer':
      return { ...input, region: { answers: { ...input.region.answers, [action.code]: action.to } } };
    case 'raise_innovation_answer':
      return {
        ...input,
        innovations: input.innovations.map((i) => (i.id === action.innovationId ? { ...i, answers: { ...i.answers, [action.code]: action.to } } : i)),
      };
    case 'send_innovation':
      return setSent(action.innovationId, true);
    case 'withdraw_innovation':
      return setSent(action.innovationId, false);
    case 'finish_verification': {
      const accept = <T extends { answers: Answers; pending?: Answers }>(x: T): T => {
        const { pending, ...rest } = x;
        return { ...rest, answers: { ...x.answers, ...pending } } as T;
      };
      if (action.innovationId === null) return { ...input, region: accept(input.region) };
      return { ...input, innovations: input.innovations.map((i) => (i.id === action.innovationId ? accept(i) : i)) };
    }
    case 'add_innovation': {
      const ids = new Set(input.innovations.map((i) => i.id));
      let k = 1;
      while (ids.has(`simulasi-${k}`)) k++;
      const added = { id: `simulasi-${k}`, sent: true, urusan: action.urusan, answers: answersFor(compile(framework), action.maturity) };
      return { ...input, innovations: [...input.innovations, added] };
    }
  }
}

/** Answers for a hypothetical innovation: the heaviest indicators first, never above the wanted maturity. */
function answersFor(c: CompiledFramework, maturity: number): Record<string, number> {
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

export interface PlanStep extends RankedAction {
  iidBefore: number;
}

/**
 * The best N actions taken one after another (greedy): each step is ranked on the state the previous steps
 * left, so interactions (divisor, count score, urusan condition) are accounted for.
 */
export function greedyPlan(framework: Framework, input: ScoreInput, steps: number, opts: SimulatorOptions = {}): PlanStep[] {
  const plan: PlanStep[] = [];
  let s = stateOf(framework, input);
  for (let k = 0; k < steps; k++) {
    const best = bestAction(s, opts);
    if (!best) break;
    plan.push({ ...best, iidBefore: iidOf(s.c, s.agg) });
    s = advance(s, best.action);
  }
  return plan;
}

/** Moves the state by one action, updating aggregates incrementally. */
function advance(s: State, action: SimAction): State {
  const agg = aggregatesAfter(s, action);
  const input = applyAction(s.c.framework, s.input, action);
  let maturities = s.maturities;
  if (action.kind === 'raise_innovation_answer' || (action.kind === 'finish_verification' && action.innovationId !== null)) {
    const k = input.innovations.findIndex((i) => i.id === action.innovationId);
    maturities = [...s.maturities];
    maturities[k] = maturityOf(s.c, input.innovations[k].answers);
  } else if (action.kind === 'add_innovation') {
    maturities = [...s.maturities, Math.round(action.maturity * 10_000)];
  }
  return withDerived(s.c, input, agg, maturities);
}

/** One line of the ranked list: the best option for one thing to act on, its other options folded under it. */
export interface ActionLine {
  /** What the line is about: a region indicator, an indicator of one innovation, or one other action. */
  key: string;
  best: RankedAction;
  alternatives: RankedAction[];
}

/** The line an action belongs to: every option of one indicator (of the region, or of one innovation) shares it. */
export function lineKeyOf(a: SimAction): string {
  if (a.kind === 'raise_region_answer') return `region:${a.code}`;
  if (a.kind === 'raise_innovation_answer') return `innovation:${a.innovationId}:${a.code}`;
  return keyOf(a);
}

/**
 * The ranked actions grouped one line per indicator (best option first, alternatives folded), with the region
 * statistics — which cannot change within the year — apart from what the region can act on.
 */
export function actionLines(
  framework: Framework,
  input: ScoreInput,
  opts: SimulatorOptions & { filter?: (a: SimAction) => boolean } = {},
): { actions: ActionLine[]; statistics: ActionLine[] } {
  const statistic = new Set(framework.indicators.filter((i) => i.statistic).map((i) => i.code));
  const lines = new Map<string, ActionLine>();
  for (const r of rankActions(framework, input, { ...opts, limit: undefined, excludeStatistics: false })) {
    if (opts.filter && !opts.filter(r.action)) continue;
    const key = lineKeyOf(r.action);
    const line = lines.get(key);
    if (line) line.alternatives.push(r);
    else lines.set(key, { key, best: r, alternatives: [] });
  }
  const all = [...lines.values()];
  const isStatistic = (l: ActionLine) => l.best.action.kind === 'raise_region_answer' && statistic.has(l.best.action.code);
  const cut = (list: ActionLine[]) => (opts.limit ? list.slice(0, opts.limit) : list);
  return { actions: cut(all.filter((l) => !isStatistic(l))), statistics: cut(all.filter(isStatistic)) };
}
