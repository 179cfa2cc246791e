// The audit trail: who changed what, when, before and after. Admin Daerah sees their region's.
import { and, asc, count, desc, eq, gte, lte } from 'drizzle-orm';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { auditPage, auditQuery } from '../../contract/audit';
import { errorResponse } from '../../contract/common';
import { pageOf } from '../db/paging';
import { auditEvents } from '../db/schema';
import { searchAny } from '../db/search';
import { regionInScope } from '../shared/http/guard';

export default async function auditRoutes(fastify: FastifyInstance) {
  const app = fastify.withTypeProvider<ZodTypeProvider>();
  const { db } = app;

  app.get(
    '/api/audit',
    {
      config: { permission: 'audit:read', scope: { kind: 'region', resource: 'region' } },
      schema: {
        tags: ['audit'],
        summary: 'Browse and filter the audit trail (newest first)',
        querystring: auditQuery,
        response: { 200: auditPage, 400: errorResponse, 401: errorResponse, 403: errorResponse },
      },
    },
    async (request) => {
      const actor = request.actor;
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
