import { describe, expect, it } from 'vitest';
import { BUILT_IN_FRAMEWORKS, builtInFramework } from './builtin';
import { scoreIid } from './engine';
import { allAnswers, answersWithMaturity, innovations } from './test-helpers';
import type { Framework } from './types';
import { BASIC_SERVICE_URUSAN } from './urusan';

const fw = (id: string) => builtInFramework(id) as Framework;
const ALL_SIX = [...BASIC_SERVICE_URUSAN];

/** SPD = 48 on the 2026 SPD list: everything at 2 (42), then +2 on indicator 12 (weight 2) and +1 on 2a, 2b, 3, 4. */
function spd48(f: Framework) {
  const answers = allAnswers(f, 'SPD', 2);
  for (const code of ['12', '2a', '2b', '3', '4']) answers[code] = 3;
  return answers;
}

describe('built-in versions', () => {
  it('are the six years 2021–2026', () => {
    expect(BUILT_IN_FRAMEWORKS.map((f) => f.id)).toEqual(['iid-2021', 'iid-2022', 'iid-2023', 'iid-2024', 'iid-2025', 'iid-2026']);
  });

  it('2023–2026: SPD max 63, per-innovation max 111, count max 76, total 250', () => {
    for (const year of [2023, 2024, 2025, 2026]) {
      const f = fw(`iid-${year}`);
      const top = scoreIid(f, {
        region: { answers: allAnswers(f, 'SPD', 3) },
        innovations: innovations(200, allAnswers(f, 'SID', 3), ALL_SIX),
      });
      expect(top.breakdown.aspects[0].possible, `${year} SPD`).toBe(63);
      expect(top.maturityMax, `${year} maturity`).toBe(111);
      expect(top.countScore, `${year} count`).toBe(76);
      expect(f.maxScore, `${year} max`).toBe(250);
      expect(top.total).toBe(250);
      expect(top.iid).toBe(100);
      expect(top.predicate).toBe('Sangat Inovatif');
    }
  });

  it('2021/2022: 150 per innovation, marked uncertain', () => {
    for (const id of ['iid-2021', 'iid-2022']) {
      const f = fw(id);
      expect(scoreIid(f, { region: { answers: {} }, innovations: [] }).maturityMax).toBe(150);
      expect(f.uncertain).toBe(true);
      expect(f.notes.length).toBeGreaterThan(0);
    }
  });

  it('uncertain parts are marked: SPD before 2026 is borrowed from the 2026 list', () => {
    expect(
      fw('iid-2023')
        .indicators.filter((i) => i.aspect === 'SPD')
        .every((i) => i.uncertain),
    ).toBe(true);
    expect(
      fw('iid-2023')
        .indicators.filter((i) => i.aspect === 'SID')
        .some((i) => i.uncertain),
    ).toBe(false);
  });

  it('2026 marks the mandatory indicators', () => {
    const mandatory = fw('iid-2026')
      .indicators.filter((i) => i.mandatory)
      .map((i) => i.code);
    expect(mandatory).toEqual(expect.arrayContaining(['1', '3', '8', '11a', '16', '17', '32', '33', '35']));
    expect(mandatory).not.toContain('12');
    expect(fw('iid-2023').indicators.some((i) => i.mandatory)).toBe(false);
  });
});

