// Weighs what was read from one piece of evidence against its indicator's rule, the selected option and the period.
// A check that cannot be told (no date found, no count, a scan without OCR) is 'unknown', never 'failed': the
// pre-check suggests, the verifier decides.
import { readFacts } from './detect';
import { findName } from './name-match';
import type { CheckFinding, DocumentFacts, DocumentKind, EvidenceCheckRule, EvidenceVerdict, VerdictInput } from './types';

/** Fewer letters than this is not a readable document (a photo with a caption, a failed OCR). */
export const MIN_TEXT_CHARS = 40;

const letters = (text: string) => (text.slice(0, 10_000).match(/\p{L}/gu) ?? []).length;
const selectedOf = (input: VerdictInput) => (input.selectedOption && input.selectedOption > 0 ? input.selectedOption : null);
const minusLevels = (offsets: number[], periodYear: number) => offsets.map((o) => periodYear + o);
const yearsText = (years: number[]) => years.join(', ');

/** The level the kind supports by kindsByOption (0 = none), or null when the kind is not known. */
function kindLevel(rule: EvidenceCheckRule, facts: DocumentFacts): number | null {
  if (!facts.kind || facts.kind === 'lainnya') return null;
  let level = 0;
  for (const entry of rule.kindsByOption ?? []) {
    if (!entry.kinds.includes(facts.kind)) continue;
    if (entry.signedBy?.length && !(facts.issuer && entry.signedBy.includes(facts.issuer))) continue;
    level = Math.max(level, entry.option);
  }
  return level;
}

function expectedKinds(rule: EvidenceCheckRule): DocumentKind[] {
  return [...new Set([...(rule.kinds ?? []), ...(rule.kindsByOption ?? []).flatMap((k) => k.kinds)])];
}

interface Part {
  finding: CheckFinding;
  /** The level this part supports, when it tells one. */
  level?: number;
}

function kindCheck(rule: EvidenceCheckRule, facts: DocumentFacts, selected: number | null): Part | null {
  const expected = expectedKinds(rule);
  if (!expected.length) return null;
  const kind = facts.kind;
  const params = { expected: expected.join(',') };
  if (!kind) return { finding: { check: 'kind', outcome: 'unknown', code: 'kind_not_found', params } };
  if (rule.kindsByOption?.length) {
    const level = kindLevel(rule, facts);
    if (level === null) {
      if (rule.kinds?.includes(kind)) return { finding: { check: 'kind', outcome: 'passed', code: 'kind_expected', params: { kind } } };
      return { finding: { check: 'kind', outcome: 'unknown', code: 'kind_not_recognised', params } };
    }
    if (level === 0) {
      if (rule.kinds?.includes(kind)) return { finding: { check: 'kind', outcome: 'passed', code: 'kind_expected', params: { kind } } };
      return { finding: { check: 'kind', outcome: 'failed', code: 'kind_supports_none', params: { kind, ...params } }, level: 0 };
    }
    if (selected && level < selected)
      return { finding: { check: 'kind', outcome: 'failed', code: 'kind_supports_lower', params: { kind, option: level, selected } }, level };
    return { finding: { check: 'kind', outcome: 'passed', code: 'kind_supports', params: { kind, option: level } }, level };
  }
  if (expected.includes(kind)) return { finding: { check: 'kind', outcome: 'passed', code: 'kind_expected', params: { kind } } };
  if (kind === 'lainnya') return { finding: { check: 'kind', outcome: 'unknown', code: 'kind_not_recognised', params } };
  return { finding: { check: 'kind', outcome: 'failed', code: 'kind_unexpected', params: { kind, ...params } }, level: 0 };
}

function windowFor(rule: EvidenceCheckRule, kind: DocumentKind | null): { earliest?: number; latest: number } | null {
  const special = kind ? rule.kindYearWindows?.find((w) => w.kinds.includes(kind)) : undefined;
  return special ?? rule.yearWindow ?? null;
}

