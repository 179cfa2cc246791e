// Competitions of a region: created from a template (or an earlier competition), its rules edited while it is a
// draft or open, moved through its statuses by the admin; each stage closed in turn (advance), the last one with
// the final ranking (lock), then published. Rankings are computed by the domain's ranking contract.
import { and, eq, inArray, sql } from 'drizzle-orm';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { errorResponse } from '../../contract/common';
import {
  competitionCreateBody,
  competitionDetail,
  competitionPatchBody,
  competitionSummary,
  rankingResponse,
  resultRow,
  stageParams,
  statusBody,
  templateSummary,
} from '../../contract/competitions';
import { BUILTIN_TEMPLATES, builtinTemplate } from '../../domain/competitions/builtin-templates';
import { canMove, FINAL_STAGE } from '../../domain/competitions/status';
import { type CompetitionRules, rulesProblems } from '../../domain/competitions/template';
import { competitionAssignments, competitionJudges, competitionResults, competitions } from '../db/schema';
import { changedOnly, recordAudit } from '../shared/audit/record';
import { AppError, type FieldError, fieldError, notFound } from '../shared/http/errors';
import { regionInScope } from '../shared/http/guard';
import { uuidParam } from '../shared/http/schemas';
import { competitionScope } from '../shared/http/scopes';
import { auditCompetition, competitionInScope, stageOf } from './access';
import { type CompetitionRow, entryCounts, listCompetitions, storedResults } from './repository';
import { closeFinal, closeStage, liveStage, reopenLast } from './stage-results';

const tags = ['competitions'];
const errors = { 400: errorResponse, 401: errorResponse, 403: errorResponse, 404: errorResponse, 409: errorResponse };

const summaryOf = (c: CompetitionRow, counts: { total: number; proposed: number; accepted: number } | undefined) => ({
  id: c.id,
  name: c.name,
  year: c.year,
  templateId: c.templateId,
  programme: c.rules.programme,
  status: c.status,
  currentStage: c.currentStage,
  stageName: c.rules.stages[Math.min(c.currentStage, c.rules.stages.length - 1)]?.name ?? '',
  registrationCloses: c.registrationCloses,
  entries: counts ?? { total: 0, proposed: 0, accepted: 0 },
  updatedAt: c.updatedAt.toISOString(),
});

function rulesError(rules: CompetitionRules): AppError | null {
  const problems = rulesProblems(rules);
  if (!problems.length) return null;
  const fields: Record<string, FieldError> = {};
  for (const p of problems) fields[`rules.${p.path}`] ??= { code: p.code };
  return new AppError(400, 'validation_failed', {}, fields);
}

