// The innovation registry: operators register innovations of their OPD (or its units) in the open period and
// fill the official profile; drafts save as they type (versioned, so two tabs never overwrite each other).

import { and, eq, sql } from 'drizzle-orm';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { errorResponse } from '../../contract/common';
import {
  entryConflict,
  entryCreateBody,
  entryListQuery,
  entryPage,
  entrySaveBody,
  entryShape,
  sentBody,
  sentConflict,
  sentPreview,
  sentPreviewQuery,
  transitionBody,
} from '../../contract/innovations';
import { answersWithoutEvidence } from '../../domain/evidence/review';
import { PROFILE_FIELD_LABELS, sendProblem } from '../../domain/innovation/send';
import { isEditable, nextStatus, submitProblems } from '../../domain/innovation/workflow';
import { type Locale, translate } from '../../domain/messages';
import { type PeriodAction, periodRefusal } from '../../domain/period-status';
import { entryReturnedNotice, submittedLink, submittedNotice } from '../../domain/reminders/instant';
import { canAccessOpd, isOpdBound } from '../../domain/roles';
import { prepared } from '../db/prepared';
import { innovationEntries, opds, periods } from '../db/schema';
import type { SessionUser } from '../plugins/session';
import { recordAudit } from '../shared/audit/record';
import { createEntry } from '../shared/entries/create-entry';
import { assertUnitOf, saveProfile } from '../shared/entries/save-profile';
import { AppError, fieldError, notFound } from '../shared/http/errors';
import { regionInScope } from '../shared/http/guard';
import { sendJsonText } from '../shared/http/json-text';
import { uuidParam } from '../shared/http/schemas';
import { entryScope, periodScope } from '../shared/http/scopes';
import { entryItems } from '../shared/items/state';
import { raiseInstantly, sendAfterCommit } from '../shared/notifications/instant';
import { findPeriodHead, openThenLatest } from '../shared/periods/period-lookup';
import { listPages } from './list-pages';
import { getEntry, listEntries, toEntryDto } from './repository';
import { entrySendPreview, entryThreshold } from './send-preview';

const tags = ['innovations'];
const errors = { 400: errorResponse, 401: errorResponse, 403: errorResponse, 404: errorResponse, 409: errorResponse };

/** Refuses what the period no longer allows (domain/period/status.ts). */
function assertPeriodAllows(periodStatus: string, action: PeriodAction) {
  const refusal = periodRefusal(periodStatus, action);
  if (refusal) throw new AppError(409, refusal);
}

