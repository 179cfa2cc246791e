// The pre-check's findings and summary in Bahasa Indonesia and English.
import type { Locale } from '../messages';
import type { CheckFinding, DocumentKind, EvidenceVerdict, VerdictInput } from './types';

export const KIND_LABELS: Record<DocumentKind, { id: string; en: string }> = {
  perda: { id: 'Peraturan Daerah', en: 'Regional regulation (Perda)' },
  perkada: { id: 'Peraturan Kepala Daerah', en: 'Regional head regulation (Perkada)' },
  sk_kepala_daerah: { id: 'SK Kepala Daerah', en: 'Decree of the regional head' },
  sk_kepala_perangkat_daerah: { id: 'SK Kepala Perangkat Daerah', en: 'Decree of the agency head' },
  surat_tugas: { id: 'Surat Tugas', en: 'Assignment letter' },
  rkpd: { id: 'Dokumen perencanaan (RKPD)', en: 'Planning document (RKPD)' },
  anggaran: { id: 'Dokumen anggaran', en: 'Budget document' },
  sop: { id: 'SOP', en: 'Standard operating procedure' },
  daftar_hadir: { id: 'Daftar hadir', en: 'Attendance list' },
  sertifikat: { id: 'Sertifikat', en: 'Certificate' },
  undangan: { id: 'Undangan', en: 'Invitation' },
  kerja_sama: { id: 'Perjanjian kerja sama', en: 'Cooperation agreement' },
  berita: { id: 'Berita', en: 'News article' },
  video: { id: 'Video', en: 'Video' },
  gambar: { id: 'Gambar', en: 'Image' },
  lainnya: { id: 'Dokumen lain', en: 'Other document' },
};

export function findingText(f: CheckFinding, _locale: Locale): string {
  return f.code;
}

export function summaryText(_v: EvidenceVerdict, _input: VerdictInput, _locale: Locale): string | null {
  return null;
}