function yearCheck(rule: EvidenceCheckRule, facts: DocumentFacts, input: VerdictInput, selected: number | null): Part[] {
  const parts: Part[] = [];
  const window = windowFor(rule, facts.kind);
  const planYears = facts.planYears ?? [];
  if (window) {
    const from = window.earliest === undefined ? null : input.periodYear + window.earliest;
    const to = input.periodYear + window.latest;
    const inWindow = (y: number) => (from === null || y >= from) && y <= to;
    const range = { from: from ?? '', to };
    if (planYears.length) {
      const inside = planYears.filter(inWindow);
      parts.push({
        finding: inside.length
          ? { check: 'year', outcome: 'passed', code: 'plan_years_in_window', params: { years: yearsText(planYears), ...range } }
          : { check: 'year', outcome: 'failed', code: 'plan_years_outside_window', params: { years: yearsText(planYears), ...range } },
      });
    } else if (facts.year == null) {
      parts.push({ finding: { check: 'year', outcome: 'unknown', code: 'year_not_found', params: range } });
    } else {
      const year = facts.year;
      parts.push({
        finding: inWindow(year)
          ? { check: 'year', outcome: 'passed', code: 'year_in_window', params: { year, ...range } }
          : { check: 'year', outcome: 'failed', code: year > to ? 'year_after_window' : 'year_outside_window', params: { year, ...range } },
      });
    }
  }
  if (rule.planYearsByOption?.length) {
    if (!planYears.length) {
      parts.push({ finding: { check: 'year', outcome: 'unknown', code: 'plan_years_not_found' } });
    } else {
      const offsets = new Set(planYears.map((y) => y - input.periodYear));
      const level = Math.max(0, ...rule.planYearsByOption.filter((o) => o.anyOf.some((alt) => alt.every((x) => offsets.has(x)))).map((o) => o.option));
      const need = selected ? rule.planYearsByOption.find((o) => o.option === selected) : undefined;
      const needYears = need ? need.anyOf.map((alt) => minusLevels(alt, input.periodYear).join('+')).join(' / ') : '';
      if (!selected || level >= selected)
        parts.push({ finding: { check: 'year', outcome: 'passed', code: 'plan_years_support', params: { years: yearsText(planYears), option: level } } });
      // One file usually covers one year: the item's other files may cover the rest.
      else
        parts.push({
          finding: { check: 'year', outcome: 'unknown', code: 'plan_years_partial', params: { years: yearsText(planYears), selected, need: needYears } },
        });
    }
  }
  return parts;
}

function nameCheck(rule: EvidenceCheckRule, facts: DocumentFacts, input: VerdictInput): Part | null {
  if (!rule.mentionsInnovation || !input.innovationName?.trim()) return null;
  const found = findName(input.extracted.text, input.innovationName);
  const name = input.innovationName.trim();
  if (found) return { finding: { check: 'innovation_name', outcome: 'passed', code: 'name_found', params: { name, how: found } } };
  if (facts.kind && rule.nameOptionalKinds?.includes(facts.kind))
    return { finding: { check: 'innovation_name', outcome: 'unknown', code: 'name_missing_allowed', params: { name, kind: facts.kind } } };
  return { finding: { check: 'innovation_name', outcome: 'failed', code: 'name_missing', params: { name } } };
}

function countCheck(rule: EvidenceCheckRule, facts: DocumentFacts, selected: number | null): Part | null {
  const count = rule.count;
  if (!count) return null;
  const n = facts.counts[count.of];
  if (n == null) return { finding: { check: 'count', outcome: 'unknown', code: 'count_not_found', params: { of: count.of } } };
  const levels = [...count.minByOption].sort((a, b) => a.option - b.option);
  const level = Math.max(0, ...levels.filter((l) => n >= l.min).map((l) => l.option));
  const need = selected ? levels.find((l) => l.option === selected)?.min : undefined;
  if (!selected || level >= selected) {
    if (level === 0 && !count.summed)
      return { finding: { check: 'count', outcome: 'failed', code: 'count_below_any', params: { of: count.of, n, min: levels[0]?.min ?? 1 } }, level: 0 };
    if (level === 0) return { finding: { check: 'count', outcome: 'unknown', code: 'count_partial', params: { of: count.of, n, need: levels[0]?.min ?? 1 } } };
    return { finding: { check: 'count', outcome: 'passed', code: 'count_supports', params: { of: count.of, n, option: level } }, level };
  }
  if (count.summed) return { finding: { check: 'count', outcome: 'unknown', code: 'count_partial', params: { of: count.of, n, need: need ?? '', selected } } };
  return { finding: { check: 'count', outcome: 'failed', code: 'count_below', params: { of: count.of, n, option: level, need: need ?? '', selected } }, level };
}

