// Verification of evidence, per indicator: an item is waiting (menunggu), accepted (diterima) or
// returned with a note (dikembalikan). Only accepted items backed by evidence count in the verified score.
// Names, one per concept in every layer: an *item* is one indicator's answer with its evidence and review (SID
// per innovation entry, SPD per region and period); its *review* is a verifier's decision on it and the status
// that results (review_status in the database, reviewStatus in the API); *verification* is the stage in which
// items are reviewed — the queue, the backlog counts, the verifiers, the verified score. The Kepala OPD's step
// before it is *approval* (workflow.ts).

import { reviewable } from '../innovation/workflow';

export const REVIEW_STATUSES = ['menunggu', 'diterima', 'dikembalikan'] as const;
export type ReviewStatus = (typeof REVIEW_STATUSES)[number];

export type ReviewDecision = 'accept' | 'return';

/** An answered item as scoring sees it: the option chosen, its review and the evidence behind it. */
export interface AnsweredItem {
  value: number;
  reviewStatus: string;
  evidenceCount: number;
  /** Carried-over evidence that must be renewed for this year; it does not count until replaced. */
  renewalCount?: number;
}

/** Evidence that counts this year: live items not waiting for renewal. */
export const validEvidence = (a: Pick<AnsweredItem, 'evidenceCount' | 'renewalCount'>) => a.evidenceCount - (a.renewalCount ?? 0);

/** The answers that count once verified: accepted and still backed by at least one valid evidence item. */
export function verifiedAnswers(answers: Record<string, AnsweredItem>): Record<string, number> {
  const out: Record<string, number> = {};
  for (const [code, a] of Object.entries(answers)) out[code] = a.reviewStatus === 'diterima' && validEvidence(a) > 0 ? a.value : 0;
  return out;
}

/** The answers the operator claims: the options chosen, whether or not verified yet. */
export function claimedAnswers(answers: Record<string, AnsweredItem>): Record<string, number> {
  const out: Record<string, number> = {};
  for (const [code, a] of Object.entries(answers)) out[code] = a.value;
  return out;
}

/**
 * Items waiting for a verifier that would count if accepted (answered, valid evidence): the claimed value per
 * code. The simulator's "finish verification" action on the verified basis.
 */
export function pendingAnswers(answers: Record<string, AnsweredItem>): Record<string, number> {
  const out: Record<string, number> = {};
  for (const [code, a] of Object.entries(answers)) if (a.reviewStatus === 'menunggu' && a.value > 0 && validEvidence(a) > 0) out[code] = a.value;
  return out;
}

/** Answered indicators that have no evidence: nothing counts without evidence, so submission stops on them. */
export function answersWithoutEvidence(answers: Record<string, AnsweredItem>): string[] {
  return Object.entries(answers)
    .filter(([, a]) => a.value > 0 && validEvidence(a) === 0)
    .map(([code]) => code)
    .sort((a, b) => a.localeCompare(b, 'en', { numeric: true }));
}

/** The status after a decision; a return needs a note the operator can act on. */
export function reviewOutcome(
  decision: ReviewDecision,
  note: string | undefined,
): { status: ReviewStatus; note: string | null } | { problem: 'note_required' } {
  const trimmed = note?.trim() ?? '';
  if (decision === 'return') return trimmed ? { status: 'dikembalikan', note: trimmed } : { problem: 'note_required' };
  return { status: 'diterima', note: trimmed || null };
}

/** Why an item cannot be reviewed now, or null. SPD items have no workflow state (entryStatus null). */
export function reviewProblem(
  decision: ReviewDecision,
  entryStatus: string | null,
  item: Pick<AnsweredItem, 'value' | 'evidenceCount' | 'renewalCount'> | undefined,
): 'review_not_ready' | 'evidence_missing' | null {
  if (entryStatus !== null && !reviewable(entryStatus)) return 'review_not_ready';
  if (!item || item.value <= 0) return 'review_not_ready';
  if (decision === 'accept' && validEvidence(item) === 0) return 'evidence_missing';
  return null;
}

export type ReviewCounts = { menunggu: number; diterima: number; dikembalikan: number };

/**
 * The verification backlog — the ONE definition behind every count of items waiting / accepted / returned
 * (dashboard, Verifikasi, home pages, per OPD): the answered items (option > 0) of live innovations the Kepala
 * OPD has approved (status disetujui: what the verifiers' queue lists), plus the region's answered SPD items.
 * Drafts, innovations still awaiting approval and deleted innovations (left out by the caller's query) are not
 * in verification; an item counts under its review status whatever its evidence (missing, or carried over
 * and waiting for renewal) — such an item is in the queue too, where the verifier can only return it.
 */
export function verificationCounts(entries: { status: string; reviewSummary: ReviewCounts }[], spd: Record<string, AnsweredItem> = {}): ReviewCounts {
  const out: ReviewCounts = { menunggu: 0, diterima: 0, dikembalikan: 0 };
  for (const e of entries) if (reviewable(e.status)) for (const k of REVIEW_STATUSES) out[k] += e.reviewSummary[k] ?? 0;
  const region = reviewCounts(spd);
  for (const k of REVIEW_STATUSES) out[k] += region[k];
  return out;
}

/** How an entry's answered items stand in verification, for lists and badges. */
export function reviewCounts(answers: Record<string, AnsweredItem>) {
  const counts = { menunggu: 0, diterima: 0, dikembalikan: 0, missingEvidence: 0 };
  for (const a of Object.values(answers)) {
    if (a.value <= 0) continue;
    if (a.reviewStatus in counts) counts[a.reviewStatus as ReviewStatus]++;
    if (validEvidence(a) === 0) counts.missingEvidence++;
  }
  return counts;
}

/** What an answered item's badge shows: without valid evidence it waits for the operator, not for a verifier. */
export type ShownReview = ReviewStatus | 'tanpa_bukti';

export function shownReview(a: Pick<AnsweredItem, 'reviewStatus' | 'evidenceCount' | 'renewalCount'>): ShownReview {
  // A returned item keeps its state (and the verifier's note) until the operator acts on it.
  if (a.reviewStatus !== 'dikembalikan' && validEvidence(a) <= 0) return 'tanpa_bukti';
  return a.reviewStatus as ReviewStatus;
}
