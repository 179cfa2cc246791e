import { describe, expect, it } from 'vitest';
import { builtInFramework } from '../iid/builtin';
import type { Framework } from '../iid/types';
import { opdHeat } from './heatmap';

describe('heatmap', () => {
  it('averages the share of the maximum per OPD and indicator, claimed and verified', () => {
    const f = builtInFramework('iid-2026') as Framework;
    const item = (value: number, reviewStatus = 'menunggu', evidenceCount = 1) => ({ value, reviewStatus, evidenceCount });
    const heat = opdHeat(
      f,
      ['a', 'b'],
      [
        { id: '1', opdId: 'a', items: { '16': item(3, 'diterima'), '17': item(1) } },
        { id: '2', opdId: 'a', items: { '16': item(0) } },
      ],
    );
    expect(heat.get('a')?.['16']).toEqual({ claimed: 0.5, verified: 0.5 });
    expect(heat.get('a')?.['17']).toEqual({ claimed: 0.167, verified: 0 });
    expect(heat.get('b')?.['16']).toEqual({ claimed: 0, verified: 0 });
  });
});
