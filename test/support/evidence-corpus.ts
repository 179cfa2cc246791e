// Documents for the evidence pre-check, as a PDF's text layer (or OCR) gives them, with the rule they are evidence for
// and the findings expected. Pages are separated by form feeds (\f). The domain tests evaluate these texts directly;
// the server tests and `npm run bench:evidence` render the same texts into PDFs (a text layer, or a scanned image when
// render is 'scan') and expect the same findings. Keep ids and expectations stable: others depend on them.
import type { CheckName, DocumentKind, EvidenceCheckRule, VerdictInput } from '../../src/domain/evidence-check/types';
import { builtInFramework } from '../../src/domain/iid/builtin';

export type Outcome = 'passed' | 'failed' | 'unknown';

export interface EvidenceCase {
  id: string;
  title: string;
  /** The text as a PDF text layer or OCR gives it; pages separated by \f. Empty for a video or an unread scan. */
  text: string;
  /** How the server obtains the text (default 'text': a PDF with a text layer). */
  extractedSource?: 'text' | 'ocr' | 'video' | 'none';
  /** Why nothing was read, when extractedSource is 'none'. */
  unreadable?: 'ocr_unavailable' | 'pdf_reader_unavailable' | 'unsupported_type' | 'link' | 'unreadable';
  /** A video's length in seconds (extractedSource 'video'). */
  videoSeconds?: number;
  /** How the server renders it for its tests: a PDF with a text layer, or pages as images (scan, needs OCR). */
  render: 'text' | 'scan' | 'video' | 'none';
  indicatorCode: string;
  /** The built-in framework version whose rule applies (its Indicator.evidenceCheck). */
  frameworkVersion: string;
  /** A rule given inline instead of the version's (none here yet; kept for cases on edited frameworks). */
  rule?: EvidenceCheckRule;
  periodYear: number;
  selectedOption: number | null;
  innovationName: string | null;
  expected: {
    kind: DocumentKind | null;
    number?: string | null;
    /** ISO date. */
    date?: string | null;
    /** Words the signatory must contain (upper case as written). */
    signatory?: string | null;
    onBehalfOf?: string | null;
    /** Each check's outcome; a check not listed must not be reported. */
    checks: Partial<Record<CheckName, Outcome>>;
    /** Finding codes that must be among the findings. */
    codes?: string[];
    counts?: Partial<Record<'people' | 'events' | 'actors' | 'agencies', number>>;
    supportedOption: number | null;
    belowSelected: boolean;
    /** Words the Indonesian summary must contain. */
    summaryId?: string;
  };
}

// ——— building blocks ————————————————————————————————————————————————————————————————

const FIRST = [
  'Andi',
  'Budi',
  'Citra',
  'Dewi',
  'Eko',
  'Fitri',
  'Gilang',
  'Hana',
  'Indra',
  'Joko',
  'Kartika',
  'Lestari',
  'Made',
  'Nur',
  'Oki',
  'Putri',
  'Rina',
  'Sari',
  'Taufik',
  'Umi',
  'Wahyu',
  'Yuni',
  'Zainal',
  'Agus',
  'Bayu',
  'Dian',
  'Endah',
  'Fajar',
  'Hendra',
  'Ika',
  'Lukman',
  'Maya',
  'Nanda',
  'Rudi',
  'Siti',
  'Tri',
];
const LAST = [
  'Susanto',
  'Prasetyo',
  'Wulandari',
  'Hidayat',
  'Kurniawan',
  'Rahayu',
  'Setiawan',
  'Lestari',
  'Saputra',
  'Handayani',
  'Nugroho',
  'Pratiwi',
  'Wibowo',
  'Maharani',
  'Santoso',
  'Purnomo',
];
const ROLES = ['Ketua', 'Wakil Ketua', 'Sekretaris', 'Anggota'];
const AGENCIES = [
  'Dinas Kesehatan',
  'Bappeda',
  'Dinas Komunikasi dan Informatika',
  'Dinas Kependudukan dan Pencatatan Sipil',
  'Kecamatan Prajurit Kulon',
  'Dinas Sosial',
  'Badan Pengelola Keuangan dan Aset Daerah',
];

const person = (k: number) => `${FIRST[k % FIRST.length]} ${LAST[(k * 7) % LAST.length]}`;
const two = (n: number) => String(n).padStart(2, '0');
const nip = (k: number) =>
  `19${two(70 + (k % 25))}${two(1 + (k % 12))}${two(1 + (k % 28))} 20${two(k % 20)}${two(1 + ((k + 3) % 12))} ${1 + (k % 2)} ${String(1 + k).padStart(3, '0')}`;

/** A team list: "No | Nama | NIP | Jabatan dalam Tim" rows, as a PDF table reads out. */
function teamTable(count: number, opts: { withNip?: boolean; agencies?: string[]; offset?: number } = {}): string {
  const rows = [opts.withNip === false ? 'NO NAMA INSTANSI JABATAN DALAM TIM' : 'NO NAMA / NIP JABATAN DINAS JABATAN DALAM TIM'];
  for (let k = 0; k < count; k++) {
    const i = k + (opts.offset ?? 0);
    const agency = (opts.agencies ?? ['Dinas Kesehatan'])[k % (opts.agencies?.length ?? 1)];
    const role = k === 0 ? ROLES[0] : k === 1 ? ROLES[2] : ROLES[3];
    rows.push(opts.withNip === false ? `${k + 1}. ${person(i)} ${agency} ${role}` : `${k + 1}. ${person(i)}, S.Kep. ${agency} ${role}`);
    if (opts.withNip !== false) rows.push(`NIP. ${nip(i)}`);
  }
  return rows.join('\n');
}

const KOP_DINKES = `PEMERINTAH KABUPATEN MOJOKERTO
DINAS KESEHATAN
Jalan Raya Jabon Km. 4 Mojoanyar, Mojokerto 61364
Telepon (0321) 321456, Laman: dinkes.mojokertokab.go.id`;

const signBupati = (place: string, date: string) => `Ditetapkan di ${place}
pada tanggal ${date}
BUPATI MOJOKERTO,
ttd.
MUHAMMAD AL BARRA`;

const signKadis = (date: string) => `Ditetapkan di Mojokerto
pada tanggal ${date}
KEPALA DINAS KESEHATAN
KABUPATEN MOJOKERTO,
ttd.
dr. ULUM ROKHMAT ROKHMAWAN, M.M.
Pembina Utama Muda
NIP. 19720315 200003 1 004`;

const MENIMBANG_INOVASI = `Menimbang : a. bahwa dalam rangka meningkatkan kinerja penyelenggaraan pemerintahan daerah perlu dilakukan
inovasi daerah sebagaimana diamanatkan dalam Pasal 386 Undang-Undang Nomor 23 Tahun 2014 tentang Pemerintahan Daerah;
b. bahwa berdasarkan pertimbangan sebagaimana dimaksud dalam huruf a, perlu menetapkan Keputusan tentang
Penetapan Inovasi Daerah;
Mengingat : 1. Undang-Undang Nomor 23 Tahun 2014 tentang Pemerintahan Daerah;
2. Peraturan Pemerintah Nomor 38 Tahun 2017 tentang Inovasi Daerah;
3. Peraturan Menteri Dalam Negeri Nomor 104 Tahun 2018 tentang Penilaian dan Pemberian Penghargaan dan/atau
Insentif Inovasi Daerah;
4. Peraturan Daerah Kabupaten Mojokerto Nomor 5 Tahun 2021 tentang Inovasi Daerah;`;

/** The innovations listed in a Regulasi annex (the case's innovation among them, or not). */
function innovationList(names: string[]): string {
  const rows = ['NO NAMA INOVASI PERANGKAT DAERAH TAHAPAN'];
  names.forEach((n, k) => {
    rows.push(`${k + 1}. ${n} ${AGENCIES[k % AGENCIES.length]} Penerapan`);
  });
  return rows.join('\n');
}

const OTHER_INNOVATIONS = [
  'Layanan Adminduk Jemput Bola (LAJU)',
  'Gerakan Masyarakat Peduli Stunting (GEMPITA)',
  'Pasar Rakyat Digital (PRADIGI)',
  'Sekolah Ramah Anak Berbasis Desa',
];
const SIPANDU = 'Sistem Informasi Pelayanan Terpadu Kesehatan (SIPANDU SEHAT)';

