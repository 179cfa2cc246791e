// A region's answers compiled against one framework: numbers by indicator position instead of records keyed by
// code, so scoring and simulating are loops over typed arrays. Compiled once per score input and framework and
// kept while the input lives: score inputs are values — never changed once scored (applyAction and the server
// build new ones) — so the web's score, action list and plan of one input share one compilation.
import type { CompiledFramework } from './engine';
import type { Answers, ScoreInput } from './types';

export interface RegionArrays {
  /** The framework these arrays are laid out for. */
  c: CompiledFramework;
  count: number;
  /** Innovation k's id. */
  ids: string[];
  /** Innovation k's answer to SID indicator j at k × c.sidCodes.length + j; unanswered (or not a number) is 0. */
  sid: Float64Array;
  /** The region's answer to SPD indicator j. */
  spd: Float64Array;
  /** 1 when innovation k is sent (counts), else 0. */
  sent: Uint8Array;
  /** The required urusan innovation k covers, each once: positions in c.required, urusanIndex[urusanStart[k] …< urusanStart[k + 1]]. */
  urusanStart: Int32Array;
  urusanIndex: Int32Array;
  /** The input's own tallies over its sent innovations, which no weight enters: each SID indicator's answers
   * summed (innovation by innovation, in order), and how many cover each required urusan (by position in
   * c.required). */
  answerSums: Float64Array;
  coverage: Int32Array;
}

const memo = new WeakMap<ScoreInput, RegionArrays>();

export function regionArrays(c: CompiledFramework, input: ScoreInput): RegionArrays {
  const hit = memo.get(input);
  if (hit?.c === c) return hit;
  const compiled = compileRegion(c, input);
  memo.set(input, compiled);
  return compiled;
}

/** An answer as the engine counts it: what is not a number (unanswered, NaN) counts 0. */
export const answerValue = (answers: Answers, code: string): number => answers[code] || 0;

function compileRegion(c: CompiledFramework, input: ScoreInput): RegionArrays {
  const list = input.innovations;
  const count = list.length;
  const keys = c.sidKeys;
  const width = keys.length;
  const sid = new Float64Array(count * width);
  const sent = new Uint8Array(count);
  const ids = new Array<string>(count);
  const urusanStart = new Int32Array(count + 1);
  const urusanIndex: number[] = [];
  const answerSums = new Float64Array(width);
  const coverage = new Int32Array(c.required.length);
  for (let k = 0, row = 0; k < count; k++, row += width) {
    const inv = list[k];
    const answers = inv.answers;
    ids[k] = inv.id;
    for (let j = 0; j < width; j++) sid[row + j] = answers[keys[j]] || 0;
    sent[k] = inv.sent === false ? 0 : 1;
    if (sent[k]) for (let j = 0; j < width; j++) answerSums[j] += sid[row + j];
    urusanStart[k] = urusanIndex.length;
    addRequired(c, inv.urusan, urusanIndex);
    if (sent[k]) for (let u = urusanStart[k]; u < urusanIndex.length; u++) coverage[urusanIndex[u]]++;
  }
  urusanStart[count] = urusanIndex.length;
  const spd = new Float64Array(c.spdKeys.length);
  for (let j = 0; j < spd.length; j++) spd[j] = input.region.answers[c.spdKeys[j]] || 0;
  return { c, count, ids, sid, spd, sent, urusanStart, urusanIndex: Int32Array.from(urusanIndex), answerSums, coverage };
}

/** Appends the positions (in c.required) of the required urusan among `urusan`, each once. */
export function addRequired(c: CompiledFramework, urusan: readonly string[], into: number[]): void {
  const from = into.length;
  for (const u of urusan) {
    const at = c.requiredIndex.get(u);
    if (at !== undefined && into.indexOf(at, from) < 0) into.push(at);
  }
}
