// Verification: verifiers accept each answered item's evidence or return it with a note. Returned items
// reach the operator with the note; any later change sends the item back to "menunggu". Every decision is
// audited. The queue lists items waiting first, with filters and counts.
import { and, eq, inArray } from 'drizzle-orm';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { errorResponse } from '../../contract/common';
import { assignment, assignmentBody, decideBody, decision, queuePage, queueQuery, summaryShape } from '../../contract/verification';
import { type ReviewDecision, reviewOutcome, reviewProblem } from '../../domain/evidence/review';
import { periodRefusal } from '../../domain/period-status';
import { returnedLink, returnedNotice } from '../../domain/reminders/instant';
import { isOpdBound } from '../../domain/roles';
import { opds, users, verifierAssignments } from '../db/schema';
import type { SessionUser } from '../plugins/session';
import { recordAudit } from '../shared/audit/record';
import { AppError, fieldError, notFound } from '../shared/http/errors';
import { regionInScope } from '../shared/http/guard';
import { uuidParam } from '../shared/http/schemas';
import { entryScope, periodScope } from '../shared/http/scopes';
import { changeItem } from '../shared/items/change';
import { findItem, findOwner } from '../shared/items/find';
import { itemsOf } from '../shared/items/state';
import { raiseInstantly, sendAfterCommit } from '../shared/notifications/instant';
import { periodFramework } from '../shared/periods/period-framework';
import { assignmentsOf, queueSummary, sidQueue, spdQueue } from './repository';

const tags = ['verification'];
const errors = { 400: errorResponse, 401: errorResponse, 403: errorResponse, 404: errorResponse, 409: errorResponse };

