// Weighs what was read from one piece of evidence against its indicator's rule, the selected option and the period.
import { readFacts } from './detect';
import type { CheckFinding, EvidenceVerdict, VerdictInput } from './types';

export function evaluate(input: VerdictInput): EvidenceVerdict {
  const facts = readFacts(input.extracted.text);
  const checks: CheckFinding[] = [];
  if (input.extracted.source === 'none') {
    checks.push({ check: 'readable', outcome: 'unknown', code: input.extracted.unreadable ?? 'unreadable' });
  }
  return { facts, checks, supportedOption: null, belowSelected: false };
}
