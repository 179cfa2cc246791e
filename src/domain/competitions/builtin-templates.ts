// The built-in competition templates: KIPP (KemenPANRB / SINOVIK) from the reference data
// (data/kipp-criteria.json), the IGA presentation (iid.md §2.5), a provincial award in the KOVABLIK / Inotek
// style and a blank local contest. The reference publishes no KIPP weights or scales: those are Inovda's
// defaults, marked `defaultWeight` so the UI labels them and the admin sets them.
import reference from './data/kipp-criteria.json' with { type: 'json' };
import { type CompetitionTemplate, type Criterion, type Section, type Stage, stage } from './template';

interface ReferenceItem {
  id: string;
  name_id: string;
  name_en: string;
  description_en?: string;
  word_limit?: number;
  uncertain?: boolean;
}

/**
 * Indonesian descriptions (paraphrased from the reference, whose notes are in English) of the KIPP items users
 * read: criteria on the judge's sheet, groups when entering, sections above each proposal box.
 */
const DESCRIPTION_ID: Record<string, string> = {
  kebaruan_kriteria:
    'Menghadirkan cara, pendekatan, kebijakan atau desain pelaksanaan yang baru atau berbeda; modifikasi atau replikasi inovasi yang ada juga diterima.',
  efektif: 'Memberikan hasil nyata yang sesuai dengan tujuan pelayanan publik.',
  bermanfaat: 'Berdampak pada peningkatan kualitas pelayanan publik.',
  mudah_disebarkan: 'Mudah ditiru dan dikembangkan oleh penyelenggara pelayanan lain.',
  berkelanjutan: 'Terus diterapkan dan dikembangkan serta didukung masyarakat.',
  kelompok_umum:
    'Peserta baru atau peserta terdahulu yang belum pernah menang; paling banyak satu kali Top 99 sebelumnya dan belum pernah menjadi pemenang utama.',
  kelompok_replikasi: 'Inovasi yang mengadaptasi atau memodifikasi (sebagian atau seluruhnya) satu atau lebih inovasi Top 99 terdahulu.',
  kelompok_khusus: 'Inovasi yang pernah menjadi pemenang utama (Outstanding Achievement of Public Service Innovation).',
  ringkasan: 'Ringkasan singkat inovasi yang mencakup seluruh aspek pertanyaan.',
  latar_belakang_dan_tujuan: 'Masalah sebelum inovasi diterapkan, kelompok sasaran yang terdampak, dan tujuan dengan target terukur; lampirkan data pendukung.',
  kebaruan: 'Gagasan dan keunggulan inovasi: keunikan, nilai tambah, dan kebaruannya.',
  implementasi_inovasi: 'Bagaimana inovasi diterapkan: tahapan, pelaksana, dan lokasinya.',
  signifikansi: 'Dampak inovasi: perubahan sebelum dan sesudah, didukung data.',
  adaptabilitas_1: 'Apakah inovasi sudah direplikasi oleh unit atau daerah lain, dan di mana.',
  adaptabilitas_2: 'Potensi inovasi untuk direplikasi oleh penyelenggara pelayanan lain.',
  sumber_daya: 'Sumber daya manusia, anggaran, dan sarana yang digunakan.',
  strategi_keberlanjutan: 'Strategi agar inovasi terus berjalan: regulasi, kelembagaan, anggaran, dan dukungan masyarakat.',
};
const descriptionsOf = (key: string, item: ReferenceItem) => ({ description: DESCRIPTION_ID[key], descriptionEn: item.description_en });
/** The reference's Indonesian names carry research remarks in English ("(earlier: …)"): the name alone is shown. */
const nameOf = (item: ReferenceItem) => item.name_id.replace(/\s*\(earlier:[^)]*\)/, '');

/** Criteria of equal default weight on a 0–100 scale, for the admin to set. */
const equalDefaults = (items: ReferenceItem[]): Criterion[] =>
  items.map((c) => ({
    id: c.id,
    name: nameOf(c),
    nameEn: c.name_en,
    ...descriptionsOf(c.id === 'kebaruan' ? 'kebaruan_kriteria' : c.id, c),
    weight: 1,
    max: 100,
    defaultWeight: true,
  }));

const administrative = (nameEn = 'Administrative selection') => stage({ id: 'seleksi_administrasi', name: 'Seleksi administrasi', nameEn, kind: 'review' });

