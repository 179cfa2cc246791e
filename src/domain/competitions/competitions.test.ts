import { describe, expect, it } from 'vitest';
import { balanceAssignments } from './assignment';
import { BUILTIN_TEMPLATES, IGA_TEMPLATE, KIPP_TEMPLATE } from './builtin-templates';
import { conflictOf } from './conflicts';
import { eligibilityProblems, prefillProposal, proposalProblems, sectionCounts, wholeYears } from './entry-rules';
import { proposalDocument, proposalFileName, richTextBlocks } from './proposal-document';
import { spd12Support } from './rewards';
import { advancing, finalRanking, stageRanking } from './stages';
import { rulesProblems, rulesSchema, type Stage } from './template';

describe('built-in templates', () => {
  it.each(BUILTIN_TEMPLATES.map((t) => [t.id, t] as const))('%s is valid rules', (_id, t) => {
    expect(rulesSchema.safeParse(t).success).toBe(true);
    expect(rulesProblems(t)).toEqual([]);
  });

  it('KIPP: three groups, the SINOVIK sections with their word limits, stages from administrative selection to field verification', () => {
    expect(KIPP_TEMPLATE.groups.map((g) => g.id)).toEqual(['kelompok_umum', 'kelompok_replikasi', 'kelompok_khusus']);
    expect(KIPP_TEMPLATE.sections.map((s) => [s.id, s.wordLimit])).toEqual([
      ['ringkasan', 200],
      ['latar_belakang_dan_tujuan', 300],
      ['kebaruan', 200],
      ['implementasi_inovasi', 200],
      ['signifikansi', 600],
      ['adaptabilitas_1', 100],
      ['adaptabilitas_2', 200],
      ['sumber_daya', 200],
      ['strategi_keberlanjutan', 500],
    ]);
    expect(KIPP_TEMPLATE.stages.map((s) => s.kind)).toEqual(['review', 'scored', 'scored', 'review']);
    // No published weights: every criterion is labelled as Inovda's default.
    expect(KIPP_TEMPLATE.stages.flatMap((s) => s.criteria).every((c) => c.defaultWeight)).toBe(true);
    expect(KIPP_TEMPLATE.eligibility).toEqual({ minYearsApplied: 1, notPastTopWinner: true, implementedOnly: true });
  });

  it('IGA presentation weights 30/25/15/20/10, not marked as defaults', () => {
    const c = IGA_TEMPLATE.stages[0].criteria;
    expect(c.map((x) => x.weight)).toEqual([30, 25, 15, 20, 10]);
    expect(c.some((x) => x.defaultWeight)).toBe(false);
  });
});

describe('rules problems', () => {
  it('names duplicate ids, non-positive weights and scales, unknown tie-break criteria and quota groups', () => {
    const stage = { ...IGA_TEMPLATE.stages[0] };
    const rules = {
      ...IGA_TEMPLATE,
      stages: [
        {
          ...stage,
          criteria: [
            { ...stage.criteria[0], weight: 0 },
            { ...stage.criteria[0], max: -1 },
          ],
          tieBreak: ['nope'],
          quotas: { ghost: 2 },
          from: '2026-05-02',
          until: '2026-05-01',
        },
      ],
    };
    expect(rulesProblems(rules).map((p) => `${p.path} ${p.code}`)).toEqual([
      'stages[0].criteria[1].id comp_duplicate_id',
      'stages[0].criteria[0].weight comp_weight_positive',
      'stages[0].criteria[1].max comp_max_positive',
      'stages[0].tieBreak[0] comp_unknown_criterion',
      'stages[0].quotas.ghost comp_unknown_group',
      'stages[0].until dates_out_of_order',
    ]);
  });
});

describe('eligibility', () => {
  const rules = KIPP_TEMPLATE.eligibility;
  it('counts whole years', () => {
    expect(wholeYears('2025-03-15', '2026-03-14')).toBe(0);
    expect(wholeYears('2025-03-15', '2026-03-15')).toBe(1);
  });
  it('refuses an innovation not implemented, applied less than a year ago, or a past top winner', () => {
    expect(eligibilityProblems(rules, { tahapan: 'penerapan', waktuPenerapan: '2025-01-01', pastTopWinner: false }, '2026-04-30')).toEqual([]);
    expect(eligibilityProblems(rules, { tahapan: 'uji_coba', waktuPenerapan: '2025-06-01', pastTopWinner: true }, '2026-04-30').map((p) => p.code)).toEqual([
      'comp_not_implemented',
      'comp_applied_too_recently',
      'comp_past_top_winner',
    ]);
    expect(eligibilityProblems(rules, { tahapan: 'penerapan', waktuPenerapan: null, pastTopWinner: false }, '2026-04-30')).toEqual([
      { code: 'comp_no_application_date', params: { years: 1 } },
    ]);
  });
});

