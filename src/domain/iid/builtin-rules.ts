// What each built-in version's SID evidence must show (Indicator.evidenceCheck), read from the reference's option
// and evidence texts (reference iid.md §3.2, iid-indicators.json). Only what a document's text can tell is encoded:
// photos, screenshots and ratios (Alat kerja, Layanan terintegrasi, Pengaduan) are left to the verifier.
import type { EvidenceCheckRule } from '../evidence-check/types';

type Rules = Record<string, EvidenceCheckRule>;

const SK = ['sk_kepala_daerah', 'sk_kepala_perangkat_daerah'] as const;
const ANY_DECREE = [...SK, 'surat_tugas'] as const;

/** T-2 … T-0: the default window where the reference says "dalam 3 tahun" or names no window. */
const T2_T0 = { earliest: -2, latest: 0 };
/** "Dalam 2 tahun terakhir": T-1 … T-0. */
const T1_T0 = { earliest: -1, latest: 0 };
/** A Perda or Perkada stays in force: enacted any time up to the period's year. */
const IN_FORCE = { kinds: ['perda', 'perkada'] as EvidenceCheckRule['kinds'] & {}, latest: 0 };

/**
 * `summed` where one file may show part of the count (one event per file) or where the count is read by name
 * patterns that can miss some (actors, agencies written in many ways): below the level is then 'unknown'.
 */
const byCount = (of: 'people' | 'events' | 'actors' | 'agencies', mins: [number, number, number], summed = false) => ({
  of,
  minByOption: mins.map((min, k) => ({ option: k + 1, min })),
  ...(summed ? { summed } : {}),
});

/** Kemudahan proses: 1 day = 3, 2–5 days = 2, 6 days or more = 1 (every version). */
const SERVICE_DAYS = [{ option: 1 }, { option: 2, maxDays: 5 }, { option: 3, maxDays: 1 }];
const VIDEO = { kinds: ['video'] as EvidenceCheckRule['kinds'] & {} };

/** 2021/2022 (IGA 2021): Regulasi SK Kepala PD 1, SK Kepala Daerah 2, Perkada/Perda 3; windows "2 tahun terakhir". */
const RULES_2021: Rules = {
  '16': {
    kindsByOption: [
      { option: 1, kinds: ['sk_kepala_perangkat_daerah'] },
      { option: 2, kinds: ['sk_kepala_daerah'] },
      { option: 3, kinds: ['perkada', 'perda'] },
    ],
    yearWindow: T2_T0,
    kindYearWindows: [IN_FORCE],
    mentionsInnovation: true,
  },
  '17': { kinds: [...ANY_DECREE], mentionsInnovation: true, count: byCount('people', [1, 11, 31]) },
  '18': { kinds: ['anggaran', 'rkpd'], mentionsInnovation: true, yearWindow: T1_T0 },
  '20': {
    kinds: [...ANY_DECREE, 'undangan', 'daftar_hadir', 'sertifikat'],
    yearWindow: T1_T0,
    count: byCount('events', [1, 2, 3], true),
  },
  '21': { kinds: ['rkpd'], mentionsInnovation: true },
  '22': { mentionsInnovation: true, yearWindow: T1_T0, count: byCount('actors', [4, 5, 6], true) },
  '23': {
    kinds: [...ANY_DECREE],
    kindsByOption: [
      { option: 2, kinds: ['sk_kepala_perangkat_daerah'] },
      { option: 3, kinds: ['sk_kepala_daerah'] },
    ],
    mentionsInnovation: true,
  },
  '24': { kinds: [...ANY_DECREE], mentionsInnovation: true, count: byCount('agencies', [1, 3, 5], true) },
  '25': { mentionsInnovation: true, yearWindow: T1_T0 },
  '26': { kinds: ['sop', 'lainnya'], mentionsInnovation: true },
  '28': { kinds: ['sop', ...SK], mentionsInnovation: true, serviceDaysByOption: SERVICE_DAYS },
  '31': { kinds: ['kerja_sama', 'lainnya'], mentionsInnovation: true, yearWindow: T1_T0 },
  '32': { mentionsInnovation: true },
  '33': { mentionsInnovation: true, yearWindow: T1_T0, count: byCount('people', [1, 101, 201], true) },
  '34': { mentionsInnovation: true },
  '35': VIDEO,
};

