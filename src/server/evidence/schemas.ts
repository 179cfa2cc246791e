// Request and response shapes of the evidence routes; an item query names an entry (SID) or a period (SPD) and a code.
import { z } from 'zod';

export const evidenceShape = z.object({
  id: z.string(),
  periodId: z.string(),
  entryId: z.string().nullable(),
  code: z.string(),
  kind: z.enum(['file', 'link']),
  fileName: z.string().nullable(),
  mime: z.string().nullable(),
  size: z.number().nullable(),
  url: z.string().nullable(),
  title: z.string().nullable(),
  needsRenewal: z.boolean(),
  createdAt: z.string(),
  createdByName: z.string().nullable(),
  deletedAt: z.string().nullable(),
});

const item = {
  entryId: z.uuid({ error: 'not_found' }).optional(),
  periodId: z.uuid({ error: 'not_found' }).optional(),
  code: z.string({ error: 'required' }).trim().min(1, { error: 'required' }).max(40),
};

export const itemQuery = z.object(item);

export const linkBody = z.object({
  ...item,
  url: z.string({ error: 'required' }).trim().min(1, { error: 'required' }).max(2000),
  title: z
    .string()
    .trim()
    .max(200)
    .nullish()
    .transform((v) => v || null),
});

export const listQuery = z.object({ entryId: z.uuid({ error: 'not_found' }).optional(), periodId: z.uuid({ error: 'not_found' }).optional() });

export const purgeBody = z.object({ olderThanDays: z.number().int().min(0).max(3650).default(30) });
