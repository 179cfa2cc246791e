// The evidence rule as data (zod): what an edited or imported framework version may say an indicator's evidence
// must show. Unknown fields are refused (a misspelt "minByOptions" would otherwise silently check nothing), and the
// problems name the field by path so the editor points at it.
import { z } from 'zod';
import { DOCUMENT_KINDS, type EvidenceCheckRule } from './types';

const kind = z.enum(DOCUMENT_KINDS);
const kinds = z.array(kind).min(1).max(DOCUMENT_KINDS.length);
const option = z.number().int().min(1).max(3);
/** A year offset from the period's year (T-0 = 0, T-2 = -2). */
const offset = z.number().int().min(-30).max(5);
const issuer = z.enum(['kepala_daerah', 'kepala_perangkat_daerah']);

const window = z
  .strictObject({ earliest: offset, latest: offset })
  .refine((w) => w.earliest <= w.latest, { error: 'fw_evidence_year_window', path: ['earliest'] });

export const evidenceCheckRuleSchema = z.strictObject({
  kinds: kinds.optional(),
  kindsByOption: z
    .array(z.strictObject({ option, kinds, signedBy: z.array(issuer).min(1).max(2).optional() }))
    .min(1)
    .max(10)
    .optional(),
  yearWindow: window.optional(),
  mentionsInnovation: z.boolean().optional(),
  count: z
    .strictObject({
      of: z.enum(['people', 'events', 'actors', 'agencies']),
      minByOption: z
        .array(z.strictObject({ option, min: z.number().int().min(0).max(10_000_000) }))
        .min(1)
        .max(3)
        // A higher option never needs less: option 2 asking 5 people when option 1 asks 10 is a typing slip.
        .refine(
          (levels) => [...levels].sort((a, b) => a.option - b.option).every((l, k, s) => k === 0 || (l.option > s[k - 1].option && l.min >= s[k - 1].min)),
          {
            error: 'fw_evidence_count_order',
          },
        ),
      summed: z.boolean().optional(),
    })
    .optional(),
  videoMaxSeconds: z.number().int().min(1).max(36_000).optional(),
  kindYearWindows: z
    .array(
      z
        .strictObject({ kinds, earliest: offset.optional(), latest: offset })
        .refine((w) => w.earliest === undefined || w.earliest <= w.latest, { error: 'fw_evidence_year_window', path: ['earliest'] }),
    )
    .max(DOCUMENT_KINDS.length)
    .optional(),
  planYearsByOption: z
    .array(z.strictObject({ option, anyOf: z.array(z.array(offset).min(1).max(10)).min(1).max(10) }))
    .min(1)
    .max(3)
    .optional(),
  serviceDaysByOption: z
    .array(z.strictObject({ option, maxDays: z.number().int().min(1).max(3650).optional() }))
    .min(1)
    .max(3)
    .optional(),
  nameOptionalKinds: kinds.optional(),
}) satisfies z.ZodType<EvidenceCheckRule>;

/** Option levels a rule names, to check against the indicator's options. */
export function ruleOptions(rule: EvidenceCheckRule): number[] {
  return [
    ...(rule.kindsByOption ?? []).map((k) => k.option),
    ...(rule.count?.minByOption ?? []).map((m) => m.option),
    ...(rule.planYearsByOption ?? []).map((p) => p.option),
    ...(rule.serviceDaysByOption ?? []).map((s) => s.option),
  ];
}
