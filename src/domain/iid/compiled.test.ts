// The compiled engine and simulator against the plain reference implementation (reference/): every figure equal
// bit for bit (toStrictEqual compares numbers with Object.is), for built-in and random frameworks and regions.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { BUILT_IN_FRAMEWORKS } from './builtin';
import { roundTo, SCALE, scoreIid } from './engine';
import * as reference from './reference/engine';
import * as referenceSimulator from './reference/simulator';
import { actionLines, applyAction, greedyPlan, rankActions, type SimulatorOptions } from './simulator';
import type { Answers, Framework, Indicator, ScoreInput } from './types';
import { BASIC_SERVICE_URUSAN, URUSAN } from './urusan';

const URUSAN_CODES = [...BASIC_SERVICE_URUSAN, ...URUSAN.slice(6, 10).map((u) => u.code)];
const UNKNOWN_CODES = ['99', 'x', '0', '16a'];

/** A positive weight with at most four decimals, as frameworkRuleProblems allows (0.38, 0.75, 2.5, 0.0001 …). */
const weightArb = fc.oneof(
  fc.constantFrom(0.0001, 0.38, 0.75, 1, 1.5, 2, 3, 4, 5),
  fc.integer({ min: 1, max: 90_000 }).map((x) => x / 10_000),
);

const optionsArb = fc.subarray([1, 2, 3], { minLength: 1 }).map((values) => values.map((value) => ({ value, label: `nilai ${value}` })));

function indicatorArb(i: Indicator): fc.Arbitrary<Indicator> {
  return fc.record({ weight: weightArb, options: optionsArb, statistic: fc.boolean() }).map((x) => ({ ...i, ...x }));
}

/** A built-in version, or one with its numbers changed: weights, options, k, the count rule and the max score. */
const frameworkArb: fc.Arbitrary<Framework> = fc.constantFrom(...BUILT_IN_FRAMEWORKS).chain((base) =>
  fc.oneof(
    fc.constant(base),
    fc
      .record({
        indicators: fc.tuple(...base.indicators.map(indicatorArb)),
        divisorFloor: fc.integer({ min: 1, max: 15 }),
        perInnovation: fc.integer({ min: 0, max: 20_000 }).map((x) => x / 10_000),
        cap: fc.integer({ min: 0, max: 50 }),
        requiredUrusan: fc.uniqueArray(fc.constantFrom(...URUSAN_CODES), { maxLength: 6 }),
        minCovered: fc.nat(),
        maxScore: fc.integer({ min: 1, max: 400 }),
      })
      .map(({ indicators, divisorFloor, perInnovation, cap, requiredUrusan, minCovered, maxScore }) => ({
        ...base,
        id: `${base.id}-acak`,
        builtIn: false,
        indicators,
        divisorFloor,
        maxScore,
        countScore: { perInnovation, cap, requiredUrusan, minUrusanCovered: minCovered % (requiredUrusan.length + 1) },
      })),
  ),
);

/** Answers mostly of the given aspect, some of the other aspect and some unknown codes (the engine ignores those). */
function answersArb(f: Framework, aspect: 'SPD' | 'SID'): fc.Arbitrary<Answers> {
  const own = f.indicators.filter((i) => i.aspect === aspect).map((i) => i.code);
  const other = f.indicators.filter((i) => i.aspect !== aspect).map((i) => i.code);
  const code = fc.oneof({ arbitrary: fc.constantFrom(...own), weight: 8 }, fc.constantFrom(...other, ...UNKNOWN_CODES));
  // Now and then a value no form offers (the engine takes answers as given; validation is the caller's).
  const value = fc.oneof({ arbitrary: fc.integer({ min: 0, max: 3 }), weight: 30 }, fc.constantFrom(-1, 4, 2.5, 0.0001));
  return fc.dictionary(code, value, { maxKeys: own.length + 3 });
}

function inputArb(f: Framework, maxInnovations: number, minInnovations = 0): fc.Arbitrary<ScoreInput> {
  return fc.record({
    region: fc.record({ answers: answersArb(f, 'SPD'), pending: answersArb(f, 'SPD') }, { requiredKeys: ['answers'] }),
    innovations: fc
      .array(
        fc.record(
          {
            sent: fc.boolean(),
            // Repeated urusan count once.
            urusan: fc.array(fc.constantFrom(...URUSAN_CODES), { maxLength: 4 }),
            answers: answersArb(f, 'SID'),
            pending: answersArb(f, 'SID'),
            // Ids in no particular collation order, so ties between innovations are broken by key for real.
            prefix: fc.constantFrom('', 'a-', 'B-', 'x.', 'Ä-', 'simulasi-'),
          },
          { requiredKeys: ['urusan', 'answers', 'prefix'] },
        ),
        // fast-check keeps arrays short unless told otherwise: 'medium' reaches tens of innovations.
        { minLength: minInnovations, maxLength: maxInnovations, size: 'medium' },
      )
      .map((list) => list.map(({ prefix, ...inv }, k) => ({ ...inv, id: `${prefix}${k}` }))),
  });
}

