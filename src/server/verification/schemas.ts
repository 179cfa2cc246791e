// Request and response shapes of the verification queue, its summary, decisions and verifier assignments.
import { z } from 'zod';
import { MAX_PAGE_SIZE } from '../../domain/paging';

export const queueQuery = z.object({
  periodId: z.uuid({ error: 'not_found' }),
  scope: z.enum(['sid', 'spd']).default('sid'),
  opdId: z.uuid().optional(),
  code: z.string().max(10).optional(),
  status: z.enum(['menunggu', 'diterima', 'dikembalikan']).optional(),
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
  reviewStatus: z.string(),
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
});

export const assignmentBody = z.object({ opdIds: z.array(z.uuid({ error: 'not_found' })).max(200) });
