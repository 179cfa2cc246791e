// The audit trail: who changed what, when, before and after.
import { z } from 'zod';
import { listQuery, pageOf } from './common';

export const auditQuery = listQuery.omit({ dir: true }).extend({
  regionId: z.uuid({ error: 'invalid' }).optional(),
  entityType: z.string().max(40).optional(),
  action: z.string().max(40).optional(),
  from: z.iso.datetime({ offset: true, error: 'invalid' }).optional(),
  to: z.iso.datetime({ offset: true, error: 'invalid' }).optional(),
  dir: z.enum(['asc', 'desc']).default('desc'),
});

export const auditShape = z.object({
  id: z.number(),
  at: z.string(),
  regionId: z.string().nullable(),
  actorId: z.string().nullable(),
  actorName: z.string(),
  entityType: z.string(),
  entityId: z.string().nullable(),
  entityLabel: z.string().nullable(),
  action: z.string(),
  before: z.record(z.string(), z.unknown()).nullable(),
  after: z.record(z.string(), z.unknown()).nullable(),
  ip: z.string().nullable(),
});
export const auditPage = pageOf(auditShape);

export type AuditEvent = z.infer<typeof auditShape>;
export type AuditPage = z.infer<typeof auditPage>;
