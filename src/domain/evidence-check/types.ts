// Evidence pre-check: what a piece of bukti dukung must show for its indicator (rules as data, carried by the
// framework version beside the indicator), what was read from it, and what the reading supports. Never decides:
// the verifier does. Pure types; detection is in detect.ts, the verdict in evaluate.ts.

/** Document kinds the pre-check can tell apart from a document's text (headings, signatory, layout words). */
export const DOCUMENT_KINDS = [
  'perda', // Peraturan Daerah
  'perkada', // Peraturan Bupati / Wali Kota / Gubernur
  'sk_kepala_daerah', // Keputusan Bupati / Wali Kota / Gubernur
  'sk_kepala_perangkat_daerah', // Keputusan Kepala Dinas / Badan / Camat …
  'surat_tugas', // Surat Tugas / Surat Perintah / Surat Penugasan
  'rkpd', // Rencana Kerja Pemerintah Daerah (or RKAS, RUK/RPK, RBA, RKPDes equivalents)
  'anggaran', // DPA / RKA / APBD pages, BOSP, BOK
  'sop', // Standar Operasional Prosedur
  'daftar_hadir', // attendance list
  'sertifikat', // certificate
  'undangan', // invitation
  'kerja_sama', // PKS / MoU / Nota Kesepakatan
  'berita', // news article
  'video',
  'gambar', // a photo or screenshot with no readable document
  'lainnya', // text read, kind not recognised
] as const;
export type DocumentKind = (typeof DOCUMENT_KINDS)[number];

/** An option level paired with what it needs (arrays, not records: framework JSON keeps numbers as numbers). */
export interface KindsForOption {
  option: number;
  kinds: DocumentKind[];
}
export interface MinimumForOption {
  option: number;
  min: number;
}

/**
 * What an indicator's evidence must show, per framework version (Indicator.evidenceCheck). Every part is
 * optional; an indicator without a rule gets only the generic reading (kind, number, date).
 */
export interface EvidenceCheckRule {
  /** Kinds accepted at any level (the level is told by something else). */
  kinds?: DocumentKind[];
  /** The level told by the kind (Regulasi: SK Kepala Perangkat Daerah 1, SK Kepala Daerah 2, Perkada/Perda 3). */
  kindsByOption?: KindsForOption[];
  /**
   * Years the document may be dated in, as offsets from the period's year (T-0 = the period's year):
   * { earliest: -2, latest: 0 } is T-2 … T-0.
   */
  yearWindow?: { earliest: number; latest: number };
  /** The innovation's name must appear in the document (SK naming the innovation, RKPD programme …). */
  mentionsInnovation?: boolean;
  /** A count read from the document tells the level (people in an SK, training events, actors). */
  count?: { of: CountOf; minByOption: MinimumForOption[] };
  /** Longest video accepted, in seconds (Video inovasi: 5 minutes). */
  videoMaxSeconds?: number;
}
export type CountOf = 'people' | 'events' | 'actors';

/** What the server read from the evidence (text layer or OCR), handed to the domain. */
export interface ExtractedEvidence {
  /** How the text was obtained: a PDF's text layer, OCR of a scan or image, a video's container, nothing. */
  source: 'text' | 'ocr' | 'video' | 'none';
  text: string;
  pages: number;
  /** A video's length (seconds), when the container tells it. */
  videoSeconds?: number;
  /** Why nothing could be read ('ocr_unavailable', 'unsupported_type', 'link', 'unreadable'), when source is 'none'. */
  unreadable?: 'ocr_unavailable' | 'unsupported_type' | 'link' | 'unreadable';
}

/** What the text says about itself: detect.ts reads it, pure and fast (run again at every read). */
export interface DocumentFacts {
  kind: DocumentKind | null;
  /** "188.45/123/KEP/417.302/2025" as written. */
  number: string | null;
  /** ISO date (YYYY-MM-DD) the document was signed / set ("ditetapkan … pada tanggal …"), else the first date. */
  date: string | null;
  /** "KEPALA DINAS KESEHATAN", "BUPATI MOJOKERTO" as written. */
  signatory: string | null;
  /** Distinct people listed (NIPs, numbered names in a lampiran), events, actors — null when none found. */
  counts: Partial<Record<CountOf, number>>;
}

export const CHECK_NAMES = ['readable', 'kind', 'year', 'innovation_name', 'count', 'video_length'] as const;
export type CheckName = (typeof CHECK_NAMES)[number];

/** One check's outcome; code + params are rendered in Bahasa Indonesia or English by messages.ts. */
export interface CheckFinding {
  check: CheckName;
  outcome: 'passed' | 'failed' | 'unknown';
  code: string;
  params?: Record<string, string | number>;
}

/** The verdict for one piece of evidence against its indicator, the selected option and the period. */
export interface EvidenceVerdict {
  facts: DocumentFacts;
  checks: CheckFinding[];
  /** The highest option level this evidence supports by the rule's kind/count parts; null when the rule does not tell. */
  supportedOption: number | null;
  /** Whether the supported level is below the selected one (the operator is told, the verifier is offered a note). */
  belowSelected: boolean;
}

/** Everything evaluate() needs: the rule, what was read, and the item it is evidence for. */
export interface VerdictInput {
  rule: EvidenceCheckRule | undefined;
  extracted: ExtractedEvidence;
  /** The option chosen for the indicator now (0 or null = none). */
  selectedOption: number | null;
  /** The indicator's option values (1…3), for the supported level. */
  optionValues: number[];
  periodYear: number;
  /** The innovation's name (SID items); null for a region's SPD item. */
  innovationName: string | null;
}
