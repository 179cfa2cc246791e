// An IPKD value goes through the same review as IID evidence: the region's IPKD team enters it with its documents
// (draft), sends it for review (menunggu), and a verifier accepts it (diterima) or returns it with a note
// (dikembalikan). Any change to the value or its documents makes it a draft again. Only accepted values count
// in the verified IPKD; every entered value counts in the claimed one.
import type { IpkdIndicator } from './framework';

export const IPKD_REVIEW_STATUSES = ['draft', 'menunggu', 'diterima', 'dikembalikan'] as const;
export type IpkdReviewStatus = (typeof IPKD_REVIEW_STATUSES)[number];

export interface IpkdStoredValue {
  indicatorId: string;
  value: number | string | null;
  reviewStatus: IpkdReviewStatus;
  documentCount: number;
}

/** Why a value cannot be sent for review yet (null: it can). */
export function submitProblem(indicator: IpkdIndicator, v: IpkdStoredValue): 'ipkd_value_required' | 'ipkd_document_required' | 'ipkd_not_draft' | null {
  if (v.reviewStatus === 'menunggu' || v.reviewStatus === 'diterima') return 'ipkd_not_draft';
  if (v.value === null) return 'ipkd_value_required';
  if (indicator.documents.length > 0 && v.documentCount === 0) return 'ipkd_document_required';
  return null;
}

/** Values as the claimed and the verified IPKD see them. */
export function ipkdValueMaps(values: readonly IpkdStoredValue[]) {
  const claimed = new Map<string, number | string>();
  const verified = new Map<string, number | string>();
  for (const v of values) {
    if (v.value === null) continue;
    claimed.set(v.indicatorId, v.value);
    if (v.reviewStatus === 'diterima') verified.set(v.indicatorId, v.value);
  }
  return { claimed, verified };
}
