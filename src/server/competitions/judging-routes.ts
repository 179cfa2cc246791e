// The judge's side: the competitions they judge, the entries assigned to them in the running stage (the OPD hidden
// in blind mode), per-criterion scores with comments saved as they go, and declared conflicts of interest. A
// judge sees only their assignments; the server refuses a score outside them or on a conflicted entry (403).
import { and, eq, sql } from 'drizzle-orm';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { errorResponse } from '../../contract/common';
import { conflictBody, judgingDetail, judgingItem, scoreBody } from '../../contract/competitions';
import { conflictOf } from '../../domain/competitions/conflicts';
import { competitionAssignments, competitionConflicts, competitionJudges, competitionScores, competitions } from '../db/schema';
import type { SessionUser } from '../plugins/session';
import { AppError, fieldError, notFound } from '../shared/http/errors';
import { uuidParam } from '../shared/http/schemas';
import { auditCompetition } from './access';
import { type CompetitionRow, declaredConflicts, findCompetition, findEntry, listEntries, stageAssignments, stageScores } from './repository';

const tags = ['judging'];
const errors = { 400: errorResponse, 401: errorResponse, 403: errorResponse, 404: errorResponse, 409: errorResponse };
const judgeScope = { kind: 'self', resource: 'competition' } as const;