const simulatorOptionsArb: fc.Arbitrary<SimulatorOptions> = fc.record(
  {
    newInnovationMaturity: fc.integer({ min: 0, max: 1_000_000 }).map((x) => x / 10_000),
    limit: fc.integer({ min: 1, max: 30 }),
    includeNonPositive: fc.boolean(),
    excludeStatistics: fc.boolean(),
  },
  { requiredKeys: [] },
);

const caseArb = (maxInnovations: number) =>
  frameworkArb.chain((f) => fc.record({ f: fc.constant(f), input: inputArb(f, maxInnovations), opts: simulatorOptionsArb }));

const EMPTY: ScoreInput = { region: { answers: {} }, innovations: [] };

describe('compiled engine equals the reference', () => {
  it('scores every built-in version of an empty region identically', () => {
    for (const f of BUILT_IN_FRAMEWORKS) expect(scoreIid(f, EMPTY)).toStrictEqual(reference.scoreIid(f, EMPTY));
  });

  it('scores any region identically, bit for bit', () => {
    fc.assert(
      fc.property(caseArb(40), ({ f, input }) => {
        expect(scoreIid(f, input)).toStrictEqual(reference.scoreIid(f, input));
      }),
      { numRuns: 400 },
    );
  });

  it('scores a region again, and under another framework, from what it compiled before', () => {
    fc.assert(
      fc.property(caseArb(20), frameworkArb, ({ f, input }, g) => {
        const first = scoreIid(f, input);
        expect(scoreIid(f, input)).toStrictEqual(first);
        expect(scoreIid(g, input)).toStrictEqual(reference.scoreIid(g, input));
        expect(scoreIid(f, input)).toStrictEqual(first);
      }),
      { numRuns: 100 },
    );
  });

  it('gives the per-innovation and per-indicator lists read only after other regions were scored (they are built on first read)', () => {
    fc.assert(
      fc.property(caseArb(30), caseArb(30), ({ f, input }, other) => {
        const result = scoreIid(f, input);
        scoreIid(other.f, other.input);
        scoreIid(f, { ...input, innovations: [...input.innovations].reverse() });
        const expected = reference.scoreIid(f, input);
        expect(result.innovations).toStrictEqual(expected.innovations);
        expect(result.breakdown).toStrictEqual(expected.breakdown);
        expect(JSON.parse(JSON.stringify(result))).toStrictEqual(JSON.parse(JSON.stringify(expected)));
        expect({ ...result }).toStrictEqual(expected);
      }),
      { numRuns: 200 },
    );
  });
});

describe('rounding', () => {
  it('a whole scaled number is already exact to 4 decimals (what the engine skips roundTo for)', () => {
    fc.assert(
      fc.property(fc.integer({ min: -(2 ** 40), max: 2 ** 40 }), (x) => {
        expect(roundTo(x / SCALE, 4)).toBe(x / SCALE);
      }),
      { numRuns: 20_000 },
    );
  });
});

describe('compiled simulator equals the reference', () => {
  it('ranks the same actions with the same gains', () => {
    fc.assert(
      fc.property(caseArb(15), ({ f, input, opts }) => {
        expect(rankActions(f, input, opts)).toStrictEqual(referenceSimulator.rankActions(f, input, opts));
      }),
      { numRuns: 200 },
    );
  });

  it('groups the same action lines', () => {
    fc.assert(
      fc.property(caseArb(10), ({ f, input, opts }) => {
        expect(actionLines(f, input, opts)).toStrictEqual(referenceSimulator.actionLines(f, input, opts));
      }),
      { numRuns: 100 },
    );
  });

  it('plans the same steps', () => {
    fc.assert(
      fc.property(caseArb(25), fc.integer({ min: 0, max: 15 }), ({ f, input, opts }, steps) => {
        expect(greedyPlan(f, input, steps, opts)).toStrictEqual(referenceSimulator.greedyPlan(f, input, steps, opts));
      }),
      { numRuns: 200 },
    );
  });

  it('plans the same steps for an empty region under every built-in version', () => {
    for (const f of BUILT_IN_FRAMEWORKS) expect(greedyPlan(f, EMPTY, 10)).toStrictEqual(referenceSimulator.greedyPlan(f, EMPTY, 10));
  });

  it('plans the same steps for a large region, and scores the region each plan leaves identically', () => {
    fc.assert(
      fc.property(
        frameworkArb.chain((f) => fc.record({ f: fc.constant(f), input: inputArb(f, 250, 150) })),
        ({ f, input }) => {
          const plan = greedyPlan(f, input, 10);
          expect(plan).toStrictEqual(referenceSimulator.greedyPlan(f, input, 10));
          const after = plan.reduce((acc, step) => applyAction(f, acc, step.action), input);
          expect(scoreIid(f, after)).toStrictEqual(reference.scoreIid(f, after));
        },
      ),
      { numRuns: 15 },
    );
  });
});