function skBupati(opts: { number: string; date: string; innovations: string[]; year: number; signature?: string }): string {
  return `BUPATI MOJOKERTO
PROVINSI JAWA TIMUR
KEPUTUSAN BUPATI MOJOKERTO
NOMOR : ${opts.number}
TENTANG
PENETAPAN INOVASI DAERAH KABUPATEN MOJOKERTO TAHUN ${opts.year}
BUPATI MOJOKERTO,
${MENIMBANG_INOVASI}
MEMUTUSKAN:
Menetapkan : KEPUTUSAN BUPATI TENTANG PENETAPAN INOVASI DAERAH KABUPATEN MOJOKERTO TAHUN ${opts.year}.
KESATU : Menetapkan Inovasi Daerah Kabupaten Mojokerto Tahun ${opts.year} sebagaimana tercantum dalam Lampiran
yang merupakan bagian tidak terpisahkan dari Keputusan ini.
KEDUA : Perangkat Daerah pengampu inovasi melaksanakan, melaporkan dan mengembangkan inovasi sebagaimana
dimaksud dalam Diktum KESATU.
KETIGA : Keputusan ini mulai berlaku pada tanggal ditetapkan.
${opts.signature ?? signBupati('Mojokerto', opts.date)}
\fLAMPIRAN
KEPUTUSAN BUPATI MOJOKERTO
NOMOR : ${opts.number}
TENTANG PENETAPAN INOVASI DAERAH KABUPATEN MOJOKERTO TAHUN ${opts.year}
DAFTAR INOVASI DAERAH
${innovationList(opts.innovations)}
BUPATI MOJOKERTO,
ttd.
MUHAMMAD AL BARRA`;
}

function skKadis(opts: { number: string; date: string; subject: string; body: string; signature?: string; annex: string }): string {
  return `${KOP_DINKES}
KEPUTUSAN KEPALA DINAS KESEHATAN KABUPATEN MOJOKERTO
NOMOR : ${opts.number}
TENTANG
${opts.subject}
KEPALA DINAS KESEHATAN KABUPATEN MOJOKERTO,
${MENIMBANG_INOVASI}
MEMUTUSKAN:
Menetapkan : ${opts.subject}.
${opts.body}
${opts.signature ?? signKadis(opts.date)}
\fLAMPIRAN
KEPUTUSAN KEPALA DINAS KESEHATAN KABUPATEN MOJOKERTO
NOMOR : ${opts.number}
${opts.annex}`;
}

function rkpdPages(year: number, program: string, activity: string): string {
  return `RENCANA KERJA PEMERINTAH DAERAH
KABUPATEN MOJOKERTO TAHUN ${year}
BAB IV
PROGRAM DAN KEGIATAN PERANGKAT DAERAH
4.2 Rencana Program dan Kegiatan Prioritas Daerah Tahun ${year}
Urusan Pemerintahan Bidang Kesehatan
Perangkat Daerah: Dinas Kesehatan
Kode Program/Kegiatan/Sub Kegiatan Indikator Kinerja Target Pagu Indikatif (Rp) Lokasi
1.02.02 ${program} Persentase fasilitas pelayanan kesehatan terakreditasi 95% 12.450.000.000 Kabupaten Mojokerto
1.02.02.2.02 Penyediaan Layanan Kesehatan untuk UKM dan UKP Rujukan Tingkat Daerah Kabupaten/Kota
1.02.02.2.02.0034 ${activity} Jumlah puskesmas yang menerapkan layanan terpadu 27 unit 650.000.000 27 Puskesmas
1.02.02.2.02.0035 Pengelolaan Pelayanan Kesehatan Orang dengan Masalah Kesehatan Jiwa 27 unit 320.000.000 Kabupaten
\f
RKPD KABUPATEN MOJOKERTO TAHUN ${year} IV-37`;
}

function sop(opts: { name: string; steps: [string, string][]; total?: string; number: string; date: string }): string {
  const rows = opts.steps.map(([what, time], k) => `${k + 1}. ${what} Petugas Loket ${time} Formulir, berkas lengkap`);
  return `${KOP_DINKES}
STANDAR OPERASIONAL PROSEDUR
${opts.name.toUpperCase()}
Nomor SOP : ${opts.number}
Tanggal Pembuatan : ${opts.date}
Tanggal Efektif : ${opts.date}
Disahkan oleh : Kepala Dinas Kesehatan Kabupaten Mojokerto
Dasar Hukum: Peraturan Bupati Mojokerto Nomor 18 Tahun 2024 tentang Standar Pelayanan
Kualifikasi Pelaksana: Memahami aplikasi ${opts.name}
${opts.total ?? ''}
NO KEGIATAN PELAKSANA MUTU BAKU WAKTU KELENGKAPAN
${rows.join('\n')}
Mojokerto, ${opts.date}
KEPALA DINAS KESEHATAN
KABUPATEN MOJOKERTO,
dr. ULUM ROKHMAT ROKHMAWAN, M.M.
NIP. 19720315 200003 1 004`;
}

function attendance(event: string, date: string, count: number): string {
  const rows = ['NO NAMA INSTANSI / UNIT KERJA JABATAN TANDA TANGAN'];
  for (let k = 0; k < count; k++) rows.push(`${k + 1} ${person(k + 3)} Puskesmas ${['Mojosari', 'Pungging', 'Ngoro', 'Jatirejo'][k % 4]} Perawat ${k + 1}.`);
  return `DAFTAR HADIR
${event.toUpperCase()}
Hari/Tanggal : ${date}
Tempat : Aula Dinas Kesehatan Kabupaten Mojokerto
${rows.join('\n')}
Mojokerto, ${date.replace(/^\w+, /, '')}
Kepala Bidang Pelayanan Kesehatan,
ttd.
drg. ${person(40)}
NIP. ${nip(40)}`;
}

// ——— the cases ——————————————————————————————————————————————————————————————————————

