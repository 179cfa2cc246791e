// Zod pieces reused by several features' route schemas.
import { z } from 'zod';
import { DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE } from '../../../domain/paging';

export const uuidParam = z.object({ id: z.uuid({ error: 'not_found' }) });

/** `?periodId=` of pages about one period (default: the open one, else the latest — period-lookup.ts). */
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

export const errorResponse = z
  .object({
    error: z.object({ code: z.string(), message: z.string(), fields: z.record(z.string(), z.string()).optional() }),
  })
  .describe('Error');

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

export const isoDate = z.string();
