// The demo region: Kota Mojokerto with its Perangkat Daerah, units and one account per role.
import type { OpdKind, UnitKind } from '../../domain/organisation';
import type { Role } from '../../domain/roles';

export const DEMO_REGION = {
  name: 'Kota Mojokerto',
  type: 'kota' as const,
  kemendagriCode: '35.76',
  address: 'Jl. Gajah Mada No. 145, Kota Mojokerto, Jawa Timur 61316',
};

interface DemoOpd {
  name: string;
  shortName: string;
  kind: OpdKind;
  headName: string;
  units?: { name: string; kind: UnitKind }[];
}

export const DEMO_OPDS: DemoOpd[] = [
  { name: 'Sekretariat Daerah', shortName: 'Setda', kind: 'sekretariat', headName: 'Drs. Hadi Santoso, M.Si.' },
  { name: 'Bagian Organisasi', shortName: 'Bag. Organisasi', kind: 'bagian', headName: 'Rudi Hartanto, S.STP., M.Si.' },
  {
    name: 'Badan Perencanaan Pembangunan, Penelitian dan Pengembangan Daerah',
    shortName: 'Bappeda',
    kind: 'badan',
    headName: 'Dr. Ir. Wahyu Nugroho, M.T.',
  },
  { name: 'Inspektorat Daerah', shortName: 'Inspektorat', kind: 'inspektorat', headName: 'Endang Sulistyowati, S.E., M.M.' },
  {
    name: 'Dinas Kesehatan, Pengendalian Penduduk dan Keluarga Berencana',
    shortName: 'Dinkes PPKB',
    kind: 'dinas',
    headName: 'dr. Ratna Kusumawati, M.Kes.',
    units: [
      { name: 'Puskesmas Gedongan', kind: 'puskesmas' },
      { name: 'Puskesmas Kedundung', kind: 'puskesmas' },
      { name: 'Puskesmas Mentikan', kind: 'puskesmas' },
      { name: 'Puskesmas Blooto', kind: 'puskesmas' },
      { name: 'Puskesmas Kranggan', kind: 'puskesmas' },
      { name: 'Puskesmas Wates', kind: 'puskesmas' },
    ],
  },
  {
    name: 'Dinas Pendidikan dan Kebudayaan',
    shortName: 'Dindikbud',
    kind: 'dinas',
    headName: 'Bambang Setyawan, S.Sos., M.M.',
    units: [
      { name: 'SMP Negeri 1 Kota Mojokerto', kind: 'sekolah' },
      { name: 'SMP Negeri 2 Kota Mojokerto', kind: 'sekolah' },
      { name: 'SD Negeri Kranggan 1', kind: 'sekolah' },
      { name: 'SD Negeri Wates 2', kind: 'sekolah' },
    ],
  },
  {
    name: 'Dinas Penanaman Modal dan Pelayanan Terpadu Satu Pintu',
    shortName: 'DPMPTSP',
    kind: 'dinas',
    headName: 'Dewi Anggraini, S.H., M.H.',
    units: [{ name: 'Mal Pelayanan Publik Gajah Mada', kind: 'upt' }],
  },
  { name: 'Dinas Kependudukan dan Pencatatan Sipil', shortName: 'Dispendukcapil', kind: 'dinas', headName: 'Joko Susilo, S.Sos.' },
  { name: 'Dinas Sosial, Pemberdayaan Perempuan dan Perlindungan Anak', shortName: 'Dinsos P3A', kind: 'dinas', headName: 'Sri Rahayu, S.Sos.' },
  {
    name: 'Dinas Pekerjaan Umum dan Penataan Ruang, Perumahan Rakyat dan Kawasan Permukiman',
    shortName: 'DPUPR Perakim',
    kind: 'dinas',
    headName: 'Ir. Teguh Prasetyo, M.T.',
  },
  {
    name: 'Dinas Lingkungan Hidup',
    shortName: 'DLH',
    kind: 'dinas',
    headName: 'Ir. Suryanto',
    units: [{ name: 'UPT Pengelolaan Sampah Terpadu', kind: 'upt' }],
  },
  { name: 'Dinas Komunikasi dan Informatika', shortName: 'Diskominfo', kind: 'dinas', headName: 'Arif Rahman, S.Kom., M.M.' },
  { name: 'Badan Pendapatan Daerah', shortName: 'Bapenda', kind: 'badan', headName: 'Yuliana Puspitasari, S.E.' },
  { name: 'Satuan Polisi Pamong Praja', shortName: 'Satpol PP', kind: 'dinas', headName: 'Agus Salim, S.Sos.' },
  { name: 'Rumah Sakit Umum Daerah dr. Wahidin Sudiro Husodo', shortName: 'RSUD Wahidin', kind: 'rsud', headName: 'dr. Budi Hartono, Sp.PD.' },
  {
    name: 'Kecamatan Prajurit Kulon',
    shortName: 'Kec. Prajurit Kulon',
    kind: 'kecamatan',
    headName: 'Eko Wibowo, S.STP.',
    units: [
      { name: 'Kelurahan Surodinawan', kind: 'kelurahan' },
      { name: 'Kelurahan Mentikan', kind: 'kelurahan' },
      { name: 'Kelurahan Blooto', kind: 'kelurahan' },
    ],
  },
  {
    name: 'Kecamatan Magersari',
    shortName: 'Kec. Magersari',
    kind: 'kecamatan',
    headName: 'Nanang Kurniawan, S.Sos.',
    units: [
      { name: 'Kelurahan Gedongan', kind: 'kelurahan' },
      { name: 'Kelurahan Wates', kind: 'kelurahan' },
    ],
  },
  {
    name: 'Kecamatan Kranggan',
    shortName: 'Kec. Kranggan',
    kind: 'kecamatan',
    headName: 'Fajar Setiadi, S.STP.',
    units: [
      { name: 'Kelurahan Kranggan', kind: 'kelurahan' },
      { name: 'Kelurahan Meri', kind: 'kelurahan' },
    ],
  },
];

interface DemoUser {
  username: string;
  fullName: string;
  role: Role;
  /** Short name of the user's OPD, for OPD-bound roles. */
  opd?: string;
  inRegion: boolean;
}

export const DEMO_USERS: DemoUser[] = [
  { username: 'superadmin', fullName: 'Operator Platform Inovda', role: 'super_admin', inRegion: false },
  { username: 'admin', fullName: 'Rina Wulandari, S.E. (Bappeda)', role: 'admin_daerah', inRegion: true },
  { username: 'verifikator', fullName: 'Hendra Kurniawan, S.T.', role: 'verifikator', inRegion: true },
  { username: 'kepala.dinkes', fullName: 'dr. Ratna Kusumawati, M.Kes.', role: 'kepala_opd', opd: 'Dinkes PPKB', inRegion: true },
  { username: 'operator.dinkes', fullName: 'Siti Nurhaliza, A.Md.Kep.', role: 'operator_opd', opd: 'Dinkes PPKB', inRegion: true },
  { username: 'operator.dispendukcapil', fullName: 'Bagus Prasetyo, S.Kom.', role: 'operator_opd', opd: 'Dispendukcapil', inRegion: true },
  { username: 'pimpinan', fullName: 'Wali Kota Mojokerto', role: 'pimpinan', inRegion: true },
  { username: 'juri', fullName: 'Prof. Dr. Laksmi Dewi, M.Si. (Juri)', role: 'juri', inRegion: true },
];
