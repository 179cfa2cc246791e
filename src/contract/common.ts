// Pieces of the API contract shared by several features: list paging and its page shape, the error body,
// blank-to-null text fields and the state of one answered item (SID and SPD alike).
import { z } from 'zod';
import { REVIEW_STATUSES } from '../domain/evidence/review';
import { DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE } from '../domain/paging';

/** `?periodId=` of pages about one period (default: the open one, else the latest). */
export const periodQuery = z.object({ periodId: z.uuid({ error: 'invalid' }).optional() });

export const listQuery = z.object({
  page: z.coerce.number().int().min(1).default(1),
  pageSize: z.coerce.number().int().min(1).max(MAX_PAGE_SIZE).default(DEFAULT_PAGE_SIZE),
  q: z.string().trim().max(100).optional(),
  dir: z.enum(['asc', 'desc']).default('asc'),
});

export const activeFilter = z.enum(['true', 'false', 'all']).default('all');

export function pageOf<T extends z.ZodType>(item: T) {
  return z.object({ items: z.array(item), total: z.number().int(), page: z.number().int(), pageSize: z.number().int() });
}

/**
 * An answered item as it is now, sent with a 409 when a save or a verifier's decision carried an older version:
 * what the other person made of it, so the client can show it beside what the user chose.
 */
export const currentItemShape = z.object({
  code: z.string(),
  value: z.number(),
  version: z.number(),
  reviewStatus: z.enum(REVIEW_STATUSES),
  evidenceCount: z.number(),
  updatedAt: z.string().nullable(),
  updatedById: z.string().nullable(),
  updatedByName: z.string().nullable(),
});
export type CurrentItem = z.infer<typeof currentItemShape>;

export const errorResponse = z
  .object({
    error: z.object({
      code: z.string(),
      message: z.string(),
      fields: z.record(z.string(), z.string()).optional(),
      current: currentItemShape.optional().describe('With stale_version / review_stale_version: the item as it is now'),
    }),
  })
  .describe('Error');
export type ErrorBody = z.infer<typeof errorResponse>;

export const okResponse = z.object({ ok: z.literal(true) });

/** Optional text: blank strings become null so "cleared" and "never set" are the same. */
export const optionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max)
    .nullish()
    .transform((v) => (v ? v : null));

export const requiredText = (max: number) => z.string({ error: 'required' }).trim().min(1, { error: 'required' }).max(max);

/** One answered item's state: the option, its review and how much evidence backs it (SID and SPD alike). */
export const itemStateShape = z.object({
  value: z.number(),
  /** Send it back with a save or a decision; 0 for an item never answered. */
  version: z.number(),
  reviewStatus: z.enum(REVIEW_STATUSES),
  reviewNote: z.string().nullable(),
  reviewedAt: z.string().nullable(),
  evidenceCount: z.number(),
  renewalCount: z.number(),
});
export type ItemState = z.infer<typeof itemStateShape>;
