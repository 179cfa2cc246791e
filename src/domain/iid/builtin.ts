// The built-in framework versions iid-2021 … iid-2026, assembled from the reference catalogue
// (data/iid-indicators.json) and the per-year parameters below. Where the reference lacks a year's
// data, the most plausible version is used and marked uncertain, with a note saying so.

import { builtinEvidenceRule } from './builtin-rules';
import catalogue from './data/iid-indicators.json' with { type: 'json' };
import type { Framework, Indicator, IndicatorOption, PredicateBand } from './types';
import { BASIC_SERVICE_URUSAN } from './urusan';

interface CatalogueRow {
  no: string;
  aspect: 'SPD' | 'SID';
  variable: string;
  name_id: string;
  name_en: string;
  weight: number | null;
  options: { value: number; label_id: string; label_en: string }[];
  evidence_id: string;
  evidence_en: string;
  year_versions: string[];
  source: string;
  uncertain: boolean;
}

const ROWS = catalogue as CatalogueRow[];

const rowsFor = (aspect: 'SPD' | 'SID', versions: string[]) =>
  ROWS.filter((r) => r.aspect === aspect && r.no !== '36' && r.year_versions.join() === versions.join());

/** "Infrastruktur (assignment inferred…)" → "Infrastruktur"; 2024 rows point at the 2025 mapping. */
function variableOf(row: CatalogueRow): string {
  if (row.variable.startsWith('see ')) {
    const mapped = rowsFor(row.aspect, ['2025', '2026']).find((r) => r.no === row.no);
    return mapped ? variableOf(mapped) : row.variable;
  }
  return row.variable.split(' (')[0].trim();
}

// The catalogue's research remarks ("tidak terbaca di sumber", "label not readable") say how sure the
// reference is. They stay in the indicator's source and uncertain mark, which the framework editor shows to
// the admin; the evidence guide and option labels that operators read carry only the official text.
const REMARK = /\s*\((?:tidak terbaca(?: di sumber)?|not readable(?: in (?:the )?sources?)?|label not readable)\)\s*$/i;
const UNREADABLE = /^(?:tidak terbaca(?: di sumber)?|not readable(?: in (?:the )?sources?)?)$/i;

/** The official part of a catalogue text, without research remarks; undefined when nothing official is left. */
export function officialText(text: string | undefined): string | undefined {
  const rest = (text ?? '').replace(REMARK, '').trim();
  return rest && !UNREADABLE.test(rest) ? rest : undefined;
}

/** Research remarks removed from a row's texts, kept with its source so the admin still reads them. */
function remarksOf(row: CatalogueRow): string | undefined {
  const texts = [row.evidence_id, row.evidence_en, ...row.options.flatMap((o) => [o.label_id, o.label_en])];
  const removed = texts.filter((x) => officialText(x) !== x.trim());
  return removed.length ? `research remarks: ${[...new Set(removed)].join('; ')}` : undefined;
}

/** Several bases for one level (Kemanfaatan 2025: six bases × three levels) become one option per level. */
function optionsOf(row: CatalogueRow): IndicatorOption[] {
  const byValue = new Map<number, { id: string[]; en: string[] }>();
  for (const o of row.options) {
    const entry = byValue.get(o.value) ?? { id: [], en: [] };
    entry.id.push(officialText(o.label_id) ?? `level ${o.value}`);
    entry.en.push(officialText(o.label_en) ?? `level ${o.value}`);
    byValue.set(o.value, entry);
  }
  return [...byValue.entries()].sort(([a], [b]) => a - b).map(([value, l]) => ({ value, label: l.id.join(' · '), labelEn: l.en.join(' · ') }));
}

/**
 * Inferred from the evidence text (the catalogue has no such field): evidence that must be of the assessment
 * year or a window ending in it — "T-0", "tahun terakhir", "sesuai tahun penerapan".
 */
export function needsYearlyEvidence(evidence: string | undefined): boolean {
  return /\bT-0\b|tahun terakhir|tahun penerapan/i.test(evidence ?? '');
}

/**
 * SPD indicators that are region statistics measured by others for past years — the region cannot change
 * them within the assessment year: APBD punctuality and mandatory spending of past budgets, licensing,
 * per-capita income, unemployment, investment, PAD, the BPK opinion, the LAKIP (SAKIP) grade, poverty, IPM
 * and the policy-quality index (LAN). The others (innovation vision, innovator awards, policy
 * recommendations, the RIPJ PID, HAKI facilitation, the R&D body) are documents and programmes the region can act on.
 */
const STATISTICS: Record<string, Set<string>> = {
  '2021': new Set(['3', '4', '5', '6', '7']),
  '2026': new Set(['2a', '2b', '3', '4', '5a', '5b', '6', '7', '8', '9', '10a', '10b', '11a', '11b', '13b']),
};

