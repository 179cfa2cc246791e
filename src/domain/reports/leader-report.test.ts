import { describe, expect, it } from 'vitest';
import type { RankedAction } from '../iid/simulator';
import { distinctActions } from './leader-report';

const raise = (code: string, to: number, gain: number, innovationId?: string): RankedAction => ({
  action: innovationId ? { kind: 'raise_innovation_answer', innovationId, code, from: 1, to } : { kind: 'raise_region_answer', code, from: 1, to },
  gain,
  iidAfter: 50 + gain,
});

describe('distinctActions', () => {
  it('keeps the best option of each indicator once, best first', () => {
    const out = distinctActions([raise('3', 3, 2), raise('3', 2, 1), raise('16', 3, 1.5, 'a'), raise('16', 2, 0.8, 'a'), raise('16', 3, 1.2, 'b')], 5);
    expect(out.map((r) => [r.action.kind, 'code' in r.action ? r.action.code : '', r.gain])).toEqual([
      ['raise_region_answer', '3', 2],
      ['raise_innovation_answer', '16', 1.5],
      ['raise_innovation_answer', '16', 1.2],
    ]);
    expect(distinctActions([raise('1', 2, 1), raise('2', 2, 1), raise('3', 2, 1)], 2)).toHaveLength(2);
  });
});
