// Assessment periods: Admin Daerah opens one per year on a framework version, closes penjaringan, locks it.
// One open period per region; past periods stay readable. The framework is snapshotted when the period opens.
import { and, count, desc, eq, lt } from 'drizzle-orm';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { errorResponse } from '../../contract/common';
import { periodCreateBody, periodList, periodShape, periodStatusBody, periodUpdateBody } from '../../contract/periods';
import type { Framework } from '../../domain/iid/types';
import { canAccessRegion } from '../../domain/roles';
import { innovationEntries, periods } from '../db/schema';
import { changedOnly, recordAudit } from '../shared/audit';
import { AppError, conflictOn, fieldError, notFound } from '../shared/errors';
import { findFramework } from '../shared/framework-store';
import { authorize, regionInScope } from '../shared/guard';
import { stripUndefined } from '../shared/objects';
import { uuidParam } from '../shared/schemas';
import { carryOver } from './carry-over';

const tags = ['periods'];
const errors = { 400: errorResponse, 401: errorResponse, 403: errorResponse, 404: errorResponse, 409: errorResponse };

type Row = typeof periods.$inferSelect;

function toDto(r: Row, entryCount: number) {
  const f = r.framework as Framework;
  return {
    id: r.id,
    regionId: r.regionId,
    year: r.year,
    frameworkId: r.frameworkId,
    frameworkName: f.name,
    frameworkUncertain: f.uncertain,
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

/** Allowed moves: open → closed → locked, and closed → open again (a late correction) while no other is open. */
const MOVES: Record<string, string[]> = { open: ['closed'], closed: ['open', 'locked'], locked: [] };

export default async function periodRoutes(fastify: FastifyInstance) {
  const app = fastify.withTypeProvider<ZodTypeProvider>();
  const { db } = app;

  const entryCount = async (periodId: string) => (await db.select({ n: count() }).from(innovationEntries).where(eq(innovationEntries.periodId, periodId)))[0].n;

  async function visible(request: Parameters<typeof authorize>[0], id: string, permission: 'period:read' | 'period:write') {
    const actor = authorize(request, permission);
    const [row] = await db.select().from(periods).where(eq(periods.id, id));
    if (!row || !canAccessRegion(actor, row.regionId)) throw notFound();
    return { actor, row };
  }

  app.get(
    '/api/periods',
    { schema: { tags, summary: 'The region’s assessment periods, newest first', response: { 200: periodList, ...errors } } },
    async (request) => {
      const actor = authorize(request, 'period:read');
      const regionId = regionInScope(actor, (request.query as { regionId?: string }).regionId);
      const rows = await db.select().from(periods).where(eq(periods.regionId, regionId)).orderBy(desc(periods.year));
      return Promise.all(rows.map(async (r) => toDto(r, await entryCount(r.id))));
    },
  );

  app.post(
    '/api/periods',
    { schema: { tags, summary: 'Open an assessment period on a framework version', body: periodCreateBody, response: { 201: periodShape, ...errors } } },
    async (request, reply) => {
      const actor = authorize(request, 'period:write');
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
          .returning();
        const [previous] = carry
          ? await tx
              .select()
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

  app.get('/api/periods/:id', { schema: { tags, summary: 'One period', params: uuidParam, response: { 200: periodShape, ...errors } } }, async (request) => {
    const { row } = await visible(request, request.params.id, 'period:read');
    return toDto(row, await entryCount(row.id));
  });

  app.get(
    '/api/periods/:id/framework',
    { schema: { tags, summary: 'The framework snapshot the period scores with', params: uuidParam } },
    async (request) => (await visible(request, request.params.id, 'period:read')).row.framework,
  );

  app.patch(
    '/api/periods/:id',
    {
      schema: {
        tags,
        summary: 'Change windows or the maturity threshold (not once locked)',
        params: uuidParam,
        body: periodUpdateBody,
        response: { 200: periodShape, ...errors },
      },
    },
    async (request) => {
      const { row } = await visible(request, request.params.id, 'period:write');
      if (row.status === 'locked') throw new AppError(409, 'period_locked');
      const patch = stripUndefined(request.body);
      checkDates({ ...row, ...patch });
      const updated = await db.transaction(async (tx) => {
        const [after] = await tx
          .update(periods)
          .set({ ...patch, updatedAt: new Date() })
          .where(eq(periods.id, row.id))
          .returning();
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
      schema: {
        tags,
        summary: 'Close penjaringan, reopen it, or lock the period for good',
        params: uuidParam,
        body: periodStatusBody,
        response: { 200: periodShape, ...errors },
      },
    },
    async (request) => {
      const { row } = await visible(request, request.params.id, 'period:write');
      const next = request.body.status;
      if (!MOVES[row.status].includes(next)) throw new AppError(409, row.status === 'locked' ? 'period_locked' : 'period_status_change');
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
          .returning();
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