/** Where each KIPP section starts from: profile texts, and the evidence of the IID indicators that prove it. */
const KIPP_PREFILL: Record<string, Pick<Section, 'prefill' | 'evidenceCodes'>> = {
  ringkasan: { prefill: ['manfaat'], evidenceCodes: [] },
  latar_belakang_dan_tujuan: { prefill: ['tujuan'], evidenceCodes: [] },
  kebaruan: { prefill: ['rancangBangun'], evidenceCodes: [] },
  // The location alone reads as a wrong answer here; the operator writes how it was implemented.
  implementasi_inovasi: { prefill: [], evidenceCodes: ['26'] },
  signifikansi: { prefill: ['hasil'], evidenceCodes: ['33'] },
  adaptabilitas_1: { prefill: [], evidenceCodes: ['31'] },
  adaptabilitas_2: { prefill: [], evidenceCodes: [] },
  sumber_daya: { prefill: [], evidenceCodes: ['17', '18'] },
  strategi_keberlanjutan: { prefill: [], evidenceCodes: ['16', '21'] },
};

const kippSections: Section[] = (reference.proposal_sections_2022_2023.items as ReferenceItem[]).map((s) => ({
  id: s.id,
  name: nameOf(s),
  nameEn: s.name_en,
  ...descriptionsOf(s.id, s),
  wordLimit: s.word_limit ?? null,
  ...(KIPP_PREFILL[s.id] ?? { prefill: [], evidenceCodes: [] }),
}));

const KIPP_STAGE_NAMES = Object.fromEntries((reference.stage_scoring as ReferenceItem[]).map((s) => [s.id, s]));
const kippStage = (refId: string, s: Partial<Stage> & Pick<Stage, 'kind'>) => {
  const ref = KIPP_STAGE_NAMES[refId];
  return stage({ id: refId, name: ref.name_id, nameEn: ref.name_en, ...s });
};

const proposalCriteria = equalDefaults(reference.innovation_criteria as ReferenceItem[]);

export const KIPP_TEMPLATE: CompetitionTemplate = {
  id: 'kipp',
  name: 'KIPP / SINOVIK (KemenPANRB)',
  nameEn: 'KIPP / SINOVIK public-service innovation competition (KemenPANRB)',
  uncertain: true,
  notes:
    'Kelompok, tahapan, dan batas kata bagian proposal dari referensi KIPP 2021–2025 (batas kata dari formulir tiruan SINOVIK tingkat provinsi: sumber sekunder). Bobot dan skala penilaian nasional tidak dipublikasikan: bobot di sini adalah bawaan Inovda (sama rata, skala 0–100) dan perlu ditetapkan oleh admin.',
  programme: 'kipp',
  groups: (reference.groups as ReferenceItem[]).map((g) => ({ id: g.id, name: nameOf(g), nameEn: g.name_en, ...descriptionsOf(g.id, g) })),
  sections: kippSections,
  stages: [
    administrative(),
    kippStage('penilaian_proposal_te', { kind: 'scored', criteria: proposalCriteria, weight: 1, topN: 99, judgesPerEntry: 2 }),
    kippStage('presentasi_wawancara', { kind: 'scored', criteria: proposalCriteria.map((c) => ({ ...c })), weight: 1, topN: 45 }),
    kippStage('verifikasi_lapangan', { kind: 'review' }),
  ],
  eligibility: { minYearsApplied: 1, notPastTopWinner: true, implementedOnly: true },
};

const igaCriterion = (id: string, name: string, nameEn: string, weight: number): Criterion => ({ id, name, nameEn, weight, max: 100 });

export const IGA_TEMPLATE: CompetitionTemplate = {
  id: 'iga-presentasi',
  name: 'Presentasi IGA (Kemendagri)',
  nameEn: 'IGA presentation (Kemendagri)',
  uncertain: false,
  notes:
    'Bobot presentasi kepala daerah IGA 2023 (BSKDN): kebaharuan 30, kemanfaatan 25, kewenangan daerah dan kolaborasi 15, replikasi dan aplikatif 20, penguasaan materi 10. Skala 0–100 adalah bawaan Inovda.',
  programme: 'iga',
  groups: [{ id: 'umum', name: 'Umum', nameEn: 'General' }],
  sections: [],
  stages: [
    stage({
      id: 'presentasi',
      name: 'Presentasi dan wawancara',
      nameEn: 'Presentation and interview',
      kind: 'scored',
      weight: 1,
      criteria: [
        igaCriterion('kebaharuan', 'Kebaharuan', 'Novelty', 30),
        igaCriterion('kemanfaatan', 'Kemanfaatan', 'Benefit', 25),
        igaCriterion('kewenangan_kolaborasi', 'Kewenangan daerah dan kolaborasi', 'Regional authority and collaboration', 15),
        igaCriterion('replikasi_aplikatif', 'Replikasi dan aplikatif', 'Replicability and applicability', 20),
        igaCriterion('penguasaan_materi', 'Penguasaan materi / kualitas penyajian', 'Command of the material / presentation', 10),
      ],
      tieBreak: ['kebaharuan', 'kemanfaatan'],
    }),
  ],
  eligibility: { minYearsApplied: null, notPastTopWinner: false, implementedOnly: true },
};

