import { describe, expect, it } from 'vitest';
import { BUILTIN_IPKD_FRAMEWORKS, builtinIpkdFramework } from './builtin';
import { indicatorScore, scoreIpkd } from './compute';
import { type IpkdIndicator, type IpkdRules, ipkdRulesSchema } from './framework';
import { ipkdActions, pointsToNextPredicate } from './improve';
import { ipkdRulesProblems, ipkdValueProblems } from './validate';

const base = { min: 0, max: 100, documents: [] as string[], datedInBudgetYear: false, uncertain: false };
const a1: IpkdIndicator = { ...base, id: 'a1', name: 'a1', unit: 'percent', weight: 1, scoring: { kind: 'linear', zeroAt: 0, fullAt: 100 } };
const a2: IpkdIndicator = {
  ...base,
  id: 'a2',
  name: 'a2',
  unit: 'percent',
  weight: 3,
  scoring: { kind: 'threshold', op: 'atMost', limit: 30, otherwise: 0 },
};
const b1: IpkdIndicator = {
  ...base,
  min: null,
  max: null,
  id: 'b1',
  name: 'b1',
  unit: 'choice',
  weight: 1,
  scoring: {
    kind: 'choice',
    options: [
      { value: 'WTP', label: 'WTP', score: 100 },
      { value: 'WDP', label: 'WDP', score: 70 },
    ],
  },
};
const rules: IpkdRules = {
  measurementYear: 2026,
  method: 'skoring',
  dimensions: [
    { id: 'A', name: 'A', weight: 60, defaultWeight: false, indicators: [a1, a2] },
    { id: 'B', name: 'B', weight: 40, defaultWeight: false, indicators: [b1] },
  ],
  bands: { A: 75, B: 60, defaultBands: false },
};

describe('IPKD score, by hand', () => {
  it('weights indicators inside a dimension and dimensions in the index', () => {
    // A = (1 × 50 + 3 × 100) ÷ 4 = 87.5; B = 70; IPKD = 0.6 × 87.5 + 0.4 × 70 = 80.5 → A.
    const r = scoreIpkd(
      rules,
      new Map<string, number | string>([
        ['a1', 50],
        ['a2', 25],
        ['b1', 'WDP'],
      ]),
    );
    expect(r.dimensions.map((d) => d.index)).toEqual([87.5, 70]);
    expect(r.ipkd).toBe(80.5);
    expect(r.predicate).toBe('A');
    expect([r.answered, r.total]).toEqual([3, 3]);
  });

  it('counts a missing value as 0 and says how much is answered', () => {
    // A = 50 ÷ 4 = 12.5; IPKD = 7.5 + 28 = 35.5 → C.
    const r = scoreIpkd(
      rules,
      new Map<string, number | string>([
        ['a1', 50],
        ['b1', 'WDP'],
      ]),
    );
    expect(r.ipkd).toBe(35.5);
    expect(r.predicate).toBe('C');
    expect(r.dimensions[0]).toMatchObject({ index: 12.5, answered: 1, total: 2 });
  });

  it('scores lines both ways and clamps; thresholds either side; unknown choices not at all', () => {
    expect(indicatorScore({ ...a1, scoring: { kind: 'linear', zeroAt: 100, fullAt: 0 } }, 25)).toBe(75);
    expect(indicatorScore(a1, 150)).toBe(100);
    expect(indicatorScore(a1, -5)).toBe(0);
    expect(indicatorScore(a2, 30)).toBe(100);
    expect(indicatorScore(a2, 30.01)).toBe(0);
    expect(indicatorScore({ ...a2, scoring: { kind: 'threshold', op: 'atLeast', limit: 40, otherwise: 25 } }, 39)).toBe(25);
    expect(indicatorScore(b1, 'TMP')).toBeNull();
    expect(indicatorScore(a1, undefined)).toBeNull();
  });

  it('rounds to four decimals as published', () => {
    const third: IpkdRules = { ...rules, dimensions: [{ ...rules.dimensions[0], weight: 100, indicators: [a1] }] };
    expect(scoreIpkd(third, new Map([['a1', 100 / 3]])).ipkd).toBe(33.3333);
  });
});

describe('what to improve first', () => {
  it('orders indicators by the points a full score adds and names the predicate it reaches', () => {
    const strict = { ...rules, bands: { A: 85, B: 60, defaultBands: false } };
    const r = scoreIpkd(
      strict,
      new Map<string, number | string>([
        ['a1', 50],
        ['a2', 25],
        ['b1', 'WDP'],
      ]),
    );
    expect(r.predicate).toBe('B');
    // b1: 40 × 30 % = 12 → 92.5 (A); a1: 60 × ¼ × 50 % = 7.5 → 88 (A); a2 is full.
    expect(ipkdActions(strict, r)).toEqual([
      { indicatorId: 'b1', dimensionId: 'B', kind: 'short', score: 70, gain: 12, reaches: 'A' },
      { indicatorId: 'a1', dimensionId: 'A', kind: 'short', score: 50, gain: 7.5, reaches: 'A' },
    ]);
    expect(pointsToNextPredicate(strict, r.ipkd)).toEqual({ predicate: 'A', points: 4.5 });
    expect(pointsToNextPredicate(strict, 90)).toBeNull();
  });

  it('puts a missing value first when it is worth most', () => {
    const r = scoreIpkd(rules, new Map<string, number | string>([['b1', 'WTP']]));
    expect(ipkdActions(rules, r).map((a) => [a.indicatorId, a.kind, a.gain])).toEqual([
      ['a2', 'missing', 45],
      ['a1', 'missing', 15],
    ]);
  });
});