export default async function innovationRoutes(fastify: FastifyInstance) {
  const app = fastify.withTypeProvider<ZodTypeProvider>();
  const { db } = app;

  async function visibleEntry(actor: SessionUser, id: string) {
    const row = await getEntry(db, id);
    if (!row || !canAccessOpd(actor, { id: row.opdId, regionId: row.regionId })) throw notFound();
    return row;
  }

  // Without the framework snapshot: listing and creating need only these, on every request.
  const periodColumns = {
    id: periods.id,
    regionId: periods.regionId,
    year: periods.year,
    status: periods.status,
    maturityThreshold: periods.maturityThreshold,
  };

  // Planned once per connection: every list page and every new innovation asks.
  const periodById = prepared(db, 'inovda_list_period_by_id', (d) =>
    d
      .select(periodColumns)
      .from(periods)
      .where(and(eq(periods.id, sql.placeholder('periodId')), eq(periods.regionId, sql.placeholder('regionId'))))
      .prepare('inovda_list_period_by_id'),
  );
  const periodCurrent = prepared(db, 'inovda_list_period_current', (d) =>
    d
      .select(periodColumns)
      .from(periods)
      .where(eq(periods.regionId, sql.placeholder('regionId')))
      .orderBy(...openThenLatest)
      .limit(1)
      .prepare('inovda_list_period_current'),
  );

  async function periodFor(request: FastifyRequest, actor: SessionUser, periodId: string | undefined) {
    const regionId = regionInScope(actor, (request.query as { regionId?: string })?.regionId);
    if (periodId) {
      const [row] = await periodById.execute({ periodId, regionId });
      if (!row) throw fieldError({ periodId: 'not_found' });
      return row;
    }
    const [row] = await periodCurrent.execute({ regionId });
    return row;
  }

  app.get(
    '/api/innovations',
    {
      config: { permission: 'innovation:read', scope: periodScope() },
      schema: {
        tags,
        summary: 'Innovations of a period (default: the open one); OPD roles see their own OPD only',
        querystring: entryListQuery,
        response: { 200: entryPage, ...errors },
      },
    },
    async (request, reply) => {
      const actor = request.actor;
      const q = request.query;
      // Every role that reads innovations belongs to one region (the super admin does not read them).
      const regionId = regionInScope(actor, undefined);
      const opdId = isOpdBound(actor.role) ? (actor.opdId ?? undefined) : q.opdId;
      const period = await findPeriodHead(db, regionId, q.periodId);
      if (!period) {
        if (q.periodId) throw fieldError({ periodId: 'not_found' });
        return { total: 0, page: q.page, pageSize: q.pageSize, items: [] };
      }
      // The page as this instance last answered it while nothing in the period changed (list-pages.ts), else
      // read: the page and its total in one statement, maturity stored per entry.
      const json = await listPages(db, period, JSON.stringify({ ...q, periodId: period.id, opdId }), async () => {
        const { period: _period, ...page } = await listEntries(db, { ...q, periodId: period.id, regionId, opdId });
        return JSON.stringify(entryPage.encode(page));
      });
      // The typed reply expects the response object; the text is that object, already encoded.
      return sendJsonText(reply as FastifyReply, json);
    },
  );

  app.post(
    '/api/innovations',
    {
      config: { permission: 'innovation:write', scope: { kind: 'none' } },
      schema: { tags, summary: 'Register an innovation in the open period (a draft)', body: entryCreateBody, response: { 201: entryShape, ...errors } },
    },
    async (request, reply) => {
      const actor = request.actor;
      const body = request.body;
      const period = await periodFor(request, actor, body.periodId);
      if (!period) throw new AppError(409, 'period_closed');
      assertPeriodAllows(period.status, 'innovation');
      const opdId = isOpdBound(actor.role) ? actor.opdId : body.opdId;
      if (!opdId) throw fieldError({ opdId: 'required' });
      const [opd] = await db.select().from(opds).where(eq(opds.id, opdId));
      if (!opd || !canAccessOpd(actor, opd)) throw fieldError({ opdId: 'opd_not_in_region' });
      if (body.unitId) await assertUnitOf(db, opdId, body.unitId);
      const entryId = await db.transaction((tx) =>
        createEntry(tx, request, {
          regionId: opd.regionId,
          opdId,
          opdName: opd.name,
          unitId: body.unitId ?? null,
          periodId: period.id,
          periodYear: period.year,
          name: body.name,
          createdBy: actor.id,
        }),
      );
      reply.status(201);
      return toEntryDto((await getEntry(db, entryId))!);
    },
  );

  app.get(
    '/api/innovations/entries/:id',
    {
      config: { permission: 'innovation:read', scope: entryScope() },
      schema: {
        tags,
        summary: 'One innovation’s entry for its period: profile, word count, eligibility',
        params: uuidParam,
        response: { 200: entryShape, ...errors },
      },
    },
    async (request) => toEntryDto(await visibleEntry(request.actor, request.params.id)),
  );

  app.patch(
    '/api/innovations/entries/:id',
    {
      config: { permission: 'innovation:write', scope: entryScope() },
      schema: {
        tags,
        summary:
          'Save profile fields (autosave): only the fields changed, absent means unchanged. Send the version you edited; a newer one on the server answers 409 stale_version with the entry as it is now (error.current).',
        params: uuidParam,
        body: entrySaveBody,
        response: { 200: entryShape, ...errors, 409: entryConflict },
      },
    },
    async (request, reply) => {
      const actor = request.actor;
      const row = await visibleEntry(actor, request.params.id);
      assertPeriodAllows(row.periodStatus, 'innovation');
      if (!isEditable(row.status)) throw new AppError(409, 'entry_not_draft');
      const { version, ...fields } = request.body;
      const saved = await saveProfile(db, request, row, version, fields);
      const now = toEntryDto((await getEntry(db, row.id))!);
      if (!saved) {
        // The entry as it is now goes along, so the client can keep what only it changed and show what both did.
        const locale = request.locale ?? 'id';
        return reply.status(409).send({ error: { code: 'stale_version', message: translate('stale_version', locale), current: now } });
      }
      return now;
    },
  );

  app.post(
    '/api/innovations/entries/:id/transition',
    {
      config: { permission: 'innovation:write', scope: entryScope() },
      schema: {
        tags,
        summary: 'Submit (operator), approve or return to draft (Kepala OPD); submitting checks the profile is complete',
        params: uuidParam,
        body: transitionBody,
        response: { 200: entryShape, ...errors },
      },
    },
    async (request) => {
      const actor = request.actor;
      const row = await visibleEntry(actor, request.params.id);
      assertPeriodAllows(row.periodStatus, 'innovation');
      const { action, note } = request.body;
      const next = nextStatus(action, row.status, actor.role);
      if (!next) throw new AppError(409, 'transition_not_allowed');
      // A return without a reason leaves the operator guessing what to fix.
      if (action === 'return' && !note) throw fieldError({ note: 'review_note_required' });
      if (action === 'submit') {
        const problems = submitProblems(row);
        if (problems.length)
          throw new AppError(400, 'submit_incomplete', {}, Object.fromEntries(problems.map((p) => [p.field, { code: p.code, params: p.params }])));
        // Nothing counts without evidence: every answered indicator needs at least one item.
        const missing = answersWithoutEvidence((await entryItems(db, [row.id])).get(row.id) ?? {});
        if (missing.length) throw new AppError(400, 'submit_incomplete', {}, { answers: { code: 'evidence_missing', params: { codes: missing.join(', ') } } });
      }
      const now = new Date();
      const mails = await db.transaction(async (tx) => {
        await tx
          .update(innovationEntries)
          .set({ status: next, version: row.version + 1, updatedAt: now, ...(action === 'submit' ? { submittedAt: now } : {}) })
          .where(eq(innovationEntries.id, row.id));
        await recordAudit(tx, request, {
          regionId: row.regionId,
          entityType: 'innovation',
          entityId: row.id,
          entityLabel: row.name,
          action,
          before: { status: row.status },
          after: { status: next, ...(note ? { note } : {}) },
        });
        // Returned: the operators of that OPD hear of it at once, with the note (in-app now, e-mail after commit).
        if (action === 'return')
          return raiseInstantly(
            tx,
            {
              regionId: row.regionId,
              roles: ['operator_opd'],
              opdId: row.opdId,
              actorId: actor.id,
              kind: 'entry_returned',
              subject: `${row.id}:${now.getTime()}`,
              link: submittedLink(row.id),
              text: (locale) => entryReturnedNotice(locale, row.name, actor.fullName, note as string),
            },
            now,
          );
        // Submitted: the Kepala OPD of that OPD hears of it at once (in-app now, e-mail after commit).
        if (action !== 'submit') return [];
        return raiseInstantly(
          tx,
          {
            regionId: row.regionId,
            roles: ['kepala_opd'],
            opdId: row.opdId,
            actorId: actor.id,
            kind: 'entry_submitted',
            subject: `${row.id}:${now.getTime()}`,
            link: submittedLink(row.id),
            text: (locale) => submittedNotice(locale, row.name, actor.fullName),
          },
          now,
        );
      });
      sendAfterCommit(app.mailer, app.config.appUrl, request.log, mails);
      return toEntryDto((await getEntry(db, row.id))!);
    },
  );

  /** Why this entry cannot be sent, as the refusal the server answers with (null: it can). */
  function sendRefusal(row: Awaited<ReturnType<typeof visibleEntry>>, locale: Locale): AppError | null {
    const problem = sendProblem(row);
    if (!problem) return null;
    if (problem.code === 'send_not_approved') return new AppError(409, 'send_not_approved', { status: translate(`entry_status_${problem.status}`, locale) });
    return new AppError(
      409,
      'send_profile_incomplete',
      { fields: problem.problems.map((p) => PROFILE_FIELD_LABELS[p.field][locale]).join(', ') },
      Object.fromEntries(problem.problems.map((p) => [p.field, { code: p.code, params: p.params }])),
    );
  }

  app.get(
    '/api/innovations/entries/:id/sent-preview',
    {
      config: { permission: 'innovation:send', scope: entryScope() },
      schema: {
        tags,
        summary: 'The exact IID change (claimed and verified) that marking this innovation sent (or not) would cause, and whether it may be sent',
        params: uuidParam,
        querystring: sentPreviewQuery,
        response: { 200: sentPreview, ...errors },
      },
    },
    async (request) => {
      const actor = request.actor;
      const row = await visibleEntry(actor, request.params.id);
      const preview = await entrySendPreview(db, row, request.query.sent);
      const refusal = request.query.sent ? sendRefusal(row, request.locale ?? 'id') : null;
      return { ...preview, problem: refusal ? { code: refusal.code, message: translate(refusal.code, request.locale ?? 'id', refusal.params) } : null };
    },
  );

  app.post(
    '/api/innovations/entries/:id/sent',
    {
      config: { permission: 'innovation:send', scope: entryScope() },
      schema: {
        tags,
        summary:
          'Admin Daerah marks an innovation to be sent (dikirim) to the national assessment, or not. Only approved innovations with a complete profile; below the period’s maturity threshold, confirmBelowThreshold: true is required (else 409 with the IID preview).',
        params: uuidParam,
        body: sentBody,
        response: { 200: entryShape, ...errors, 409: sentConflict },
      },
    },
    async (request, reply) => {
      const actor = request.actor;
      const row = await visibleEntry(actor, request.params.id);
      assertPeriodAllows(row.periodStatus, 'send');
      const locale = request.locale ?? 'id';
      if (request.body.sent && !row.sent) {
        const refusal = sendRefusal(row, locale);
        if (refusal) throw refusal;
        // The whole-period preview is read only when it is needed: to answer an unconfirmed below-threshold send.
        if (request.body.confirmBelowThreshold !== true && entryThreshold(row).belowThreshold) {
          const preview = await entrySendPreview(db, row, true);
          const n = (x: number) => x.toLocaleString(locale === 'en' ? 'en-GB' : 'id-ID', { minimumFractionDigits: 2, maximumFractionDigits: 2 });
          const params = {
            maturity: n(preview.maturity),
            threshold: n(preview.threshold ?? 0),
            before: n(preview.claimed.before.iid),
            after: n(preview.claimed.after.iid),
          };
          return reply.status(409).send({
            error: { code: 'send_below_threshold', message: translate('send_below_threshold', locale, params) },
            preview: { ...preview, problem: null },
          });
        }
      }
      if (row.sent !== request.body.sent)
        await db.transaction(async (tx) => {
          await tx.update(innovationEntries).set({ sent: request.body.sent, updatedAt: new Date() }).where(eq(innovationEntries.id, row.id));
          await recordAudit(tx, request, {
            regionId: row.regionId,
            entityType: 'innovation',
            entityId: row.id,
            entityLabel: row.name,
            action: request.body.sent ? 'send' : 'unsend',
            before: { sent: row.sent },
            after: { sent: request.body.sent },
          });
        });
      return toEntryDto((await getEntry(db, row.id))!);
    },
  );
}
