import { describe, expect, it } from 'vitest';
import { BUILT_IN_FRAMEWORKS, officialText } from './builtin';

// Research remarks of the reference catalogue are for the framework editor (source, uncertain mark), never
// in the evidence guide or the option labels operators and verifiers read.
const REMARK = /terbaca|not readable|label not/i;

describe('texts operators read from the built-in frameworks', () => {
  it('carry no research remarks', () => {
    const leaks = BUILT_IN_FRAMEWORKS.flatMap((f) =>
      f.indicators.flatMap((i) =>
        [i.evidence, i.evidenceEn, ...i.options.flatMap((o) => [o.label, o.labelEn])].filter((x) => x && REMARK.test(x)).map((x) => `${f.id} ${i.code}: ${x}`),
      ),
    );
    expect(leaks).toEqual([]);
  });

  it('keep the remarks in the source the admin sees', () => {
    const spd2a = BUILT_IN_FRAMEWORKS.find((f) => f.id === 'iid-2026')?.indicators.find((i) => i.code === '2a');
    expect(spd2a?.evidence).toBe('Perda APBD beserta tanggal penetapan');
    expect(spd2a?.source).toContain('tidak terbaca di sumber');
  });

  it('officialText drops a trailing remark and a text that is only a remark', () => {
    expect(officialText('Perda APBD (tidak terbaca di sumber)')).toBe('Perda APBD');
    expect(officialText('level 2 (label not readable)')).toBe('level 2');
    expect(officialText('tidak terbaca')).toBeUndefined();
    expect(officialText('SK Kepala Daerah (T-0)')).toBe('SK Kepala Daerah (T-0)');
  });
});
