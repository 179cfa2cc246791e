// Innovations the Kepala OPD (or the Bappeda) sent back to draft, with the note: the operator's "fix this"
// list on the home page. OPD-bound roles see their own OPD's only; region roles the region's.
import { and, asc, eq } from 'drizzle-orm';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { errorResponse, periodQuery } from '../../contract/common';
import { returnedList } from '../../contract/innovations';
import { isOpdBound } from '../../domain/roles';
import { innovationEntries, opds } from '../db/schema';
import { liveEntry } from '../shared/entries/live-entry';
import { returnSteps } from '../shared/entries/returned-entries';
import { AppError } from '../shared/http/errors';
import { regionInScope } from '../shared/http/guard';
import { periodHeadOfRegion } from '../shared/periods/period-lookup';

export default async function returnedEntryRoutes(fastify: FastifyInstance) {
  const app = fastify.withTypeProvider<ZodTypeProvider>();
  const { db } = app;

  app.get(
    '/api/innovations/returned',
    {
      config: { permission: 'innovation:read', scope: { kind: 'none' } },
      schema: {
        tags: ['innovations'],
        summary: 'Innovations returned to draft by the Kepala OPD, with the note (period default: the open one, else the latest)',
        querystring: periodQuery,
        response: { 200: returnedList, 400: errorResponse, 401: errorResponse, 403: errorResponse, 404: errorResponse },
      },
    },
    async (request) => {
      const actor = request.actor;
      const regionId = regionInScope(actor, undefined);
      const period = await periodHeadOfRegion(db, regionId, request.query.periodId).catch((e: unknown) => {
        if (e instanceof AppError && e.status === 404 && !request.query.periodId) return null;
        throw e;
      });
      if (!period) return { periodId: null, items: [], total: 0 };
      const own = isOpdBound(actor.role) ? actor.opdId : null;
      if (isOpdBound(actor.role) && !own) return { periodId: period.id, items: [], total: 0 };
      const drafts = await db
        .select({ id: innovationEntries.id, name: innovationEntries.name, opdId: innovationEntries.opdId, opdName: opds.name })
        .from(innovationEntries)
        .innerJoin(opds, eq(opds.id, innovationEntries.opdId))
        .where(
          and(eq(innovationEntries.periodId, period.id), eq(innovationEntries.status, 'draft'), liveEntry, own ? eq(innovationEntries.opdId, own) : undefined),
        )
        .orderBy(asc(innovationEntries.name));
      const steps = await returnSteps(
        db,
        drafts.map((d) => d.id),
      );
      const items = drafts.flatMap((d) => {
        const step = steps.get(d.id);
        return step
          ? [{ entryId: d.id, name: d.name, opdId: d.opdId, opdName: d.opdName, note: step.note, returnedAt: step.at.toISOString(), returnedBy: step.byName }]
          : [];
      });
      return { periodId: period.id, items, total: items.length };
    },
  );
}