const provincialSubstance: Criterion[] = [
  { id: 'urgensi_masalah', name: 'Urgensi masalah', nameEn: 'Urgency of the problem', weight: 1, max: 100, defaultWeight: true },
  { id: 'kebaruan', name: 'Nilai kebaruan', nameEn: 'Novelty', weight: 1, max: 100, defaultWeight: true },
  { id: 'implementasi', name: 'Implementasi inovasi', nameEn: 'Implementation', weight: 1, max: 100, defaultWeight: true },
  { id: 'dampak', name: 'Dampak sebelum dan sesudah', nameEn: 'Impact before and after', weight: 1, max: 100, defaultWeight: true },
  { id: 'transferabilitas', name: 'Transferabilitas', nameEn: 'Transferability', weight: 1, max: 100, defaultWeight: true },
];

export const PROVINCIAL_TEMPLATE: CompetitionTemplate = {
  id: 'provinsi',
  name: 'Penghargaan inovasi provinsi (gaya KOVABLIK / Inotek)',
  nameEn: 'Provincial innovation award (KOVABLIK / Inotek style)',
  uncertain: true,
  notes:
    'Tahapan KOVABLIK Jawa Timur: pendaftaran, seleksi administrasi, presentasi, wawancara dan visitasi. Bobot substansi 70 % dan presentasi 30 % dari KIPP Provinsi Sulawesi Selatan 2022 (sumber sekunder); bobot kriteria adalah bawaan Inovda.',
  programme: 'kovablik',
  groups: [
    { id: 'umum', name: 'Umum', nameEn: 'General' },
    { id: 'replikasi', name: 'Replikasi', nameEn: 'Replication' },
  ],
  sections: kippSections.map((s) => ({ ...s })),
  stages: [
    administrative(),
    stage({ id: 'substansi', name: 'Penilaian substansi', nameEn: 'Substance', kind: 'scored', criteria: provincialSubstance, weight: 0.7, topN: 30 }),
    stage({
      id: 'presentasi_visitasi',
      name: 'Presentasi, wawancara dan visitasi',
      nameEn: 'Presentation, interview and site visit',
      kind: 'scored',
      criteria: [{ id: 'presentasi', name: 'Presentasi dan wawancara', nameEn: 'Presentation and interview', weight: 1, max: 100, defaultWeight: true }],
      weight: 0.3,
    }),
  ],
  eligibility: { minYearsApplied: 1, notPastTopWinner: false, implementedOnly: true },
};

export const BLANK_TEMPLATE: CompetitionTemplate = {
  id: 'lomba-lokal',
  name: 'Lomba inovasi daerah (kosong)',
  nameEn: 'Local innovation contest (blank)',
  uncertain: false,
  notes:
    'Seleksi administrasi, lalu satu tahap penilaian dengan satu kriteria; admin menambahkan kriteria, kelompok dan bagian proposal sesuai pedoman lomba daerah.',
  programme: 'local',
  groups: [{ id: 'umum', name: 'Umum', nameEn: 'General' }],
  sections: [{ id: 'ringkasan', name: 'Ringkasan', nameEn: 'Summary', wordLimit: 300, prefill: ['manfaat'], evidenceCodes: [] }],
  stages: [
    administrative(),
    stage({
      id: 'penilaian',
      name: 'Penilaian',
      nameEn: 'Judging',
      kind: 'scored',
      criteria: [{ id: 'kualitas', name: 'Kualitas inovasi', nameEn: 'Quality of the innovation', weight: 1, max: 100 }],
      weight: 1,
      topN: 10,
    }),
  ],
  eligibility: { minYearsApplied: null, notPastTopWinner: false, implementedOnly: false },
};

export const BUILTIN_TEMPLATES: readonly CompetitionTemplate[] = [KIPP_TEMPLATE, IGA_TEMPLATE, PROVINCIAL_TEMPLATE, BLANK_TEMPLATE];

export const builtinTemplate = (id: string) => BUILTIN_TEMPLATES.find((t) => t.id === id);
