// The organiser's side of judging: the judges of each stage (juri accounts of the region or outside ones),
// their assignments — balanced automatically or set by hand, never to a conflicted judge — and their progress.
import { and, eq, inArray } from 'drizzle-orm';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { errorResponse } from '../../contract/common';
import { assignBody, judgesBody, stageParams, stageProgress } from '../../contract/competitions';
import { balanceAssignments } from '../../domain/competitions/assignment';
import { conflictOf } from '../../domain/competitions/conflicts';
import { competitionAssignments, competitionJudges } from '../db/schema';
import { AppError, fieldError, notFound } from '../shared/http/errors';
import { competitionScope } from '../shared/http/scopes';
import { auditCompetition, competitionInScope, stageOf } from './access';
import { type CompetitionRow, declaredConflicts, type JudgeRow, judgeCandidates, listEntries, stageAssignments, stageJudges, stageScores } from './repository';

const tags = ['competitions'];
const errors = { 400: errorResponse, 401: errorResponse, 403: errorResponse, 404: errorResponse, 409: errorResponse };

export default async function competitionJudgeRoutes(fastify: FastifyInstance) {
  const app = fastify.withTypeProvider<ZodTypeProvider>();
  const { db } = app;

  /** The stage's entries (accepted, reached it) and a conflict test for its judges. */
  async function stageContext(c: CompetitionRow, index: number, judges: JudgeRow[]) {
    const entries = (await listEntries(db, c.id, { status: 'accepted' })).filter((r) => r.entry.stageReached >= index);
    const declared = await declaredConflicts(db, c.id);
    const declaredSet = new Set(declared.map((d) => `${d.judgeId}|${d.entryId}`));
    const judgeById = new Map(judges.map((j) => [j.id, j]));
    const entryById = new Map(entries.map((e) => [e.entry.id, e.entry]));
    const conflictFor = (judgeId: string, entryId: string) => {
      const j = judgeById.get(judgeId);
      const e = entryById.get(entryId);
      return j && e ? conflictOf(j, e, c.regionId, declaredSet.has(`${judgeId}|${entryId}`)) : null;
    };
    return { entries, declared, conflictFor };
  }

  async function progress(c: CompetitionRow, stageId: string, short?: { entry: string; judges: number }[]) {
    const { index } = stageOf(c, stageId);
    const [judges, candidates, assignments, scores] = await Promise.all([
      stageJudges(db, c.id, stageId),
      judgeCandidates(db, c.regionId, c.id),
      stageAssignments(db, c.id, stageId),
      stageScores(db, c.id, stageId),
    ]);
    const { entries, conflictFor } = await stageContext(c, index, judges);
    const criteria = c.rules.stages[index].criteria.map((x) => x.id);
    const scored = new Set(scores.map((s) => `${s.judge}|${s.entry}|${s.criterion}`));
    const complete = (judge: string, entry: string) => criteria.length > 0 && criteria.every((k) => scored.has(`${judge}|${entry}|${k}`));
    const pub = (j: JudgeRow) => ({ id: j.id, username: j.username, fullName: j.fullName, opdName: j.opdName });
    const conflicts = judges.flatMap((j) =>
      entries.flatMap((e) => {
        const reason = conflictFor(j.id, e.entry.id);
        return reason ? [{ judgeId: j.id, entryId: e.entry.id, reason }] : [];
      }),
    );
    return {
      stageId,
      judges: judges.map((j) => {
        const mine = assignments.filter((a) => a.judge === j.id);
        return { ...pub(j), assigned: mine.length, completed: mine.filter((a) => complete(j.id, a.entry)).length };
      }),
      candidates: candidates.map(pub),
      entries: entries.map((e) => ({
        entryId: e.entry.id,
        innovationName: e.innovationName,
        opdName: e.opdName,
        judges: assignments.filter((a) => a.entry === e.entry.id).map((a) => a.judge),
      })),
      conflicts,
      ...(short ? { short } : {}),
    };
  }

  app.get(
    '/api/competitions/:id/stages/:stageId/judging',
    {
      config: { permission: 'competition:manage', scope: competitionScope() },
      schema: {
        tags,
        summary: 'A stage’s judges, assignments, conflicts and each judge’s progress',
        params: stageParams,
        response: { 200: stageProgress, ...errors },
      },
    },
    async (request) => {
      const c = await competitionInScope(db, request.actor, request.params.id);
      return progress(c, request.params.stageId);
    },
  );

  app.put(
    '/api/competitions/:id/stages/:stageId/judges',
    {
      config: { permission: 'competition:manage', scope: competitionScope() },
      schema: {
        tags,
        summary: 'Set the judges of a stage (a removed judge loses their assignments, not their scores)',
        params: stageParams,
        body: judgesBody,
        response: { 200: stageProgress, ...errors },
      },
    },
    async (request) => {
      const c = await competitionInScope(db, request.actor, request.params.id);
      const { stage } = stageOf(c, request.params.stageId);
      const allowed = new Set((await judgeCandidates(db, c.regionId, c.id)).map((j) => j.id));
      const wanted = [...new Set(request.body.userIds)];
      const refused = wanted.findIndex((id) => !allowed.has(id));
      if (refused >= 0) throw fieldError({ [`userIds.${refused}`]: 'comp_not_juri' });
      const before = (await stageJudges(db, c.id, stage.id)).map((j) => j.id);
      await db.transaction(async (tx) => {
        const removed = before.filter((id) => !wanted.includes(id));
        if (removed.length) {
          await tx
            .delete(competitionJudges)
            .where(and(eq(competitionJudges.competitionId, c.id), eq(competitionJudges.stageId, stage.id), inArray(competitionJudges.userId, removed)));
          await tx
            .delete(competitionAssignments)
            .where(
              and(
                eq(competitionAssignments.competitionId, c.id),
                eq(competitionAssignments.stageId, stage.id),
                inArray(competitionAssignments.judgeId, removed),
              ),
            );
        }
        const added = wanted.filter((id) => !before.includes(id));
        if (added.length) await tx.insert(competitionJudges).values(added.map((userId) => ({ competitionId: c.id, stageId: stage.id, userId })));
        await auditCompetition(tx, request, c, 'judges', { stage: stage.id, judges: wanted }, { stage: stage.id, judges: before });
      });
      return progress(c, stage.id);
    },
  );

  app.post(
    '/api/competitions/:id/stages/:stageId/assignments',
    {
      config: { permission: 'competition:manage', scope: competitionScope() },
      schema: {
        tags,
        summary: 'Assign judges to entries: balanced automatically, or one pair by hand (a conflicted pair is refused)',
        params: stageParams,
        body: assignBody,
        response: { 200: stageProgress, ...errors },
      },
    },
    async (request) => {
      const c = await competitionInScope(db, request.actor, request.params.id);
      const { index, stage } = stageOf(c, request.params.stageId);
      if (stage.kind !== 'scored') throw new AppError(409, 'comp_not_current_stage');
      const judges = await stageJudges(db, c.id, stage.id);
      const { entries, conflictFor } = await stageContext(c, index, judges);
      const existing = await stageAssignments(db, c.id, stage.id);
      const body = request.body;
      if (body.mode === 'balanced') {
        const plan = balanceAssignments(
          entries.map((e) => e.entry.id),
          judges.map((j) => j.id),
          stage.judgesPerEntry,
          (j, e) => conflictFor(j, e) !== null,
          existing.filter((a) => conflictFor(a.judge, a.entry) === null),
        );
        await db.transaction(async (tx) => {
          if (plan.assignments.length)
            await tx
              .insert(competitionAssignments)
              .values(plan.assignments.map((a) => ({ competitionId: c.id, stageId: stage.id, judgeId: a.judge, entryId: a.entry })))
              .onConflictDoNothing();
          await auditCompetition(tx, request, c, 'assign', { stage: stage.id, added: plan.assignments.length });
        });
        return progress(c, stage.id, plan.short);
      }
      if (!judges.some((j) => j.id === body.judgeId)) throw fieldError({ judgeId: 'not_found' });
      if (!entries.some((e) => e.entry.id === body.entryId)) throw notFound();
      if (body.assigned && conflictFor(body.judgeId, body.entryId)) throw new AppError(403, 'comp_judge_conflict');
      await db.transaction(async (tx) => {
        const pair = { competitionId: c.id, stageId: stage.id, judgeId: body.judgeId, entryId: body.entryId };
        if (body.assigned) await tx.insert(competitionAssignments).values(pair).onConflictDoNothing();
        else
          await tx
            .delete(competitionAssignments)
            .where(
              and(
                eq(competitionAssignments.competitionId, c.id),
                eq(competitionAssignments.stageId, stage.id),
                eq(competitionAssignments.judgeId, body.judgeId),
                eq(competitionAssignments.entryId, body.entryId),
              ),
            );
        await auditCompetition(tx, request, c, body.assigned ? 'assign' : 'unassign', pair);
      });
      return progress(c, stage.id);
    },
  );
}