describe('proposal', () => {
  const sections = KIPP_TEMPLATE.sections;
  it('starts each section from the profile fields it names', () => {
    const p = prefillProposal(sections, { manfaat: '<p>Antrean turun</p>', tujuan: 'Tujuan', rancangBangun: null, hasil: ' Hasil ' });
    expect(p.ringkasan).toBe('<p>Antrean turun</p>');
    expect(p.latar_belakang_dan_tujuan).toBe('Tujuan');
    expect(p.kebaruan).toBe('');
    expect(p.signifikansi).toBe('Hasil');
  });
  it('counts words without markup and names the sections over their limit', () => {
    const long = `<p>${'kata '.repeat(201)}</p>`;
    expect(sectionCounts(sections, { ringkasan: long })[0]).toEqual({ id: 'ringkasan', words: 201, limit: 200, over: true });
    expect(proposalProblems(sections, { ringkasan: long, kebaruan: 'cukup' })).toEqual({
      'proposal.ringkasan': { code: 'comp_over_word_limit', params: { limit: 200, words: 201 } },
    });
  });
});

describe('conflicts', () => {
  const organiser = 'r1';
  it('own OPD always; own region only in another region’s competition; declared ones', () => {
    expect(conflictOf({ regionId: 'r1', opdId: 'o1' }, { regionId: 'r1', opdId: 'o1' }, organiser, false)).toBe('own_opd');
    expect(conflictOf({ regionId: 'r1', opdId: null }, { regionId: 'r1', opdId: 'o1' }, organiser, false)).toBeNull();
    expect(conflictOf({ regionId: 'r2', opdId: null }, { regionId: 'r2', opdId: 'o9' }, organiser, false)).toBe('own_region');
    expect(conflictOf({ regionId: null, opdId: null }, { regionId: 'r1', opdId: 'o1' }, organiser, true)).toBe('declared');
  });
});

describe('balanced assignment', () => {
  it('gives each entry its judges, least loaded first, never a conflicted one, keeping what exists', () => {
    const plan = balanceAssignments(['e1', 'e2', 'e3', 'e4'], ['j1', 'j2', 'j3'], 2, (j, e) => j === 'j1' && e === 'e2', [{ judge: 'j3', entry: 'e1' }]);
    const load = (j: string) => plan.assignments.filter((a) => a.judge === j).length + (j === 'j3' ? 1 : 0);
    expect(plan.short).toEqual([]);
    expect(plan.assignments.some((a) => a.judge === 'j1' && a.entry === 'e2')).toBe(false);
    for (const e of ['e1', 'e2', 'e3', 'e4']) expect(plan.assignments.filter((a) => a.entry === e).length + (e === 'e1' ? 1 : 0)).toBe(2);
    expect([load('j1'), load('j2'), load('j3')].sort()).toEqual([2, 3, 3]);
  });
  it('reports entries that cannot get enough judges', () => {
    expect(balanceAssignments(['e1'], ['j1', 'j2'], 2, (j) => j === 'j2').short).toEqual([{ entry: 'e1', judges: 1 }]);
  });
  it('every judge scores every entry when no number is set', () => {
    expect(balanceAssignments(['e1', 'e2'], ['j1', 'j2'], null, () => false).assignments).toHaveLength(4);
  });
});

describe('stage ranking, advancement and the final', () => {
  const stage: Stage = { ...IGA_TEMPLATE.stages[0], criteria: [{ id: 'a', name: 'A', weight: 1, max: 10 }], tieBreak: [], topN: 2, quotas: { khusus: 1 } };
  const scores = (rows: [string, string, number][]) => rows.map(([judge, entry, value]) => ({ judge, entry, criterion: 'a', value }));

  it('ranks through the contract and leaves out the conflicted judge', () => {
    const r = stageRanking(
      stage,
      scores([
        ['j1', 'e1', 8],
        ['j1', 'e2', 6],
        ['j2', 'e1', 2],
      ]),
      [{ judge: 'j2', entry: 'e1' }],
    );
    expect(r).toEqual([
      { entry: 'e1', score: 80, rank: 1 },
      { entry: 'e2', score: 60, rank: 2 },
    ]);
  });

  it('takes the top N of each group, a quota where set, and never splits a tie at the cut', () => {
    const ranking = [
      { entry: 'u1', score: 90, rank: 1 },
      { entry: 'k1', score: 85, rank: 2 },
      { entry: 'u2', score: 80, rank: 3 },
      { entry: 'u3', score: 80, rank: 3 },
      { entry: 'k2', score: 70, rank: 5 },
      { entry: 'u4', score: 60, rank: 6 },
    ];
    const group = (e: string) => (e.startsWith('k') ? 'khusus' : 'umum');
    expect([...advancing(stage, ranking, group)].sort()).toEqual(['k1', 'u1', 'u2', 'u3']);
    expect([...advancing({ ...stage, topN: null, quotas: {} }, ranking, group)]).toHaveLength(6);
  });

  it('combines the weighted stages into the final (70/30) with shared ranks', () => {
    const s1 = { ...stage, id: 's1', weight: 0.7 };
    const s2 = { ...stage, id: 's2', weight: 0.3 };
    const sel = { ...stage, id: 'sel', weight: 0 };
    const stageScores = new Map([
      [
        's1',
        new Map([
          ['a', 80],
          ['b', 90],
          ['c', 70],
        ]),
      ],
      [
        's2',
        new Map([
          ['a', 90],
          ['b', 66.666666666667],
          ['c', 93.333333333333],
        ]),
      ],
      ['sel', new Map([['a', 1]])],
    ]);
    const f = finalRanking([sel, s1, s2], stageScores, ['a', 'b', 'c', 'z']);
    // a: 56 + 27 = 83; b: 63 + 20 = 83; c: 49 + 28 = 77 — z was ranked in no weighted stage.
    expect(f.map((r) => [r.entry, Math.round(r.score * 1e6) / 1e6, r.rank])).toEqual([
      ['a', 83, 1],
      ['b', 83, 1],
      ['c', 77, 3],
    ]);
  });
});

