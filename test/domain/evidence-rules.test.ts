// Evidence rules are data beside the framework: every built-in version carries them, with the Regulasi option
// meanings of its year; an exported framework imported again keeps them (and replication, evidence renewal); a bad
// rule is refused with a message naming the field.
import { describe, expect, it } from 'vitest';
import { evaluate, summaryText } from '../../src/domain/evidence-check';
import type { DocumentKind } from '../../src/domain/evidence-check/types';
import { BUILT_IN_FRAMEWORKS, builtInFramework } from '../../src/domain/iid/builtin';
import { exportFramework } from '../../src/domain/iid/export';
import type { Framework } from '../../src/domain/iid/types';
import { parseFramework } from '../../src/domain/iid/validate';
import { MESSAGES } from '../../src/domain/messages';

const sid = (f: Framework, code: string) => f.indicators.find((i) => i.aspect === 'SID' && i.code === code);

/** The option a kind alone supports under a version's Regulasi rule (a text read as that kind). */
function regulasiLevel(version: string, kind: DocumentKind, onBehalf = false): number | null {
  const rule = sid(builtInFramework(version) as Framework, '16')?.evidenceCheck;
  const heads: Record<string, string> = {
    sk_kepala_daerah: 'KEPUTUSAN BUPATI SIDOARJO\nNOMOR : 188/12/438.1.1.3/2025',
    sk_kepala_perangkat_daerah: 'KEPUTUSAN KEPALA BADAN RISET DAN INOVASI DAERAH KABUPATEN SIDOARJO\nNOMOR : 188/3/438.5.9/2025',
    perkada: 'PERATURAN BUPATI SIDOARJO\nNOMOR 7 TAHUN 2025',
    perda: 'PERATURAN DAERAH KABUPATEN SIDOARJO\nNOMOR 3 TAHUN 2025',
  };
  const signature = onBehalf
    ? 'a.n. BUPATI SIDOARJO\nKEPALA BADAN RISET DAN INOVASI DAERAH,\nttd.\nIr. SUTRISNO'
    : 'KEPALA BADAN RISET DAN INOVASI DAERAH,\nttd.\nIr. SUTRISNO';
  const text = `${heads[kind]}\nTENTANG\nINOVASI DAERAH\nMenetapkan inovasi Klinik Sehat Keliling.\nDitetapkan di Sidoarjo\npada tanggal 2 Mei 2025\n${kind.startsWith('sk_kepala_perangkat') ? signature : 'BUPATI SIDOARJO,\nttd.\nSUBANDI'}`;
  const year = Number(version.slice(4));
  return evaluate({
    rule,
    extracted: { source: 'text', text, pages: 1 },
    selectedOption: 1,
    optionValues: [1, 2, 3],
    periodYear: year,
    innovationName: 'Klinik Sehat Keliling',
  }).supportedOption;
}

