// The official innovation profile (reference iid.md §4): choice lists, the rancang bangun length rule and
// the eligibility window, all as data so the UI and the server explain the same thing.

export const TAHAPAN = ['inisiatif', 'uji_coba', 'penerapan'] as const;
export type Tahapan = (typeof TAHAPAN)[number];

export const INISIATOR = ['kepala_daerah', 'anggota_dprd', 'opd', 'asn', 'masyarakat'] as const;
export type Inisiator = (typeof INISIATOR)[number];

export const JENIS = ['digital', 'non_digital'] as const;
export type Jenis = (typeof JENIS)[number];

export const BENTUK = ['tata_kelola', 'pelayanan_publik', 'lainnya_sesuai_urusan'] as const;
export type Bentuk = (typeof BENTUK)[number];

export const TEMATIK = ['digitalisasi_layanan', 'penanggulangan_kemiskinan', 'kemudahan_investasi', 'prioritas_presiden', 'non_tematik'] as const;
export type Tematik = (typeof TEMATIK)[number];

/** Rancang bangun dan pokok perubahan: at least this many words (all years). */
export const RANCANG_BANGUN_MIN_WORDS = 300;

/** Words of a rich-text (HTML) field as a reader counts them: tags and entities removed. */
export function wordCount(html: string | null | undefined): number {
  if (!html) return 0;
  const text = html
    .replace(/<[^>]*>/g, ' ')
    .replace(/&nbsp;|&#160;/g, ' ')
    .replace(/&[a-z]+;|&#\d+;/gi, 'x');
  return text.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
}

export type EligibilityNote =
  | { code: 'needs_penerapan_date' }
  | { code: 'older_than_window'; from: string }
  | { code: 'in_future'; until: string }
  | { code: 'uji_coba_after_penerapan' }
  | { code: 'ok'; from: string; until: string }
  /** No implementation date yet: the window, as information (nothing to check). */
  | { code: 'window'; from: string; until: string };

/**
 * Applied within the last two years (2026: application between 1 Jan 2024 and 31 Dec 2025; older ones
 * must show development). Returned as explanations, not a hard block: the region decides what to send.
 */
export function eligibility(year: number, p: { tahapan: Tahapan | null; waktuUjiCoba: string | null; waktuPenerapan: string | null }): EligibilityNote[] {
  const from = `${year - 2}-01-01`;
  const until = `${year}-12-31`;
  const notes: EligibilityNote[] = [];
  if (p.waktuUjiCoba && p.waktuPenerapan && p.waktuUjiCoba > p.waktuPenerapan) notes.push({ code: 'uji_coba_after_penerapan' });
  if (p.tahapan === 'penerapan') {
    if (!p.waktuPenerapan) notes.push({ code: 'needs_penerapan_date' });
    else if (p.waktuPenerapan < from) notes.push({ code: 'older_than_window', from });
    else if (p.waktuPenerapan > until) notes.push({ code: 'in_future', until });
  }
  if (notes.length) return notes;
  // "Within the window" only means something once there is a date to be within it.
  return p.waktuPenerapan ? [{ code: 'ok', from, until }] : [{ code: 'window', from, until }];
}

/**
 * Documents of the profile itself (not of an indicator): the budget and business-profile documents the
 * official form asks for, and optional proof of HAKI and awards. Stored as evidence under these codes.
 */
export const PROFILE_DOCUMENTS = ['doc:anggaran', 'doc:profil_bisnis', 'doc:haki', 'doc:penghargaan'] as const;
export type ProfileDocument = (typeof PROFILE_DOCUMENTS)[number];
export const isProfileDocument = (code: string): code is ProfileDocument => (PROFILE_DOCUMENTS as readonly string[]).includes(code);