describe('rules and values refused on the field', () => {
  it('dimension weights must sum to 100 %', () => {
    const off = { ...rules, dimensions: [{ ...rules.dimensions[0], weight: 59 }, rules.dimensions[1]] };
    expect(ipkdRulesProblems(off)).toEqual([{ path: 'dimensions', code: 'ipkd_weights_sum', params: { sum: 99 } }]);
    expect(ipkdRulesProblems(rules)).toEqual([]);
  });

  it('names duplicate ids, weights ≤ 0, reversed ranges, flat lines, unit/scoring mismatch and bands out of order', () => {
    const bad: IpkdRules = {
      ...rules,
      dimensions: [
        {
          ...rules.dimensions[0],
          indicators: [
            { ...a1, weight: 0, min: 10, max: 5, scoring: { kind: 'linear', zeroAt: 3, fullAt: 3 } },
            { ...a2, id: 'a1', unit: 'choice' },
          ],
        },
        rules.dimensions[1],
      ],
      bands: { A: 60, B: 60, defaultBands: false },
    };
    expect(ipkdRulesProblems(bad).map((p) => `${p.path} ${p.code}`)).toEqual([
      'dimensions[0].indicators[0].weight ipkd_weight_positive',
      'dimensions[0].indicators[0].max ipkd_range_order',
      'dimensions[0].indicators[0].scoring.fullAt ipkd_linear_flat',
      'dimensions[0].indicators[1].id ipkd_duplicate_id',
      'dimensions[0].indicators[1].scoring ipkd_scoring_unit',
      'bands ipkd_bands_order',
    ]);
  });

  it('refuses a value outside the range, an unknown choice, a non-number, a date outside the budget year', () => {
    expect(ipkdValueProblems(a1, { value: 101 }, 2026)).toEqual([{ path: 'value', code: 'ipkd_value_range', params: { min: 0, max: 100 } }]);
    expect(ipkdValueProblems(a1, { value: 100 }, 2026)).toEqual([]);
    expect(ipkdValueProblems(a1, { value: 'lima' }, 2026).map((p) => p.code)).toEqual(['ipkd_value_number']);
    expect(ipkdValueProblems(b1, { value: 'TMP' }, 2026).map((p) => p.code)).toEqual(['ipkd_value_choice']);
    const dated = { ...a1, datedInBudgetYear: true };
    // Tahun ukur 2026 measures TA 2025.
    expect(ipkdValueProblems(dated, { value: 5, documentDate: '2026-01-10' }, 2026)).toEqual([
      { path: 'documentDate', code: 'ipkd_date_budget_year', params: { year: 2025 } },
    ]);
    expect(ipkdValueProblems(dated, { value: 5, documentDate: '2025-06-30' }, 2026)).toEqual([]);
  });
});

describe('built-in frameworks', () => {
  it('are valid, sum to 100 % and carry the 2025 method change', () => {
    for (const f of BUILTIN_IPKD_FRAMEWORKS) {
      expect(ipkdRulesSchema.safeParse(f).success).toBe(true);
      expect(ipkdRulesProblems(f)).toEqual([]);
      expect(f.dimensions.map((d) => d.id)).toEqual(['D1', 'D2', 'D3', 'D4', 'D5', 'D6']);
    }
    const ids = (id: string) => builtinIpkdFramework(id)?.dimensions.flatMap((d) => d.indicators.map((i) => i.id)) ?? [];
    expect(ids('ipkd-2024')).toEqual(expect.arrayContaining(['D2.kesehatan', 'D4.btt', 'D5.solvabilitas_layanan']));
    expect(ids('ipkd-2025')).not.toEqual(expect.arrayContaining(['D2.kesehatan']));
    expect(ids('ipkd-2025')).toEqual(expect.arrayContaining(['D2.pegawai', 'D2.infrastruktur', 'D2.spm']));
    expect(ids('ipkd-2025').some((i) => i === 'D4.btt' || i === 'D5.solvabilitas_layanan')).toBe(false);
    expect(builtinIpkdFramework('ipkd-2025')?.method).toBe('skoring');
    expect(builtinIpkdFramework('ipkd-2024')?.method).toBe('penilaian');
  });

  it('score 100 when every indicator is at its full score', () => {
    const f = builtinIpkdFramework('ipkd-2026');
    if (!f) throw new Error('missing');
    const full = new Map<string, number | string>();
    for (const d of f.dimensions)
      for (const i of d.indicators) {
        const s = i.scoring;
        full.set(i.id, s.kind === 'choice' ? s.options[0].value : s.kind === 'linear' ? s.fullAt : s.limit);
      }
    expect(scoreIpkd(f, full)).toMatchObject({ ipkd: 100, predicate: 'A' });
  });
});
