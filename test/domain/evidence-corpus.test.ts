// Every corpus document evaluated against its indicator's built-in rule gives the expected findings: kind, number,
// date, signatory, each check's outcome, counts and the supported option, and a summary saying why.
import { describe, expect, it } from 'vitest';
import { evaluate, findingText, summaryText } from '../../src/domain/evidence-check';
import { corpusInput, EVIDENCE_CORPUS } from '../support/evidence-corpus';

describe('evidence corpus', () => {
  it('has the cases the issue asks for', () => {
    expect(EVIDENCE_CORPUS.length).toBeGreaterThanOrEqual(24);
    expect(new Set(EVIDENCE_CORPUS.map((c) => c.id)).size).toBe(EVIDENCE_CORPUS.length);
  });

  for (const c of EVIDENCE_CORPUS) {
    it(`${c.id}: ${c.title}`, () => {
      const input = corpusInput(c);
      const v = evaluate(input);
      const e = c.expected;
      expect(v.facts.kind, 'kind').toBe(e.kind);
      if (e.number !== undefined) expect(v.facts.number, 'number').toBe(e.number);
      if (e.date !== undefined) expect(v.facts.date, 'date').toBe(e.date);
      if (e.signatory) expect(v.facts.signatory ?? '', 'signatory').toContain(e.signatory);
      if (e.onBehalfOf !== undefined) expect(v.facts.onBehalfOf ?? null, 'onBehalfOf').toBe(e.onBehalfOf);
      const outcomes: Record<string, string> = {};
      for (const f of v.checks) {
        // A check reported twice (year window and plan years) must agree on the worst outcome expected.
        const prev = outcomes[f.check];
        outcomes[f.check] = prev === 'failed' || f.outcome === 'failed' ? 'failed' : prev === 'unknown' || f.outcome === 'unknown' ? 'unknown' : 'passed';
      }
      expect(outcomes, JSON.stringify(v.checks)).toEqual(e.checks);
      for (const code of e.codes ?? [])
        expect(
          v.checks.map((f) => f.code),
          code,
        ).toContain(code);
      for (const [of, n] of Object.entries(e.counts ?? {})) expect(v.facts.counts[of as 'people'], of).toBe(n);
      expect(v.supportedOption, 'supportedOption').toBe(e.supportedOption);
      expect(v.belowSelected, 'belowSelected').toBe(e.belowSelected);
      for (const f of v.checks) {
        expect(findingText(f, 'id'), f.code).not.toBe(f.code);
        expect(findingText(f, 'en'), f.code).not.toBe(f.code);
      }
      const summary = summaryText(v, input, 'id');
      expect(summary).toBeTruthy();
      if (e.summaryId) expect(summary).toContain(e.summaryId);
      expect(summaryText(v, input, 'en')).toBeTruthy();
    });
  }
});
