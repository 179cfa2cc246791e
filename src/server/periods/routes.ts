// Assessment periods: Admin Daerah opens one per year on a framework version, closes penjaringan, locks it.
// One open period per region; past periods stay readable. The framework is snapshotted when the period opens.
import { and, count, desc, eq, lt, sql } from 'drizzle-orm';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { errorResponse } from '../../contract/common';
import { periodCreateBody, periodList, periodShape, periodStatusBody, periodUpdateBody } from '../../contract/periods';
import { periodMoveRefusal, periodRefusal } from '../../domain/period-status';
import { canAccessRegion } from '../../domain/roles';
import { innovationEntries, periods } from '../db/schema';
import type { SessionUser } from '../plugins/session';
import { changedOnly, recordAudit } from '../shared/audit/record';
import { AppError, conflictOn, fieldError, notFound } from '../shared/http/errors';
import { regionInScope } from '../shared/http/guard';
import { stripUndefined } from '../shared/http/objects';
import { uuidParam } from '../shared/http/schemas';
import { periodScope } from '../shared/http/scopes';
import { findFramework } from '../shared/periods/framework-store';
import { periodFramework } from '../shared/periods/period-framework';
import { periodHeadColumns } from '../shared/periods/period-lookup';
import { carryOver } from './carry-over';

const tags = ['periods'];
const errors = { 400: errorResponse, 401: errorResponse, 403: errorResponse, 404: errorResponse, 409: errorResponse };

// A period as the routes read it: without its framework snapshot (tens of kilobytes), with the two facts of it
// a period shows — read from the JSON in the database.
const rowColumns = {
  ...periodHeadColumns,
  frameworkName: sql<string>`${periods.framework}->>'name'`,
  frameworkUncertain: sql<boolean>`coalesce((${periods.framework}->>'uncertain')::boolean, false)`,
};
type Row = Omit<typeof periods.$inferSelect, 'framework'> & { frameworkName: string; frameworkUncertain: boolean };

function toDto(r: Row, entryCount: number) {
  return {
    id: r.id,
    regionId: r.regionId,
    year: r.year,
    frameworkId: r.frameworkId,
    frameworkName: r.frameworkName,
    frameworkUncertain: r.frameworkUncertain,
    status: r.status,
    penjaringanOpensOn: r.penjaringanOpensOn,
    penjaringanClosesOn: r.penjaringanClosesOn,
    internalDeadline: r.internalDeadline,
    maturityThreshold: r.maturityThreshold,
    opdTarget: r.opdTarget,
    entryCount,
    closedAt: r.closedAt?.toISOString() ?? null,
    lockedAt: r.lockedAt?.toISOString() ?? null,
    createdAt: r.createdAt.toISOString(),
  };
}

function checkDates(d: { penjaringanOpensOn: string; penjaringanClosesOn: string; internalDeadline?: string | null }) {
  if (d.penjaringanClosesOn < d.penjaringanOpensOn) throw fieldError({ penjaringanClosesOn: 'dates_out_of_order' });
  if (d.internalDeadline && d.internalDeadline < d.penjaringanOpensOn) throw fieldError({ internalDeadline: 'dates_out_of_order' });
}

