// Properties that must hold for any region: fast-check generates the regions.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { BUILT_IN_FRAMEWORKS } from './builtin';
import { compile, maturityOf, scoreIid, scoreSummary } from './engine';
import { applyAction, greedyPlan, keyOf, rankActions } from './simulator';
import type { Framework, ScoreInput } from './types';
import { BASIC_SERVICE_URUSAN, URUSAN } from './urusan';

const frameworkArb = fc.constantFrom(...BUILT_IN_FRAMEWORKS);

function answersArb(f: Framework, aspect: 'SPD' | 'SID') {
  const codes = f.indicators.filter((i) => i.aspect === aspect).map((i) => i.code);
  return fc.dictionary(fc.constantFrom(...codes), fc.integer({ min: 0, max: 3 }), { maxKeys: codes.length });
}

function inputArb(f: Framework, maxInnovations = 25): fc.Arbitrary<ScoreInput> {
  const urusanCodes = [...BASIC_SERVICE_URUSAN, ...URUSAN.slice(6, 10).map((u) => u.code)];
  return fc.record({
    region: fc.record({ answers: answersArb(f, 'SPD') }),
    innovations: fc
      .array(
        fc.record({
          sent: fc.boolean(),
          urusan: fc.uniqueArray(fc.constantFrom(...urusanCodes), { maxLength: 3 }),
          answers: answersArb(f, 'SID'),
        }),
        { maxLength: maxInnovations },
      )
      .map((list) => list.map((inv, k) => ({ ...inv, id: `inv-${k}` }))),
  });
}

const withFramework = (maxInnovations?: number) => frameworkArb.chain((f) => inputArb(f, maxInnovations).map((input) => ({ f, input })));

describe('engine properties', () => {
  it('the summary from stored maturities equals the full score', () => {
    fc.assert(
      fc.property(withFramework(), ({ f, input }) => {
        const c = compile(f);
        const full = scoreIid(f, input);
        const summary = scoreSummary(
          f,
          input.region.answers,
          input.innovations.map((i) => ({ sent: i.sent !== false, urusan: i.urusan, maturity: maturityOf(c, i.answers) })),
        );
        expect(summary).toEqual({
          iid: full.iid,
          iidExact: full.iidExact,
          predicate: full.predicate,
          spd: full.spd,
          sid: full.sid,
          countScore: full.countScore,
          maxScore: full.maxScore,
          sent: full.sent,
          averageMaturity: full.averageMaturity,
        });
      }),
    );
  });

  it('the IID is always within 0–100', () => {
    fc.assert(
      fc.property(withFramework(), ({ f, input }) => {
        const r = scoreIid(f, input);
        expect(r.iidExact).toBeGreaterThanOrEqual(0);
        expect(r.iidExact).toBeLessThanOrEqual(100);
      }),
      { numRuns: 300 },
    );
  });

  it('raising any single answer never lowers the IID', () => {
    fc.assert(
      fc.property(withFramework(), fc.nat(), fc.nat(), ({ f, input }, pickIndicator, pickInnovation) => {
        const before = scoreIid(f, input).iidExact;
        const ind = f.indicators[pickIndicator % f.indicators.length];
        let raised: ScoreInput;
        if (ind.aspect === 'SPD') {
          const v = input.region.answers[ind.code] ?? 0;
          if (v >= 3) return;
          raised = { ...input, region: { answers: { ...input.region.answers, [ind.code]: v + 1 } } };
        } else {
          if (!input.innovations.length) return;
          const k = pickInnovation % input.innovations.length;
          const inv = input.innovations[k];
          const v = inv.answers[ind.code] ?? 0;
          if (v >= 3) return;
          raised = { ...input, innovations: input.innovations.map((x, j) => (j === k ? { ...x, answers: { ...x.answers, [ind.code]: v + 1 } } : x)) };
        }
        expect(scoreIid(f, raised).iidExact).toBeGreaterThanOrEqual(before);
      }),
      { numRuns: 300 },
    );
  });

  it('the order of innovations never matters', () => {
    fc.assert(
      fc.property(
        withFramework().chain(({ f, input }) =>
          fc.shuffledSubarray(input.innovations, { minLength: input.innovations.length }).map((shuffled) => ({ f, input, shuffled })),
        ),
        ({ f, input, shuffled }) => {
          const a = scoreIid(f, input);
          const b = scoreIid(f, { ...input, innovations: shuffled });
          expect(b.iidExact).toBe(a.iidExact);
          expect(b.total).toBe(a.total);
          expect(b.breakdown.indicators).toEqual(a.breakdown.indicators);
        },
      ),
      { numRuns: 200 },
    );
  });
});

describe('simulator properties', () => {
  it('every predicted gain equals the recomputed gain', () => {
    fc.assert(
      fc.property(withFramework(12), ({ f, input }) => {
        const before = scoreIid(f, input).iidExact;
        const ranked = rankActions(f, input, { includeNonPositive: true });
        // All action kinds, but not thousands of re-scores per run.
        const sample = ranked.filter((_, k) => k % Math.max(1, Math.floor(ranked.length / 40)) === 0);
        for (const r of sample) {
          const after = scoreIid(f, applyAction(f, input, r.action)).iidExact;
          expect(after - before, keyOf(r.action)).toBeCloseTo(r.gain, 9);
        }
      }),
      { numRuns: 150 },
    );
  });

  it('actions are ranked best first and all raise the IID', () => {
    fc.assert(
      fc.property(withFramework(12), ({ f, input }) => {
        const ranked = rankActions(f, input);
        for (let k = 1; k < ranked.length; k++) expect(ranked[k - 1].gain).toBeGreaterThanOrEqual(ranked[k].gain);
        for (const r of ranked) expect(r.gain).toBeGreaterThan(0);
      }),
      { numRuns: 100 },
    );
  });

  it('a greedy plan ends where its steps say, each step on the state before it', () => {
    fc.assert(
      fc.property(withFramework(10), ({ f, input }) => {
        const plan = greedyPlan(f, input, 5);
        let state = input;
        for (const step of plan) {
          expect(scoreIid(f, state).iidExact).toBeCloseTo(step.iidBefore, 9);
          state = applyAction(f, state, step.action);
          expect(scoreIid(f, state).iidExact).toBeCloseTo(step.iidAfter, 9);
        }
      }),
      { numRuns: 100 },
    );
  });
});
