// An evidence item's check as the API shows it: the stored reading weighed by the domain (evaluate) against the
// indicator's rule, the selected option, the period's year and the innovation's current name, in the request's
// language. Computed at every read, so a changed option, a renamed innovation or a better detector show at once;
// the result is kept per instance by everything it depends on, so a list re-read does not re-weigh long texts.
import { doneCheckOf, type EvidenceCheck } from '../../../contract/evidence-check';
import type { EvidenceCheckRule, ExtractedEvidence } from '../../../domain/evidence-check/types';
import type { Locale } from '../../../domain/messages';

/** A reading row without its text (the text is loaded only when the verdict is not kept already). */
export interface ReadingMeta {
  evidenceId: string;
  status: EvidenceCheck['status'];
  progressDone: number;
  progressTotal: number;
  source: ExtractedEvidence['source'] | null;
  pages: number;
  videoSeconds: number | null;
  unreadable: string | null;
  checkedAt: Date | null;
}

export interface VerdictContext {
  rule: EvidenceCheckRule | undefined;
  selectedOption: number | null;
  optionValues: number[];
  /** What each level means, for the summary ("opsi 1 (SK Kepala Daerah)"). */
  optionLabels: { value: number; label: string; labelEn?: string }[];
  periodYear: number;
  innovationName: string | null;
}

const MAX_KEPT = 5000;
const kept = new Map<string, EvidenceCheck>();

/**
 * What a kept verdict depends on beyond the evidence item itself. The item's period and indicator never change,
 * nor does a period's framework snapshot (shared/periods/period-framework.ts), so its rule, option values and
 * labels and its year are the item's own: only the reading, the option chosen, the name and the language vary.
 */
export function verdictKey(m: ReadingMeta, ctx: VerdictContext, locale: Locale): string {
  return JSON.stringify([m.evidenceId, m.checkedAt?.getTime() ?? null, ctx.selectedOption, ctx.innovationName, locale]);
}

/** The check of a reading not done yet (queued, running, failed): its status and progress only. */
export function pendingCheck(m: ReadingMeta): EvidenceCheck {
  return {
    status: m.status,
    progress: m.status === 'running' && m.progressTotal > 0 ? { done: m.progressDone, total: m.progressTotal } : null,
    source: null,
    kind: null,
    number: null,
    date: null,
    signatory: null,
    checks: [],
    supportedOption: null,
    belowSelected: false,
    summary: null,
    checkedAt: m.checkedAt?.toISOString() ?? null,
  };
}

export function keptVerdict(key: string): EvidenceCheck | undefined {
  const hit = kept.get(key);
  if (hit) {
    // Least recently used goes first.
    kept.delete(key);
    kept.set(key, hit);
  }
  return hit;
}

export function doneCheck(m: ReadingMeta, text: string, ctx: VerdictContext, locale: Locale, key = verdictKey(m, ctx, locale)): EvidenceCheck {
  const extracted: ExtractedEvidence = {
    source: m.source ?? 'none',
    text,
    pages: m.pages,
    ...(m.videoSeconds !== null ? { videoSeconds: m.videoSeconds } : {}),
    ...(m.unreadable ? { unreadable: m.unreadable as ExtractedEvidence['unreadable'] } : {}),
  };
  const check = doneCheckOf({ ...ctx, extracted }, locale, m.checkedAt?.toISOString() ?? null);
  if (kept.size >= MAX_KEPT) kept.delete(kept.keys().next().value as string);
  kept.set(key, check);
  return check;
}