export default async function verificationRoutes(fastify: FastifyInstance) {
  const app = fastify.withTypeProvider<ZodTypeProvider>();
  const { db } = app;

  /** The period in the actor's region, with its indicators' names (from the compiled framework cache, never the snapshot). */
  async function periodInScope(actor: SessionUser, periodId: string) {
    const period = await findOwner(db, actor, { periodId });
    const names = new Map((await periodFramework(db, period.periodId)).framework.indicators.map((i) => [i.code, i.name]));
    return { period, nameOf: (code: string) => names.get(code) ?? code };
  }

  app.get(
    '/api/verification/queue',
    {
      config: { permission: 'innovation:read', scope: periodScope() },
      schema: {
        tags,
        summary: 'Items to verify in a period: waiting first, oldest first; filter by OPD, indicator, status',
        querystring: queueQuery,
        response: { 200: queuePage, ...errors },
      },
    },
    async (request) => {
      const actor = request.actor;
      const { periodId, scope, page, pageSize, mine, ...filters } = request.query;
      const { period, nameOf } = await periodInScope(actor, periodId);
      const onlyOpd = isOpdBound(actor.role) ? (actor.opdId ?? undefined) : undefined;
      // "My queue": the OPDs assigned to this verifier (all OPDs when none are assigned).
      const assigned = mine === 'true' ? (await assignmentsOf(db, period.regionId)).get(actor.id) : undefined;
      if (scope === 'spd') {
        const rows = onlyOpd ? [] : await spdQueue(db, { periodId, ...filters });
        return {
          items: rows.map((r) => ({
            ...r,
            scope: 'spd' as const,
            entryId: null,
            periodId: period.periodId,
            entryName: null,
            opdId: null,
            opdName: null,
            indicatorName: nameOf(r.code),
            reviewedAt: r.reviewedAt?.toISOString() ?? null,
            updatedAt: r.updatedAt.toISOString(),
          })),
          total: rows.length,
          page: 1,
          pageSize: Math.max(rows.length, 1),
        };
      }
      const { total, rows } = await sidQueue(db, { periodId, onlyOpd, opdIds: assigned, ...filters }, pageSize, (page - 1) * pageSize);
      return {
        items: rows.map((r) => ({
          ...r,
          scope: 'sid' as const,
          periodId: period.periodId,
          indicatorName: nameOf(r.code),
          reviewedAt: r.reviewedAt?.toISOString() ?? null,
          updatedAt: r.updatedAt.toISOString(),
        })),
        total,
        page,
        pageSize,
      };
    },
  );

  app.get(
    '/api/verification/summary',
    {
      config: { permission: 'innovation:read', scope: periodScope() },
      schema: {
        tags,
        summary: 'Counts per review status, decisions per verifier and waiting items per OPD in a period',
        querystring: queueQuery.pick({ periodId: true }),
        response: { 200: summaryShape, ...errors },
      },
    },
    async (request) => {
      const actor = request.actor;
      const period = await findOwner(db, actor, { periodId: request.query.periodId });
      return queueSummary(db, period.regionId, period.periodId, isOpdBound(actor.role) ? (actor.opdId ?? undefined) : undefined);
    },
  );

  app.put(
    '/api/verification/assignments/:id',
    {
      config: { permission: 'user:write', scope: { kind: 'region', resource: 'user' } },
      schema: {
        tags,
        summary: 'Admin Daerah assigns a verifier to OPDs (replaces the list; empty = all OPDs)',
        params: uuidParam,
        body: assignmentBody,
        response: { 200: assignment, ...errors },
      },
    },
    async (request) => {
      const actor = request.actor;
      const regionId = regionInScope(actor, undefined);
      const [verifier] = await db
        .select()
        .from(users)
        .where(and(eq(users.id, request.params.id), eq(users.regionId, regionId)));
      if (!verifier) throw notFound();
      if (verifier.role !== 'verifikator') throw fieldError({ userId: 'invalid' });
      const opdIds = [...new Set(request.body.opdIds)];
      const found = opdIds.length
        ? await db
            .select({ id: opds.id })
            .from(opds)
            .where(and(eq(opds.regionId, regionId), inArray(opds.id, opdIds)))
        : [];
      if (found.length !== opdIds.length) throw fieldError({ opdIds: 'opd_not_in_region' });
      const before = (await assignmentsOf(db, regionId)).get(verifier.id) ?? [];
      await db.transaction(async (tx) => {
        await tx.delete(verifierAssignments).where(eq(verifierAssignments.userId, verifier.id));
        if (opdIds.length) await tx.insert(verifierAssignments).values(opdIds.map((opdId) => ({ userId: verifier.id, opdId, regionId })));
        await recordAudit(tx, request, {
          regionId,
          entityType: 'user',
          entityId: verifier.id,
          entityLabel: verifier.username,
          action: 'assign',
          before: { opd: before.length },
          after: { opd: opdIds.length },
        });
      });
      return { userId: verifier.id, opdIds };
    },
  );

  app.post(
    '/api/verification/decide',
    {
      config: { permission: 'evidence:review', scope: entryScope() },
      schema: {
        tags,
        summary:
          'Accept an item’s evidence, or return it to the operator with a note, on the item version the verifier saw; a newer one answers 409 with the item as it is now',
        body: decideBody,
        response: { 200: decision, ...errors },
      },
    },
    async (request) => {
      const actor = request.actor;
      const { entryId, periodId, code, decision, note, version } = request.body;
      const outcome = reviewOutcome(decision as ReviewDecision, note);
      if ('problem' in outcome) throw fieldError({ note: 'review_note_required' });
      const now = new Date();

      // What is decided on: an entry's SID item or the region's SPD item; the rest is the same for both.
      const item = await findItem(db, actor, { entryId, periodId, code });
      const refusal = periodRefusal(item.periodStatus, 'review');
      if (refusal) throw new AppError(409, refusal);
      const current = (await itemsOf(db, item))[code];
      const problem = reviewProblem(decision, item.entryStatus, current);
      if (problem) throw new AppError(409, problem, { codes: code });
      // The same decision again (a second click, a resent request): already recorded, the operator already told.
      if (current?.version === version && current.reviewStatus === outcome.status && (current.reviewNote ?? null) === (outcome.note ?? null))
        return { reviewStatus: outcome.status, reviewNote: outcome.note };
      const returning = outcome.status === 'dikembalikan';
      const indicatorName = returning ? ((await periodFramework(db, item.periodId)).framework.indicators.find((i) => i.code === code)?.name ?? code) : code;
      const mails = await db.transaction(async (tx) => {
        // On the version the verifier saw, or a 409 with the item as it is now; nothing recorded, nobody notified.
        await changeItem(tx, request, item, { kind: 'review', status: outcome.status, note: outcome.note, at: now, version });
        if (!returning) return [];
        // A return reaches whoever answers the item: the operators of the innovation's OPD, or Admin Daerah for SPD items.
        const returned = { innovation: item.entryId ? item.label : null, code, indicatorName, note: outcome.note ?? '' };
        return raiseInstantly(
          tx,
          {
            regionId: item.regionId,
            roles: [item.entryId ? 'operator_opd' : 'admin_daerah'],
            opdId: item.opdId ?? undefined,
            actorId: actor.id,
            kind: 'item_returned',
            subject: `${item.entryId ?? item.periodId}:${code}:${now.getTime()}`,
            link: returnedLink(item.entryId, code),
            text: (locale) => returnedNotice(locale, returned),
          },
          now,
        );
      });
      sendAfterCommit(app.mailer, app.config.appUrl, request.log, mails);
      return { reviewStatus: outcome.status, reviewNote: outcome.note };
    },
  );
}
