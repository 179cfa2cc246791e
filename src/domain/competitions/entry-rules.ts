// What an OPD's entry must meet: the competition's eligibility (checked when it is entered and again when it is
// proposed) and the proposal's word limits (counted live in the browser with the same function).
import { type Tahapan, wordCount } from '../innovation/profile';
import type { Eligibility, ProfileSource, Section } from './template';

export interface EligibilityInput {
  tahapan: Tahapan | null;
  waktuPenerapan: string | null;
  /** Already recorded as a top winner of the competition's programme. */
  pastTopWinner: boolean;
}

export type EligibilityProblem =
  | { code: 'comp_not_implemented' }
  | { code: 'comp_applied_too_recently'; params: { years: number; since: string } }
  | { code: 'comp_no_application_date'; params: { years: number } }
  | { code: 'comp_past_top_winner' };

/** Whole years from `from` to `until` (ISO dates). */
export function wholeYears(from: string, until: string): number {
  const [fy, fm, fd] = from.split('-').map(Number);
  const [uy, um, ud] = until.split('-').map(Number);
  return uy - fy - (um < fm || (um === fm && ud < fd) ? 1 : 0);
}

/** Problems of an innovation against the rules, judged on `onDate` (the registration's close, or today). */
export function eligibilityProblems(rules: Eligibility, p: EligibilityInput, onDate: string): EligibilityProblem[] {
  const problems: EligibilityProblem[] = [];
  if (rules.implementedOnly && p.tahapan !== 'penerapan') problems.push({ code: 'comp_not_implemented' });
  if (rules.minYearsApplied !== null && rules.minYearsApplied > 0) {
    if (p.waktuPenerapan === null) problems.push({ code: 'comp_no_application_date', params: { years: rules.minYearsApplied } });
    else if (wholeYears(p.waktuPenerapan, onDate) < rules.minYearsApplied)
      problems.push({ code: 'comp_applied_too_recently', params: { years: rules.minYearsApplied, since: p.waktuPenerapan } });
  }
  if (rules.notPastTopWinner && p.pastTopWinner) problems.push({ code: 'comp_past_top_winner' });
  return problems;
}

export type Proposal = Record<string, string>;

export interface SectionCount {
  id: string;
  words: number;
  limit: number | null;
  over: boolean;
}

export const sectionCounts = (sections: readonly Section[], proposal: Proposal): SectionCount[] =>
  sections.map((s) => {
    const words = wordCount(proposal[s.id]);
    return { id: s.id, words, limit: s.wordLimit, over: s.wordLimit !== null && words > s.wordLimit };
  });

/** Sections over their word limit, as field problems keyed `proposal.<section id>`. */
export function proposalProblems(
  sections: readonly Section[],
  proposal: Proposal,
): Record<string, { code: 'comp_over_word_limit'; params: { limit: number; words: number } }> {
  const out: Record<string, { code: 'comp_over_word_limit'; params: { limit: number; words: number } }> = {};
  for (const c of sectionCounts(sections, proposal))
    if (c.over && c.limit !== null) out[`proposal.${c.id}`] = { code: 'comp_over_word_limit', params: { limit: c.limit, words: c.words } };
  return out;
}

/** A proposal started from the innovation's profile: each section its prefill fields, joined, as written there. */
export function prefillProposal(sections: readonly Section[], profile: Partial<Record<ProfileSource, string | null>>): Proposal {
  const out: Proposal = {};
  for (const s of sections) {
    const parts = s.prefill.map((f) => profile[f]?.trim()).filter((x): x is string => !!x);
    out[s.id] = parts.join('\n');
  }
  return out;
}
