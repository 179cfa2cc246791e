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

export const RETURN_NOTES = [
  'Dokumen belum ditandatangani pejabat yang berwenang.',
  'Tahun dokumen tidak sesuai periode penilaian; unggah dokumen tahun berjalan.',
  'Bukti belum menunjukkan jumlah pengguna; lampirkan rekap data.',
  'Foto kegiatan buram; unggah foto yang lebih jelas beserta keterangan.',
];