describe('proposal document', () => {
  it('reads the editor’s rich text as paragraphs, headings and numbered or bulleted items, entities decoded', () => {
    expect(
      richTextBlocks(
        '<h3>Latar</h3><p>Antrean &amp; waktu&nbsp;tunggu<br>baris dua</p><ol><li>Satu</li><li><strong>Dua</strong></li></ol><ul><li>Titik</li></ul>',
      ),
    ).toEqual([
      { kind: 'heading', text: 'Latar' },
      { kind: 'paragraph', text: 'Antrean & waktu tunggu' },
      { kind: 'paragraph', text: 'baris dua' },
      { kind: 'item', text: 'Satu', marker: '1.' },
      { kind: 'item', text: 'Dua', marker: '2.' },
      { kind: 'item', text: 'Titik', marker: '•' },
    ]);
    expect(richTextBlocks('baris satu\nbaris dua')).toEqual([
      { kind: 'paragraph', text: 'baris satu' },
      { kind: 'paragraph', text: 'baris dua' },
    ]);
    expect(richTextBlocks('<p>&#8212; &#x41;</p>')).toEqual([{ kind: 'paragraph', text: '— A' }]);
    expect(richTextBlocks(null)).toEqual([]);
  });

  it('counts each section against its limit and names what the national form would refuse', () => {
    const sections = KIPP_TEMPLATE.sections.slice(0, 3);
    const doc = proposalDocument(
      sections,
      { ringkasan: `<p>${'kata '.repeat(201)}</p>`, latar_belakang_dan_tujuan: '<p>Cukup.</p>' },
      {
        kebaruan: [{ title: 'SK Inovasi', fileName: 'sk.pdf', url: null }],
      },
    );
    expect(doc.sections.map((s) => [s.id, s.words, s.over])).toEqual([
      ['ringkasan', 201, true],
      ['latar_belakang_dan_tujuan', 1, false],
      ['kebaruan', 0, false],
    ]);
    expect(doc.overLimit).toEqual([sections[0].name]);
    expect(doc.empty).toEqual([sections[2].name]);
    expect(doc.ready).toBe(false);
    expect(doc.sections[2].attachments).toHaveLength(1);
    expect(proposalFileName('Si Cantik: Layanan Ibu & Anak (2026)', 2027)).toBe('usulan-si-cantik-layanan-ibu-anak-2026-2027.pdf');
    expect(proposalFileName('???', 2027)).toBe('usulan-inovasi-2027.pdf');
  });
});

describe('innovator rewards behind SPD 12', () => {
  const r = (givenOn: string | null, incentive: string | null = null, certificate = true, incentiveAmount: number | null = null) => ({
    certificate,
    incentive,
    incentiveAmount,
    givenOn,
  });
  it('a piagam given in the period’s year or the one before supports option 1; with a reward or incentive, option 2', () => {
    expect(spd12Support([], 2026)).toEqual({ from: 2025, until: 2026, certificates: 0, incentives: 0, option: 0 });
    expect(spd12Support([r('2025-01-01')], 2026).option).toBe(1);
    expect(spd12Support([r('2025-01-01'), r('2026-06-01', 'Uang pembinaan')], 2026)).toMatchObject({ certificates: 2, incentives: 1, option: 2 });
    expect(spd12Support([r('2026-06-01', null, true, 2_500_000)], 2026).option).toBe(2);
  });
  it('a reward not yet given, given outside the window, or without a piagam does not count as one', () => {
    expect(spd12Support([r(null, 'Uang pembinaan'), r('2024-12-31', 'Uang'), r('2027-01-01')], 2026).option).toBe(0);
    expect(spd12Support([r('2026-03-01', 'Studi tiru', false)], 2026)).toMatchObject({ certificates: 0, incentives: 0, option: 0 });
    expect(spd12Support([r('2026-03-01', '   ')], 2026)).toMatchObject({ incentives: 0, option: 1 });
  });
});