export const EVIDENCE_CORPUS: EvidenceCase[] = [
  {
    id: 'sk-bupati-good',
    title: 'SK Bupati naming the innovation in its annex (Regulasi 2025, option 1)',
    text: skBupati({
      number: '188.45/123/KEP/417.302/2025',
      date: '28 Februari 2025',
      year: 2025,
      innovations: [OTHER_INNOVATIONS[0], SIPANDU, OTHER_INNOVATIONS[1], OTHER_INNOVATIONS[2]],
    }),
    render: 'text',
    indicatorCode: '16',
    frameworkVersion: 'iid-2025',
    periodYear: 2025,
    selectedOption: 1,
    innovationName: SIPANDU,
    expected: {
      kind: 'sk_kepala_daerah',
      number: '188.45/123/KEP/417.302/2025',
      date: '2025-02-28',
      signatory: 'BUPATI MOJOKERTO',
      checks: { readable: 'passed', kind: 'passed', year: 'passed', innovation_name: 'passed' },
      supportedOption: 1,
      belowSelected: false,
      summaryId: 'Tidak ada masalah',
    },
  },
  {
    id: 'sk-kadis-own-name-2025',
    title: 'SK Kepala Dinas in own name for Regulasi 2025 (wrong signatory: supports no option)',
    text: skKadis({
      number: '188.4/045/416-101/2025',
      date: '10 Januari 2025',
      subject: 'PENETAPAN INOVASI DINAS KESEHATAN KABUPATEN MOJOKERTO TAHUN 2025',
      body: 'KESATU : Menetapkan inovasi Dinas Kesehatan sebagaimana tercantum dalam Lampiran.\nKEDUA : Keputusan ini mulai berlaku pada tanggal ditetapkan.',
      annex: `DAFTAR INOVASI\n${innovationList([SIPANDU, 'Posyandu Remaja Ceria'])}`,
    }),
    render: 'text',
    indicatorCode: '16',
    frameworkVersion: 'iid-2025',
    periodYear: 2025,
    selectedOption: 1,
    innovationName: SIPANDU,
    expected: {
      kind: 'sk_kepala_perangkat_daerah',
      number: '188.4/045/416-101/2025',
      date: '2025-01-10',
      signatory: 'KEPALA DINAS KESEHATAN',
      checks: { readable: 'passed', kind: 'failed', year: 'passed', innovation_name: 'passed' },
      codes: ['kind_supports_none'],
      supportedOption: 0,
      belowSelected: true,
      summaryId: 'ditandatangani Kepala Dinas Kesehatan',
    },
  },
  {
    id: 'sk-kadis-2023-option-2',
    title: 'SK Kepala Dinas for Regulasi 2023 with option 2 selected (supports option 1)',
    text: skKadis({
      number: '188.4/112/416-101/2023',
      date: '6 Maret 2023',
      subject: 'PENETAPAN INOVASI DINAS KESEHATAN KABUPATEN MOJOKERTO TAHUN 2023',
      body: 'KESATU : Menetapkan inovasi Dinas Kesehatan sebagaimana tercantum dalam Lampiran.\nKEDUA : Keputusan ini mulai berlaku pada tanggal ditetapkan.',
      annex: `DAFTAR INOVASI\n${innovationList(['Posyandu Remaja Ceria', SIPANDU])}`,
    }),
    render: 'text',
    indicatorCode: '16',
    frameworkVersion: 'iid-2023',
    periodYear: 2023,
    selectedOption: 2,
    innovationName: SIPANDU,
    expected: {
      kind: 'sk_kepala_perangkat_daerah',
      date: '2023-03-06',
      checks: { readable: 'passed', kind: 'failed', year: 'passed', innovation_name: 'passed' },
      codes: ['kind_supports_lower'],
      supportedOption: 1,
      belowSelected: true,
      summaryId:
        'SK ini ditandatangani Kepala Dinas Kesehatan Kabupaten Mojokerto atas nama sendiri, sehingga mendukung opsi 1 (SK Kepala Perangkat Daerah), bukan opsi 2 (SK Kepala Daerah) yang dipilih.',
    },
  },
  {
    id: 'sk-kadis-an-bupati',
    title: 'Decree of the Kepala Dinas signed "a.n. Bupati" (Regulasi 2025, option 1)',
    text: skKadis({
      number: '188.4/078/416-101/2025',
      date: '3 Februari 2025',
      subject: 'PENETAPAN INOVASI PELAYANAN KESEHATAN KABUPATEN MOJOKERTO',
      body: 'KESATU : Menetapkan inovasi pelayanan kesehatan sebagaimana tercantum dalam Lampiran.\nKEDUA : Keputusan ini mulai berlaku pada tanggal ditetapkan.',
      signature: `Ditetapkan di Mojokerto
pada tanggal 3 Februari 2025
a.n. BUPATI MOJOKERTO
KEPALA DINAS KESEHATAN,
ttd.
dr. ULUM ROKHMAT ROKHMAWAN, M.M.
Pembina Utama Muda
NIP. 19720315 200003 1 004`,
      annex: `DAFTAR INOVASI\n${innovationList([SIPANDU])}`,
    }),
    render: 'text',
    indicatorCode: '16',
    frameworkVersion: 'iid-2025',
    periodYear: 2025,
    selectedOption: 1,
    innovationName: SIPANDU,
    expected: {
      kind: 'sk_kepala_daerah',
      date: '2025-02-03',
      signatory: 'KEPALA DINAS KESEHATAN',
      onBehalfOf: 'BUPATI MOJOKERTO',
      checks: { readable: 'passed', kind: 'passed', year: 'passed', innovation_name: 'passed' },
      supportedOption: 1,
      belowSelected: false,
    },
  },
  {
    id: 'perbup-good',
    title: 'Peraturan Bupati on regional innovation listing the innovation (Regulasi 2025, option 2)',
    text: `SALINAN
BUPATI MOJOKERTO
PROVINSI JAWA TIMUR
PERATURAN BUPATI MOJOKERTO
NOMOR 18 TAHUN 2025
TENTANG
PELAKSANAAN INOVASI DAERAH
DENGAN RAHMAT TUHAN YANG MAHA ESA
BUPATI MOJOKERTO,
Menimbang : a. bahwa untuk melaksanakan ketentuan Pasal 12 Peraturan Daerah Nomor 5 Tahun 2021 tentang Inovasi Daerah,
perlu menetapkan Peraturan Bupati tentang Pelaksanaan Inovasi Daerah;
Mengingat : 1. Undang-Undang Nomor 23 Tahun 2014 tentang Pemerintahan Daerah;
2. Peraturan Pemerintah Nomor 38 Tahun 2017 tentang Inovasi Daerah;
MEMUTUSKAN:
Menetapkan : PERATURAN BUPATI TENTANG PELAKSANAAN INOVASI DAERAH.
BAB I
KETENTUAN UMUM
Pasal 1
Dalam Peraturan Bupati ini yang dimaksud dengan:
1. Daerah adalah Kabupaten Mojokerto.
2. Inovasi Daerah adalah semua bentuk pembaharuan dalam penyelenggaraan Pemerintahan Daerah.
Pasal 2
Inovasi Daerah yang dilaksanakan Perangkat Daerah tercantum dalam Lampiran yang merupakan bagian tidak
terpisahkan dari Peraturan Bupati ini.
Pasal 3
Peraturan Bupati ini mulai berlaku pada tanggal diundangkan.
Ditetapkan di Mojokerto
pada tanggal 14 April 2025
BUPATI MOJOKERTO,
ttd.
MUHAMMAD AL BARRA
Diundangkan di Mojokerto
pada tanggal 14 April 2025
SEKRETARIS DAERAH KABUPATEN MOJOKERTO,
ttd.
TEGUH GUNARKO
BERITA DAERAH KABUPATEN MOJOKERTO TAHUN 2025 NOMOR 18
\fLAMPIRAN
PERATURAN BUPATI MOJOKERTO
NOMOR 18 TAHUN 2025
TENTANG PELAKSANAAN INOVASI DAERAH
${innovationList([OTHER_INNOVATIONS[1], OTHER_INNOVATIONS[3], SIPANDU])}`,
    render: 'text',
    indicatorCode: '16',
    frameworkVersion: 'iid-2025',
    periodYear: 2025,
    selectedOption: 2,
    innovationName: SIPANDU,
    expected: {
      kind: 'perkada',
      number: '18 TAHUN 2025',
      date: '2025-04-14',
      signatory: 'BUPATI MOJOKERTO',
      checks: { readable: 'passed', kind: 'passed', year: 'passed', innovation_name: 'passed' },
      supportedOption: 2,
      belowSelected: false,
    },
  },
  {
    id: 'perwali-selected-3',
    title: 'Peraturan Wali Kota with option 3 (Perda) selected: supports option 2',
    text: `WALI KOTA MOJOKERTO
PROVINSI JAWA TIMUR
PERATURAN WALI KOTA MOJOKERTO
NOMOR 18 TAHUN 2025
TENTANG
DAFTAR INOVASI DAERAH KOTA MOJOKERTO
DENGAN RAHMAT TUHAN YANG MAHA ESA
WALI KOTA MOJOKERTO,
Menimbang : bahwa untuk melaksanakan Pasal 9 Peraturan Daerah Kota Mojokerto Nomor 8 Tahun 2024 tentang Inovasi
Daerah, perlu menetapkan Peraturan Wali Kota tentang Daftar Inovasi Daerah Kota Mojokerto;
MEMUTUSKAN:
Pasal 1
Inovasi Daerah Kota Mojokerto meliputi Gerakan Pemberantasan Stunting (GEMPA GENTING), Bersih Sungai Brantas Tuntas,
dan inovasi lain sebagaimana tercantum dalam Lampiran.
Pasal 2
Peraturan Wali Kota ini mulai berlaku pada tanggal diundangkan.
Ditetapkan di Mojokerto
pada tanggal 7 Mei 2025
WALI KOTA MOJOKERTO,
ttd.
IKA PUSPITASARI`,
    render: 'text',
    indicatorCode: '16',
    frameworkVersion: 'iid-2025',
    periodYear: 2025,
    selectedOption: 3,
    innovationName: 'Gerakan Pemberantasan Stunting (GEMPA GENTING)',
    expected: {
      kind: 'perkada',
      number: '18 TAHUN 2025',
      date: '2025-05-07',
      signatory: 'WALI KOTA MOJOKERTO',
      checks: { readable: 'passed', kind: 'failed', year: 'passed', innovation_name: 'passed' },
      codes: ['kind_supports_lower'],
      supportedOption: 2,
      belowSelected: true,
      summaryId: 'sehingga mendukung opsi 2',
    },
  },
  {
    id: 'perda-in-force',
    title: 'Perda on innovation of the year before (in force), not naming the innovation (Regulasi 2025, option 3)',
    text: `SALINAN
WALI KOTA MOJOKERTO
PROVINSI JAWA TIMUR
PERATURAN DAERAH KOTA MOJOKERTO
NOMOR 8 TAHUN 2024
TENTANG
INOVASI DAERAH
DENGAN RAHMAT TUHAN YANG MAHA ESA
WALI KOTA MOJOKERTO,
Menimbang : a. bahwa inovasi daerah diperlukan untuk meningkatkan kinerja penyelenggaraan pemerintahan daerah;
b. bahwa berdasarkan pertimbangan sebagaimana dimaksud dalam huruf a, perlu membentuk Peraturan Daerah tentang
Inovasi Daerah;
Dengan Persetujuan Bersama
DEWAN PERWAKILAN RAKYAT DAERAH KOTA MOJOKERTO
dan
WALI KOTA MOJOKERTO
MEMUTUSKAN:
Menetapkan : PERATURAN DAERAH TENTANG INOVASI DAERAH.
BAB I
KETENTUAN UMUM
Pasal 1
Dalam Peraturan Daerah ini yang dimaksud dengan:
1. Daerah adalah Kota Mojokerto.
2. Inovasi Daerah adalah semua bentuk pembaharuan dalam penyelenggaraan Pemerintahan Daerah.
Pasal 2
Inovasi Daerah ditetapkan dengan Keputusan Wali Kota.
Ditetapkan di Mojokerto
pada tanggal 20 Agustus 2024
WALI KOTA MOJOKERTO,
ttd.
IKA PUSPITASARI`,
    render: 'text',
    indicatorCode: '16',
    frameworkVersion: 'iid-2025',
    periodYear: 2025,
    selectedOption: 3,
    innovationName: 'Gerakan Pemberantasan Stunting (GEMPA GENTING)',
    expected: {
      kind: 'perda',
      number: '8 TAHUN 2024',
      date: '2024-08-20',
      checks: { readable: 'passed', kind: 'passed', year: 'passed', innovation_name: 'unknown' },
      codes: ['name_missing_allowed'],
      supportedOption: 3,
      belowSelected: false,
    },
  },
  {
    id: 'sk-bupati-t3',
    title: 'SK Bupati three years before the period (wrong year, T-3)',
    text: skBupati({
      number: '188.45/301/KEP/417.302/2022',
      date: '17 Oktober 2022',
      year: 2022,
      innovations: [SIPANDU, OTHER_INNOVATIONS[0]],
    }),
    render: 'text',
    indicatorCode: '16',
    frameworkVersion: 'iid-2025',
    periodYear: 2025,
    selectedOption: 1,
    innovationName: SIPANDU,
    expected: {
      kind: 'sk_kepala_daerah',
      number: '188.45/301/KEP/417.302/2022',
      date: '2022-10-17',
      checks: { readable: 'passed', kind: 'passed', year: 'failed', innovation_name: 'passed' },
      codes: ['year_outside_window'],
      supportedOption: 1,
      belowSelected: false,
      summaryId: '2022',
    },
  },
  {
    id: 'sk-bupati-missing-name',
    title: 'SK Bupati that does not list the innovation',
    text: skBupati({
      number: '188.45/140/KEP/417.302/2025',
      date: '5 Maret 2025',
      year: 2025,
      innovations: OTHER_INNOVATIONS,
    }),
    render: 'text',
    indicatorCode: '16',
    frameworkVersion: 'iid-2025',
    periodYear: 2025,
    selectedOption: 1,
    innovationName: SIPANDU,
    expected: {
      kind: 'sk_kepala_daerah',
      date: '2025-03-05',
      checks: { readable: 'passed', kind: 'passed', year: 'passed', innovation_name: 'failed' },
      codes: ['name_missing'],
      supportedOption: 1,
      belowSelected: false,
      summaryId: 'tidak ditemukan',
    },
  },
  {
    id: 'sk-tim-12-people',
    title: 'SK Tim with 12 members (SDM 2025, option 2)',
    text: skKadis({
      number: '800/210/416-101/2025',
      date: '2 Januari 2025',
      subject: `PEMBENTUKAN TIM PENGELOLA INOVASI ${SIPANDU.toUpperCase()}`,
      body: 'KESATU : Membentuk Tim Pengelola Inovasi dengan susunan keanggotaan sebagaimana tercantum dalam Lampiran.\nKEDUA : Tim bertugas mengelola, mengembangkan dan melaporkan pelaksanaan inovasi.\nKETIGA : Keputusan ini mulai berlaku pada tanggal ditetapkan.',
      annex: `SUSUNAN TIM PENGELOLA INOVASI ${SIPANDU.toUpperCase()}\n${teamTable(12)}`,
    }),
    render: 'text',
    indicatorCode: '17',
    frameworkVersion: 'iid-2025',
    periodYear: 2025,
    selectedOption: 2,
    innovationName: SIPANDU,
    expected: {
      kind: 'sk_kepala_perangkat_daerah',
      date: '2025-01-02',
      checks: { readable: 'passed', kind: 'passed', year: 'passed', innovation_name: 'passed', count: 'passed' },
      counts: { people: 12 },
      supportedOption: 2,
      belowSelected: false,
    },
  },
  {
    id: 'sk-tim-8-people-option-2',
    title: 'SK Tim with 8 members while option 2 (11–30) is selected',
    text: skKadis({
      number: '800/211/416-101/2025',
      date: '2 Januari 2025',
      subject: 'PEMBENTUKAN TIM PENGELOLA INOVASI POSYANDU REMAJA CERIA',
      body: 'KESATU : Membentuk Tim Pengelola Inovasi Posyandu Remaja Ceria dengan susunan sebagaimana tercantum dalam Lampiran.\nKEDUA : Keputusan ini mulai berlaku pada tanggal ditetapkan.',
      annex: `SUSUNAN TIM PENGELOLA INOVASI POSYANDU REMAJA CERIA\n${teamTable(8, { offset: 5 })}`,
    }),
    render: 'text',
    indicatorCode: '17',
    frameworkVersion: 'iid-2025',
    periodYear: 2025,
    selectedOption: 2,
    innovationName: 'Posyandu Remaja Ceria',
    expected: {
      kind: 'sk_kepala_perangkat_daerah',
      checks: { readable: 'passed', kind: 'passed', year: 'passed', innovation_name: 'passed', count: 'failed' },
      codes: ['count_below'],
      counts: { people: 8 },
      supportedOption: 1,
      belowSelected: true,
      summaryId: 'SK ini memuat 8 orang, sehingga mendukung opsi 1 (1-10 SDM), bukan opsi 2 (11-30 SDM) yang dipilih.',
    },
  },
  {
    id: 'surat-tugas-35-names',
    title: 'Surat Tugas listing 35 numbered names without NIP (SDM 2025, option 3)',
    text: `PEMERINTAH KABUPATEN MOJOKERTO
KECAMATAN MOJOSARI
SURAT TUGAS
Nomor : 094/155/416.410/2025
Dasar : Keputusan Bupati Mojokerto Nomor 188.45/123/KEP/417.302/2025 tentang Penetapan Inovasi Daerah.
MENUGASKAN:
Kepada : nama-nama sebagaimana tercantum dalam daftar di bawah ini
Untuk : melaksanakan layanan inovasi Layanan Adminduk Jemput Bola (LAJU) di desa-desa wilayah Kecamatan Mojosari
selama Tahun 2025, dan melaporkan hasilnya kepada Camat.
DAFTAR NAMA PETUGAS
${teamTable(35, { withNip: false, agencies: ['Kecamatan Mojosari', 'Desa Awang-awang', 'Desa Belahan Tengah'] })}
Demikian surat tugas ini dibuat untuk dilaksanakan dengan penuh tanggung jawab.
Mojosari, 6 Januari 2025
CAMAT MOJOSARI,
ttd.
${person(50).toUpperCase()}, S.STP.
Penata Tingkat I
NIP. ${nip(50)}`,
    render: 'text',
    indicatorCode: '17',
    frameworkVersion: 'iid-2025',
    periodYear: 2025,
    selectedOption: 3,
    innovationName: 'Layanan Adminduk Jemput Bola (LAJU)',
    expected: {
      kind: 'surat_tugas',
      number: '094/155/416.410/2025',
      date: '2025-01-06',
      signatory: 'CAMAT MOJOSARI',
      checks: { readable: 'passed', kind: 'passed', year: 'passed', innovation_name: 'passed', count: 'passed' },
      counts: { people: 35 },
      supportedOption: 3,
      belowSelected: false,
    },
  },
  {
    id: 'rkpd-2024-programme',
    title: 'RKPD 2024 pages with the programme (RKPD integration 2025, option 1 = T-1)',
    text: rkpdPages(2024, 'PROGRAM PEMENUHAN UPAYA KESEHATAN PERORANGAN DAN UPAYA KESEHATAN MASYARAKAT', `Pengembangan ${SIPANDU}`),
    render: 'text',
    indicatorCode: '21',
    frameworkVersion: 'iid-2025',
    periodYear: 2025,
    selectedOption: 1,
    innovationName: SIPANDU,
    expected: {
      kind: 'rkpd',
      checks: { readable: 'passed', kind: 'passed', year: 'passed', innovation_name: 'passed' },
      codes: ['plan_years_in_window', 'plan_years_support'],
      supportedOption: null,
      belowSelected: false,
    },
  },
  {
    id: 'rkpd-two-years-option-3',
    title: 'RKPD 2023 and 2024 pages in one file with option 3 selected (T-0 missing: other files may add it)',
    text: `${rkpdPages(2023, 'PROGRAM PEMENUHAN UPAYA KESEHATAN PERORANGAN DAN UPAYA KESEHATAN MASYARAKAT', 'Penerapan Layanan SIPANDU SEHAT di Puskesmas')}\f${rkpdPages(2024, 'PROGRAM PEMENUHAN UPAYA KESEHATAN PERORANGAN DAN UPAYA KESEHATAN MASYARAKAT', 'Pengembangan SIPANDU SEHAT')}`,
    render: 'text',
    indicatorCode: '21',
    frameworkVersion: 'iid-2025',
    periodYear: 2025,
    selectedOption: 3,
    innovationName: SIPANDU,
    expected: {
      kind: 'rkpd',
      checks: { readable: 'passed', kind: 'passed', year: 'unknown', innovation_name: 'passed' },
      codes: ['plan_years_in_window', 'plan_years_partial'],
      supportedOption: null,
      belowSelected: false,
    },
  },
  {
    id: 'perbup-rkpd',
    title: 'The RKPD set by a Peraturan Bupati (a planning document, not a regulation)',
    text: `BUPATI MOJOKERTO
PROVINSI JAWA TIMUR
PERATURAN BUPATI MOJOKERTO
NOMOR 41 TAHUN 2023
TENTANG
RENCANA KERJA PEMERINTAH DAERAH
KABUPATEN MOJOKERTO TAHUN 2024
DENGAN RAHMAT TUHAN YANG MAHA ESA
BUPATI MOJOKERTO,
Pasal 1
RKPD Kabupaten Mojokerto Tahun 2024 adalah dokumen perencanaan daerah untuk periode 1 (satu) tahun.
Pasal 2
Program prioritas meliputi pengembangan Gerakan Pemberantasan Stunting (GEMPA GENTING) pada 18 kecamatan.
Ditetapkan di Mojokerto
pada tanggal 25 Juli 2023
BUPATI MOJOKERTO,
ttd.
IKFINA FAHMAWATI`,
    render: 'text',
    indicatorCode: '21',
    frameworkVersion: 'iid-2025',
    periodYear: 2025,
    selectedOption: 1,
    innovationName: 'Gerakan Pemberantasan Stunting (GEMPA GENTING)',
    expected: {
      kind: 'rkpd',
      number: '41 TAHUN 2023',
      date: '2023-07-25',
      checks: { readable: 'passed', kind: 'passed', year: 'passed', innovation_name: 'passed' },
      codes: ['plan_years_support'],
      supportedOption: null,
      belowSelected: false,
    },
  },
  {
    id: 'dpa-2025',
    title: 'DPA 2025 page with the innovation activity (Dukungan anggaran 2025, option 1)',
    text: `DOKUMEN PELAKSANAAN ANGGARAN
SATUAN KERJA PERANGKAT DAERAH
(DPA-SKPD)
PEMERINTAH KABUPATEN MOJOKERTO TAHUN ANGGARAN 2025
Nomor DPA : DPA/A.1/1.02.0.00.0.00.01.0000/001/2025
Urusan Pemerintahan : 1.02 - URUSAN PEMERINTAHAN BIDANG KESEHATAN
Organisasi : 1.02.0.00.0.00.01.0000 - DINAS KESEHATAN
Program : 1.02.02 - PROGRAM PEMENUHAN UPAYA KESEHATAN PERORANGAN DAN UPAYA KESEHATAN MASYARAKAT
Sub Kegiatan : 1.02.02.2.02.0034 - Pengembangan Sistem Informasi Pelayanan Terpadu Kesehatan (SIPANDU SEHAT)
Kode Rekening Uraian Koefisien Harga Jumlah (Rp)
5.1.02.01.01.0024 Belanja Alat/Bahan untuk Kegiatan Kantor-Alat Tulis Kantor 12 paket 1.250.000 15.000.000
5.1.02.02.01.0026 Belanja Jasa Tenaga Administrasi 12 OB 3.500.000 42.000.000
5.2.02.10.01.0002 Belanja Modal Personal Computer 5 unit 12.000.000 60.000.000
Jumlah 117.000.000
Mojokerto, 2 Januari 2025
Pengguna Anggaran
KEPALA DINAS KESEHATAN,
dr. ULUM ROKHMAT ROKHMAWAN, M.M.
NIP. 19720315 200003 1 004`,
    render: 'text',
    indicatorCode: '18',
    frameworkVersion: 'iid-2025',
    periodYear: 2025,
    selectedOption: 1,
    innovationName: SIPANDU,
    expected: {
      kind: 'anggaran',
      date: '2025-01-02',
      checks: { readable: 'passed', kind: 'passed', year: 'passed', innovation_name: 'passed' },
      codes: ['plan_years_support'],
      supportedOption: null,
      belowSelected: false,
    },
  },
  {
    id: 'sop-one-day',
    title: 'SOP stating a one-day service time (Kemudahan proses 2025, option 3)',
    text: sop({
      name: 'Pelayanan Surat Keterangan Sehat melalui SIPANDU SEHAT',
      number: '440/SOP-07/416-101/2025',
      date: '15 Januari 2025',
      total: 'Waktu Penyelesaian : 1 (satu) hari kerja sejak berkas lengkap',
      steps: [
        ['Pemohon mengisi formulir daring', '10 menit'],
        ['Petugas memverifikasi berkas', '30 menit'],
        ['Dokter memeriksa pemohon', '1 jam'],
        ['Surat keterangan diterbitkan dan dikirim', '30 menit'],
      ],
    }),
    render: 'text',
    indicatorCode: '28',
    frameworkVersion: 'iid-2025',
    periodYear: 2025,
    selectedOption: 3,
    innovationName: SIPANDU,
    expected: {
      kind: 'sop',
      date: '2025-01-15',
      checks: { readable: 'passed', kind: 'passed', innovation_name: 'passed', count: 'passed' },
      codes: ['service_days_support'],
      supportedOption: 3,
      belowSelected: false,
    },
  },
  {
    id: 'sop-steps-three-days',
    title: 'SOP whose steps add up to 3 days while option 3 (1 day) is selected',
    text: sop({
      name: 'Pelayanan Rujukan Balik SIPANDU SEHAT',
      number: '440/SOP-09/416-101/2025',
      date: '20 Januari 2025',
      steps: [
        ['Puskesmas mengajukan rujukan balik', '1 hari'],
        ['Rumah sakit memverifikasi rujukan', '1 hari'],
        ['Puskesmas menjadwalkan kontrol pasien', '1 hari'],
      ],
    }),
    render: 'text',
    indicatorCode: '28',
    frameworkVersion: 'iid-2025',
    periodYear: 2025,
    selectedOption: 3,
    innovationName: SIPANDU,
    expected: {
      kind: 'sop',
      checks: { readable: 'passed', kind: 'passed', innovation_name: 'passed', count: 'failed' },
      codes: ['service_days_below'],
      supportedOption: 2,
      belowSelected: true,
      summaryId: 'durasi layanan 3 hari',
    },
  },
  {
    id: 'daftar-hadir-bimtek',
    title: 'Attendance list of one bimtek (Bimtek 2025, option 1)',
    text: attendance(`Bimbingan Teknis Penggunaan Aplikasi ${SIPANDU}`, 'Selasa, 11 Maret 2025', 24),
    render: 'text',
    indicatorCode: '20',
    frameworkVersion: 'iid-2025',
    periodYear: 2025,
    selectedOption: 1,
    innovationName: SIPANDU,
    expected: {
      kind: 'daftar_hadir',
      date: '2025-03-11',
      checks: { readable: 'passed', kind: 'passed', year: 'passed', count: 'passed' },
      counts: { events: 1, people: 24 },
      supportedOption: 1,
      belowSelected: false,
    },
  },
  {
    id: 'undangan-bimtek-option-3',
    title: 'Invitation to one bimtek with option 3 selected (other files may add the other events)',
    text: `${KOP_DINKES}
Mojokerto, 24 Februari 2025
Nomor : 005/311/416-101/2025
Sifat : Penting
Lampiran : 1 (satu) berkas
Hal : Undangan Bimbingan Teknis
Yth. Kepala Puskesmas se-Kabupaten Mojokerto
di Tempat
Dalam rangka peningkatan kapasitas petugas dalam penggunaan aplikasi SIPANDU SEHAT, kami mengundang Saudara/i
untuk mengikuti Bimbingan Teknis yang akan dilaksanakan pada:
Hari/Tanggal : Senin, 3 Maret 2025
Waktu : 08.00 WIB s.d. selesai
Tempat : Aula Dinas Kesehatan Kabupaten Mojokerto
Acara : Bimbingan Teknis Aplikasi SIPANDU SEHAT Angkatan I
Demikian atas perhatian dan kehadirannya disampaikan terima kasih.
KEPALA DINAS KESEHATAN
KABUPATEN MOJOKERTO,
ttd.
dr. ULUM ROKHMAT ROKHMAWAN, M.M.
NIP. 19720315 200003 1 004`,
    render: 'text',
    indicatorCode: '20',
    frameworkVersion: 'iid-2025',
    periodYear: 2025,
    selectedOption: 3,
    innovationName: SIPANDU,
    expected: {
      kind: 'undangan',
      number: '005/311/416-101/2025',
      date: '2025-02-24',
      checks: { readable: 'passed', kind: 'passed', year: 'passed', count: 'unknown' },
      codes: ['count_partial'],
      counts: { events: 1 },
      supportedOption: null,
      belowSelected: false,
    },
  },
  {
    id: 'sk-bimtek-three-events',
    title: 'SK of a training programme listing three bimtek events (Bimtek 2025, option 3)',
    text: skKadis({
      number: '800/330/416-101/2024',
      date: '8 Januari 2024',
      subject: 'PENYELENGGARAAN BIMBINGAN TEKNIS INOVASI SIPANDU SEHAT TAHUN 2024',
      body: 'KESATU : Menyelenggarakan bimbingan teknis sebagaimana tercantum dalam Lampiran.\nKEDUA : Keputusan ini mulai berlaku pada tanggal ditetapkan.',
      annex: `JADWAL KEGIATAN
NO KEGIATAN TANGGAL TEMPAT PESERTA
1. Bimbingan Teknis Aplikasi SIPANDU SEHAT Angkatan I 12 Februari 2024 Aula Dinas Kesehatan 40 orang
2. Bimbingan Teknis Aplikasi SIPANDU SEHAT Angkatan II 14 Mei 2024 Aula Dinas Kesehatan 40 orang
3. Training of Trainers Pengelola SIPANDU SEHAT 9 September 2024 Hotel Royal Trawas 25 orang`,
    }),
    render: 'text',
    indicatorCode: '20',
    frameworkVersion: 'iid-2025',
    periodYear: 2025,
    selectedOption: 3,
    innovationName: SIPANDU,
    expected: {
      kind: 'sk_kepala_perangkat_daerah',
      date: '2024-01-08',
      checks: { readable: 'passed', kind: 'passed', year: 'passed', count: 'passed' },
      counts: { events: 3 },
      supportedOption: 3,
      belowSelected: false,
    },
  },
  {
    id: 'video-too-long',
    title: 'Innovation video of 7 minutes (limit 5 minutes)',
    text: '',
    extractedSource: 'video',
    videoSeconds: 420,
    render: 'video',
    indicatorCode: '35',
    frameworkVersion: 'iid-2025',
    periodYear: 2025,
    selectedOption: 3,
    innovationName: SIPANDU,
    expected: {
      kind: 'video',
      checks: { readable: 'passed', kind: 'passed', video_length: 'failed' },
      codes: ['video_too_long'],
      supportedOption: null,
      belowSelected: false,
      summaryId: 'lebih dari batas 5 menit',
    },
  },
  {
    id: 'video-four-minutes',
    title: 'Innovation video of 4 minutes',
    text: '',
    extractedSource: 'video',
    videoSeconds: 238.4,
    render: 'video',
    indicatorCode: '35',
    frameworkVersion: 'iid-2026',
    periodYear: 2026,
    selectedOption: 2,
    innovationName: SIPANDU,
    expected: {
      kind: 'video',
      checks: { readable: 'passed', kind: 'passed', video_length: 'passed' },
      supportedOption: null,
      belowSelected: false,
    },
  },
  {
    id: 'scan-without-ocr',
    title: 'A scanned SK when OCR is not available',
    text: '',
    extractedSource: 'none',
    unreadable: 'ocr_unavailable',
    render: 'scan',
    indicatorCode: '16',
    frameworkVersion: 'iid-2025',
    periodYear: 2025,
    selectedOption: 1,
    innovationName: SIPANDU,
    expected: {
      kind: null,
      checks: { readable: 'unknown' },
      codes: ['ocr_unavailable'],
      supportedOption: null,
      belowSelected: false,
      summaryId: 'OCR tidak tersedia',
    },
  },
  {
    id: 'ocr-noisy-sk-bupati',
    title: 'OCR of a scanned SK Bupati with typical slips (0/O, 1/I, split words)',
    text: `BUPAT1 MOJOKERT0
PROV1NSI JAWA TIMUR
KEPUTUSAN BUPAT1 MOJOKERT0
N0MOR : 188.45/ 77 /KEP/417.302/2025
TENTANG
PENETAPAN INOVAS1 DAERAH KABUPATEN MOJOKERTO TAHUN 2025
BUPATI MOJOKERTO,
Menimbang : a. bahwa dalam rangka meningkatkan kinerja penyelenggaraan pemerintahan daerah perlu
dilakukan inovasi daerah;
MEMUTUSKAN :
KESATU : Menetapkan inovasi daerah sebagaimana tercantum dalam Lampiran.
Ditetapkan di Mojokerto
pada tanggal 3 Januari 2O25
BUPATI MOJOKERTO,
ttd.
MUHAMMAD AL BARRA
\fLAMPIRAN KEPUTUSAN BUPATI MOJOKERTO
NO NAMA INOVASI PERANGKAT DAERAH
1. Sistem lnformasi Pelayanan Terpadu Keseha-
tan (S1PANDU SEHAT) Dinas Kesehatan
2. Layanan Adminduk Jemput Bola (LAJU) Dinas Kependudukan dan Pencatatan Sipil`,
    extractedSource: 'ocr',
    render: 'scan',
    indicatorCode: '16',
    frameworkVersion: 'iid-2025',
    periodYear: 2025,
    selectedOption: 1,
    innovationName: SIPANDU,
    expected: {
      kind: 'sk_kepala_daerah',
      number: '188.45/77/KEP/417.302/2025',
      date: '2025-01-03',
      signatory: 'BUPATI MOJOKERTO',
      checks: { readable: 'passed', kind: 'passed', year: 'passed', innovation_name: 'passed' },
      supportedOption: 1,
      belowSelected: false,
    },
  },
  {
    id: 'ocr-blank-page',
    title: 'OCR of a photo with almost no text',
    text: '  ~ ._ 1 \n ` | | \n IMG_2041 ',
    extractedSource: 'ocr',
    render: 'scan',
    indicatorCode: '16',
    frameworkVersion: 'iid-2025',
    periodYear: 2025,
    selectedOption: 1,
    innovationName: SIPANDU,
    expected: {
      kind: 'gambar',
      checks: { readable: 'failed' },
      codes: ['too_little_text'],
      supportedOption: null,
      belowSelected: false,
    },
  },
  {
    id: 'pks-replikasi',
    title: 'Cooperation agreement for replicating the innovation (Replikasi 2025)',
    text: `PERJANJIAN KERJA SAMA
ANTARA
PEMERINTAH KABUPATEN MOJOKERTO
DENGAN
PEMERINTAH KABUPATEN JOMBANG
TENTANG
REPLIKASI INOVASI LAYANAN ADMINDUK JEMPUT BOLA (LAJU)
NOMOR : 119/08/416.302/2025
NOMOR : 180/21/415.10/2025
Pada hari ini Rabu tanggal dua belas bulan Maret tahun dua ribu dua puluh lima (12-03-2025), bertempat di
Mojokerto, kami yang bertanda tangan di bawah ini:
1. MUHAMMAD AL BARRA, Bupati Mojokerto, selanjutnya disebut PIHAK KESATU;
2. WARSUBI, Bupati Jombang, selanjutnya disebut PIHAK KEDUA.
Pasal 1
PIHAK KESATU memberikan hak kepada PIHAK KEDUA untuk mereplikasi inovasi Layanan Adminduk Jemput Bola
(LAJU) beserta pedoman dan aplikasinya.
PIHAK KESATU, PIHAK KEDUA,
BUPATI MOJOKERTO, BUPATI JOMBANG,
ttd. ttd.
MUHAMMAD AL BARRA WARSUBI`,
    render: 'text',
    indicatorCode: '31',
    frameworkVersion: 'iid-2025',
    periodYear: 2025,
    selectedOption: 1,
    innovationName: 'Layanan Adminduk Jemput Bola (LAJU)',
    expected: {
      kind: 'kerja_sama',
      number: '119/08/416.302/2025',
      date: '2025-03-12',
      checks: { readable: 'passed', kind: 'passed', innovation_name: 'passed' },
      supportedOption: null,
      belowSelected: false,
    },
  },
  {
    id: 'berita-sosialisasi',
    title: 'News article about the innovation (Sosialisasi 2025)',
    text: `Dinkes Mojokerto Kenalkan SIPANDU SEHAT, Warga Bisa Urus Surat Sehat dari Rumah
Kamis, 17 April 2025 10:42 WIB
Reporter: Rizal Amrulloh
Editor: Dwi Prastika
Mojokerto (ANTARA) - Dinas Kesehatan Kabupaten Mojokerto menyosialisasikan aplikasi Sistem Informasi
Pelayanan Terpadu Kesehatan (SIPANDU SEHAT) kepada kader posyandu di 18 kecamatan. Melalui aplikasi ini warga
dapat mengurus surat keterangan sehat tanpa antre di puskesmas.
"Tahun ini kami targetkan seluruh puskesmas sudah melayani lewat SIPANDU SEHAT," kata Kepala Dinas Kesehatan.
Baca juga: Mojokerto raih predikat kabupaten sangat inovatif`,
    render: 'text',
    indicatorCode: '25',
    frameworkVersion: 'iid-2025',
    periodYear: 2025,
    selectedOption: 3,
    innovationName: SIPANDU,
    expected: {
      kind: 'berita',
      date: '2025-04-17',
      checks: { readable: 'passed', year: 'passed', innovation_name: 'passed' },
      supportedOption: null,
      belowSelected: false,
    },
  },
  {
    id: 'sk-jejaring-five-agencies',
    title: 'SK of a cross-agency team with five perangkat daerah (Jejaring 2025, option 3)',
    text: skBupati({
      number: '188.45/160/KEP/417.302/2025',
      date: '12 Maret 2025',
      year: 2025,
      innovations: [SIPANDU],
    }).replace(
      'DAFTAR INOVASI DAERAH',
      `SUSUNAN TIM LINTAS PERANGKAT DAERAH INOVASI SIPANDU SEHAT\n${teamTable(10, { agencies: AGENCIES.slice(0, 5) })}\nDAFTAR INOVASI DAERAH`,
    ),
    render: 'text',
    indicatorCode: '24',
    frameworkVersion: 'iid-2025',
    periodYear: 2025,
    selectedOption: 3,
    innovationName: SIPANDU,
    expected: {
      kind: 'sk_kepala_daerah',
      checks: { readable: 'passed', kind: 'passed', innovation_name: 'passed', count: 'passed' },
      counts: { agencies: 5 },
      supportedOption: 3,
      belowSelected: false,
    },
  },
  {
    id: 'surat-tugas-bupati-pelaksana',
    title: 'Surat Tugas signed by the Bupati for the innovation executors (Pelaksana 2025, option 3)',
    text: `BUPATI MOJOKERTO
SURAT PERINTAH TUGAS
Nomor : 094/77/416.010/2025
Dasar : Peraturan Bupati Mojokerto Nomor 18 Tahun 2025 tentang Pelaksanaan Inovasi Daerah.
MEMERINTAHKAN:
Kepada : 1. ${person(1)}, Dinas Kependudukan dan Pencatatan Sipil
2. ${person(2)}, Dinas Kependudukan dan Pencatatan Sipil
3. ${person(3)}, Kecamatan Mojosari
Untuk : melaksanakan inovasi Layanan Adminduk Jemput Bola (LAJU) Tahun 2025.
Dikeluarkan di Mojokerto
pada tanggal 13 Januari 2025
BUPATI MOJOKERTO,
ttd.
MUHAMMAD AL BARRA`,
    render: 'text',
    indicatorCode: '23',
    frameworkVersion: 'iid-2025',
    periodYear: 2025,
    selectedOption: 3,
    innovationName: 'Layanan Adminduk Jemput Bola (LAJU)',
    expected: {
      kind: 'surat_tugas',
      date: '2025-01-13',
      signatory: 'BUPATI MOJOKERTO',
      checks: { readable: 'passed', kind: 'passed', innovation_name: 'passed' },
      supportedOption: 3,
      belowSelected: false,
    },
  },
  {
    id: 'sk-bupati-scan-ocr',
    title: 'A scanned SK Bupati read by OCR (the server renders it as an image PDF)',
    text: skBupati({
      number: '188.45/205/KEP/417.302/2024',
      date: '19 Juni 2024',
      year: 2024,
      innovations: ['Layanan Adminduk Jemput Bola (LAJU)', OTHER_INNOVATIONS[1]],
    }),
    extractedSource: 'ocr',
    render: 'scan',
    indicatorCode: '16',
    frameworkVersion: 'iid-2024',
    periodYear: 2024,
    selectedOption: 2,
    innovationName: 'Layanan Adminduk Jemput Bola (LAJU)',
    expected: {
      kind: 'sk_kepala_daerah',
      date: '2024-06-19',
      checks: { readable: 'passed', kind: 'passed', year: 'passed', innovation_name: 'passed' },
      supportedOption: 2,
      belowSelected: false,
    },
  },
  {
    id: 'ocr-real-surat-tugas-35',
    title: 'Tesseract (ind) output of the 35-name Surat Tugas scanned at 150 dpi: row numbers lost, a stray line',
    text: `PEMERINTAH KABUPATEN MOJOKERTO
KECAMATAN MOJOSARI
SURAT TUGAS
Nomor : 094/155/416.410/2025
Dasar : Keputusan Bupati Mojokerto Nomor 188.45/123/KEP/417.302/2025 tentang Penetapan
Inovasi Daerah.
MENUGASKAN:
Kepada : nama-nama sebagaimana tercantum dalam daftar di bawah ini
Untuk : melaksanakan layanan inovasi Layanan Adminduk Jemput Bola (LAJU) di desa-desa
wilayah Kecamatan Mojosari
selama Tahun 2025, dan melaporkan hasilnya kepada Camat.
DAFTAR NAMA PETUGAS
NO NAMA INSTANSI JABATAN DALAM TIM
1. Andi Susanto Kecamatan Mojosari Ketua
2. Budi Lestari Desa Awang-awang Sekretaris
. Citra Santoso Desa Belahan Tengah Anggota
. Dewi Rahayu Kecamatan Mojosari Anggota
. Eko Wibowo Desa Awang-awang Anggota
. Fitri Hidayat Desa Belahan Tengah Anggota
. Gilang Nugroho Kecamatan Mojosari Anggota
. Hana Prasetyo Desa Awang-awang Anggota
. Indra Saputra Desa Belahan Tengah Anggota
10. Joko Purnomo Kecamatan Mojosari Anggota
11. Kartika Setiawan Desa Awang-awang Anggota
12. Lestari Maharani Desa Belahan Tengah Anggota
13. Made Kurniawan Kecamatan Mojosari Anggota
14, Nur Pratiwi Desa Awang-awang Anggota
15. Oki Wulandari Desa Belahan Tengah Anggota
16. Putri Handayani Kecamatan Mojosari Anggota
17. Rina Susanto Desa Awang-awang Anggota
18. Sari Lestari Desa Belahan Tengah Anggota
19. Taufik Santoso Kecamatan Mojosari Anggota
20. Umi Rahayu Desa Awang-awang Anggota
21. Wahyu Wibowo Desa Belahan Tengah Anggota
22. Yuni Hidayat Kecamatan Mojosari Anggota
23. Zainal Nugroho Desa Awang-awang Anggota
24. Agus Prasetyo Desa Belahan Tengah Anggota
25. Bayu Saputra Kecamatan Mojosari Anggota
26. Dian Purnomo Desa Awang-awang Anggota
27. Endah Setiawan Desa Belahan Tengah Anggota
28. Fajar Maharani Kecamatan Mojosari Anggota
29. Hendra Kurniawan Desa Awang-awang Anggota
30. Ika Pratiwi Desa Belahan Tengah Anggota
31. Lukman Wulandari Kecamatan Mojosari Anggota
UDA UuA w
32. Maya Handayani Desa Awang-awang Anggota
33. Nanda Susanto Desa Belahan Tengah Anggota
34. Rudi Lestari Kecamatan Mojosari Anggota
35. Siti Santoso Desa Awang-awang Anggota
Demikian surat tugas ini dibuat untuk dilaksanakan dengan penuh tanggung jawab.
Mojosari, 6 Januari 2025
CAMAT MOJOSARI,
ttd.
OKI SANTOSO, S.STP.
Penata Tingkat I
NIP. 19700323 201006 1051`,
    extractedSource: 'ocr',
    render: 'scan',
    indicatorCode: '17',
    frameworkVersion: 'iid-2025',
    periodYear: 2025,
    selectedOption: 3,
    innovationName: 'Layanan Adminduk Jemput Bola (LAJU)',
    expected: {
      kind: 'surat_tugas',
      number: '094/155/416.410/2025',
      date: '2025-01-06',
      signatory: 'CAMAT MOJOSARI',
      checks: { readable: 'passed', kind: 'passed', year: 'passed', innovation_name: 'passed', count: 'passed' },
      counts: { people: 35 },
      supportedOption: 3,
      belowSelected: false,
    },
  },
  {
    id: 'ocr-real-sk-kadis',
    title: 'Tesseract (ind) output of the Kepala Dinas SK: the signing date misread ("109 Januari"), the year still told by the number',
    text: `PEMERINTAH KABUPATEN MOJOKERTO
DINAS KESEHATAN
Jalan Raya Jabon Km. 4 Mojoanyar, Mojokerto 61364
Telepon (0321) 321456, Laman: dinkes.mojokertokab.go.id
KEPUTUSAN KEPALA DINAS KESEHATAN KABUPATEN MOJOKERTO
NOMOR : 188.4/045/416-101/2025
TENTANG
PENETAPAN INOVASI DINAS KESEHATAN KABUPATEN MOJOKERTO TAHUN 2025
KEPALA DINAS KESEHATAN KABUPATEN MOJOKERTO,
Menimbang : a. bahwa dalam rangka meningkatkan kinerja penyelenggaraan pemerintahan daerah
perlu dilakukan
inovasi daerah sebagaimana diamanatkan dalam Pasal 386 Undang-Undang Nomor 23 Tahun 2014
tentang Pemerintahan Daerah,
b. bahwa berdasarkan pertimbangan sebagaimana dimaksud dalam huruf a, perlu menetapkan
Keputusan tentang
Penetapan Inovasi Daerah,
Mengingat : 1. Undang-Undang Nomor 23 Tahun 2014 tentang Pemerintahan Daerah,
2. Peraturan Pemerintah Nomor 38 Tahun 2017 tentang Inovasi Daerah,
3. Peraturan Menteri Dalam Negeri Nomor 104 Tahun 2018 tentang Penilaian dan Pemberian
Penghargaan dan/atau
Insentif Inovasi Daerah:
4. Peraturan Daerah Kabupaten Mojokerto Nomor 5 Tahun 2021 tentang Inovasi Daerah,
MEMUTUSKAN:
Menetapkan : PENETAPAN INOVASI DINAS KESEHATAN KABUPATEN MOJOKERTO
TAHUN 2025.
KESATU : Menetapkan inovasi Dinas Kesehatan sebagaimana tercantum dalam Lampiran.
KEDUA : Keputusan ini mulai berlaku pada tanggal ditetapkan.
Ditetapkan di Mojokerto
pada tanggal 109 Januari 2025
KEPALA DINAS KESEHATAN
KABUPATEN MOJOKERTO,
ttd.
dr. ULUM ROKHMAT ROKHMAWAN, M.M.
Pembina Utama Muda
NIP. 19720315 200003 1 004
LAMPIRAN
KEPUTUSAN KEPALA DINAS KESEHATAN KABUPATEN MOJOKERTO
NOMOR : 188.4/045/416-101/2025
DAFTAR INOVASI
NO NAMA INOVASI PERANGKAT DAERAH TAHAPAN
1. Sistem Informasi Pelayanan Terpadu Kesehatan (SIPANDU SEHAT) Dinas Kesehatan Penerapan
2. Posyandu Remaja Ceria Bappeda Penerapan`,
    extractedSource: 'ocr',
    render: 'scan',
    indicatorCode: '16',
    frameworkVersion: 'iid-2025',
    periodYear: 2025,
    selectedOption: 1,
    innovationName: 'Sistem Informasi Pelayanan Terpadu Kesehatan (SIPANDU SEHAT)',
    expected: {
      kind: 'sk_kepala_perangkat_daerah',
      number: '188.4/045/416-101/2025',
      signatory: 'KEPALA DINAS KESEHATAN',
      checks: { readable: 'passed', kind: 'failed', year: 'passed', innovation_name: 'passed' },
      codes: ['kind_supports_none', 'year_in_window'],
      supportedOption: 0,
      belowSelected: true,
    },
  },
  {
    id: 'undangan-fgd-five-actors',
    title: 'FGD invitation to five actors (government, academia, business, community, media) (Aktor 2025, option 3)',
    text: `${KOP_DINKES}
Mojokerto, 5 Mei 2025
Nomor : 005/402/416-101/2025
Sifat : Segera
Hal : Undangan Focus Group Discussion
Yth. 1. Rektor Universitas Islam Majapahit
2. Direktur PT Sehat Sentosa Abadi
3. Ketua Komunitas Peduli Gizi Mojokerto
4. Pimpinan Radio Suara Majapahit
5. Kepala Bidang Kesehatan Masyarakat Dinas Kesehatan
di Tempat
Dalam rangka pengembangan inovasi Sistem Informasi Pelayanan Terpadu Kesehatan (SIPANDU SEHAT), kami mengundang
Bapak/Ibu untuk hadir pada Focus Group Discussion yang akan dilaksanakan pada:
Hari/Tanggal : Kamis, 15 Mei 2025
Tempat : Ruang Rapat Dinas Kesehatan Kabupaten Mojokerto
KEPALA DINAS KESEHATAN
KABUPATEN MOJOKERTO,
ttd.
dr. ULUM ROKHMAT ROKHMAWAN, M.M.
NIP. 19720315 200003 1 004`,
    render: 'text',
    indicatorCode: '22',
    frameworkVersion: 'iid-2025',
    periodYear: 2025,
    selectedOption: 3,
    innovationName: SIPANDU,
    expected: {
      kind: 'undangan',
      date: '2025-05-05',
      checks: { readable: 'passed', year: 'passed', innovation_name: 'passed', count: 'passed' },
      counts: { actors: 5 },
      supportedOption: 3,
      belowSelected: false,
    },
  },
  {
    id: 'penerima-manfaat-nik-2023',
    title: 'Beneficiary list of 120 people with NIK (Kemanfaatan 2023, option 2: 101–200)',
    text: `DAFTAR PENERIMA MANFAAT
INOVASI POSYANDU REMAJA CERIA
PUSKESMAS MOJOSARI TAHUN 2023
NO NAMA NIK ALAMAT TANDA TANGAN
${Array.from({ length: 120 }, (_, k) => `${k + 1} ${person(k + 60)} 35160${String(41000000000 + k * 7919).padStart(11, '0')} Desa ${['Awang-awang', 'Belahan Tengah', 'Jotangan', 'Kebondalem'][k % 4]}`).join('\n')}
Mojosari, 29 Desember 2023
Kepala Puskesmas Mojosari,
ttd.
dr. ${person(7)}
NIP. ${nip(7)}`,
    render: 'text',
    indicatorCode: '33',
    frameworkVersion: 'iid-2023',
    periodYear: 2023,
    selectedOption: 2,
    innovationName: 'Posyandu Remaja Ceria',
    expected: {
      kind: 'lainnya',
      date: '2023-12-29',
      checks: { readable: 'passed', year: 'passed', innovation_name: 'passed', count: 'passed' },
      counts: { people: 120 },
      supportedOption: 2,
      belowSelected: false,
    },
  },
];

/** What the server hands evaluate() for a case: the version's rule and option labels, the text as extracted. */
export function corpusInput(c: EvidenceCase): VerdictInput {
  const framework = builtInFramework(c.frameworkVersion);
  const indicator = framework?.indicators.find((i) => i.code === c.indicatorCode && i.aspect === 'SID');
  if (!indicator) throw new Error(`${c.id}: no indicator ${c.indicatorCode} in ${c.frameworkVersion}`);
  return {
    rule: c.rule ?? indicator.evidenceCheck,
    extracted: {
      source: c.extractedSource ?? 'text',
      text: c.text,
      pages: c.text ? c.text.split('\f').length : 0,
      ...(c.videoSeconds !== undefined ? { videoSeconds: c.videoSeconds } : {}),
      ...(c.unreadable ? { unreadable: c.unreadable } : {}),
    },
    selectedOption: c.selectedOption,
    optionValues: indicator.options.map((o) => o.value),
    optionLabels: indicator.options,
    periodYear: c.periodYear,
    innovationName: c.innovationName,
  };
}
