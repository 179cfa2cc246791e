// Verification: verifiers accept each answered item's evidence or return it with a note. Returned items
// reach the operator with the note; any later change sends the item back to "menunggu". Every decision is
// audited. The queue lists items waiting first, with filters and counts.
import { and, eq, inArray } from 'drizzle-orm';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { errorResponse } from '../../contract/common';
import { assignment, assignmentBody, decideBody, decision, queuePage, queueQuery, summaryShape } from '../../contract/verification';
import { type ReviewDecision, type ReviewStatus, reviewOutcome, reviewProblem } from '../../domain/evidence/review';
import type { Framework } from '../../domain/iid/types';
import { returnedLink, returnedNotice } from '../../domain/reminders/instant';
import { canAccessRegion, isOpdBound, type Role } from '../../domain/roles';
import { entryAnswers, innovationEntries, opds, periods, regionAnswers, users, verifierAssignments } from '../db/schema';
import type { SessionUser } from '../plugins/session';
import { recordAudit } from '../shared/audit';
import { refreshEntryScores } from '../shared/entry-scores';
import { AppError, fieldError, notFound } from '../shared/errors';
import { authorize, regionInScope } from '../shared/guard';
import { raiseInstantly, sendAfterCommit } from '../shared/instant-notifications';
import { liveEntry } from '../shared/live-entry';
import { entryItems, regionItems } from '../shared/review-state';
import { uuidParam } from '../shared/schemas';
import { assignmentsOf, queueSummary, sidQueue, spdQueue } from './repository';

const tags = ['verification'];
const errors = { 400: errorResponse, 401: errorResponse, 403: errorResponse, 404: errorResponse, 409: errorResponse };