export default async function periodRoutes(fastify: FastifyInstance) {
  const app = fastify.withTypeProvider<ZodTypeProvider>();
  const { db } = app;

  const entryCount = async (periodId: string) => (await db.select({ n: count() }).from(innovationEntries).where(eq(innovationEntries.periodId, periodId)))[0].n;

  async function visible(actor: SessionUser, id: string) {
    const [row] = await db.select(rowColumns).from(periods).where(eq(periods.id, id));
    if (!row || !canAccessRegion(actor, row.regionId)) throw notFound();
    return { actor, row };
  }

  app.get(
    '/api/periods',
    {
      config: { permission: 'period:read', scope: { kind: 'region', resource: 'region' } },
      schema: { tags, summary: 'The region’s assessment periods, newest first', response: { 200: periodList, ...errors } },
    },
    async (request) => {
      const actor = request.actor;
      const regionId = regionInScope(actor, (request.query as { regionId?: string }).regionId);
      const rows = await db.select(rowColumns).from(periods).where(eq(periods.regionId, regionId)).orderBy(desc(periods.year));
      return Promise.all(rows.map(async (r) => toDto(r, await entryCount(r.id))));
    },
  );

  app.post(
    '/api/periods',
    {
      config: { permission: 'period:write', scope: { kind: 'none' } },
      schema: { tags, summary: 'Open an assessment period on a framework version', body: periodCreateBody, response: { 201: periodShape, ...errors } },
    },
    async (request, reply) => {
      const actor = request.actor;
      const { regionId: requested, frameworkId, carryOver: carry, ...fields } = request.body;
      const regionId = regionInScope(actor, requested);
      checkDates(fields);
      const found = await findFramework(db, frameworkId);
      if (!found || (found.regionId && found.regionId !== regionId)) throw fieldError({ frameworkId: 'unknown_framework' });
      const row = await db.transaction(async (tx) => {
        const [open] = await tx
          .select({ id: periods.id })
          .from(periods)
          .where(and(eq(periods.regionId, regionId), eq(periods.status, 'open')));
        if (open) throw new AppError(409, 'period_open_exists');
        const [sameYear] = await tx
          .select({ id: periods.id })
          .from(periods)
          .where(and(eq(periods.regionId, regionId), eq(periods.year, fields.year)));
        if (sameYear) throw conflictOn('year', 'period_year_taken');
        const [created] = await tx
          .insert(periods)
          .values({
            ...fields,
            regionId,
            frameworkId,
            framework: found.framework,
            internalDeadline: fields.internalDeadline ?? null,
            maturityThreshold: fields.maturityThreshold ?? null,
          })
          .returning(rowColumns);
        const [previous] = carry
          ? await tx
              .select({ id: periods.id, year: periods.year })
              .from(periods)
              .where(and(eq(periods.regionId, regionId), lt(periods.year, fields.year)))
              .orderBy(desc(periods.year))
              .limit(1)
          : [];
        const carried = previous ? await carryOver(tx, previous.id, created.id, found.framework) : 0;
        await recordAudit(tx, request, {
          regionId,
          entityType: 'period',
          entityId: created.id,
          entityLabel: String(created.year),
          action: 'create',
          after: { ...fields, frameworkId, carriedOver: carried, ...(previous ? { from: previous.year } : {}) },
        });
        return { created, carried };
      });
      reply.status(201);
      return { ...toDto(row.created, row.carried), carriedOver: row.carried };
    },
  );

  app.get(
    '/api/periods/:id',
    {
      config: { permission: 'period:read', scope: periodScope() },
      schema: { tags, summary: 'One period', params: uuidParam, response: { 200: periodShape, ...errors } },
    },
    async (request) => {
      const { row } = await visible(request.actor, request.params.id);
      return toDto(row, await entryCount(row.id));
    },
  );

  app.get(
    '/api/periods/:id/framework',
    {
      config: { permission: 'period:read', scope: periodScope() },
      schema: { tags, summary: 'The framework snapshot the period scores with', params: uuidParam },
    },
    async (request) => (await periodFramework(db, (await visible(request.actor, request.params.id)).row.id)).framework,
  );

  app.patch(
    '/api/periods/:id',
    {
      config: { permission: 'period:write', scope: periodScope() },
      schema: {
        tags,
        summary: 'Change windows or the maturity threshold (not once locked)',
        params: uuidParam,
        body: periodUpdateBody,
        response: { 200: periodShape, ...errors },
      },
    },
    async (request) => {
      const { row } = await visible(request.actor, request.params.id);
      const refusal = periodRefusal(row.status, 'settings');
      if (refusal) throw new AppError(409, refusal);
      const patch = stripUndefined(request.body);
      checkDates({ ...row, ...patch });
      const updated = await db.transaction(async (tx) => {
        const [after] = await tx
          .update(periods)
          .set({ ...patch, updatedAt: new Date() })
          .where(eq(periods.id, row.id))
          .returning(rowColumns);
        const diff = changedOnly(row, after);
        if (Object.keys(diff.after).length)
          await recordAudit(tx, request, {
            regionId: row.regionId,
            entityType: 'period',
            entityId: row.id,
            entityLabel: String(row.year),
            action: 'update',
            ...diff,
          });
        return after;
      });
      return toDto(updated, await entryCount(row.id));
    },
  );

  app.post(
    '/api/periods/:id/status',
    {
      config: { permission: 'period:write', scope: periodScope() },
      schema: {
        tags,
        summary: 'Close penjaringan, reopen it, or lock the period for good',
        params: uuidParam,
        body: periodStatusBody,
        response: { 200: periodShape, ...errors },
      },
    },
    async (request) => {
      const { row } = await visible(request.actor, request.params.id);
      const next = request.body.status;
      // Reopening also needs no other open period (checked below, in the transaction).
      const refusal = periodMoveRefusal(row.status, next);
      if (refusal) throw new AppError(409, refusal);
      const updated = await db.transaction(async (tx) => {
        if (next === 'open') {
          const [open] = await tx
            .select({ id: periods.id })
            .from(periods)
            .where(and(eq(periods.regionId, row.regionId), eq(periods.status, 'open')));
          if (open) throw new AppError(409, 'period_open_exists');
        }
        const now = new Date();
        const [after] = await tx
          .update(periods)
          .set({ status: next, updatedAt: now, ...(next === 'closed' ? { closedAt: now } : {}), ...(next === 'locked' ? { lockedAt: now } : {}) })
          .where(eq(periods.id, row.id))
          .returning(rowColumns);
        await recordAudit(tx, request, {
          regionId: row.regionId,
          entityType: 'period',
          entityId: row.id,
          entityLabel: String(row.year),
          action: next === 'open' ? 'reopen' : next === 'closed' ? 'close' : 'lock',
          before: { status: row.status },
          after: { status: next },
        });
        return after;
      });
      return toDto(updated, await entryCount(row.id));
    },
  );
}