/** 2023 (IGA 2023): as 2021 with T-0/T-1/T-2 budget and RKPD levels, actors 3/4/5, video ≤ 5 minutes. */
const RULES_2023: Rules = {
  ...RULES_2021,
  '17': { ...RULES_2021['17'], yearWindow: T2_T0 },
  '18': {
    kinds: ['anggaran', 'rkpd'],
    mentionsInnovation: true,
    yearWindow: T2_T0,
    // T-0 only = 1, T-1 or T-2 = 2, T-0 + T-1 + T-2 = 3.
    planYearsByOption: [
      { option: 1, anyOf: [[0]] },
      { option: 2, anyOf: [[-1], [-2]] },
      { option: 3, anyOf: [[-2, -1, 0]] },
    ],
  },
  '21': {
    kinds: ['rkpd'],
    mentionsInnovation: true,
    yearWindow: T2_T0,
    planYearsByOption: [
      { option: 1, anyOf: [[-1], [-2]] },
      { option: 2, anyOf: [[-2, -1]] },
      { option: 3, anyOf: [[-2, -1, 0]] },
    ],
  },
  '22': { mentionsInnovation: true, yearWindow: T1_T0, count: byCount('actors', [3, 4, 5], true) },
  '23': { ...RULES_2021['23'], yearWindow: T1_T0 },
  '24': { ...RULES_2021['24'], yearWindow: T1_T0 },
  '31': { kinds: ['kerja_sama', 'lainnya'], mentionsInnovation: true, yearWindow: { earliest: -2, latest: -1 } },
  '35': { ...VIDEO, videoMaxSeconds: 300 },
};

/** 2024 (one region's adaptation, uncertain): as 2023, beneficiaries 1–100 / 101–200 / ≥ 201. */
const RULES_2024: Rules = { ...RULES_2023, '31': { kinds: ['kerja_sama', 'lainnya'], mentionsInnovation: true } };

/**
 * 2025/2026: Regulasi 1 = SK Kepala Daerah (or an agency head's decree "a.n." the Kepala Daerah), 2 = Perkada,
 * 3 = Perda; an agency head's decree in own name supports none. A Perda need not list the innovation (a Perkada/SK
 * listing it goes with it). Windows T-2 … T-0; Bimtek ≥ 3 events; Pelaksana by the letter's signatory.
 */
const RULES_2025: Rules = {
  '16': {
    kindsByOption: [
      { option: 1, kinds: ['sk_kepala_daerah'] },
      { option: 2, kinds: ['perkada'] },
      { option: 3, kinds: ['perda'] },
    ],
    yearWindow: T2_T0,
    kindYearWindows: [IN_FORCE],
    mentionsInnovation: true,
    nameOptionalKinds: ['perda'],
  },
  '17': { kinds: [...ANY_DECREE], mentionsInnovation: true, yearWindow: T2_T0, count: byCount('people', [1, 11, 31]) },
  '18': {
    kinds: ['anggaran', 'rkpd'],
    mentionsInnovation: true,
    yearWindow: T2_T0,
    // One year = 1, two consecutive years = 2, T-2 + T-1 + T-0 = 3.
    planYearsByOption: [
      { option: 1, anyOf: [[-2], [-1], [0]] },
      {
        option: 2,
        anyOf: [
          [-1, 0],
          [-2, -1],
        ],
      },
      { option: 3, anyOf: [[-2, -1, 0]] },
    ],
  },
  '20': {
    kinds: [...ANY_DECREE, 'undangan', 'daftar_hadir', 'sertifikat'],
    yearWindow: T2_T0,
    count: byCount('events', [1, 2, 3], true),
  },
  '21': RULES_2023['21'],
  '22': { mentionsInnovation: true, yearWindow: T2_T0, count: byCount('actors', [3, 4, 5], true) },
  '23': {
    kinds: [...ANY_DECREE],
    kindsByOption: [
      { option: 2, kinds: ['surat_tugas', 'sk_kepala_perangkat_daerah'] },
      { option: 3, kinds: ['sk_kepala_daerah'] },
      { option: 3, kinds: ['surat_tugas'], signedBy: ['kepala_daerah'] },
    ],
    mentionsInnovation: true,
  },
  '24': { kinds: [...ANY_DECREE], mentionsInnovation: true, count: byCount('agencies', [2, 3, 5], true) },
  '25': { mentionsInnovation: true, yearWindow: T2_T0 },
  '26': { kinds: ['sop', 'lainnya'], mentionsInnovation: true },
  '28': { kinds: ['sop', ...SK], mentionsInnovation: true, serviceDaysByOption: SERVICE_DAYS },
  '31': { kinds: ['kerja_sama', 'lainnya'], mentionsInnovation: true },
  '32': { mentionsInnovation: true },
  '33': { mentionsInnovation: true, yearWindow: T2_T0, count: byCount('people', [1, 201, 501], true) },
  '34': { mentionsInnovation: true },
  '35': { ...VIDEO, videoMaxSeconds: 300 },
};

const BY_VERSION: Record<number, Rules> = {
  2021: RULES_2021,
  2022: RULES_2021,
  2023: RULES_2023,
  2024: RULES_2024,
  2025: RULES_2025,
  2026: RULES_2025,
};

/** The rule of a built-in version's indicator (SID codes), or undefined when its evidence is left to the verifier. */
export function builtinEvidenceRule(year: number, aspect: 'SPD' | 'SID', code: string): EvidenceCheckRule | undefined {
  if (aspect !== 'SID') return undefined;
  const rule = BY_VERSION[year]?.[code];
  // A copy per framework: an edited clone never changes the built-in data.
  return rule ? (JSON.parse(JSON.stringify(rule)) as EvidenceCheckRule) : undefined;
}
