// npm run bench:scoring — the IID engine at national volume, for one region, and a 10-step simulator plan.
// The data is generated (seeded), shaped like 2025: 550 regions, 36 742 innovations, 20 SID answers each.
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

console.log(
  `IID engine (${framework.id}), ${REGIONS} regions, ${nation.reduce((s, r) => s + r.innovations.length, 0)} innovations × ${sidCodes.length} SID answers`,
);
report(
  'national volume: score every region',
  measure(() => nation.map((r) => scoreIid(framework, r)), 25),
  100,
);
report(
  'one region, 250 innovations',
  measure(() => scoreIid(framework, oneRegion), 500, 20),
  1,
);
report(
  'simulator: 10-action greedy plan, 250 innovations',
  measure(() => greedyPlan(framework, oneRegion, 10), 40),
  50,
);
