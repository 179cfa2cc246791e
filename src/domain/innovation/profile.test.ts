import { describe, expect, it } from 'vitest';
import { eligibility, wordCount } from './profile';

describe('innovation profile rules', () => {
  it('counts words of rich text as a reader would', () => {
    expect(wordCount('<p>Inovasi <b>GAYATRI</b>&nbsp;adalah gerbang</p><ul><li>layanan terpadu</li></ul>')).toBe(6);
    expect(wordCount('')).toBe(0);
    expect(wordCount('<p> - </p>')).toBe(0);
    expect(wordCount('kata '.repeat(300))).toBe(300);
  });

  it('explains the two-year window', () => {
    expect(eligibility(2026, { tahapan: 'penerapan', waktuUjiCoba: null, waktuPenerapan: '2025-03-01' })).toEqual([
      { code: 'ok', from: '2024-01-01', until: '2026-12-31' },
    ]);
    expect(eligibility(2026, { tahapan: 'penerapan', waktuUjiCoba: null, waktuPenerapan: '2022-06-01' })[0]).toEqual({
      code: 'older_than_window',
      from: '2024-01-01',
    });
    expect(eligibility(2026, { tahapan: 'penerapan', waktuUjiCoba: null, waktuPenerapan: null })[0].code).toBe('needs_penerapan_date');
    expect(eligibility(2026, { tahapan: 'uji_coba', waktuUjiCoba: '2025-05-01', waktuPenerapan: '2025-01-01' })[0].code).toBe('uji_coba_after_penerapan');
  });

  it('says nothing is within the window before there is an implementation date', () => {
    const window = { code: 'window', from: '2024-01-01', until: '2026-12-31' };
    expect(eligibility(2026, { tahapan: null, waktuUjiCoba: null, waktuPenerapan: null })).toEqual([window]);
    expect(eligibility(2026, { tahapan: 'uji_coba', waktuUjiCoba: '2025-05-01', waktuPenerapan: null })).toEqual([window]);
  });
});
