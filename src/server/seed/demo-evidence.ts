// Evidence for the demo innovations: one generated PDF per SID indicator (stored once, attached to many
// answers, which shows the content-hash dedup at work) and review decisions on approved entries.
import type { Framework, Indicator } from '../../domain/iid/types';
import { type BlobStore, storeBytes } from '../plugins/storage';
import { simplePdf } from './simple-pdf';

export interface DemoFile {
  sha256: string;
  fileName: string;
  size: number;
}

export async function demoEvidenceFiles(store: BlobStore, framework: Framework, regionName: string): Promise<Map<string, DemoFile>> {
  const files = new Map<string, DemoFile>();
  for (const indicator of framework.indicators) {
    const bytes = simplePdf(pageOf(indicator, regionName));
    const sha256 = await storeBytes(store, bytes, 'application/pdf');
    files.set(indicator.code, { sha256, fileName: `bukti-dukung-indikator-${indicator.code}.pdf`, size: bytes.length });
  }
  return files;
}

function pageOf(indicator: Indicator, regionName: string): string[] {
  return [
    `Bukti Dukung Indikator ${indicator.code}`,
    indicator.name,
    `Pemerintah ${regionName}`,
    '',
    'Dokumen contoh untuk data demo Inovda.',
    'Pada penggunaan nyata, unggah dokumen asli: SK, laporan, foto kegiatan, atau video.',
  ];
}

/** Notes a verifier writes when returning an item: for the indicators where a specific defect is typical. */
const NOTES_BY_INDICATOR: Record<string, string> = {
  '16': 'SK inovasi belum ditetapkan kepala daerah; lampirkan SK Wali Kota atau SK Kepala Perangkat Daerah atas nama Wali Kota.',
  '17': 'SK tim belum mencantumkan peran masing-masing anggota; lengkapi uraian tugas setiap nama.',
  '18': 'Baris anggaran inovasi pada DPA belum ditandai; beri sorotan pada kegiatan dan nilai anggarannya.',
  '20': 'Daftar hadir bimtek tahun 2025 belum dilampirkan.',
  '21': 'Halaman RKPD yang memuat program inovasi belum disertakan; unggah halaman yang ditandai.',
  '25': 'Tautan berita media daring tidak dapat dibuka; unggah tangkapan layar beritanya.',
  '28': 'SOP belum ditandatangani dan belum menyebut waktu penyelesaian setiap tahapan.',
  '29': 'Rekap pengaduan belum menunjukkan persentase pengaduan yang selesai ditangani.',
  '31': 'Dokumen replikasi belum ditandatangani kedua pihak.',
  '33': 'Bukti belum menunjukkan jumlah penerima manfaat; lampirkan rekap data bertanda tangan.',
  '35': 'Durasi video lebih dari 5 menit dan sampul belum memuat logo Kemendagri.',
};

export const RETURN_NOTES = [
  'Dokumen belum ditandatangani pejabat yang berwenang.',
  'Tahun dokumen tidak sesuai periode penilaian; unggah dokumen tahun berjalan.',
  'Foto kegiatan buram; unggah foto yang lebih jelas beserta keterangan.',
  'Bukti dukung tidak sesuai dengan pilihan parameter; sesuaikan pilihan atau lengkapi dokumennya.',
];

/** The note for returning an indicator's item: its typical defect, else one of the general ones. */
export const returnNote = (code: string, pick: number) => NOTES_BY_INDICATOR[code] ?? RETURN_NOTES[Math.floor(pick * RETURN_NOTES.length)];
