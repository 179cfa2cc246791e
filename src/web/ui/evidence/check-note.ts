// Words drawn from an evidence item's pre-check, kept pure so that they are tested without a page: the item's
// name, the summary shown under its findings, and the return note the pre-check suggests to the verifier.
import type { TFunction } from 'i18next';
import type { Evidence } from '../../../contract/evidence';
import type { CheckFindingDto, EvidenceCheck } from '../../../contract/evidence-check';

export const itemName = (item: Evidence) => item.fileName ?? item.title ?? item.url ?? '';

/** The checks that tell the level (SupportedOption): the summary already says what they found. */
const LEVEL_CHECKS = new Set<string>(['kind', 'count']);
const sentence = (s: string) => (/[.!?…]$/.test(s.trim()) ? s.trim() : `${s.trim()}.`);

/**
 * The note the pre-check suggests for one evidence item — the summary when the evidence supports less than the
 * option chosen, then every other failed check — or null when it found nothing against the item.
 */
export function suggestedNote(item: Evidence, t: TFunction): string | null {
  const check = item.check;
  if (check?.status !== 'done') return null;
  const summary = check.belowSelected && check.summary ? check.summary : null;
  const failed = check.checks.filter((f) => f.outcome === 'failed' && !(summary && LEVEL_CHECKS.has(f.check)));
  const parts = [...new Set([...(summary ? [summary] : []), ...failed.map((f) => f.text)].map(sentence))];
  if (!parts.length) return null;
  return t('evidence.check.suggestion.line', { name: itemName(item), text: parts.join(' ') });
}

/**
 * The summary worth showing under these findings: below the chosen option it is the news; otherwise it is left
 * out when it only repeats a finding (word for word, or with "Verifikator akan memastikannya." added).
 */
export function shownSummary(check: EvidenceCheck, findings: CheckFindingDto[]): string | null {
  const summary = check.summary?.trim();
  if (!summary) return null;
  if (check.belowSelected) return check.summary;
  return findings.some((f) => f.text.trim() && summary.startsWith(f.text.trim())) ? null : check.summary;
}
