// The ranked list as Bappeda reads it: one line per indicator, region statistics apart, and "finish
// verification" worth exactly what accepting the waiting items gives.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { BUILT_IN_FRAMEWORKS, builtInFramework } from './builtin';
import { scoreIid } from './engine';
import { actionLines, applyAction, greedyPlan, lineKeyOf, rankActions } from './simulator';
import type { Framework, ScoreInput } from './types';
import { BASIC_SERVICE_URUSAN } from './urusan';

const f2026 = builtInFramework('iid-2026') as Framework;

function inputArb(f: Framework): fc.Arbitrary<ScoreInput> {
  const codes = (aspect: 'SPD' | 'SID') => f.indicators.filter((i) => i.aspect === aspect).map((i) => i.code);
  const answers = (aspect: 'SPD' | 'SID') => fc.dictionary(fc.constantFrom(...codes(aspect)), fc.integer({ min: 0, max: 3 }));
  return fc.record({
    region: fc.record({ answers: answers('SPD'), pending: fc.option(answers('SPD'), { nil: undefined }) }),
    innovations: fc
      .array(
        fc.record({
          sent: fc.boolean(),
          urusan: fc.uniqueArray(fc.constantFrom(...BASIC_SERVICE_URUSAN), { maxLength: 3 }),
          answers: answers('SID'),
          pending: fc.option(answers('SID'), { nil: undefined }),
        }),
        { maxLength: 15 },
      )
      .map((list) => list.map((inv, k) => ({ ...inv, id: `inv-${k}` }))),
  });
}

const regionWithInput = fc.constantFrom(...BUILT_IN_FRAMEWORKS).chain((f) => fc.tuple(fc.constant(f), inputArb(f)));

describe('action lines', () => {
  it('never shows the same indicator (of the region or of one innovation) twice', () => {
    fc.assert(
      fc.property(regionWithInput, ([f, input]) => {
        const { actions, statistics } = actionLines(f, input, { includeNonPositive: true });
        const keys = [...actions, ...statistics].map((l) => l.key);
        expect(new Set(keys).size).toBe(keys.length);
        for (const line of [...actions, ...statistics]) {
          for (const alt of line.alternatives) expect(lineKeyOf(alt.action)).toBe(line.key);
          // Best first within a line.
          for (const alt of line.alternatives) expect(alt.gain).toBeLessThanOrEqual(line.best.gain);
        }
        // Nothing is lost by grouping: every ranked action is a line's best or one of its alternatives.
        const grouped = [...actions, ...statistics].reduce((n, l) => n + 1 + l.alternatives.length, 0);
        expect(grouped).toBe(rankActions(f, input, { includeNonPositive: true }).length);
      }),
      { numRuns: 150 },
    );
  });

  it('region statistics are never among the actions, nor in the plan', () => {
    fc.assert(
      fc.property(regionWithInput, ([f, input]) => {
        const statistic = new Set(f.indicators.filter((i) => i.statistic).map((i) => i.code));
        const { actions, statistics } = actionLines(f, input);
        for (const l of actions)
          for (const r of [l.best, ...l.alternatives]) expect(r.action.kind === 'raise_region_answer' && statistic.has(r.action.code)).toBe(false);
        for (const l of statistics) expect(l.best.action.kind === 'raise_region_answer' && statistic.has(l.best.action.code)).toBe(true);
        for (const step of greedyPlan(f, input, 8, { excludeStatistics: true }))
          expect(step.action.kind === 'raise_region_answer' && statistic.has(step.action.code)).toBe(false);
      }),
      { numRuns: 100 },
    );
  });

  it('the pending-verification action gains exactly the recomputed difference', () => {
    fc.assert(
      fc.property(regionWithInput, ([f, input]) => {
        const before = scoreIid(f, input).iidExact;
        for (const r of rankActions(f, input, { includeNonPositive: true })) {
          const action = r.action;
          if (action.kind !== 'finish_verification') continue;
          const after = applyAction(f, input, action);
          expect(r.gain).toBeCloseTo(scoreIid(f, after).iidExact - before, 9);
          // Accepted: the waiting items are answers now, none left waiting.
          const target = action.innovationId === null ? after.region : after.innovations.find((i) => i.id === action.innovationId);
          expect(target?.pending).toBeUndefined();
        }
      }),
      { numRuns: 150 },
    );
  });

  it('the built-in statistics: PAD and IPM are statistics, the innovation vision and innovator awards are actions', () => {
    const stat = (code: string) => f2026.indicators.find((i) => i.code === code)?.statistic;
    expect([stat('7'), stat('11a'), stat('11b'), stat('8')]).toEqual([true, true, true, true]);
    expect([stat('1'), stat('12'), stat('14'), stat('15')]).toEqual([false, false, false, false]);
    expect(f2026.indicators.filter((i) => i.aspect === 'SID').every((i) => i.statistic === undefined)).toBe(true);
    for (const f of BUILT_IN_FRAMEWORKS)
      expect(
        f.indicators.some((i) => i.statistic),
        f.id,
      ).toBe(true);
  });

  it('on the verified basis, finishing the waiting items of an innovation is one line with its count', () => {
    const input: ScoreInput = {
      region: { answers: { '7': 1 } },
      innovations: [{ id: 'Antrean Daring', sent: true, urusan: ['1.02'], answers: { '16': 1 }, pending: { '16': 3, '35': 2, '17': 1 } }],
    };
    const { actions, statistics } = actionLines(f2026, input);
    const verify = actions.find((l) => l.best.action.kind === 'finish_verification');
    expect(verify?.best.action).toEqual({ kind: 'finish_verification', innovationId: 'Antrean Daring', count: 3 });
    // (2 × 3 + 2 × 4 + 1 × w17) / MAX(12, 1) of 250
    const w = (c: string) => f2026.indicators.find((i) => i.code === c)?.weight ?? 0;
    expect(verify?.best.gain).toBeCloseTo((((3 - 1) * w('16') + 2 * w('35') + w('17')) / 12 / 250) * 100, 9);
    expect(statistics.map((l) => l.key)).toContain('region:7');
    expect(actions.map((l) => l.key)).not.toContain('region:7');
  });
});
