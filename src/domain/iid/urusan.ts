// Government affairs (urusan pemerintahan) with the codes of Permendagri 90/2019 (klasifikasi, kodefikasi).
// The six basic-service urusan (wajib pelayanan dasar) are the count-score condition of the IID.

export type UrusanGroup = 'wajib_pelayanan_dasar' | 'wajib_non_pelayanan_dasar' | 'pilihan' | 'pendukung' | 'penunjang' | 'lainnya';

export interface Urusan {
  code: string;
  name: string;
  nameEn: string;
  group: UrusanGroup;
  /** The code of supporting functions is less certain than that of the concurrent urusan. */
  uncertain?: boolean;
}

export const URUSAN: readonly Urusan[] = [
  { code: '1.01', name: 'Pendidikan', nameEn: 'Education', group: 'wajib_pelayanan_dasar' },
  { code: '1.02', name: 'Kesehatan', nameEn: 'Health', group: 'wajib_pelayanan_dasar' },
  { code: '1.03', name: 'Pekerjaan Umum dan Penataan Ruang', nameEn: 'Public works and spatial planning', group: 'wajib_pelayanan_dasar' },
  { code: '1.04', name: 'Perumahan Rakyat dan Kawasan Permukiman', nameEn: 'Public housing and settlements', group: 'wajib_pelayanan_dasar' },
  {
    code: '1.05',
    name: 'Ketenteraman dan Ketertiban Umum serta Pelindungan Masyarakat',
    nameEn: 'Public order, peace and community protection',
    group: 'wajib_pelayanan_dasar',
  },
  { code: '1.06', name: 'Sosial', nameEn: 'Social affairs', group: 'wajib_pelayanan_dasar' },
  { code: '2.07', name: 'Tenaga Kerja', nameEn: 'Labour', group: 'wajib_non_pelayanan_dasar' },
  { code: '2.08', name: 'Pemberdayaan Perempuan dan Pelindungan Anak', nameEn: 'Women’s empowerment and child protection', group: 'wajib_non_pelayanan_dasar' },
  { code: '2.09', name: 'Pangan', nameEn: 'Food', group: 'wajib_non_pelayanan_dasar' },
  { code: '2.10', name: 'Pertanahan', nameEn: 'Land', group: 'wajib_non_pelayanan_dasar' },
  { code: '2.11', name: 'Lingkungan Hidup', nameEn: 'Environment', group: 'wajib_non_pelayanan_dasar' },
  {
    code: '2.12',
    name: 'Administrasi Kependudukan dan Pencatatan Sipil',
    nameEn: 'Population administration and civil registration',
    group: 'wajib_non_pelayanan_dasar',
  },
  { code: '2.13', name: 'Pemberdayaan Masyarakat dan Desa', nameEn: 'Community and village empowerment', group: 'wajib_non_pelayanan_dasar' },
  { code: '2.14', name: 'Pengendalian Penduduk dan Keluarga Berencana', nameEn: 'Population control and family planning', group: 'wajib_non_pelayanan_dasar' },
  { code: '2.15', name: 'Perhubungan', nameEn: 'Transport', group: 'wajib_non_pelayanan_dasar' },
  { code: '2.16', name: 'Komunikasi dan Informatika', nameEn: 'Communication and informatics', group: 'wajib_non_pelayanan_dasar' },
  { code: '2.17', name: 'Koperasi, Usaha Kecil, dan Menengah', nameEn: 'Cooperatives and SMEs', group: 'wajib_non_pelayanan_dasar' },
  { code: '2.18', name: 'Penanaman Modal', nameEn: 'Investment', group: 'wajib_non_pelayanan_dasar' },
  { code: '2.19', name: 'Kepemudaan dan Olahraga', nameEn: 'Youth and sports', group: 'wajib_non_pelayanan_dasar' },
  { code: '2.20', name: 'Statistik', nameEn: 'Statistics', group: 'wajib_non_pelayanan_dasar' },
  { code: '2.21', name: 'Persandian', nameEn: 'Cryptography', group: 'wajib_non_pelayanan_dasar' },
  { code: '2.22', name: 'Kebudayaan', nameEn: 'Culture', group: 'wajib_non_pelayanan_dasar' },
  { code: '2.23', name: 'Perpustakaan', nameEn: 'Libraries', group: 'wajib_non_pelayanan_dasar' },
  { code: '2.24', name: 'Kearsipan', nameEn: 'Archives', group: 'wajib_non_pelayanan_dasar' },
  { code: '3.25', name: 'Kelautan dan Perikanan', nameEn: 'Marine affairs and fisheries', group: 'pilihan' },
  { code: '3.26', name: 'Pariwisata', nameEn: 'Tourism', group: 'pilihan' },
  { code: '3.27', name: 'Pertanian', nameEn: 'Agriculture', group: 'pilihan' },
  { code: '3.28', name: 'Kehutanan', nameEn: 'Forestry', group: 'pilihan' },
  { code: '3.29', name: 'Energi dan Sumber Daya Mineral', nameEn: 'Energy and mineral resources', group: 'pilihan' },
  { code: '3.30', name: 'Perdagangan', nameEn: 'Trade', group: 'pilihan' },
  { code: '3.31', name: 'Perindustrian', nameEn: 'Industry', group: 'pilihan' },
  { code: '3.32', name: 'Transmigrasi', nameEn: 'Transmigration', group: 'pilihan' },
  { code: '4.01', name: 'Sekretariat Daerah', nameEn: 'Regional secretariat', group: 'pendukung' },
  { code: '4.02', name: 'Sekretariat DPRD', nameEn: 'Regional parliament secretariat', group: 'pendukung' },
  { code: '5.01', name: 'Perencanaan', nameEn: 'Planning', group: 'penunjang' },
  { code: '5.02', name: 'Keuangan', nameEn: 'Finance', group: 'penunjang' },
  { code: '5.03', name: 'Kepegawaian', nameEn: 'Civil service', group: 'penunjang' },
  { code: '5.04', name: 'Pendidikan dan Pelatihan', nameEn: 'Education and training', group: 'penunjang' },
  { code: '5.05', name: 'Penelitian dan Pengembangan', nameEn: 'Research and development', group: 'penunjang' },
  { code: '6.01', name: 'Pengawasan (Inspektorat)', nameEn: 'Oversight (inspectorate)', group: 'lainnya', uncertain: true },
  { code: '7.01', name: 'Kewilayahan (Kecamatan)', nameEn: 'Territorial (district)', group: 'lainnya', uncertain: true },
  {
    code: '8.01',
    name: 'Pemerintahan Umum (Kesatuan Bangsa dan Politik)',
    nameEn: 'General government (national unity and politics)',
    group: 'lainnya',
    uncertain: true,
  },
];

export const BASIC_SERVICE_URUSAN: readonly string[] = URUSAN.filter((u) => u.group === 'wajib_pelayanan_dasar').map((u) => u.code);

const BY_CODE = new Map(URUSAN.map((u) => [u.code, u]));

export function urusanByCode(code: string): Urusan | undefined {
  return BY_CODE.get(code);
}
