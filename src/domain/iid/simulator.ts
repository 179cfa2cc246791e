// What would raise the IID most? Each action changes the score's aggregates (SPD, Σ maturity, n, urusan
// coverage), so its exact effect is computed in constant time from them — the same formula as the engine —
// on the region's compiled answers (simulator-state.ts); a plan moves that state by each step's delta.
import { compile } from './engine';
import {
  advance,
  answersFor,
  assumedMaturity,
  bestGainAndStep,
  type Candidate,
  freeId,
  iidNow,
  Kind,
  type SimState,
  scan,
  stateOf,
  tiedRaises,
} from './simulator-state';
import type { Answers, Framework, ScoreInput } from './types';

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

/** The action a candidate of the scan names, as the object the API and the UI use. */
function actionOf(s: SimState, kind: Kind, row: number, j: number, from: number, to: number, assumed: number): SimAction {
  switch (kind) {
    case Kind.FinishRegionVerification:
      return { kind: 'finish_verification', innovationId: null, count: s.regionPendingCount };
    case Kind.RaiseRegionAnswer:
      return { kind: 'raise_region_answer', code: s.c.spdCodes[j], from, to };
    case Kind.SendInnovation:
      return { kind: 'send_innovation', innovationId: s.ids[row] };
    case Kind.WithdrawInnovation:
      return { kind: 'withdraw_innovation', innovationId: s.ids[row] };
    case Kind.FinishVerification:
      return { kind: 'finish_verification', innovationId: s.ids[row], count: s.pendingCount[row] };
    case Kind.RaiseInnovationAnswer:
      return { kind: 'raise_innovation_answer', innovationId: s.ids[row], code: s.c.sidCodes[j], from, to };
    case Kind.AddInnovation:
      return { kind: 'add_innovation', maturity: assumed, urusan: row < 0 ? [] : [s.c.required[row]] };
  }
}

function rank(s: SimState, opts: SimulatorOptions): RankedAction[] {
  const before = iidNow(s);
  const assumed = assumedMaturity(s, opts);
  const ranked: Ranked[] = [];
  scan(s, opts, assumed, (kind, row, j, from, to, after) => {
    const gain = after - before;
    if (gain > 1e-12 || opts.includeNonPositive) ranked.push({ action: actionOf(s, kind, row, j, from, to, assumed), gain, iidAfter: after });
  });
  // Best first; ties in a stable, readable order (cheaper steps first, then by key).
  ranked.sort((a, b) => better(b, a));
  const best = opts.limit ? ranked.slice(0, opts.limit) : ranked;
  return best.map(({ action, gain, iidAfter }) => ({ action, gain, iidAfter }));
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

/** A ranked action with its key, made once (sorting asks for it again and again). */
type Ranked = RankedAction & { key?: string };

/** Compares as String.prototype.localeCompare does (same collator, made once rather than per call). */
const collator = new Intl.Collator();
const keyOfRanked = (r: Ranked) => {
  r.key ??= keyOf(r.action);
  return r.key;
};

const better = (a: Ranked, b: Ranked) => a.gain - b.gain || stepOf(b.action) - stepOf(a.action) || collator.compare(keyOfRanked(b), keyOfRanked(a));

/**
 * The single best action (what the plan needs at every step; no sort): the best gain and step in one pass over
 * the numbers, then — only when several candidates share them — the smallest key among those, the first on
 * equal keys, as a linear scan comparing with `better` would end.
 */
function bestAction(s: SimState, opts: SimulatorOptions): { best: RankedAction; at: Candidate; assumed: number } | undefined {
  const before = iidNow(s);
  const assumed = assumedMaturity(s, opts);
  const top = bestGainAndStep(s, opts, assumed, before);
  if (!top) return undefined;
  let at = top.only;
  let iidAfter = top.after;
  if (!at) {
    let bestKey: string | undefined;
    const consider = (kind: Kind, row: number, j: number, from: number, to: number, after: number) => {
      const key = keyOf(actionOf(s, kind, row, j, from, to, assumed));
      if (bestKey === undefined || collator.compare(bestKey, key) > 0) {
        bestKey = key;
        at = { kind, row, j, from, to };
        iidAfter = after;
      }
    };
    // In the scan's order among the tied: region raises precede every innovation's, and no other candidate
    // has a raise's step (never 0), so the innovation raises can come last.
    scan(
      s,
      opts,
      assumed,
      (kind, row, j, from, to, after) => {
        const step = kind === Kind.RaiseRegionAnswer || kind === Kind.RaiseInnovationAnswer ? to - from : 0;
        if (after - before === top.gain && step === top.step) consider(kind, row, j, from, to, after);
      },
      false,
    );
    if (top.step !== 0) tiedRaises(s, before, top.gain, top.step, (row, j, from, to, after) => consider(Kind.RaiseInnovationAnswer, row, j, from, to, after));
  }
  const chosen = at as Candidate;
  const action = actionOf(s, chosen.kind, chosen.row, chosen.j, chosen.from, chosen.to, assumed);
  return { best: { action, gain: top.gain, iidAfter }, at: chosen, assumed };
}

/** Single actions that raise the IID, ranked by exact gain. */
export function rankActions(framework: Framework, input: ScoreInput, opts: SimulatorOptions = {}): RankedAction[] {
  return rank(stateOf(compile(framework), input), opts);
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
      const id = freeId(input.innovations.map((i) => i.id));
      const added = { id, sent: true, urusan: action.urusan, answers: answersFor(compile(framework), action.maturity) };
      return { ...input, innovations: [...input.innovations, added] };
    }
  }
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
  const s = stateOf(compile(framework), input, Math.max(0, Math.min(steps, 1000)));
  for (let k = 0; k < steps; k++) {
    const found = bestAction(s, opts);
    if (!found) break;
    plan.push({ ...found.best, iidBefore: iidNow(s) });
    advance(s, found.at.kind, found.at.row, found.at.j, found.at.from, found.at.to, found.assumed);
  }
  return plan;
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
