// npm run bench:scoring — the IID engine at national volume, for one region, and a 10-step simulator plan.
// The data is generated (seeded), shaped like 2025: 550 regions, 36 742 innovations, 20 SID answers each.
// The engine compiles a region's answers into arrays once per score input (region-arrays.ts): the targets are
// for scoring inputs already compiled — as the web's score, action list and plan of one input share one
// compilation — and the same figures for fresh inputs (compiling included) follow, without a target. Scores
// are also shown as a ratio of the floor measured in the same run: the arithmetic alone, Σ answer × weight over
// the same answers already in one array.
import { builtInFramework } from '../src/domain/iid/builtin';
import { scoreIid } from '../src/domain/iid/engine';
import { greedyPlan } from '../src/domain/iid/simulator';
import type { Framework, ScoreInput } from '../src/domain/iid/types';
import { URUSAN } from '../src/domain/iid/urusan';
import { measure, report } from './stats';

const framework = builtInFramework('iid-2026') as Framework;
const spdCodes = framework.indicators.filter((i) => i.aspect === 'SPD').map((i) => i.code);
const sidCodes = framework.indicators.filter((i) => i.aspect === 'SID').map((i) => i.code);

// A small deterministic generator so every run measures the same data.
let seed = 20_251_210;
const rand = () => {
  seed = (seed * 1_103_515_245 + 12_345) % 2_147_483_648;
  return seed / 2_147_483_648;
};
const pick = <T>(xs: readonly T[]) => xs[Math.floor(rand() * xs.length)];

function region(id: number, count: number): ScoreInput {
  return {
    region: { answers: Object.fromEntries(spdCodes.map((c) => [c, Math.floor(rand() * 4)])) },
    innovations: Array.from({ length: count }, (_, k) => ({
      id: `${id}-${k}`,
      sent: rand() > 0.1,
      urusan: [pick(URUSAN).code, pick(URUSAN).code],
      answers: Object.fromEntries(sidCodes.map((c) => [c, Math.floor(rand() * 4)])),
    })),
  };
}

const REGIONS = 550;
const INNOVATIONS = 36_742;
const nation = Array.from({ length: REGIONS }, (_, r) => region(r, Math.floor(INNOVATIONS / REGIONS) + (r < INNOVATIONS % REGIONS ? 1 : 0)));
const oneRegion = region(9999, 250);

const sidWeights = Float64Array.from(
  framework.indicators.filter((i) => i.aspect === 'SID'),
  (i) => Math.round(i.weight * 10_000),
);
/** The floor for these regions: Σ answer × weight per innovation over every answer, already in one array. */
function arithmeticOf(regions: ScoreInput[]) {
  const answers = Float64Array.from(regions.flatMap((r) => r.innovations.flatMap((inv) => sidCodes.map((c) => inv.answers[c] ?? 0))));
  const maturities = new Float64Array(answers.length / sidCodes.length);
  return () => {
    for (let k = 0, at = 0; k < maturities.length; k++) {
      let m = 0;
      for (let j = 0; j < sidWeights.length; j++, at++) m += answers[at] * sidWeights[j];
      maturities[k] = m;
    }
    return maturities;
  };
}
/** A copy the engine has not seen: scoring it compiles its answers first. */
const fresh = (input: ScoreInput): ScoreInput => ({ ...input });

console.log(
  `IID engine (${framework.id}), ${REGIONS} regions, ${nation.reduce((s, r) => s + r.innovations.length, 0)} innovations × ${sidCodes.length} SID answers`,
);
const nationalFloor = measure(arithmeticOf(nation), 200);
const regionFloor = measure(arithmeticOf([oneRegion]), 2000, 50);
report('floor: the arithmetic alone, national', nationalFloor);
report('floor: the arithmetic alone, one region', regionFloor);
report(
  'national volume: score every region',
  measure(() => nation.map((r) => scoreIid(framework, r)), 100),
  5,
  nationalFloor.median,
);
report(
  'one region, 250 innovations',
  measure(() => scoreIid(framework, oneRegion), 2000, 50),
  0.1,
  regionFloor.median,
);
report(
  'simulator: 10-step greedy plan, 250 innovations',
  measure(() => greedyPlan(framework, oneRegion, 10), 200, 10),
  5,
);
console.log('fresh inputs (answers compiled in the run):');
report(
  '  national volume',
  measure(() => nation.map((r) => scoreIid(framework, fresh(r))), 50),
  undefined,
  nationalFloor.median,
);
report(
  '  one region, 250 innovations',
  measure(() => scoreIid(framework, fresh(oneRegion)), 1000, 50),
  undefined,
  regionFloor.median,
);
report(
  '  simulator: 10-step greedy plan',
  measure(() => greedyPlan(framework, fresh(oneRegion), 10), 200, 10),
);