describe('built-in evidence rules', () => {
  it('every version has rules for the SID indicators whose evidence a text can tell', () => {
    for (const f of BUILT_IN_FRAMEWORKS) {
      for (const code of ['16', '17', '18', '20', '21', '22', '23', '24', '28', '31', '35'])
        expect(sid(f, code)?.evidenceCheck, `${f.id} ${code}`).toBeDefined();
      expect(f.indicators.filter((i) => i.aspect === 'SPD').every((i) => !i.evidenceCheck)).toBe(true);
    }
  });

  it('Regulasi 2021–2024: SK Kepala PD 1, SK Kepala Daerah 2, Perkada/Perda 3', () => {
    for (const v of ['iid-2021', 'iid-2022', 'iid-2023', 'iid-2024']) {
      expect(regulasiLevel(v, 'sk_kepala_perangkat_daerah'), v).toBe(1);
      expect(regulasiLevel(v, 'sk_kepala_daerah'), v).toBe(2);
      expect(regulasiLevel(v, 'perkada'), v).toBe(3);
      expect(regulasiLevel(v, 'perda'), v).toBe(3);
    }
  });

  it('Regulasi 2025–2026: SK Kepala Daerah (or a.n.) 1, Perkada 2, Perda 3, an agency head in own name none', () => {
    for (const v of ['iid-2025', 'iid-2026']) {
      expect(regulasiLevel(v, 'sk_kepala_perangkat_daerah'), v).toBe(0);
      expect(regulasiLevel(v, 'sk_kepala_perangkat_daerah', true), v).toBe(1);
      expect(regulasiLevel(v, 'sk_kepala_daerah'), v).toBe(1);
      expect(regulasiLevel(v, 'perkada'), v).toBe(2);
      expect(regulasiLevel(v, 'perda'), v).toBe(3);
    }
  });

  it('videos are limited to 5 minutes from 2023; SDM levels 1–10 / 11–30 / > 30 people', () => {
    for (const f of BUILT_IN_FRAMEWORKS) {
      if (f.year >= 2023) expect(sid(f, '35')?.evidenceCheck?.videoMaxSeconds, f.id).toBe(300);
      expect(sid(f, '17')?.evidenceCheck?.count, f.id).toMatchObject({
        of: 'people',
        minByOption: [
          { option: 1, min: 1 },
          { option: 2, min: 11 },
          { option: 3, min: 31 },
        ],
      });
    }
  });

  it('a built-in framework’s rules are its own copy: changing one version does not change another', () => {
    const a = sid(builtInFramework('iid-2025') as Framework, '17')?.evidenceCheck;
    const b = sid(builtInFramework('iid-2026') as Framework, '17')?.evidenceCheck;
    expect(a).toEqual(b);
    expect(a).not.toBe(b);
  });
});

describe('framework export and import keep the rules', () => {
  for (const f of BUILT_IN_FRAMEWORKS) {
    it(`${f.id}: evidenceCheck, replication and evidenceRenewal survive a JSON round trip`, () => {
      const json = JSON.parse(JSON.stringify(exportFramework(f, { full: true })));
      const { framework, problems } = parseFramework(json);
      expect(problems).toEqual([]);
      const back = framework as Framework;
      for (const ind of f.indicators) {
        const got = back.indicators.find((i) => i.code === ind.code && i.aspect === ind.aspect);
        expect(got?.evidenceCheck, `${ind.code} evidenceCheck`).toEqual(ind.evidenceCheck);
        expect(got?.replication, `${ind.code} replication`).toEqual(ind.replication);
        expect(got?.evidenceRenewal ?? false, `${ind.code} evidenceRenewal`).toBe(ind.evidenceRenewal ?? false);
      }
      expect(back.indicators.some((i) => i.replication)).toBe(true);
      expect(back.indicators.some((i) => i.evidenceRenewal)).toBe(f.indicators.some((i) => i.evidenceRenewal));
    });
  }

  it('an edited rule is kept as edited', () => {
    const json = exportFramework(builtInFramework('iid-2026') as Framework, { full: true });
    const k = json.indicators.findIndex((i) => i.code === '35' && i.aspect === 'SID');
    (json.indicators[k] as { evidenceCheck?: unknown }).evidenceCheck = { kinds: ['video'], videoMaxSeconds: 240 };
    const { framework } = parseFramework(JSON.parse(JSON.stringify(json)));
    expect(framework?.indicators[k].evidenceCheck).toEqual({ kinds: ['video'], videoMaxSeconds: 240 });
  });
});

