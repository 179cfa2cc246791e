// SID answers of one entry: the option the operator chose per indicator of the period's framework.
// Every change affects the score, so every change is audited with its before and after.
import { and, desc, eq, isNull } from 'drizzle-orm';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { compile, maturityOf, roundTo, unscaled } from '../../domain/iid/engine';
import type { Framework } from '../../domain/iid/types';
import { answerValueProblem } from '../../domain/iid/validate';
import { isEditable } from '../../domain/innovation/workflow';
import { canAccessOpd } from '../../domain/roles';
import { entryAnswers, innovationEntries, innovations, periods, regionAnswers } from '../db/schema';
import type { SessionUser } from '../plugins/session';
import { recordAudit } from '../shared/audit';
import { AppError, fieldError, notFound } from '../shared/errors';
import { authorize, regionInScope } from '../shared/guard';
import { errorResponse, uuidParam } from '../shared/schemas';
import { answersOf, getEntry } from './repository';

const tags = ['innovations'];
const errors = { 400: errorResponse, 401: errorResponse, 403: errorResponse, 404: errorResponse, 409: errorResponse };

const answersShape = z.object({
  entryId: z.string(),
  frameworkId: z.string(),
  answers: z.record(z.string(), z.number()),
  maturity: z.number(),
  maturityMax: z.number(),
});

export default async function answerRoutes(fastify: FastifyInstance) {
  const app = fastify.withTypeProvider<ZodTypeProvider>();
  const { db } = app;

  async function load(actor: SessionUser, entryId: string) {
    const entry = await getEntry(db, entryId);
    if (!entry || !canAccessOpd(actor, { id: entry.opdId, regionId: entry.regionId })) throw notFound();
    const [period] = await db.select().from(periods).where(eq(periods.id, entry.periodId));
    const rows = await db.select().from(entryAnswers).where(eq(entryAnswers.entryId, entry.id));
    return {
      entry,
      framework: period.framework as Framework,
      frameworkId: period.frameworkId,
      answers: Object.fromEntries(rows.map((r) => [r.indicatorCode, r.value])),
    };
  }

  function shape(entryId: string, framework: Framework, frameworkId: string, answers: Record<string, number>) {
    const c = compile(framework);
    return { entryId, frameworkId, answers, maturity: roundTo(unscaled(maturityOf(c, answers)), 4), maturityMax: roundTo(unscaled(c.maturityMax), 4) };
  }

  app.get(
    '/api/innovations/score-input',
    {
      schema: {
        tags,
        summary: 'The period’s state in the CLI score input format (claimed answers), for the simulator',
        querystring: z.object({ periodId: z.uuid({ error: 'invalid' }).optional() }),
      },
    },
    async (request) => {
      const actor = authorize(request, 'simulation:use');
      const regionId = regionInScope(actor, undefined);
      const [period] = request.query.periodId
        ? await db
            .select()
            .from(periods)
            .where(and(eq(periods.id, request.query.periodId), eq(periods.regionId, regionId)))
        : await db.select().from(periods).where(eq(periods.regionId, regionId)).orderBy(desc(periods.year)).limit(1);
      if (!period) throw notFound();
      const entries = await db
        .select({
          id: innovationEntries.id,
          name: innovationEntries.name,
          sent: innovationEntries.sent,
          urusanUtama: innovationEntries.urusanUtama,
          urusanLain: innovationEntries.urusanLain,
        })
        .from(innovationEntries)
        .innerJoin(innovations, eq(innovations.id, innovationEntries.innovationId))
        .where(and(eq(innovationEntries.periodId, period.id), isNull(innovations.deletedAt)));
      const byEntry = await answersOf(
        db,
        entries.map((e) => e.id),
      );
      const spd = await db.select().from(regionAnswers).where(eq(regionAnswers.periodId, period.id));
      return {
        framework: period.frameworkId,
        periodId: period.id,
        year: period.year,
        region: { answers: Object.fromEntries(spd.map((a) => [a.indicatorCode, a.value])) },
        innovations: entries.map((e) => ({
          id: e.name,
          entryId: e.id,
          // Unsent innovations come along unsent: the simulator then ranks "send this one" among its actions.
          sent: e.sent,
          urusan: [e.urusanUtama, ...(e.urusanLain ?? [])].filter((u): u is string => Boolean(u)),
          answers: byEntry.get(e.id) ?? {},
        })),
      };
    },
  );

  app.get(
    '/api/innovations/entries/:id/answers',
    { schema: { tags, summary: 'The SID answers of an entry and its claimed maturity', params: uuidParam, response: { 200: answersShape, ...errors } } },
    async (request) => {
      const { entry, framework, frameworkId, answers } = await load(authorize(request, 'innovation:read'), request.params.id);
      return shape(entry.id, framework, frameworkId, answers);
    },
  );

  app.put(
    '/api/innovations/entries/:id/answers/:code',
    {
      schema: {
        tags,
        summary: 'Choose an option (0 clears) for one SID indicator',
        params: uuidParam.extend({ code: z.string().max(10) }),
        body: z.object({ value: z.number().int().min(0).max(3) }),
        response: { 200: answersShape, ...errors },
      },
    },
    async (request) => {
      const actor = authorize(request, 'innovation:write');
      const { entry, framework, frameworkId, answers } = await load(actor, request.params.id);
      if (entry.periodStatus === 'locked') throw new AppError(409, 'period_locked');
      if (entry.periodStatus !== 'open') throw new AppError(409, 'period_closed');
      if (!isEditable(entry.status)) throw new AppError(409, 'entry_not_draft');
      const { code } = request.params;
      const indicator = framework.indicators.find((i) => i.code === code && i.aspect === 'SID');
      if (!indicator) throw fieldError({ code: { code: 'score_unknown_indicator', params: { code } } });
      const { value } = request.body;
      const problem = answerValueProblem(indicator, value);
      if (problem) throw fieldError({ value: { code: problem.code, params: problem.params } });
      const before = answers[code] ?? 0;
      if (before !== value)
        await db.transaction(async (tx) => {
          await tx
            .insert(entryAnswers)
            .values({ entryId: entry.id, indicatorCode: code, value, updatedBy: actor.id })
            .onConflictDoUpdate({ target: [entryAnswers.entryId, entryAnswers.indicatorCode], set: { value, updatedBy: actor.id, updatedAt: new Date() } });
          await recordAudit(tx, request, {
            regionId: entry.regionId,
            entityType: 'innovation',
            entityId: entry.id,
            entityLabel: entry.name,
            action: 'answer',
            before: { [`indikator ${code}`]: before },
            after: { [`indikator ${code}`]: value },
          });
        });
      return shape(entry.id, framework, frameworkId, { ...answers, [code]: value });
    },
  );
}
