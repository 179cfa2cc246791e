// The audit trail: who changed what, when, before and after. Admin Daerah sees their region's.
import { and, asc, count, desc, eq, gte, lte } from 'drizzle-orm';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { pageOf } from '../db/paging';
import { auditEvents } from '../db/schema';
import { searchAny } from '../db/search';
import { authorize, regionInScope } from '../shared/http/guard';
import { errorResponse, listQuery, pageOf as pageSchema } from '../shared/http/schemas';

const auditQuery = listQuery.omit({ dir: true }).extend({
  regionId: z.uuid({ error: 'invalid' }).optional(),
  entityType: z.string().max(40).optional(),
  action: z.string().max(40).optional(),
  from: z.iso.datetime({ offset: true, error: 'invalid' }).optional(),
  to: z.iso.datetime({ offset: true, error: 'invalid' }).optional(),
  dir: z.enum(['asc', 'desc']).default('desc'),
});

const auditShape = z.object({
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

export default async function auditRoutes(fastify: FastifyInstance) {
  const app = fastify.withTypeProvider<ZodTypeProvider>();
  const { db } = app;

  app.get(
    '/api/audit',
    {
      schema: {
        tags: ['audit'],
        summary: 'Browse and filter the audit trail (newest first)',
        querystring: auditQuery,
        response: { 200: pageSchema(auditShape), 400: errorResponse, 401: errorResponse, 403: errorResponse },
      },
    },
    async (request) => {
      const actor = authorize(request, 'audit:read');
      const q = request.query;
      const regionId = actor.role === 'super_admin' && !q.regionId ? undefined : regionInScope(actor, q.regionId);
      const where = and(
        regionId ? eq(auditEvents.regionId, regionId) : undefined,
        q.entityType ? eq(auditEvents.entityType, q.entityType) : undefined,
        q.action ? eq(auditEvents.action, q.action) : undefined,
        q.from ? gte(auditEvents.at, new Date(q.from)) : undefined,
        q.to ? lte(auditEvents.at, new Date(q.to)) : undefined,
        searchAny(q.q, [auditEvents.actorName, auditEvents.entityLabel]),
      );
      const order = q.dir === 'asc' ? asc(auditEvents.id) : desc(auditEvents.id);
      return pageOf(
        q,
        db
          .select({ n: count() })
          .from(auditEvents)
          .where(where)
          .then(([r]) => r.n),
        (limit, offset) =>
          db
            .select()
            .from(auditEvents)
            .where(where)
            .orderBy(order)
            .limit(limit)
            .offset(offset)
            .then((rows) =>
              rows.map((r) => ({
                ...r,
                at: r.at.toISOString(),
                before: r.before as Record<string, unknown> | null,
                after: r.after as Record<string, unknown> | null,
              })),
            ),
      );
    },
  );
}
