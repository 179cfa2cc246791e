// IPKD (issue 17): framework versions per measurement year, the region's years with their values, documents and
// review, the computed claimed and verified index, what to improve first, and the official results.
import { z } from 'zod';
import { FISCAL_CAPACITIES, IPKD_PREDICATES } from '../domain/ipkd/framework';
import { IPKD_REVIEW_STATUSES } from '../domain/ipkd/review';

export const ipkdFrameworkSummary = z.object({
  id: z.string(),
  measurementYear: z.number(),
  name: z.string(),
  method: z.string(),
  builtIn: z.boolean(),
  basedOn: z.string().nullable(),
  /** Some weight or the bands are still Inovda's defaults. */
  defaults: z.boolean(),
  indicatorCount: z.number(),
  version: z.number(),
  updatedAt: z.string().nullable(),
});

/** The framework travels as JSON; the domain checks its rules and names each bad field. */
export const ipkdFrameworkEnvelope = z.object({
  framework: z.record(z.string(), z.unknown()),
  builtIn: z.boolean(),
  version: z.number(),
  updatedAt: z.string().nullable(),
});

export const ipkdCloneBody = z.object({
  name: z.string().trim().min(1).max(200).optional(),
  measurementYear: z.number().int().min(2020).max(2100).optional(),
});
export const ipkdSaveBody = z.object({
  framework: z.record(z.string(), z.unknown()),
  version: z.number().int().min(1),
});
export const ipkdImportBody = z.object({ framework: z.record(z.string(), z.unknown()) });

const score = z.object({ ipkd: z.number(), predicate: z.enum(IPKD_PREDICATES) });

export const ipkdYearSummary = z.object({
  measurementYear: z.number(),
  budgetYear: z.number(),
  frameworkId: z.string(),
  frameworkName: z.string(),
  fiscalCapacity: z.enum(FISCAL_CAPACITIES).nullable(),
  claimed: score,
  verified: score,
  answered: z.number(),
  accepted: z.number(),
  waiting: z.number(),
  total: z.number(),
  official: z.object({ ipkd: z.number(), predicate: z.enum(IPKD_PREDICATES).nullable(), rank: z.number().nullable(), source: z.string() }).nullable(),
  version: z.number(),
});
export type IpkdYearSummary = z.infer<typeof ipkdYearSummary>;

export const ipkdDocumentShape = z.object({
  id: z.string(),
  fileName: z.string().nullable(),
  mime: z.string().nullable(),
  size: z.number().nullable(),
  url: z.string().nullable(),
  title: z.string().nullable(),
  createdAt: z.string(),
});

export const ipkdValueShape = z.object({
  indicatorId: z.string(),
  value: z.union([z.number(), z.string()]).nullable(),
  documentDate: z.string().nullable(),
  note: z.string().nullable(),
  reviewStatus: z.enum(IPKD_REVIEW_STATUSES),
  reviewNote: z.string().nullable(),
  version: z.number(),
  updatedAt: z.string().nullable(),
  updatedByName: z.string().nullable(),
  documents: z.array(ipkdDocumentShape),
});
export type IpkdValue = z.infer<typeof ipkdValueShape>;

const dimensionScore = z.object({ id: z.string(), index: z.number(), answered: z.number(), total: z.number() });
const result = score.extend({ dimensions: z.array(dimensionScore) });

export const ipkdAction = z.object({
  indicatorId: z.string(),
  dimensionId: z.string(),
  kind: z.enum(['missing', 'short']),
  score: z.number().nullable(),
  gain: z.number(),
  reaches: z.enum(IPKD_PREDICATES).nullable(),
});

export const ipkdYearDetail = ipkdYearSummary.extend({
  framework: z.record(z.string(), z.unknown()),
  values: z.array(ipkdValueShape),
  claimedResult: result,
  verifiedResult: result,
  /** On the claimed values: what adds most, and the points to the next predicate. */
  actions: z.array(ipkdAction),
  next: z.object({ predicate: z.enum(IPKD_PREDICATES), points: z.number() }).nullable(),
});
export type IpkdYearDetail = z.infer<typeof ipkdYearDetail>;

export const ipkdYearParam = z.object({ year: z.coerce.number().int().min(2020).max(2100) });
export const ipkdValueParam = ipkdYearParam.extend({ indicatorId: z.string().regex(/^[A-Za-z0-9][A-Za-z0-9_.-]{0,39}$/, { error: 'not_found' }) });

export const ipkdYearCreateBody = z.object({
  measurementYear: z.number().int().min(2020).max(2100),
  frameworkId: z.string().min(1).max(80),
  fiscalCapacity: z.enum(FISCAL_CAPACITIES).nullable().optional(),
});

/** Absent fields keep their values; null clears. The official IPKD and its source go together. */
export const ipkdYearPatchBody = z.object({
  version: z.number().int().min(1),
  fiscalCapacity: z.enum(FISCAL_CAPACITIES).nullable().optional(),
  officialIpkd: z.number().min(0).max(100).nullable().optional(),
  officialPredicate: z.enum(IPKD_PREDICATES).nullable().optional(),
  officialRank: z.number().int().min(1).max(1000).nullable().optional(),
  officialSource: z.string().trim().max(500).nullable().optional(),
});

/** A partial save: absent fields keep their values. `version` 0 for a value not saved before. */
export const ipkdValuePatchBody = z.object({
  version: z.number().int().min(0),
  value: z
    .union([z.number(), z.string().trim().max(40)])
    .nullable()
    .optional(),
  documentDate: z.iso.date({ error: 'invalid_date' }).nullable().optional(),
  note: z.string().trim().max(2000).nullable().optional(),
});

export const ipkdReviewBody = z.object({
  version: z.number().int().min(1),
  decision: z.enum(['accept', 'return']),
  note: z.string().trim().max(2000).optional(),
});

export const ipkdLinkBody = z.object({
  url: z.url({ protocol: /^https?$/, error: 'invalid_link' }).max(1000),
  title: z.string().trim().max(300).optional(),
});
