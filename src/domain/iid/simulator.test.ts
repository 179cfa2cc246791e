import { describe, expect, it } from 'vitest';
import { builtInFramework } from './builtin';
import { scoreIid } from './engine';
import { greedyPlan, rankActions } from './simulator';
import { answersWithMaturity, innovations } from './test-helpers';
import type { Framework, InnovationInput } from './types';
import { BASIC_SERVICE_URUSAN } from './urusan';

const f2023 = builtInFramework('iid-2023') as Framework;
const f2026 = builtInFramework('iid-2026') as Framework;
const SIX = [...BASIC_SERVICE_URUSAN];

describe('simulator interactions', () => {
  it('below the divisor floor, one more innovation is nearly free gain', () => {
    const input = { region: { answers: {} }, innovations: innovations(5, answersWithMaturity(f2023, 90), SIX) };
    const [best] = rankActions(f2023, input, { newInnovationMaturity: 90 });
    expect(best.action).toEqual({ kind: 'add_innovation', maturity: 90, urusan: [] });
    // 90 / 10 = 9 points of SID plus 0.38 of count score → (9.38 / 250) × 100 = 3.752
    expect(best.gain).toBeCloseTo(3.752, 9);
  });

  it('sending a weak innovation lowers the average maturity yet raises the count score', () => {
    const weak: InnovationInput = { id: 'weak', sent: false, urusan: ['1.02'], answers: answersWithMaturity(f2023, 10) };
    const medium: InnovationInput = { id: 'medium', sent: false, urusan: ['1.02'], answers: answersWithMaturity(f2023, 60) };
    const input = { region: { answers: {} }, innovations: [...innovations(120, answersWithMaturity(f2023, 90), SIX), weak, medium] };
    const all = rankActions(f2023, input, { includeNonPositive: true });
    const gainOf = (id: string) => all.find((r) => r.action.kind === 'send_innovation' && r.action.innovationId === id)?.gain as number;
    // weak: (10 800 + 10) / 121 + 121 × 0.38 − 135.6 = −0.2729… points → −0.109 IID
    expect(gainOf('weak')).toBeCloseTo(((10_810 / 121 + 45.98 - 135.6) / 250) * 100, 9);
    expect(gainOf('weak')).toBeLessThan(0);
    // medium: (10 800 + 60) / 121 + 45.98 − 135.6 = +0.1321… points
    expect(gainOf('medium')).toBeGreaterThan(0);
    expect(rankActions(f2023, input).some((r) => r.action.kind === 'send_innovation' && r.action.innovationId === 'weak')).toBe(false);
  });

  it('covering a missing basic-service urusan restores the count score', () => {
    const input = { region: { answers: {} }, innovations: innovations(120, answersWithMaturity(f2026, 90), SIX.slice(0, 4)) };
    expect(scoreIid(f2026, input).countScore).toBe(0);
    const [best] = rankActions(f2026, input, { newInnovationMaturity: 90 });
    expect(best.action.kind).toBe('add_innovation');
    expect(best.action.kind === 'add_innovation' && SIX.slice(4)).toContain((best.action as { urusan: string[] }).urusan[0]);
    // 121 × 0.38 = 45.98 count points come back: (45.98 + 10 890/121 − 90) / 250 × 100
    expect(best.gain).toBeCloseTo(((45.98 + 10_890 / 121 - 90) / 250) * 100, 9);
  });

  it('withdrawing a very weak innovation can raise the IID above the floor', () => {
    const list = [...innovations(20, answersWithMaturity(f2023, 100), SIX), { id: 'zero', urusan: [], answers: {} }];
    const ranked = rankActions(f2023, { region: { answers: {} }, innovations: list });
    const withdraw = ranked.find((r) => r.action.kind === 'withdraw_innovation');
    expect(withdraw?.action).toEqual({ kind: 'withdraw_innovation', innovationId: 'zero' });
  });

  it('the plan takes the best steps in turn and never repeats a finished one', () => {
    const input = { region: { answers: { '12': 1 } }, innovations: innovations(30, answersWithMaturity(f2026, 60), SIX) };
    const plan = greedyPlan(f2026, input, 10);
    expect(plan).toHaveLength(10);
    for (let k = 1; k < plan.length; k++) expect(plan[k].iidBefore).toBeCloseTo(plan[k - 1].iidAfter, 9);
    const keys = plan.map((p) => JSON.stringify(p.action));
    expect(new Set(keys).size).toBe(keys.length);
    // Region answers are worth full points (not divided by n): the SPD raises come first.
    expect(plan[0].action.kind).toBe('raise_region_answer');
  });
});
