// An innovation's results in competitions run outside Inovda (KIPP, IGA, Inotek, KOVABLIK…), recorded with year
// and evidence by its OPD or the region, on the innovation's page. They count for KIPP's "never a top winner".
import { and, desc, eq } from 'drizzle-orm';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { errorResponse, okResponse } from '../../contract/common';
import { nationalResult, nationalResultBody, nationalResultParams } from '../../contract/competitions';
import { innovationEntries, nationalResults } from '../db/schema';
import type { SessionUser } from '../plugins/session';
import { recordAudit } from '../shared/audit/record';
import { notFound } from '../shared/http/errors';
import { uuidParam } from '../shared/http/schemas';
import { entryScope } from '../shared/http/scopes';
import { findOwner } from '../shared/items/find';

const tags = ['competitions'];
const errors = { 400: errorResponse, 401: errorResponse, 403: errorResponse, 404: errorResponse, 409: errorResponse };

const shape = (r: typeof nationalResults.$inferSelect) => ({
  id: r.id,
  programme: r.programme,
  year: r.year,
  result: r.result,
  title: r.title,
  evidenceUrl: r.evidenceUrl,
  createdAt: r.createdAt.toISOString(),
});

export default async function nationalResultRoutes(fastify: FastifyInstance) {
  const app = fastify.withTypeProvider<ZodTypeProvider>();
  const { db } = app;

  /** The innovation behind an entry (a year's profile) the actor may see: region, and own OPD for OPD roles. */
  async function innovationOf(actor: SessionUser, entryId: string) {
    const owner = await findOwner(db, actor, { entryId });
    const [row] = await db
      .select({ innovationId: innovationEntries.innovationId, name: innovationEntries.name })
      .from(innovationEntries)
      .where(eq(innovationEntries.id, entryId));
    if (!row) throw notFound();
    return { ...row, regionId: owner.regionId };
  }

  app.get(
    '/api/innovations/entries/:id/national-results',
    {
      config: { permission: 'innovation:read', scope: entryScope() },
      schema: {
        tags,
        summary: 'Results of this entry’s innovation in national and provincial competitions, newest first',
        params: uuidParam,
        response: { 200: nationalResult.array(), ...errors },
      },
    },
    async (request) => {
      const { innovationId } = await innovationOf(request.actor, request.params.id);
      const rows = await db
        .select()
        .from(nationalResults)
        .where(eq(nationalResults.innovationId, innovationId))
        .orderBy(desc(nationalResults.year), desc(nationalResults.createdAt));
      return rows.map(shape);
    },
  );

  app.post(
    '/api/innovations/entries/:id/national-results',
    {
      config: { permission: 'competition:enter', scope: entryScope() },
      schema: {
        tags,
        summary: 'Record a result in a national or provincial competition',
        params: uuidParam,
        body: nationalResultBody,
        response: { 201: nationalResult, ...errors },
      },
    },
    async (request, reply) => {
      const { innovationId, name, regionId } = await innovationOf(request.actor, request.params.id);
      const b = request.body;
      const row = await db.transaction(async (tx) => {
        const [r] = await tx
          .insert(nationalResults)
          .values({
            regionId,
            innovationId,
            programme: b.programme,
            year: b.year,
            result: b.result,
            title: b.title || null,
            evidenceUrl: b.evidenceUrl ?? null,
            createdBy: request.actor.id,
          })
          .returning();
        await recordAudit(tx, request, { regionId, entityType: 'national_result', entityId: r.id, entityLabel: name, action: 'create', after: shape(r) });
        return r;
      });
      reply.status(201);
      return shape(row);
    },
  );

  app.delete(
    '/api/innovations/entries/:id/national-results/:resultId',
    {
      config: { permission: 'competition:enter', scope: entryScope() },
      schema: { tags, summary: 'Remove a recorded result (entered by mistake)', params: nationalResultParams, response: { 200: okResponse, ...errors } },
    },
    async (request) => {
      const { innovationId, name, regionId } = await innovationOf(request.actor, request.params.id);
      await db.transaction(async (tx) => {
        const [r] = await tx
          .delete(nationalResults)
          .where(and(eq(nationalResults.id, request.params.resultId), eq(nationalResults.innovationId, innovationId)))
          .returning();
        if (!r) throw notFound();
        await recordAudit(tx, request, { regionId, entityType: 'national_result', entityId: r.id, entityLabel: name, action: 'delete', before: shape(r) });
      });
      return { ok: true as const };
    },
  );
}