export default async function competitionRoutes(fastify: FastifyInstance) {
  const app = fastify.withTypeProvider<ZodTypeProvider>();
  const { db } = app;

  async function detail(c: CompetitionRow) {
    const counts = (await entryCounts(db, [c.id])).get(c.id);
    const published = c.status === 'published' ? await finalRows(c) : null;
    return { ...summaryOf(c, counts), rules: c.rules, version: c.version, publishedAt: c.publishedAt?.toISOString() ?? null, results: published };
  }

  /** The stored final ranking, best first. */
  async function finalRows(c: CompetitionRow) {
    const stored = new Map((await storedResults(db, c.id, FINAL_STAGE)).map((r) => [r.entryId, r]));
    const rows = (await liveStage(db, c, 0)).filter((r) => stored.has(r.entryId));
    return rows
      .map((r) => {
        const s = stored.get(r.entryId);
        return { ...r, score: s?.score ?? null, rank: s?.rank ?? null, advanced: s?.advanced ?? false };
      })
      .sort((a, b) => (a.rank ?? 1e9) - (b.rank ?? 1e9) || a.innovationName.localeCompare(b.innovationName))
      .map(({ judges: _j, ...r }) => r);
  }

  /** Changes the competition's row under its version, with an audit event. */
  async function update(
    request: FastifyRequest,
    c: CompetitionRow,
    version: number,
    set: Partial<typeof competitions.$inferInsert>,
    action: string,
    work?: (tx: Parameters<Parameters<typeof db.transaction>[0]>[0]) => Promise<void>,
  ) {
    return db.transaction(async (tx) => {
      const [row] = await tx
        .update(competitions)
        .set({ ...set, version: sql`${competitions.version} + 1`, updatedAt: sql`now()` })
        .where(sql`${competitions.id} = ${c.id} and ${competitions.version} = ${version}`)
        .returning();
      if (!row) throw new AppError(409, 'stale_version');
      if (work) await work(tx);
      const diff = changedOnly(
        { name: c.name, year: c.year, registrationCloses: c.registrationCloses, status: c.status, currentStage: c.currentStage, rules: c.rules },
        { name: row.name, year: row.year, registrationCloses: row.registrationCloses, status: row.status, currentStage: row.currentStage, rules: row.rules },
      );
      await recordAudit(tx, request, { regionId: c.regionId, entityType: 'competition', entityId: c.id, entityLabel: row.name, action, ...diff });
      return row;
    });
  }

  app.get(
    '/api/competition-templates',
    {
      config: { permission: 'competition:read', scope: { kind: 'none' } },
      schema: {
        tags,
        summary: 'Built-in competition templates (KIPP, IGA presentation, provincial, blank)',
        response: { 200: templateSummary.array(), ...errors },
      },
    },
    async () =>
      BUILTIN_TEMPLATES.map((t) => ({
        id: t.id,
        name: t.name,
        nameEn: t.nameEn,
        programme: t.programme,
        uncertain: t.uncertain,
        notes: t.notes,
        rules: { programme: t.programme, groups: t.groups, sections: t.sections, stages: t.stages, eligibility: t.eligibility },
      })),
  );

  app.get(
    '/api/competitions',
    {
      config: { permission: 'competition:read', scope: { kind: 'none' } },
      schema: { tags, summary: 'The region’s competitions, newest year first', response: { 200: competitionSummary.array(), ...errors } },
    },
    async (request) => {
      const regionId = regionInScope(request.actor, undefined);
      const list = await listCompetitions(db, regionId);
      const counts = await entryCounts(
        db,
        list.map((c) => c.id),
      );
      // OPDs see a competition once it is open; drafts are the admin's.
      const shown = request.actor.role === 'admin_daerah' ? list : list.filter((c) => c.status !== 'draft');
      return shown.map((c) => summaryOf(c, counts.get(c.id)));
    },
  );

  app.post(
    '/api/competitions',
    {
      config: { permission: 'competition:manage', scope: { kind: 'none' } },
      schema: {
        tags,
        summary: 'Create a competition from a template or an earlier competition',
        body: competitionCreateBody,
        response: { 201: competitionDetail, ...errors },
      },
    },
    async (request, reply) => {
      const actor = request.actor;
      const regionId = regionInScope(actor, undefined);
      const { templateId, fromCompetitionId, name, year } = request.body;
      let rules: CompetitionRules;
      let basedOn: string;
      if (fromCompetitionId) {
        const earlier = await competitionInScope(db, actor, fromCompetitionId);
        rules = structuredClone(earlier.rules);
        for (const s of rules.stages) Object.assign(s, { from: null, until: null });
        basedOn = earlier.templateId;
      } else {
        const t = builtinTemplate(templateId ?? '');
        if (!t) throw fieldError({ templateId: 'comp_unknown_template' });
        rules = structuredClone({ programme: t.programme, groups: t.groups, sections: t.sections, stages: t.stages, eligibility: t.eligibility });
        basedOn = t.id;
      }
      const row = await db.transaction(async (tx) => {
        const [created] = await tx.insert(competitions).values({ regionId, name, year, templateId: basedOn, rules, createdBy: actor.id }).returning();
        await recordAudit(tx, request, {
          regionId,
          entityType: 'competition',
          entityId: created.id,
          entityLabel: name,
          action: 'create',
          after: { templateId: basedOn, year },
        });
        return created;
      });
      reply.status(201);
      return detail(row);
    },
  );

  app.get(
    '/api/competitions/:id',
    {
      config: { permission: 'competition:read', scope: competitionScope() },
      schema: {
        tags,
        summary: 'One competition: rules, status, counts; the final ranking once published',
        params: uuidParam,
        response: { 200: competitionDetail, ...errors },
      },
    },
    async (request) => detail(await competitionInScope(db, request.actor, request.params.id)),
  );

  app.patch(
    '/api/competitions/:id',
    {
      config: { permission: 'competition:manage', scope: competitionScope() },
      schema: {
        tags,
        summary: 'Change name, year, closing date or rules (rules: draft or open only)',
        params: uuidParam,
        body: competitionPatchBody,
        response: { 200: competitionDetail, ...errors },
      },
    },
    async (request) => {
      const c = await competitionInScope(db, request.actor, request.params.id);
      const { version, rules, ...rest } = request.body;
      if (c.status === 'published') throw new AppError(409, 'comp_status_move', { from: c.status, to: c.status });
      if (rules) {
        if (c.status !== 'draft' && c.status !== 'open') throw new AppError(409, 'comp_rules_locked');
        const problem = rulesError(rules);
        if (problem) throw problem;
      }
      const set = Object.fromEntries(Object.entries({ ...rest, rules }).filter(([, v]) => v !== undefined));
      // A stage taken out of the rules takes its judges and assignments with it (no scores exist before judging).
      const removed = rules ? c.rules.stages.map((s) => s.id).filter((id) => !rules.stages.some((s) => s.id === id)) : [];
      const clearRemoved = async (tx: Parameters<Parameters<typeof db.transaction>[0]>[0]) => {
        for (const table of [competitionJudges, competitionAssignments])
          await tx.delete(table).where(and(eq(table.competitionId, c.id), inArray(table.stageId, removed)));
      };
      return detail(await update(request, c, version, set, 'update', removed.length ? clearRemoved : undefined));
    },
  );

  app.post(
    '/api/competitions/:id/status',
    {
      config: { permission: 'competition:manage', scope: competitionScope() },
      schema: {
        tags,
        summary: 'Open, start judging, lock (ranks the final), reopen or publish',
        params: uuidParam,
        body: statusBody.extend({ version: competitionPatchBody.shape.version }),
        response: { 200: competitionDetail, ...errors },
      },
    },
    async (request) => {
      const c = await competitionInScope(db, request.actor, request.params.id);
      const to = request.body.status;
      if (!canMove(c.status, to)) throw new AppError(409, 'comp_status_move', { from: c.status, to });
      const last = c.rules.stages.length - 1;
      if (to === 'locked' && c.currentStage < last) throw new AppError(409, 'comp_undecided', { count: last - c.currentStage });
      if (to === 'open' && c.status === 'judging' && c.currentStage > 0) throw new AppError(409, 'comp_status_move', { from: c.status, to });
      const set = { status: to, ...(to === 'published' ? { publishedAt: new Date() } : {}) };
      const row = await update(request, c, request.body.version, set, `status:${to}`, async (tx) => {
        if (to === 'locked') await closeFinal(tx, c);
        if (c.status === 'locked' && to === 'judging') await reopenLast(tx, c);
      });
      return detail(row);
    },
  );

  app.post(
    '/api/competitions/:id/advance',
    {
      config: { permission: 'competition:manage', scope: competitionScope() },
      schema: {
        tags,
        summary: 'Close the running stage: keep its ranking and move the entries that go on to the next stage',
        params: uuidParam,
        body: competitionPatchBody.pick({ version: true }),
        response: { 200: competitionDetail, ...errors },
      },
    },
    async (request) => {
      const c = await competitionInScope(db, request.actor, request.params.id);
      if (c.status !== 'judging') throw new AppError(409, 'comp_not_judging');
      if (c.currentStage >= c.rules.stages.length - 1) throw new AppError(409, 'comp_last_stage');
      const row = await update(request, c, request.body.version, { currentStage: c.currentStage + 1 }, 'advance', async (tx) => {
        await closeStage(tx, c, c.currentStage);
      });
      return detail(row);
    },
  );

  app.get(
    '/api/competitions/:id/stages/:stageId/ranking',
    {
      config: { permission: 'competition:manage', scope: competitionScope() },
      schema: {
        tags,
        summary: 'A stage’s ranking: live while it runs, as kept once closed; `_final` for the final',
        params: stageParams,
        response: { 200: rankingResponse, ...errors },
      },
    },
    async (request) => {
      const c = await competitionInScope(db, request.actor, request.params.id);
      const { stageId } = request.params;
      if (stageId === FINAL_STAGE) {
        if (c.status !== 'locked' && c.status !== 'published') throw notFound();
        return { stageId, closed: true, rows: (await finalRows(c)).map((r) => ({ ...r, judges: 0 })) };
      }
      const { index } = stageOf(c, stageId);
      const closed = index < c.currentStage || c.status === 'locked' || c.status === 'published';
      const live = await liveStage(db, c, index);
      if (!closed) return { stageId, closed, rows: live };
      const stored = new Map((await storedResults(db, c.id, stageId)).map((r) => [r.entryId, r]));
      const rows = live
        .filter((r) => stored.has(r.entryId))
        .map((r) => ({
          ...r,
          score: stored.get(r.entryId)?.score ?? null,
          rank: stored.get(r.entryId)?.rank ?? null,
          advanced: stored.get(r.entryId)?.advanced ?? false,
        }));
      return { stageId, closed, rows };
    },
  );

  app.post(
    '/api/competitions/:id/stages/:stageId/decisions',
    {
      config: { permission: 'competition:manage', scope: competitionScope() },
      schema: {
        tags,
        summary: 'Pass or stop an entry in a running review stage after the first (e.g. field verification)',
        params: stageParams,
        body: resultRow.pick({ entryId: true, advanced: true }),
        response: { 200: resultRow.pick({ entryId: true, advanced: true }), ...errors },
      },
    },
    async (request) => {
      const c = await competitionInScope(db, request.actor, request.params.id);
      const { index, stage } = stageOf(c, request.params.stageId);
      if (c.status !== 'judging') throw new AppError(409, 'comp_not_judging');
      if (index !== c.currentStage || stage.kind !== 'review' || index === 0) throw new AppError(409, 'comp_not_current_stage');
      const inStage = (await liveStage(db, c, index)).some((r) => r.entryId === request.body.entryId);
      if (!inStage) throw notFound();
      const { entryId, advanced } = request.body;
      await db.transaction(async (tx) => {
        await tx
          .insert(competitionResults)
          .values({ competitionId: c.id, stageId: stage.id, entryId, advanced })
          .onConflictDoUpdate({
            target: [competitionResults.competitionId, competitionResults.stageId, competitionResults.entryId],
            set: { advanced, updatedAt: sql`now()` },
          });
        await auditCompetition(tx, request, c, 'decide', { stage: stage.id, entryId, advanced });
      });
      return { entryId, advanced };
    },
  );
}
