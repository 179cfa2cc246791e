// A piece of evidence (bukti dukung) is an uploaded file or a link to where the document is published.

export const EVIDENCE_KINDS = ['file', 'link'] as const;
export type EvidenceKind = (typeof EVIDENCE_KINDS)[number];