export const isRegionStatistic = (row: Pick<CatalogueRow, 'aspect' | 'no' | 'year_versions'>) =>
  row.aspect === 'SPD' && Boolean(STATISTICS[row.year_versions.join()]?.has(row.no));

function indicatorsOf(rows: CatalogueRow[], opts: { year: number; mandatory?: Set<string>; forceUncertain?: boolean }): Indicator[] {
  return rows.map((r) => {
    const evidenceCheck = builtinEvidenceRule(opts.year, r.aspect, r.no);
    return {
      code: r.no,
      aspect: r.aspect,
      variable: variableOf(r),
      name: r.name_id,
      nameEn: r.name_en,
      weight: r.weight ?? 0,
      mandatory: opts.mandatory?.has(r.no) ?? false,
      uncertain: r.uncertain || Boolean(opts.forceUncertain),
      evidenceRequired: true,
      evidence: officialText(r.evidence_id),
      evidenceEn: officialText(r.evidence_en),
      evidenceRenewal: needsYearlyEvidence(r.evidence_id),
      source: [r.source, remarksOf(r)].filter(Boolean).join(' | '),
      ...(r.aspect === 'SPD' ? { statistic: isRegionStatistic(r) } : {}),
      options: optionsOf(r),
      ...(r.aspect === 'SID' && r.name_id === 'Replikasi' ? { replication: REPLICATION_RULE } : {}),
      ...(evidenceCheck ? { evidenceCheck } : {}),
    };
  });
}

/**
 * Replikasi (SID 31), every year: option 1/2/3 = replicated by 1/2/3 other regions ("Pernah 1/2/3 kali
 * direplikasi di daerah lain"; 2025–2026 say "daerah berbeda" outright, 2021–2024 count "kali" — read here as
 * distinct regions too, which is uncertain). Replications between OPDs of the same region are not "di daerah
 * lain", so they do not count. The time window (2021 "dua tahun terakhir", 2023 "T-2 s.d. T-1") is left to the
 * verifier reading the agreement's date.
 */
const REPLICATION_RULE = { minRegions: [1, 2, 3], countInsideRegion: false };

const TDD = 'Tidak Dapat Dinilai';
const bands = (kurangMax: number, inovatifMax: number): PredicateBand[] => [
  { min: 0, max: 0, label: TDD },
  { min: 0.01, max: kurangMax, label: 'Kurang Inovatif' },
  { min: Math.round((kurangMax + 0.01) * 100) / 100, max: inovatifMax, label: 'Inovatif' },
  { min: Math.round((inovatifMax + 0.01) * 100) / 100, max: 100, label: 'Sangat Inovatif' },
];

const COUNT_2026 = { perInnovation: 0.38, cap: 76, requiredUrusan: [...BASIC_SERVICE_URUSAN], minUrusanCovered: 5 };
const MANDATORY_2026 = new Set(['1', '3', '4', '5a', '5b', '6', '7', '8', '9', '10a', '10b', '11a', '11b', '16', '17', '32', '33', '35']);

const maxOf = (indicators: Indicator[], aspect: 'SPD' | 'SID') =>
  indicators.filter((i) => i.aspect === aspect).reduce((sum, i) => sum + i.weight * Math.max(0, ...i.options.map((o) => o.value)), 0);

const note = (id: string, en: string) => ({ id, en });
const NOTE_SPD_FROM_2026 = note(
  'Indikator SPD tahun ini belum terbaca dari pedoman resmi; dipakai daftar SPD 2026 (Lampiran II) sebagai versi paling mungkin.',
  'This year’s SPD indicators could not be read from the official guide; the 2026 SPD list (Lampiran II) is used as the most plausible version.',
);
const NOTE_COUNT_UNCONFIRMED = note(
  'Skor jumlah inovasi (0,38 per inovasi, maks. 76, minimal 5 dari 6 urusan pelayanan dasar) hanya terkonfirmasi untuk 2026.',
  'The count score (0.38 per innovation, max 76, at least 5 of the 6 basic-service urusan) is confirmed for 2026 only.',
);
const NOTE_DIVISOR_UNCONFIRMED = note(
  'Batas bawah pembagi MAX(k, n) tahun ini tidak ditemukan; dipakai k = 10 seperti 2023.',
  'The divisor floor MAX(k, n) for this year was not found; k = 10 as in 2023 is used.',
);

