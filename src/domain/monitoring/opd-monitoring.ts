// Per-OPD figures for "One OPD More Than One Innovation": pure, from each entry's stored scores.
import { verificationCounts } from '../evidence/review';
import { roundTo, unscaled } from '../iid/engine';

export interface EntryFigures {
  opdId: string;
  status: string;
  sent: boolean;
  /** Scaled ×10 000, as stored per entry. */
  maturityClaimed: number;
  maturityVerified: number;
  reviewSummary: { menunggu: number; diterima: number; dikembalikan: number; missingEvidence: number };
}

export interface OpdRow {
  opdId: string;
  registered: number;
  sent: number;
  submitted: number;
  averageMaturity: number;
  averageVerified: number;
  /** Answered indicators backed by valid evidence, in % (null when nothing is answered yet). */
  evidenceCompleteness: number | null;
  returned: number;
  waiting: number;
  /** Innovations SENT to the national assessment reach the target: registered ones that stay home do not count,
   * so an OPD with nothing sent never meets it. */
  meetsTarget: boolean;
  previousRegistered: number | null;
  change: number | null;
}

export function opdRows(opdIds: string[], entries: EntryFigures[], target: number, previous: Map<string, number> | null): OpdRow[] {
  const byOpd = new Map<string, EntryFigures[]>(opdIds.map((id) => [id, []]));
  for (const e of entries) byOpd.get(e.opdId)?.push(e);
  return opdIds.map((opdId) => {
    const list = byOpd.get(opdId) ?? [];
    const answered = list.reduce((n, e) => n + e.reviewSummary.menunggu + e.reviewSummary.diterima + e.reviewSummary.dikembalikan, 0);
    const missing = list.reduce((n, e) => n + e.reviewSummary.missingEvidence, 0);
    const avg = (pick: (e: EntryFigures) => number) => (list.length ? roundTo(unscaled(list.reduce((n, e) => n + pick(e), 0) / list.length), 2) : 0);
    const prev = previous ? (previous.get(opdId) ?? 0) : null;
    // Waiting and returned as the Verifikasi queue counts them (items of approved innovations only).
    const backlog = verificationCounts(list);
    const sent = list.filter((e) => e.sent).length;
    return {
      opdId,
      registered: list.length,
      sent,
      submitted: list.filter((e) => e.status !== 'draft').length,
      averageMaturity: avg((e) => e.maturityClaimed),
      averageVerified: avg((e) => e.maturityVerified),
      evidenceCompleteness: answered ? roundTo(((answered - missing) / answered) * 100, 1) : null,
      returned: backlog.dikembalikan,
      waiting: backlog.menunggu,
      meetsTarget: sent >= Math.max(1, target),
      previousRegistered: prev,
      change: prev === null ? null : list.length - prev,
    };
  });
}

/** Whole days from today to a date (both YYYY-MM-DD, calendar days in WIB); negative when past. */
export function daysUntil(date: string, today: string): number {
  return Math.round((Date.parse(`${date}T00:00:00Z`) - Date.parse(`${today}T00:00:00Z`)) / 86_400_000);
}

/** Today's calendar date in WIB (Asia/Jakarta), as YYYY-MM-DD. */
export function todayInWib(now: Date): string {
  return new Date(now.getTime() + 7 * 3_600_000).toISOString().slice(0, 10);
}
