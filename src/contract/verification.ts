// Verification: the verifiers' queue of answered items, its counts, a decision on one item, verifier assignments.
import { z } from 'zod';
import { REVIEW_STATUSES } from '../domain/evidence/review';
import { MAX_PAGE_SIZE } from '../domain/paging';

export const queueQuery = z.object({
  periodId: z.uuid({ error: 'not_found' }),
  scope: z.enum(['sid', 'spd']).default('sid'),
  opdId: z.uuid().optional(),
  code: z.string().max(10).optional(),
  status: z.enum(REVIEW_STATUSES).optional(),
  q: z.string().trim().max(100).optional(),
  /** Only the OPDs assigned to the signed-in verifier. */
  mine: z.enum(['true', 'false']).optional(),
  page: z.coerce.number().int().min(1).default(1),
  pageSize: z.coerce.number().int().min(1).max(MAX_PAGE_SIZE).default(50),
});

export const queueItem = z.object({
  scope: z.enum(['sid', 'spd']),
  entryId: z.string().nullable(),
  periodId: z.string(),
  entryName: z.string().nullable(),
  opdId: z.string().nullable(),
  opdName: z.string().nullable(),
  code: z.string(),
  indicatorName: z.string(),
  value: z.number(),
  version: z.number(),
  reviewStatus: z.enum(REVIEW_STATUSES),
  reviewNote: z.string().nullable(),
  reviewedByName: z.string().nullable(),
  reviewedAt: z.string().nullable(),
  evidenceCount: z.number(),
  updatedAt: z.string(),
});

export const queuePage = z.object({ items: z.array(queueItem), total: z.number(), page: z.number(), pageSize: z.number() });

export const summaryShape = z.object({
  counts: z.object({ menunggu: z.number(), diterima: z.number(), dikembalikan: z.number() }),
  byVerifier: z.array(
    z.object({ userId: z.string(), name: z.string(), accepted: z.number(), returned: z.number(), pending: z.number(), opdIds: z.array(z.string()) }),
  ),
  pendingByOpd: z.array(z.object({ opdId: z.string(), opdName: z.string(), pending: z.number() })),
});

export const decideBody = z.object({
  entryId: z.uuid({ error: 'not_found' }).optional(),
  periodId: z.uuid({ error: 'not_found' }).optional(),
  code: z.string({ error: 'required' }).min(1).max(10),
  decision: z.enum(['accept', 'return']),
  note: z.string().trim().max(2000).optional(),
  /**
   * The item version the verifier saw (the queue item's version). Required: a decision is about what was seen —
   * an option changed or evidence replaced since then answers 409 review_stale_version with the item as it is now,
   * and nothing is recorded.
   */
  version: z.number({ error: 'required' }).int().min(0),
});

export const decision = queueItem.pick({ reviewStatus: true, reviewNote: true });

export const assignmentBody = z.object({ opdIds: z.array(z.uuid({ error: 'not_found' })).max(200) });
export const assignment = z.object({ userId: z.string(), opdIds: z.array(z.string()) });

export type QueueItem = z.infer<typeof queueItem>;
export type QueuePage = z.infer<typeof queuePage>;
export type QueueSummary = z.infer<typeof summaryShape>;
export type DecideInput = z.input<typeof decideBody>;
export type Decision = z.infer<typeof decision>;
export type Assignment = z.infer<typeof assignment>;