describe('a bad evidence rule is refused with a clear message', () => {
  const withRule = (rule: unknown, code = '17') => {
    const json = JSON.parse(JSON.stringify(exportFramework(builtInFramework('iid-2026') as Framework, { full: true })));
    const k = json.indicators.findIndex((i: { code: string; aspect: string }) => i.code === code && i.aspect === 'SID');
    json.indicators[k].evidenceCheck = rule;
    return { k, ...parseFramework(json) };
  };
  const text = (code: string, params: Record<string, string | number> = {}) =>
    MESSAGES[code as keyof typeof MESSAGES].id.replace(/\{(\w+)\}/g, (_m, p: string) => String(params[p]));

  it('an unknown field names the field', () => {
    const { k, framework, problems } = withRule({ count: { of: 'people', minByOptions: [{ option: 1, min: 1 }] } });
    expect(framework).toBeUndefined();
    const p = problems.find((x) => x.code === 'fw_evidence_unknown_field');
    expect(p).toMatchObject({ path: `indicators.${k}.evidenceCheck.count`, params: { keys: 'minByOptions' } });
    expect(text(p?.code ?? '', p?.params)).toBe('Aturan pemeriksaan bukti tidak mengenal isian minByOptions.');
  });

  it('an unknown document kind lists the kinds there are', () => {
    const { k, problems } = withRule({ kinds: ['sk_bupati'] });
    expect(problems[0]).toMatchObject({ path: `indicators.${k}.evidenceCheck.kinds.0`, code: 'fw_evidence_kind' });
    expect(String(problems[0].params?.kinds)).toContain('sk_kepala_daerah');
  });

  it('counts that fall as the option rises, a reversed year window and an option the indicator lacks', () => {
    expect(
      withRule({
        count: {
          of: 'people',
          minByOption: [
            { option: 1, min: 10 },
            { option: 2, min: 5 },
          ],
        },
      }).problems.map((p) => p.code),
    ).toEqual(['fw_evidence_count_order']);
    expect(withRule({ yearWindow: { earliest: 0, latest: -2 } }).problems.map((p) => p.code)).toEqual(['fw_evidence_year_window']);
    const { k, problems } = withRule({ kindsByOption: [{ option: 4, kinds: ['perda'] }] });
    expect(problems[0]).toMatchObject({ path: `indicators.${k}.evidenceCheck.kindsByOption.0.option`, code: 'invalid' });
    const missing = withRule({ serviceDaysByOption: [{ option: 3, maxDays: 1 }] }, '16');
    expect(missing.problems).toEqual([]);
  });

  it('a rule naming an option the indicator does not have', () => {
    const json = JSON.parse(JSON.stringify(exportFramework(builtInFramework('iid-2026') as Framework, { full: true })));
    const k = json.indicators.findIndex((i: { code: string; aspect: string }) => i.code === '17' && i.aspect === 'SID');
    json.indicators[k].options = json.indicators[k].options.filter((o: { value: number }) => o.value < 3);
    const { problems } = parseFramework(json);
    expect(problems).toEqual([{ path: `indicators.${k}.evidenceCheck`, code: 'fw_evidence_option_unknown', params: { option: 3, code: '17' } }]);
  });
});

describe('evaluate with an edited framework', () => {
  it('never supports more than the indicator’s highest option, and an indicator without a rule only reads', () => {
    const text =
      'PERATURAN DAERAH KABUPATEN SIDOARJO\nNOMOR 3 TAHUN 2025\nTENTANG\nINOVASI DAERAH\nDitetapkan di Sidoarjo\npada tanggal 2 Mei 2025\nBUPATI SIDOARJO,\nttd.\nSUBANDI';
    const base = { extracted: { source: 'text' as const, text, pages: 1 }, selectedOption: 2, periodYear: 2025, innovationName: null };
    const rule = { kindsByOption: [{ option: 3, kinds: ['perda' as const] }] };
    expect(evaluate({ ...base, rule, optionValues: [1, 2] }).supportedOption).toBe(2);
    expect(evaluate({ ...base, rule, optionValues: [1, 2, 3] }).supportedOption).toBe(3);
    const bare = evaluate({ ...base, rule: undefined, optionValues: [1, 2, 3] });
    expect(bare.checks.map((c) => c.check)).toEqual(['readable']);
    expect(bare.facts).toMatchObject({ kind: 'perda', number: '3 TAHUN 2025', date: '2025-05-02', signatory: 'BUPATI SIDOARJO' });
    expect(bare.supportedOption).toBeNull();
    const input = { ...base, rule: undefined, optionValues: [1, 2, 3] };
    expect(summaryText(bare, input, 'id')).toBe('Terbaca: Peraturan Daerah tanggal 2 Mei 2025. Tidak ada aturan pemeriksaan untuk indikator ini.');
    expect(summaryText(bare, input, 'en')).toBe('Read: Regional regulation (Perda) dated 2 May 2025. This indicator has no check rule.');
  });
});
