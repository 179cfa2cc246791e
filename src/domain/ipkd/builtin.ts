// Built-in IPKD frameworks, read-only: Tahun Ukur 2023–2024 (the assessment method) and 2025–2026 (the scoring
// method, with the 2025 changes: belanja pegawai ≤ 30 % replaces the health allocation, belanja infrastruktur
// ≥ 40 % and the SPM allocation are scored, BTT absorption and solvabilitas layanan are gone). The dimensions and
// the indicators named by the sources are real; weights, scoring lines and bands are not published and are
// Inovda's defaults, marked as such — the admin clones a version and enters the pedoman's numbers.
import type { IpkdDimension, IpkdFramework, IpkdIndicator } from './framework';

type Spec = Pick<IpkdIndicator, 'id' | 'name' | 'nameEn' | 'unit' | 'scoring'> & Partial<IpkdIndicator>;
const ind = (s: Spec): IpkdIndicator => ({
  min: s.unit === 'percent' ? 0 : s.unit === 'choice' ? null : 0,
  max: s.unit === 'percent' ? 100 : null,
  weight: 1,
  documents: [],
  datedInBudgetYear: false,
  uncertain: true,
  ...s,
});
const percentAtLeast = (limit: number) => ({ kind: 'threshold' as const, op: 'atLeast' as const, limit, otherwise: 0 });
const yesNo = {
  kind: 'choice' as const,
  options: [
    { value: 'ya', label: 'Ya', labelEn: 'Yes', score: 100 },
    { value: 'tidak', label: 'Tidak', labelEn: 'No', score: 0 },
  ],
};

const planning: IpkdDimension = {
  id: 'D1',
  name: 'Kesesuaian dokumen perencanaan dan penganggaran',
  nameEn: 'Consistency of planning and budgeting documents',
  weight: 17,
  defaultWeight: true,
  indicators: [
    ind({
      id: 'D1.konsistensi',
      name: 'Kesesuaian program/kegiatan antara RPJMD, RKPD, KUA-PPAS dan APBD',
      nameEn: 'Programmes consistent across RPJMD, RKPD, KUA-PPAS and APBD',
      unit: 'percent',
      scoring: { kind: 'linear', zeroAt: 0, fullAt: 100 },
      documents: ['RPJMD', 'RKPD', 'KUA-PPAS', 'APBD'],
    }),
    ind({
      id: 'D1.tepat_waktu',
      name: 'Perda APBD ditetapkan tepat waktu',
      nameEn: 'APBD regulation enacted on time',
      unit: 'choice',
      scoring: yesNo,
      documents: ['Perda APBD'],
    }),
  ],
};

const allocation = (year: number): IpkdDimension => ({
  id: 'D2',
  name: 'Pengalokasian anggaran belanja dalam APBD',
  nameEn: 'Allocation of spending in the APBD',
  weight: 17,
  defaultWeight: true,
  indicators: [
    ...(year < 2025
      ? [
          ind({
            id: 'D2.kesehatan',
            name: 'Alokasi anggaran kesehatan minimal 10% dari APBD di luar gaji',
            nameEn: 'Health allocation at least 10% of the APBD outside salaries',
            unit: 'percent',
            scoring: percentAtLeast(10),
            documents: ['APBD'],
          }),
        ]
      : [
          ind({
            id: 'D2.pegawai',
            name: 'Belanja pegawai paling tinggi 30% dari total belanja',
            nameEn: 'Personnel spending at most 30% of total spending',
            unit: 'percent',
            scoring: { kind: 'threshold', op: 'atMost', limit: 30, otherwise: 0 },
            documents: ['APBD'],
          }),
          ind({
            id: 'D2.infrastruktur',
            name: 'Belanja infrastruktur pelayanan publik paling rendah 40% dari total belanja',
            nameEn: 'Public-service infrastructure spending at least 40% of total spending',
            unit: 'percent',
            scoring: percentAtLeast(40),
            documents: ['APBD'],
          }),
          ind({
            id: 'D2.spm',
            name: 'Alokasi SPM sesuai kebutuhan dan capaian output',
            nameEn: 'Minimum service standards (SPM) allocation meets need and output',
            unit: 'percent',
            scoring: { kind: 'linear', zeroAt: 0, fullAt: 100 },
            documents: ['APBD', 'Laporan penerapan SPM'],
          }),
        ]),
    ind({
      id: 'D2.pendidikan',
      name: 'Alokasi anggaran pendidikan minimal 20% dari APBD',
      nameEn: 'Education allocation at least 20% of the APBD',
      unit: 'percent',
      scoring: percentAtLeast(20),
      documents: ['APBD'],
    }),
  ],
});

const transparency: IpkdDimension = {
  id: 'D3',
  name: 'Transparansi pengelolaan keuangan daerah',
  nameEn: 'Transparency of regional financial management',
  weight: 17,
  defaultWeight: true,
  indicators: [
    ind({
      id: 'D3.publikasi',
      name: 'Jumlah dokumen pengelolaan keuangan daerah yang dipublikasikan di laman pemda (dari 26)',
      nameEn: 'Financial-management documents published on the region’s website (of 26)',
      unit: 'count',
      max: 26,
      scoring: { kind: 'linear', zeroAt: 0, fullAt: 26 },
      documents: ['Tautan publikasi'],
      // Published during the budget year itself (the transparency the dimension measures).
      datedInBudgetYear: true,
    }),
  ],
};