export default async function judgingRoutes(fastify: FastifyInstance) {
  const app = fastify.withTypeProvider<ZodTypeProvider>();
  const { db } = app;

  /** A competition the actor judges in its running stage; anything else is not theirs to see (404). */
  async function judged(actor: SessionUser, id: string) {
    const c = await findCompetition(db, id);
    if (!c || c.status === 'draft') throw notFound();
    const stage = c.rules.stages[c.currentStage];
    const [judge] = await db
      .select()
      .from(competitionJudges)
      .where(and(eq(competitionJudges.competitionId, c.id), eq(competitionJudges.stageId, stage.id), eq(competitionJudges.userId, actor.id)));
    if (!judge) throw notFound();
    return { c, stage, open: c.status === 'judging' };
  }

  /** The actor's assigned entries of the stage, with the conflict each may have. */
  async function mine(actor: SessionUser, c: CompetitionRow, stageId: string) {
    const assigned = new Set((await stageAssignments(db, c.id, stageId)).filter((a) => a.judge === actor.id).map((a) => a.entry));
    const declared = new Set((await declaredConflicts(db, c.id)).filter((d) => d.judgeId === actor.id).map((d) => d.entryId));
    const entries = (await listEntries(db, c.id, { status: 'accepted' })).filter((e) => assigned.has(e.entry.id));
    return entries.filter((e) => !conflictOf(actor, e.entry, c.regionId, declared.has(e.entry.id)));
  }

  app.get(
    '/api/judging',
    {
      config: { permission: 'competition:judge', scope: { kind: 'none' } },
      schema: { tags, summary: 'The competitions I judge, with my progress in the running stage', response: { 200: judgingItem.array(), ...errors } },
    },
    async (request) => {
      const actor = request.actor;
      const rows = await db
        .select({ c: competitions, stageId: competitionJudges.stageId })
        .from(competitionJudges)
        .innerJoin(competitions, eq(competitions.id, competitionJudges.competitionId))
        .where(and(eq(competitionJudges.userId, actor.id), sql`${competitions.status} <> 'draft'`))
        .orderBy(sql`${competitions.year} desc`, competitions.name);
      const out = [];
      for (const { c, stageId } of rows) {
        const index = c.rules.stages.findIndex((s) => s.id === stageId);
        if (index !== c.currentStage) continue;
        const stage = c.rules.stages[index];
        const entries = await mine(actor, c, stageId);
        const scores = (await stageScores(db, c.id, stageId)).filter((s) => s.judge === actor.id);
        const complete = entries.filter((e) => stage.criteria.every((k) => scores.some((s) => s.entry === e.entry.id && s.criterion === k.id))).length;
        out.push({
          competitionId: c.id,
          name: c.name,
          year: c.year,
          stageId,
          stageName: stage.name,
          open: c.status === 'judging',
          assigned: entries.length,
          completed: complete,
        });
      }
      return out;
    },
  );

  app.get(
    '/api/judging/:id',
    {
      config: { permission: 'competition:judge', scope: judgeScope },
      schema: { tags, summary: 'My assigned entries in the running stage, with my scores', params: uuidParam, response: { 200: judgingDetail, ...errors } },
    },
    async (request) => {
      const actor = request.actor;
      const { c, stage, open } = await judged(actor, request.params.id);
      const entries = await mine(actor, c, stage.id);
      const scores = await db
        .select()
        .from(competitionScores)
        .where(and(eq(competitionScores.competitionId, c.id), eq(competitionScores.stageId, stage.id), eq(competitionScores.judgeId, actor.id)));
      return {
        competitionId: c.id,
        name: c.name,
        open,
        rules: c.rules,
        stageId: stage.id,
        entries: entries.map((e) => {
          const own = scores.filter((s) => s.entryId === e.entry.id);
          return {
            entryId: e.entry.id,
            innovationName: e.innovationName,
            opdName: stage.blind ? null : e.opdName,
            groupId: e.entry.groupId,
            proposal: e.entry.proposal,
            scores: Object.fromEntries(own.map((s) => [s.criterionId, { value: s.value, comment: s.comment }])),
            complete: stage.criteria.every((k) => own.some((s) => s.criterionId === k.id && s.value !== null)),
          };
        }),
      };
    },
  );

  app.put(
    '/api/judging/:id/scores',
    {
      config: { permission: 'competition:judge', scope: judgeScope },
      schema: {
        tags,
        summary: 'Save one criterion’s score and/or comment (absent: unchanged); refused outside my assignments',
        params: uuidParam,
        body: scoreBody,
        response: { 200: scoreBody, ...errors },
      },
    },
    async (request) => {
      const actor = request.actor;
      const { c, stage, open } = await judged(actor, request.params.id);
      const { entryId, criterionId, value, comment } = request.body;
      const [assigned] = await db
        .select()
        .from(competitionAssignments)
        .where(
          and(
            eq(competitionAssignments.competitionId, c.id),
            eq(competitionAssignments.stageId, stage.id),
            eq(competitionAssignments.judgeId, actor.id),
            eq(competitionAssignments.entryId, entryId),
          ),
        );
      // One entry read, not the competition's list: this runs on every keystroke pause of every judge.
      const found = await findEntry(db, entryId);
      const entry = found && found.entry.competitionId === c.id && found.entry.status === 'accepted' ? found : undefined;
      if (!assigned || !entry) throw new AppError(403, 'comp_not_assigned');
      const declared = (await declaredConflicts(db, c.id)).some((d) => d.judgeId === actor.id && d.entryId === entryId);
      if (conflictOf(actor, entry.entry, c.regionId, declared)) throw new AppError(403, 'comp_judge_conflict');
      if (!open) throw new AppError(409, 'comp_not_judging');
      const criterion = stage.criteria.find((k) => k.id === criterionId);
      if (!criterion) throw fieldError({ criterionId: 'comp_unknown_criterion' });
      if (value !== undefined && value !== null && (value < 0 || value > criterion.max))
        throw fieldError({ value: { code: 'comp_out_of_scale', params: { max: criterion.max } } });
      const set = { ...(value !== undefined && { value }), ...(comment !== undefined && { comment }), updatedAt: new Date() };
      await db
        .insert(competitionScores)
        .values({ competitionId: c.id, stageId: stage.id, judgeId: actor.id, entryId, criterionId, value: value ?? null, comment: comment ?? null })
        .onConflictDoUpdate({
          target: [
            competitionScores.competitionId,
            competitionScores.stageId,
            competitionScores.judgeId,
            competitionScores.entryId,
            competitionScores.criterionId,
          ],
          set,
        });
      const [saved] = await db
        .select()
        .from(competitionScores)
        .where(
          and(
            eq(competitionScores.competitionId, c.id),
            eq(competitionScores.stageId, stage.id),
            eq(competitionScores.judgeId, actor.id),
            eq(competitionScores.entryId, entryId),
            eq(competitionScores.criterionId, criterionId),
          ),
        );
      return { entryId, criterionId, value: saved.value, comment: saved.comment };
    },
  );

  app.post(
    '/api/judging/:id/conflicts',
    {
      config: { permission: 'competition:judge', scope: judgeScope },
      schema: {
        tags,
        summary: 'Declare a conflict of interest with an assigned entry (it leaves my assignments)',
        params: uuidParam,
        body: conflictBody,
        response: { 200: conflictBody, ...errors },
      },
    },
    async (request) => {
      const actor = request.actor;
      const { c, stage } = await judged(actor, request.params.id);
      const { entryId, reason } = request.body;
      const entry = (await listEntries(db, c.id)).find((e) => e.entry.id === entryId);
      if (!entry) throw notFound();
      await db.transaction(async (tx) => {
        await tx
          .insert(competitionConflicts)
          .values({ competitionId: c.id, judgeId: actor.id, entryId, reason })
          .onConflictDoUpdate({
            target: [competitionConflicts.competitionId, competitionConflicts.judgeId, competitionConflicts.entryId],
            set: { reason },
          });
        await tx
          .delete(competitionAssignments)
          .where(
            and(eq(competitionAssignments.competitionId, c.id), eq(competitionAssignments.judgeId, actor.id), eq(competitionAssignments.entryId, entryId)),
          );
        await auditCompetition(tx, request, c, 'conflict', { stage: stage.id, entryId, reason });
      });
      return { entryId, reason };
    },
  );
}