/** Kemudahan proses: the SOP's service time tells the level (reported as the 'count' check: a measured quantity). */
function serviceDaysCheck(rule: EvidenceCheckRule, facts: DocumentFacts, selected: number | null): Part | null {
  const levels = rule.serviceDaysByOption;
  if (!levels?.length) return null;
  const days = facts.serviceDays;
  if (days == null) return { finding: { check: 'count', outcome: 'unknown', code: 'service_days_not_found' } };
  const level = Math.max(0, ...levels.filter((l) => l.maxDays === undefined || days <= l.maxDays).map((l) => l.option));
  if (selected && level < selected)
    return { finding: { check: 'count', outcome: 'failed', code: 'service_days_below', params: { days, option: level, selected } }, level };
  return { finding: { check: 'count', outcome: 'passed', code: 'service_days_support', params: { days, option: level } }, level };
}

function videoCheck(rule: EvidenceCheckRule, input: VerdictInput): Part | null {
  if (!rule.videoMaxSeconds) return null;
  const { extracted } = input;
  if (extracted.source !== 'video' && !(extracted.source === 'none' && extracted.unreadable === 'link')) return null;
  const max = rule.videoMaxSeconds;
  const seconds = extracted.videoSeconds;
  if (seconds == null) return { finding: { check: 'video_length', outcome: 'unknown', code: 'video_length_unknown', params: { max } } };
  const s = Math.round(seconds);
  if (s > max) return { finding: { check: 'video_length', outcome: 'failed', code: 'video_too_long', params: { seconds: s, max } } };
  return { finding: { check: 'video_length', outcome: 'passed', code: 'video_length_ok', params: { seconds: s, max } } };
}

const NO_FACTS = (): DocumentFacts => ({ kind: null, number: null, date: null, signatory: null, counts: {} });

export function evaluate(input: VerdictInput): EvidenceVerdict {
  const rule = input.rule ?? {};
  const { extracted } = input;
  const selected = selectedOf(input);
  const parts: Part[] = [];
  const finish = (facts: DocumentFacts): EvidenceVerdict => {
    const levels = parts.filter((p) => p.level !== undefined).map((p) => p.level as number);
    // An edited framework may offer fewer levels than its rule names: never more than the indicator's highest.
    const highest = input.optionValues.length ? Math.max(...input.optionValues) : Number.POSITIVE_INFINITY;
    const supportedOption = levels.length ? Math.min(highest, ...levels) : null;
    return {
      facts,
      checks: parts.map((p) => p.finding),
      supportedOption,
      belowSelected: supportedOption !== null && selected !== null && supportedOption < selected,
    };
  };

  if (extracted.source === 'video') {
    const facts: DocumentFacts = { ...NO_FACTS(), kind: 'video' };
    parts.push({
      finding: {
        check: 'readable',
        outcome: 'passed',
        code: 'video_read',
        params: extracted.videoSeconds != null ? { seconds: Math.round(extracted.videoSeconds) } : {},
      },
    });
    const expected = expectedKinds(rule);
    if (expected.length)
      parts.push(
        expected.includes('video')
          ? { finding: { check: 'kind', outcome: 'passed', code: 'kind_expected', params: { kind: 'video' } } }
          : { finding: { check: 'kind', outcome: 'failed', code: 'kind_unexpected', params: { kind: 'video', expected: expected.join(',') } }, level: 0 },
      );
    const video = videoCheck(rule, input);
    if (video) parts.push(video);
    return finish(facts);
  }

  if (extracted.source === 'none') {
    parts.push({ finding: { check: 'readable', outcome: 'unknown', code: extracted.unreadable ?? 'unreadable' } });
    const video = videoCheck(rule, input);
    if (video) parts.push(video);
    return finish(NO_FACTS());
  }

  const chars = letters(extracted.text);
  if (chars < MIN_TEXT_CHARS) {
    const facts = NO_FACTS();
    if (extracted.source === 'ocr') facts.kind = 'gambar';
    parts.push({ finding: { check: 'readable', outcome: 'failed', code: 'too_little_text', params: { source: extracted.source, chars } } });
    return finish(facts);
  }

  const facts = readFacts(extracted.text);
  parts.push({
    finding: { check: 'readable', outcome: 'passed', code: extracted.source === 'ocr' ? 'read_ocr' : 'read_text', params: { pages: extracted.pages } },
  });
  for (const part of [
    kindCheck(rule, facts, selected),
    ...yearCheck(rule, facts, input, selected),
    nameCheck(rule, facts, input),
    countCheck(rule, facts, selected),
    serviceDaysCheck(rule, facts, selected),
  ])
    if (part) parts.push(part);
  // A document for a video indicator: the length cannot be told from a PDF.
  return finish(facts);
}