export default async function verificationRoutes(fastify: FastifyInstance) {
  const app = fastify.withTypeProvider<ZodTypeProvider>();
  const { db } = app;

  async function periodInScope(actor: { role: Parameters<typeof isOpdBound>[0] } & Parameters<typeof canAccessRegion>[0], periodId: string) {
    const [period] = await db.select().from(periods).where(eq(periods.id, periodId));
    if (!period || !canAccessRegion(actor, period.regionId)) throw notFound();
    const names = new Map((period.framework as Framework).indicators.map((i) => [i.code, i.name]));
    return { period, nameOf: (code: string) => names.get(code) ?? code };
  }

  type ReviewSet = { reviewStatus: ReviewStatus; reviewNote: string | null; reviewedBy: string; reviewedAt: Date };
  type Tx = Parameters<Parameters<typeof db.transaction>[0]>[0];

  async function entrySubject(actor: SessionUser, entryId: string, code: string) {
    const [row] = await db
      .select({ entry: innovationEntries, periodStatus: periods.status })
      .from(innovationEntries)
      .innerJoin(periods, eq(periods.id, innovationEntries.periodId))
      .where(and(eq(innovationEntries.id, entryId), liveEntry));
    if (!row || !canAccessRegion(actor, row.entry.regionId)) throw notFound();
    return {
      periodStatus: row.periodStatus,
      entryStatus: row.entry.status as string | null,
      item: (await entryItems(db, [entryId])).get(entryId)?.[code],
      audit: { regionId: row.entry.regionId, entityType: 'innovation', entityId: entryId, entityLabel: row.entry.name },
      // A return reaches the operators of the innovation's OPD.
      returnTo: {
        regionId: row.entry.regionId,
        roles: ['operator_opd'] as Role[],
        opdId: row.entry.opdId,
        innovation: row.entry.name,
        entryId,
        periodId: row.entry.periodId,
      },
      write: async (tx: Tx, set: ReviewSet) => {
        await tx
          .update(entryAnswers)
          .set(set)
          .where(and(eq(entryAnswers.entryId, entryId), eq(entryAnswers.indicatorCode, code)));
        await refreshEntryScores(tx, [entryId]);
      },
    };
  }

  async function periodSubject(actor: SessionUser, periodId: string | undefined, code: string) {
    if (!periodId) throw fieldError({ entryId: 'required' });
    const { period } = await periodInScope(actor, periodId);
    return {
      periodStatus: period.status,
      entryStatus: null,
      item: (await regionItems(db, periodId))[code],
      audit: { regionId: period.regionId, entityType: 'period', entityId: period.id, entityLabel: String(period.year) },
      // Region-level items are answered by Admin Daerah: a return reaches them.
      returnTo: { regionId: period.regionId, roles: ['admin_daerah'] as Role[], opdId: undefined, innovation: null, entryId: null, periodId: period.id },
      write: async (tx: Tx, set: ReviewSet) => {
        await tx
          .update(regionAnswers)
          .set(set)
          .where(and(eq(regionAnswers.periodId, periodId), eq(regionAnswers.indicatorCode, code)));
      },
    };
  }

  app.get(
    '/api/verification/queue',
    {
      schema: {
        tags,
        summary: 'Items to verify in a period: waiting first, oldest first; filter by OPD, indicator, status',
        querystring: queueQuery,
        response: { 200: queuePage, ...errors },
      },
    },
    async (request) => {
      const actor = authorize(request, 'innovation:read');
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
            periodId: period.id,
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
          periodId: period.id,
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
      schema: {
        tags,
        summary: 'Counts per review status, decisions per verifier and waiting items per OPD in a period',
        querystring: queueQuery.pick({ periodId: true }),
        response: { 200: summaryShape, ...errors },
      },
    },
    async (request) => {
      const actor = authorize(request, 'innovation:read');
      const { period } = await periodInScope(actor, request.query.periodId);
      return queueSummary(db, period.regionId, period.id, isOpdBound(actor.role) ? (actor.opdId ?? undefined) : undefined);
    },
  );

  app.put(
    '/api/verification/assignments/:id',
    {
      schema: {
        tags,
        summary: 'Admin Daerah assigns a verifier to OPDs (replaces the list; empty = all OPDs)',
        params: uuidParam,
        body: assignmentBody,
        response: { 200: assignment, ...errors },
      },
    },
    async (request) => {
      const actor = authorize(request, 'user:write');
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
      schema: {
        tags,
        summary: 'Accept an item’s evidence, or return it to the operator with a note',
        body: decideBody,
        response: { 200: decision, ...errors },
      },
    },
    async (request) => {
      const actor = authorize(request, 'evidence:review');
      const { entryId, periodId, code, decision, note } = request.body;
      const outcome = reviewOutcome(decision as ReviewDecision, note);
      if ('problem' in outcome) throw fieldError({ note: 'review_note_required' });
      const now = new Date();
      const set = { reviewStatus: outcome.status, reviewNote: outcome.note, reviewedBy: actor.id, reviewedAt: now };

      // What is decided on: an entry's SID item or the region's SPD item; the rest is the same for both.
      const subject = entryId ? await entrySubject(actor, entryId, code) : await periodSubject(actor, periodId, code);
      if (subject.periodStatus === 'locked') throw new AppError(409, 'period_locked');
      const problem = reviewProblem(decision, subject.entryStatus, subject.item);
      if (problem) throw new AppError(409, problem, { codes: code });
      const indicatorName = decision === 'return' ? (await periodInScope(actor, subject.returnTo.periodId)).nameOf(code) : code;
      const mails = await db.transaction(async (tx) => {
        await subject.write(tx, set);
        await recordAudit(tx, request, {
          ...subject.audit,
          action: decision === 'accept' ? 'review_accept' : 'review_return',
          before: { [`indikator ${code}`]: subject.item?.reviewStatus },
          after: { [`indikator ${code}`]: outcome.status, ...(outcome.note ? { catatan: outcome.note } : {}) },
        });
        if (outcome.status !== 'dikembalikan') return [];
        const { innovation, entryId: returnedEntry, ...to } = subject.returnTo;
        const returned = { innovation, code, indicatorName, note: outcome.note ?? '' };
        return raiseInstantly(
          tx,
          {
            ...to,
            actorId: actor.id,
            kind: 'item_returned',
            subject: `${returnedEntry ?? to.periodId}:${code}:${now.getTime()}`,
            link: returnedLink(returnedEntry, code),
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
