// A region's IPKD years (tahun ukur): opened with a framework version (copied, so later edits never move a year's
// score), the fiscal-capacity cluster and the official result entered with its source; the list is the trend.
import { and, eq, sql } from 'drizzle-orm';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { errorResponse } from '../../contract/common';
import { ipkdYearCreateBody, ipkdYearDetail, ipkdYearParam, ipkdYearPatchBody, ipkdYearSummary } from '../../contract/ipkd';
import { ipkdYears } from '../db/schema';
import { changedOnly, recordAudit } from '../shared/audit/record';
import { AppError, fieldError, notFound } from '../shared/http/errors';
import { regionInScope } from '../shared/http/guard';
import { yearDetail, yearOf, yearSummaries } from '../shared/ipkd/years';
import { findIpkdFramework } from './framework-store';

const tags = ['ipkd'];
const errors = { 400: errorResponse, 401: errorResponse, 403: errorResponse, 404: errorResponse, 409: errorResponse };

/** Fields a year's correction may change, as stored. */
const patchable = (y: typeof ipkdYears.$inferSelect) => ({
  fiscalCapacity: y.fiscalCapacity,
  officialIpkd: y.officialIpkd,
  officialPredicate: y.officialPredicate,
  officialRank: y.officialRank,
  officialSource: y.officialSource,
});

export default async function ipkdYearRoutes(fastify: FastifyInstance) {
  const app = fastify.withTypeProvider<ZodTypeProvider>();
  const { db } = app;

  app.get(
    '/api/ipkd/years',
    {
      config: { permission: 'ipkd:read', scope: { kind: 'none' } },
      schema: {
        tags,
        summary: 'The region’s IPKD years, oldest first: claimed, verified and official index (the trend)',
        response: { 200: ipkdYearSummary.array(), ...errors },
      },
    },
    async (request) => yearSummaries(db, regionInScope(request.actor, undefined)),
  );

  app.post(
    '/api/ipkd/years',
    {
      config: { permission: 'ipkd:write', scope: { kind: 'none' } },
      schema: {
        tags,
        summary: 'Open a measurement year with a framework version of that year',
        body: ipkdYearCreateBody,
        response: { 201: ipkdYearDetail, ...errors },
      },
    },
    async (request, reply) => {
      const regionId = regionInScope(request.actor, undefined);
      const { measurementYear, frameworkId, fiscalCapacity } = request.body;
      const found = await findIpkdFramework(db, regionId, frameworkId);
      if (!found) throw fieldError({ frameworkId: 'not_found' });
      if (found.framework.measurementYear !== measurementYear) throw fieldError({ frameworkId: 'ipkd_framework_year' });
      const row = await db.transaction(async (tx) => {
        const [created] = await tx
          .insert(ipkdYears)
          .values({ regionId, measurementYear, frameworkId, framework: found.framework, fiscalCapacity: fiscalCapacity ?? null, createdBy: request.actor.id })
          .onConflictDoNothing()
          .returning();
        if (!created) throw fieldError({ measurementYear: 'ipkd_year_exists' });
        await recordAudit(tx, request, {
          regionId,
          entityType: 'ipkd_year',
          entityId: created.id,
          entityLabel: `IPKD ${measurementYear}`,
          action: 'create',
          after: { frameworkId },
        });
        return created;
      });
      reply.status(201);
      return yearDetail(db, row);
    },
  );

  app.get(
    '/api/ipkd/years/:year',
    {
      config: { permission: 'ipkd:read', scope: { kind: 'none' } },
      schema: {
        tags,
        summary: 'One measurement year: framework, values with documents and review, claimed and verified index, what to improve first',
        params: ipkdYearParam,
        response: { 200: ipkdYearDetail, ...errors },
      },
    },
    async (request) => yearDetail(db, await yearOf(db, regionInScope(request.actor, undefined), request.params.year)),
  );

  app.patch(
    '/api/ipkd/years/:year',
    {
      config: { permission: 'ipkd:write', scope: { kind: 'none' } },
      schema: {
        tags,
        summary: 'Set the fiscal-capacity cluster or the official result with its source (absent fields unchanged; null clears)',
        params: ipkdYearParam,
        body: ipkdYearPatchBody,
        response: { 200: ipkdYearDetail, ...errors },
      },
    },
    async (request) => {
      const regionId = regionInScope(request.actor, undefined);
      const year = await yearOf(db, regionId, request.params.year);
      const { version, ...given } = request.body;
      const set = Object.fromEntries(Object.entries(given).filter(([, v]) => v !== undefined)) as Partial<ReturnType<typeof patchable>>;
      const after = { ...patchable(year), ...set };
      // An official figure is only as good as where it comes from.
      if (after.officialIpkd !== null && !after.officialSource) throw fieldError({ officialSource: 'required' });
      const updated = await db.transaction(async (tx) => {
        const [row] = await tx
          .update(ipkdYears)
          .set({ ...set, version: sql`${ipkdYears.version} + 1`, updatedAt: sql`now()` })
          .where(and(eq(ipkdYears.id, year.id), eq(ipkdYears.version, version)))
          .returning();
        if (!row) throw new AppError(409, 'stale_version');
        await recordAudit(tx, request, {
          regionId,
          entityType: 'ipkd_year',
          entityId: row.id,
          entityLabel: `IPKD ${row.measurementYear}`,
          action: 'update',
          ...changedOnly(patchable(year), patchable(row)),
        });
        return row;
      });
      if (!updated) throw notFound();
      return yearDetail(db, updated);
    },
  );
}