describe('hand-computed scores', () => {
  it('reference worked example (2023): SPD 48, 120 sent of maturity 90, urusan met → 73.44', () => {
    const f = fw('iid-2023');
    const r = scoreIid(f, { region: { answers: spd48(f) }, innovations: innovations(120, answersWithMaturity(f, 90), ALL_SIX) });
    expect(r.spd).toBe(48);
    expect(r.innovations[0].maturity).toBe(90);
    expect(r.divisor).toBe(120);
    expect(r.sidIndicators).toBe(90);
    expect(r.countScore).toBe(45.6);
    expect(r.sid).toBe(135.6);
    expect(r.total).toBe(183.6);
    expect(r.iid).toBe(73.44);
    expect(r.predicate).toBe('Sangat Inovatif');
  });

  it('2023: too few innovations are penalised by MAX(10, n)', () => {
    const f = fw('iid-2023');
    const r = scoreIid(f, { region: { answers: spd48(f) }, innovations: innovations(8, answersWithMaturity(f, 90), ALL_SIX) });
    // 720 / 10 = 72; count 8 × 0.38 = 3.04; total 48 + 75.04 = 123.04 → 49.216
    expect(r.sidIndicators).toBe(72);
    expect(r.countScore).toBe(3.04);
    expect(r.iid).toBe(49.22);
    expect(r.predicate).toBe('Inovatif');
  });

  it('2024 scores like 2023 on the same answers', () => {
    const f = fw('iid-2024');
    const r = scoreIid(f, { region: { answers: spd48(f) }, innovations: innovations(120, answersWithMaturity(f, 90), ALL_SIX) });
    expect(r.iid).toBe(73.44);
  });

  it('2025: Sangat Inovatif starts at 65', () => {
    const f = fw('iid-2025');
    const r = scoreIid(f, { region: { answers: spd48(f) }, innovations: innovations(120, answersWithMaturity(f, 90), ALL_SIX) });
    expect(r.iid).toBe(73.44);
    expect(r.predicate).toBe('Sangat Inovatif');
    // 48 + 90 + 0 (only 4 urusan) = 138 → 55.2: Inovatif in 2025, would be Inovatif in 2023 too.
    const fewUrusan = scoreIid(f, { region: { answers: spd48(f) }, innovations: innovations(120, answersWithMaturity(f, 90), ALL_SIX.slice(0, 4)) });
    expect(fewUrusan.countScore).toBe(0);
    expect(fewUrusan.iid).toBe(55.2);
    expect(fewUrusan.predicate).toBe('Inovatif');
  });

  it('2026: divisor floor 12 and the urusan condition (5 of 6)', () => {
    const f = fw('iid-2026');
    const eight = scoreIid(f, { region: { answers: spd48(f) }, innovations: innovations(8, answersWithMaturity(f, 90), ALL_SIX.slice(0, 5)) });
    // 720 / 12 = 60; count 3.04 (5 of 6 is enough); total 111.04 → 44.416
    expect(eight.divisor).toBe(12);
    expect(eight.sidIndicators).toBe(60);
    expect(eight.countScore).toBe(3.04);
    expect(eight.iid).toBe(44.42);
    expect(eight.predicate).toBe('Inovatif');
    expect(eight.urusan.missing).toEqual(['1.06']);
    expect(eight.urusan.conditionMet).toBe(true);
    const many = scoreIid(f, { region: { answers: spd48(f) }, innovations: innovations(250, answersWithMaturity(f, 90), ALL_SIX) });
    // count capped at 76 (200 innovations); 48 + 90 + 76 = 214 → 85.6
    expect(many.countScore).toBe(76);
    expect(many.iid).toBe(85.6);
  });

  it('2021: SPD full, 10 perfect innovations → 74.21 of a 280 maximum', () => {
    const f = fw('iid-2021');
    expect(f.maxScore).toBe(280);
    const r = scoreIid(f, { region: { answers: allAnswers(f, 'SPD', 3) }, innovations: innovations(10, allAnswers(f, 'SID', 3), ALL_SIX) });
    // 54 + 1500 / 10 + 3.8 = 207.8 → 74.2142…
    expect(r.spd).toBe(54);
    expect(r.total).toBe(207.8);
    expect(r.iid).toBe(74.21);
  });

  it('2022: five perfect innovations below the floor, no SPD → Kurang Inovatif', () => {
    const f = fw('iid-2022');
    const r = scoreIid(f, { region: { answers: {} }, innovations: innovations(5, allAnswers(f, 'SID', 3), ALL_SIX) });
    // 750 / 10 + 1.9 = 76.9 → 27.4642…
    expect(r.iid).toBe(27.46);
    expect(r.predicate).toBe('Kurang Inovatif');
  });

  it('only sent innovations count; nothing answered is "Tidak Dapat Dinilai"', () => {
    const f = fw('iid-2026');
    const r = scoreIid(f, { region: { answers: {} }, innovations: innovations(30, allAnswers(f, 'SID', 3), ALL_SIX, false) });
    expect(r.sent).toBe(0);
    expect(r.iid).toBe(0);
    expect(r.predicate).toBe('Tidak Dapat Dinilai');
    expect(r.innovations[0]).toEqual({ id: 'i1', sent: false, maturity: 111 });
  });

  it('the breakdown adds up to the totals', () => {
    const f = fw('iid-2026');
    const r = scoreIid(f, {
      region: { answers: spd48(f) },
      innovations: [...innovations(7, answersWithMaturity(f, 90), ALL_SIX), { id: 'x', urusan: ['2.15'], answers: allAnswers(f, 'SID', 1) }],
    });
    const sum = (xs: { earned: number }[]) => xs.reduce((s, x) => s + x.earned, 0);
    const spdLines = r.breakdown.indicators.filter((l) => l.aspect === 'SPD');
    const sidLines = r.breakdown.indicators.filter((l) => l.aspect === 'SID');
    expect(sum(spdLines)).toBeCloseTo(r.spd, 6);
    expect(sum(sidLines)).toBeCloseTo(r.sidIndicators, 3);
    expect(sum(r.breakdown.variables)).toBeCloseTo(r.spd + r.sidIndicators, 3);
    expect(r.breakdown.aspects[1].earned).toBeCloseTo(r.sid, 6);
  });
});
