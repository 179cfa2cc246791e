import { describe, expect, it } from 'vitest';
import { trendYears } from './trend';

describe('trendYears', () => {
  it('lists every year up to the current one, with gaps where no result was published', () => {
    expect(
      trendYears(
        [
          { year: 2021, iid: 62.3 },
          { year: 2023, iid: 84.46 },
        ],
        2026,
      ),
    ).toEqual([
      { year: 2021, official: 62.3 },
      { year: 2022, official: null },
      { year: 2023, official: 84.46 },
      { year: 2024, official: null },
      { year: 2025, official: null },
      { year: 2026, official: null },
    ]);
    expect(trendYears([], 2026)).toEqual([{ year: 2026, official: null }]);
  });
});
