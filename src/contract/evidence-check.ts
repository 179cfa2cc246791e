// Evidence pre-check as the API shows it: with every evidence item (evidenceShape.check) and per owner for polling.
import { z } from 'zod';
import { evaluate, findingText, summaryText } from '../domain/evidence-check';
import { CHECK_NAMES, DOCUMENT_KINDS, type VerdictInput } from '../domain/evidence-check/types';
import type { Locale } from '../domain/messages';

export const CHECK_STATUSES = ['queued', 'running', 'done', 'failed'] as const;

export const checkFindingShape = z.object({
  check: z.enum(CHECK_NAMES),
  outcome: z.enum(['passed', 'failed', 'unknown']),
  code: z.string(),
  params: z.record(z.string(), z.union([z.string(), z.number()])).optional(),
  /** The finding in the request's language (domain/evidence-check/messages.ts). */
  text: z.string(),
});

export const evidenceCheckShape = z.object({
  status: z.enum(CHECK_STATUSES),
  /** Pages read so far of pages in all, while running (OCR of a long scan). */
  progress: z.object({ done: z.number(), total: z.number() }).nullable(),
  source: z.enum(['text', 'ocr', 'video', 'none']).nullable(),
  kind: z.enum(DOCUMENT_KINDS).nullable(),
  number: z.string().nullable(),
  date: z.string().nullable(),
  signatory: z.string().nullable(),
  checks: z.array(checkFindingShape),
  supportedOption: z.number().nullable(),
  belowSelected: z.boolean(),
  /** One sentence for the operator/verifier in the request's language ("SK ini ditandatangani Kepala Dinas …"). */
  summary: z.string().nullable(),
  checkedAt: z.string().nullable(),
});

/** What this installation can read: the text layer of PDFs, OCR of scans and images (Indonesian model), video length. */
export const checkCapabilitiesShape = z.object({ pdfText: z.boolean(), ocr: z.boolean(), ocrLanguage: z.string().nullable(), video: z.boolean() });

export type EvidenceCheck = z.infer<typeof evidenceCheckShape>;
export type CheckFindingDto = z.infer<typeof checkFindingShape>;
export type CheckCapabilities = z.infer<typeof checkCapabilitiesShape>;

/** A finished reading weighed against its rule, as the API shows it in `locale` (the server's, and the tests' fixtures). */
export function doneCheckOf(input: VerdictInput, locale: Locale, checkedAt: string | null): EvidenceCheck {
  const v = evaluate(input);
  return {
    status: 'done',
    progress: null,
    source: input.extracted.source,
    kind: v.facts.kind,
    number: v.facts.number,
    date: v.facts.date,
    signatory: v.facts.signatory,
    checks: v.checks.map((f) => ({ ...f, text: findingText(f, locale) })),
    supportedOption: v.supportedOption,
    belowSelected: v.belowSelected,
    summary: summaryText(v, input, locale),
    checkedAt,
  };
}