const absorption = (year: number): IpkdDimension => ({
  id: 'D4',
  name: 'Penyerapan anggaran',
  nameEn: 'Budget absorption',
  weight: 17,
  defaultWeight: true,
  indicators: [
    ind({
      id: 'D4.belanja',
      name: 'Realisasi belanja daerah terhadap anggaran',
      nameEn: 'Spending realised against the budget',
      unit: 'percent',
      max: 200,
      scoring: { kind: 'linear', zeroAt: 0, fullAt: 100 },
      documents: ['LKPD (Laporan Realisasi Anggaran)'],
    }),
    ind({
      id: 'D4.pendapatan',
      name: 'Realisasi pendapatan daerah terhadap target',
      nameEn: 'Revenue realised against the target',
      unit: 'percent',
      max: 200,
      scoring: { kind: 'linear', zeroAt: 0, fullAt: 100 },
      documents: ['LKPD (Laporan Realisasi Anggaran)'],
    }),
    ...(year < 2025
      ? [
          ind({
            id: 'D4.btt',
            name: 'Penyerapan belanja tidak terduga (BTT)',
            nameEn: 'Absorption of unforeseen spending (BTT)',
            unit: 'percent',
            max: 200,
            scoring: { kind: 'linear', zeroAt: 0, fullAt: 100 },
            documents: ['LKPD (Laporan Realisasi Anggaran)'],
          }),
        ]
      : []),
  ],
});

const condition = (year: number): IpkdDimension => ({
  id: 'D5',
  name: 'Kondisi keuangan daerah',
  nameEn: 'Regional financial condition',
  weight: 16,
  defaultWeight: true,
  indicators: [
    ind({
      id: 'D5.fleksibilitas',
      name: 'Fleksibilitas keuangan (rasio)',
      nameEn: 'Financial flexibility (ratio)',
      unit: 'ratio',
      max: 100,
      scoring: { kind: 'linear', zeroAt: 0, fullAt: 1 },
      documents: ['LKPD'],
    }),
    ind({
      id: 'D5.kemandirian',
      name: 'Kemandirian keuangan (PAD terhadap total pendapatan)',
      nameEn: 'Financial independence (own-source revenue share)',
      unit: 'percent',
      scoring: { kind: 'linear', zeroAt: 0, fullAt: 50 },
      documents: ['LKPD'],
    }),
    ...(year < 2025
      ? [
          ind({
            id: 'D5.solvabilitas_layanan',
            name: 'Solvabilitas layanan (rasio)',
            nameEn: 'Service solvency (ratio)',
            unit: 'ratio',
            max: 100,
            scoring: { kind: 'linear', zeroAt: 0, fullAt: 1 },
            documents: ['LKPD'],
          }),
        ]
      : []),
  ],
});

const opinion: IpkdDimension = {
  id: 'D6',
  name: 'Opini BPK atas LKPD',
  nameEn: 'BPK audit opinion on the financial statements',
  weight: 16,
  defaultWeight: true,
  indicators: [
    ind({
      id: 'D6.opini',
      name: 'Opini BPK atas LKPD tahun anggaran yang diukur',
      nameEn: 'BPK opinion on the measured year’s financial statements',
      unit: 'choice',
      scoring: {
        kind: 'choice',
        options: [
          { value: 'WTP', label: 'Wajar Tanpa Pengecualian (WTP)', labelEn: 'Unqualified (WTP)', score: 100 },
          { value: 'WDP', label: 'Wajar Dengan Pengecualian (WDP)', labelEn: 'Qualified (WDP)', score: 70 },
          { value: 'TW', label: 'Tidak Wajar (TW)', labelEn: 'Adverse (TW)', score: 30 },
          { value: 'TMP', label: 'Tidak Menyatakan Pendapat (TMP)', labelEn: 'Disclaimer (TMP)', score: 0 },
        ],
      },
      documents: ['LHP BPK atas LKPD'],
    }),
  ],
};

function builtin(year: number): IpkdFramework {
  const method = year < 2025 ? 'penilaian' : 'skoring';
  return {
    id: `ipkd-${year}`,
    name: `IPKD Tahun Ukur ${year} (TA ${year - 1})`,
    builtin: true,
    measurementYear: year,
    method,
    dimensions: [planning, allocation(year), transparency, absorption(year), condition(year), opinion],
    bands: { A: 75, B: 60, defaultBands: true },
    notes:
      'Dimensi dan indikator yang disebut sumber resmi; bobot, garis skor dan batas predikat A/B/C adalah bawaan Inovda ' +
      '(tidak dipublikasikan Kemendagri). Salin versi ini dan isi angka dari pedoman tahun berjalan.',
  };
}

export const BUILTIN_IPKD_FRAMEWORKS: readonly IpkdFramework[] = [2023, 2024, 2025, 2026].map(builtin);

export const builtinIpkdFramework = (id: string) => BUILTIN_IPKD_FRAMEWORKS.find((f) => f.id === id);
