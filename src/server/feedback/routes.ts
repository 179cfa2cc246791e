// Citizen feedback inside Inovda: the Admin Daerah moderates the region's queue (approve or reject one or several,
// each decision in the audit trail); OPD roles read their own OPD's approved feedback and satisfaction, the
// region's leaders all of it; satisfaction per innovation and per OPD as a spreadsheet for monev evidence.
import { and, eq, inArray, sql } from 'drizzle-orm';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { errorResponse } from '../../contract/common';
import {
  feedbackListQuery,
  feedbackListResponse,
  moderateBody,
  moderateResponse,
  pendingCountResponse,
  satisfactionQuery,
  satisfactionResponse,
} from '../../contract/feedback';
import { can, isOpdBound } from '../../domain/roles';
import { citizenFeedback } from '../db/schema';
import type { RouteScope } from '../plugins/access';
import type { SessionUser } from '../plugins/session';
import { recordAudit } from '../shared/audit/record';
import { forbidden, notFound } from '../shared/http/errors';
import { regionInScope } from '../shared/http/guard';
import { type FeedbackScope, feedbackOfRegion, filterOptions, listFeedback, pendingCount, satisfactionReport, statusCounts } from './repository';
import { satisfactionWorkbook } from './spreadsheet';

const tags = ['feedback'];
const errors = { 400: errorResponse, 401: errorResponse, 403: errorResponse, 404: errorResponse };

/** Reading: the region's people who follow its innovations; a verifier's work is evidence, not citizens' opinions. */
const readScope: RouteScope = {
  kind: 'none',
  refusedRoles: { roles: ['verifikator'], why: 'citizen feedback is read by the region, its leaders and the OPD concerned, not by the verification team' },
};

/** The region's feedback, or an OPD role's own OPD's. */
function scopeOf(actor: SessionUser): FeedbackScope {
  const regionId = regionInScope(actor, undefined);
  return isOpdBound(actor.role) ? { regionId, opdId: actor.opdId ?? '00000000-0000-4000-8000-000000000000' } : { regionId };
}

export default async function feedbackRoutes(fastify: FastifyInstance) {
  const app = fastify.withTypeProvider<ZodTypeProvider>();
  const { db } = app;

  app.get(
    '/api/feedback',
    {
      config: { permission: 'innovation:read', scope: readScope },
      schema: {
        tags,
        summary:
          'Citizen feedback, paged: moderators choose the status (the queue oldest first), everyone else reads the approved (OPD roles: their own OPD’s)',
        querystring: feedbackListQuery,
        response: { 200: feedbackListResponse, ...errors },
      },
    },
    async (request) => {
      const actor = request.actor;
      assertReader(actor);
      const scope = scopeOf(actor);
      const q = request.query;
      const status = can(actor.role, 'feedback:moderate') ? (q.status ?? 'pending') : 'approved';
      const [page, counts, options] = await Promise.all([listFeedback(db, scope, { ...q, status }), statusCounts(db, scope), filterOptions(db, scope)]);
      return { ...page, status, counts: can(actor.role, 'feedback:moderate') ? counts : { ...counts, pending: 0, rejected: 0 }, options };
    },
  );

  app.get(
    '/api/feedback/pending-count',
    {
      config: { permission: 'feedback:moderate', scope: { kind: 'none' } },
      schema: {
        tags,
        summary: 'How many feedback items of the region wait for moderation (the navigation badge of those who moderate)',
        response: { 200: pendingCountResponse, ...errors },
      },
    },
    async (request) => ({ pending: await pendingCount(db, regionInScope(request.actor, undefined)) }),
  );

  app.post(
    '/api/feedback/moderate',
    {
      config: { permission: 'feedback:moderate', scope: { kind: 'none' } },
      schema: {
        tags,
        summary: 'Approve or reject one or several feedback items of the region (all of them or none: an id not of the region answers 404)',
        body: moderateBody,
        response: { 200: moderateResponse, ...errors },
      },
    },
    async (request) => {
      const actor = request.actor;
      const regionId = regionInScope(actor, undefined);
      const ids = [...new Set(request.body.ids)];
      const { decision } = request.body;
      const changed = await db.transaction(async (tx) => {
        // Locked while decided: two moderators deciding the same items at once each see the other's decision.
        await tx.select({ id: citizenFeedback.id }).from(citizenFeedback).where(inArray(citizenFeedback.id, ids)).for('update');
        const found = await feedbackOfRegion(tx, regionId, ids);
        if (found.length !== ids.length) throw notFound();
        const toChange = found.filter((f) => f.status !== decision);
        if (!toChange.length) return 0;
        await tx
          .update(citizenFeedback)
          .set({ status: decision, moderatedBy: actor.id, moderatedAt: sql`now()` })
          .where(
            and(
              eq(citizenFeedback.regionId, regionId),
              inArray(
                citizenFeedback.id,
                toChange.map((f) => f.id),
              ),
            ),
          );
        for (const f of toChange)
          await recordAudit(tx, request, {
            regionId,
            entityType: 'citizen_feedback',
            entityId: f.id,
            entityLabel: `${f.innovationName ?? ''} — ${f.rating}/5`,
            action: decision === 'approved' ? 'approve' : 'reject',
            before: { status: f.status },
            after: { status: decision },
          });
        return toChange.length;
      });
      return { changed, counts: await statusCounts(db, { regionId }) };
    },
  );

  app.get(
    '/api/feedback/satisfaction',
    {
      config: { permission: 'innovation:read', scope: readScope },
      schema: {
        tags,
        summary:
          'Satisfaction (count, average, distribution 1–5) of the approved feedback per innovation and per OPD, of a year (WIB) or all (OPD roles: their own OPD)',
        querystring: satisfactionQuery,
        response: { 200: satisfactionResponse, ...errors },
      },
    },
    async (request) => {
      assertReader(request.actor);
      return satisfactionReport(db, scopeOf(request.actor), request.query.year);
    },
  );

  app.get(
    '/api/feedback/satisfaction.xlsx',
    {
      config: { permission: 'innovation:read', scope: readScope },
      schema: {
        tags,
        summary: 'The satisfaction figures as a spreadsheet (monev evidence): per innovation and per OPD (OPD roles: their own OPD)',
        querystring: satisfactionQuery,
      },
    },
    async (request, reply) => {
      assertReader(request.actor);
      const report = await satisfactionReport(db, scopeOf(request.actor), request.query.year);
      const buffer = await satisfactionWorkbook(report);
      const name = `kepuasan-masyarakat-${report.year ?? 'semua-tahun'}.xlsx`;
      return reply
        .header('content-type', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')
        .header('content-disposition', `attachment; filename="${name}"`)
        .header('cache-control', 'no-store')
        .send(buffer);
    },
  );
}

/** The refusal readScope declares. */
function assertReader(actor: SessionUser) {
  if (readScope.refusedRoles?.roles.includes(actor.role)) throw forbidden();
}
