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
  /**
   * Only when signed at this level (a Surat Tugas of the Bupati supports Pelaksana 3, one of a Kepala Dinas 2).
   * Several entries may name the same option.
   */
  signedBy?: Issuer[];
}
export interface MinimumForOption {
  option: number;
  min: number;
}
/** Who set the document: the regional head (in person or "a.n."), or the head of an agency in own name. */
export type Issuer = 'kepala_daerah' | 'kepala_perangkat_daerah';

/** Years a document must cover for a level, as offsets from the period's year: any one of the alternatives. */
export interface PlanYearsForOption {
  option: number;
  anyOf: number[][];
}
/** The longest service time (calendar days) for a level; absent maxDays = any duration. */
export interface ServiceDaysForOption {
  option: number;
  maxDays?: number;
}
/** A year window for some kinds only (a Perda stays in force: no earliest year). */
export interface KindYearWindow {
  kinds: DocumentKind[];
  earliest?: number;
  latest: number;
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
  /**
   * A count read from the document tells the level (people in an SK, training events, actors). `summed`: the
   * item's files add up (one file per event): one file showing fewer than the selected level needs tells nothing
   * alone, so it is 'unknown', not 'failed'.
   */
  count?: { of: CountOf; minByOption: MinimumForOption[]; summed?: boolean };
  /** Longest video accepted, in seconds (Video inovasi: 5 minutes). */
  videoMaxSeconds?: number;
  /** Kinds with their own year window, overriding yearWindow (Perda/Perkada in force: no earliest year). */
  kindYearWindows?: KindYearWindow[];
  /**
   * The years a planning/budget document covers tell the level (RKPD T-1 or T-2 = 1 …). One file usually covers
   * one year, so a file below the selected level is 'unknown' (others may cover the rest), never 'failed'.
   */
  planYearsByOption?: PlanYearsForOption[];
  /** The service time an SOP states tells the level (1 day = 3, 2–5 days = 2, 6 days or more = 1). */
  serviceDaysByOption?: ServiceDaysForOption[];
  /** Kinds that need not name the innovation (a Perda is accompanied by the Perkada/SK listing it). */
  nameOptionalKinds?: DocumentKind[];
}
export type CountOf = 'people' | 'events' | 'actors' | 'agencies';

/** What the server read from the evidence (text layer or OCR), handed to the domain. */
export interface ExtractedEvidence {
  /** How the text was obtained: a PDF's text layer, OCR of a scan or image, a video's container, nothing. */
  source: 'text' | 'ocr' | 'video' | 'none';
  text: string;
  pages: number;
  /** A video's length (seconds), when the container tells it. */
  videoSeconds?: number;
  /** Why nothing could be read, when source is 'none'. */
  unreadable?: 'ocr_unavailable' | 'pdf_reader_unavailable' | 'unsupported_type' | 'link' | 'unreadable';
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
  /** The year the document is of: its date's year, else the year in its number ("NOMOR 12 TAHUN 2025"). */
  year?: number | null;
  /** Years a planning or budget document is for ("RKPD Tahun 2025", "Tahun 2025-2026", "Tahun Anggaran 2024"). */
  planYears?: number[];
  /** "BUPATI MOJOKERTO" when signed "a.n. BUPATI MOJOKERTO" by someone else. */
  onBehalfOf?: string | null;
  /** Who set the document, from the heading and the signature. */
  issuer?: Issuer | null;
  /** The service time an SOP states (calendar days), or the sum of its steps. */
  serviceDays?: number | null;
  /** What the document is about ("TENTANG …"), as written. */
  subject?: string | null;
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
  /** The indicator's option labels, to say what a level means ("opsi 1 (SK Kepala Daerah)"). */
  optionLabels?: { value: number; label: string; labelEn?: string }[];
}