function build(
  year: number,
  spd: CatalogueRow[],
  sid: CatalogueRow[],
  params: Pick<Framework, 'divisorFloor' | 'countScore' | 'bands'> & {
    notes: Framework['notes'];
    spdUncertain: boolean;
    mandatory?: Set<string>;
    maxScore?: number;
  },
): Framework {
  const indicators = [
    ...indicatorsOf(spd, { year, mandatory: params.mandatory, forceUncertain: params.spdUncertain }),
    ...indicatorsOf(sid, { year, mandatory: params.mandatory }),
  ];
  const maxScore = params.maxScore ?? maxOf(indicators, 'SPD') + maxOf(indicators, 'SID') + params.countScore.cap;
  return {
    id: `iid-${year}`,
    kind: 'iid',
    year,
    name: `Indeks Inovasi Daerah ${year}`,
    builtIn: true,
    uncertain: params.notes.length > 0 || indicators.some((i) => i.uncertain),
    notes: params.notes,
    maxScore: Math.round(maxScore * 10000) / 10000,
    divisorFloor: params.divisorFloor,
    countScore: params.countScore,
    bands: params.bands,
    indicators,
  };
}

const SPD_2021 = rowsFor('SPD', ['2021']);
const SPD_2026 = rowsFor('SPD', ['2026']);
const SID_2021 = rowsFor('SID', ['2021', '2022']);

const early = (year: number) =>
  build(year, SPD_2021, SID_2021, {
    divisorFloor: 10,
    countScore: COUNT_2026,
    bands: bands(34.99, 60),
    spdUncertain: true,
    notes: [
      note(
        'Struktur 2021/2022: hanya 7 indikator SPD yang diketahui bobotnya (sebagian tabel); nilai maksimum total disimpulkan dari bagian yang diketahui.',
        '2021/2022 structure: only 7 SPD indicators have known weights (a partial table); the total maximum is inferred from the known parts.',
      ),
      NOTE_COUNT_UNCONFIRMED,
      NOTE_DIVISOR_UNCONFIRMED,
      note(
        'Rentang predikat 2021/2022 disimpulkan dari nilai yang dipublikasikan (> 60 Sangat Inovatif).',
        '2021/2022 bands inferred from published scores (> 60 Sangat Inovatif).',
      ),
    ],
  });

export const BUILT_IN_FRAMEWORKS: readonly Framework[] = [
  early(2021),
  early(2022),
  build(2023, SPD_2026, rowsFor('SID', ['2023']), {
    divisorFloor: 10,
    countScore: COUNT_2026,
    bands: bands(34.99, 60),
    spdUncertain: true,
    notes: [NOTE_SPD_FROM_2026, NOTE_COUNT_UNCONFIRMED],
  }),
  build(2024, SPD_2026, rowsFor('SID', ['2024']), {
    divisorFloor: 10,
    countScore: COUNT_2026,
    bands: bands(34.99, 60),
    spdUncertain: true,
    notes: [
      NOTE_SPD_FROM_2026,
      NOTE_COUNT_UNCONFIRMED,
      NOTE_DIVISOR_UNCONFIRMED,
      note(
        'Indikator SID 2024 berasal dari adaptasi satu daerah (BRIDA Makassar).',
        'The 2024 SID indicators come from one region’s adaptation (BRIDA Makassar).',
      ),
    ],
  }),
  build(2025, SPD_2026, rowsFor('SID', ['2025', '2026']), {
    divisorFloor: 10,
    countScore: COUNT_2026,
    bands: bands(40, 64.99),
    spdUncertain: true,
    notes: [
      NOTE_SPD_FROM_2026,
      NOTE_COUNT_UNCONFIRMED,
      NOTE_DIVISOR_UNCONFIRMED,
      note(
        'Rentang predikat 2025: Sangat Inovatif mulai 65 (terkonfirmasi); batas Inovatif/Kurang Inovatif mengikuti 2026.',
        '2025 bands: Sangat Inovatif from 65 (confirmed); the Inovatif/Kurang Inovatif boundary follows 2026.',
      ),
    ],
  }),
  build(2026, SPD_2026, rowsFor('SID', ['2025', '2026']), {
    divisorFloor: 12,
    countScore: COUNT_2026,
    bands: bands(40, 65),
    spdUncertain: false,
    mandatory: MANDATORY_2026,
    notes: [
      note(
        'Versi 2026 mengikuti Lampiran II Surat Kepala BSKDN 400.10.11/1887/BSKDN sebagaimana ditranskripsikan sumber sekunder; indikator SPD belum diverifikasi dengan dokumen resmi.',
        'The 2026 version follows Lampiran II of BSKDN letter 400.10.11/1887/BSKDN as transcribed by secondary sources; SPD indicators are not verified against the official document.',
      ),
    ],
  }),
];

export function builtInFramework(id: string): Framework | undefined {
  return BUILT_IN_FRAMEWORKS.find((f) => f.id === id);
}
