// Bahasa Indonesia labels of the innovation profile's codes, for what leaves the app (spreadsheets, the
// national package, the leaders' PDF). The web shows the same words through i18n (id.ts); a test keeps the
// two identical, so a reader never meets a raw code like "uji_coba" or "non_digital".
import { urusanByCode } from '../iid/urusan';
import type { Bentuk, Inisiator, Jenis, Tahapan, Tematik } from './profile';

export const TAHAPAN_LABEL: Record<Tahapan, string> = { inisiatif: 'Inisiatif', uji_coba: 'Uji Coba', penerapan: 'Penerapan' };

export const INISIATOR_LABEL: Record<Inisiator, string> = {
  kepala_daerah: 'Kepala Daerah',
  anggota_dprd: 'Anggota DPRD',
  opd: 'Perangkat Daerah',
  asn: 'ASN',
  masyarakat: 'Masyarakat',
};

export const JENIS_LABEL: Record<Jenis, string> = { digital: 'Digital', non_digital: 'Non Digital' };

export const BENTUK_LABEL: Record<Bentuk, string> = {
  tata_kelola: 'Inovasi tata kelola pemerintahan daerah',
  pelayanan_publik: 'Inovasi pelayanan publik',
  lainnya_sesuai_urusan: 'Inovasi daerah lainnya sesuai urusan pemerintahan',
};

export const TEMATIK_LABEL: Record<Tematik, string> = {
  digitalisasi_layanan: 'Digitalisasi layanan pemerintahan',
  penanggulangan_kemiskinan: 'Penanggulangan kemiskinan',
  kemudahan_investasi: 'Kemudahan investasi',
  prioritas_presiden: 'Prioritas aktual presiden',
  non_tematik: 'Non tematik',
};

/** An innovation's workflow status (innovations.status in the web). */
export const STATUS_LABEL: Record<string, string> = {
  draft: 'Draf',
  diajukan: 'Diajukan',
  disetujui: 'Disetujui Kepala OPD',
  verifikasi: 'Verifikasi',
  terverifikasi: 'Terverifikasi',
};

/** One evidence-backed answer's review state (evidence.review in the web). */
export const REVIEW_LABEL: Record<string, string> = { menunggu: 'Menunggu verifikasi', diterima: 'Diterima', dikembalikan: 'Dikembalikan' };

/** The label of a code from one of the lists above; empty for none, the code itself only if it is unknown. */
export function labelOf(labels: Record<string, string>, code: string | null | undefined): string {
  if (!code) return '';
  return labels[code] ?? code;
}

/** "1.02 Kesehatan", as the innovation form lists it. */
export function urusanLabel(code: string): string {
  const u = urusanByCode(code);
  return u ? `${u.code} ${u.name}` : code;
}

/** An indicator as a column or line names it: "16. Regulasi Inovasi Daerah". */
export const indicatorLabel = (i: { code: string; name: string }) => `${i.code}. ${i.name}`;
