// Region-level (SPD) answers of a period: Admin Daerah chooses an option per SPD indicator of the period's
// framework. Each change affects the score, is audited and sends the item back to "menunggu verifikasi".
import { eq } from 'drizzle-orm';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { errorResponse } from '../../contract/common';
import { answerBody } from '../../contract/innovations';
import { regionAnswersShape } from '../../contract/periods';
import { answersWithoutEvidence, claimedAnswers, verifiedAnswers } from '../../domain/evidence/review';
import { answersScore, compile, roundTo, unscaled } from '../../domain/iid/engine';
import type { Framework } from '../../domain/iid/types';
import { answerValueProblem } from '../../domain/iid/validate';
import { canAccessRegion } from '../../domain/roles';
import { periods, regionAnswers } from '../db/schema';
import { recordAudit } from '../shared/audit';
import { AppError, fieldError, notFound } from '../shared/errors';
import { authorize } from '../shared/guard';
import { regionItems } from '../shared/review-state';
import { uuidParam } from '../shared/schemas';

const tags = ['periods'];
const errors = { 400: errorResponse, 401: errorResponse, 403: errorResponse, 404: errorResponse, 409: errorResponse };
const shape = regionAnswersShape;

export default async function regionAnswerRoutes(fastify: FastifyInstance) {
  const app = fastify.withTypeProvider<ZodTypeProvider>();
  const { db } = app;

  async function load(request: Parameters<typeof authorize>[0], id: string, permission: 'period:read' | 'period:write') {
    const actor = authorize(request, permission);
    const [period] = await db.select().from(periods).where(eq(periods.id, id));
    if (!period || !canAccessRegion(actor, period.regionId)) throw notFound();
    const items = await regionItems(db, id);
    return { actor, period, framework: period.framework as Framework, answers: claimedAnswers(items) };
  }

  const result = async (periodId: string, framework: Framework) => {
    const c = compile(framework);
    const items = await regionItems(db, periodId);
    const points = (answers: Record<string, number>) => roundTo(unscaled(answersScore(c, c.spd, answers)), 4);
    const answers = claimedAnswers(items);
    return {
      periodId,
      answers,
      items,
      spd: points(answers),
      spdVerified: points(verifiedAnswers(items)),
      spdMax: roundTo(unscaled(c.spdMax), 4),
      missingEvidence: answersWithoutEvidence(items),
    };
  };

  app.get(
    '/api/periods/:id/region-answers',
    { schema: { tags, summary: 'The region-level (SPD) answers of a period and their score', params: uuidParam, response: { 200: shape, ...errors } } },
    async (request) => {
      const { period, framework } = await load(request, request.params.id, 'period:read');
      return result(period.id, framework);
    },
  );

  app.put(
    '/api/periods/:id/region-answers/:code',
    {
      schema: {
        tags,
        summary: 'Choose an option (0 clears) for one SPD indicator',
        params: uuidParam.extend({ code: z.string().max(10) }),
        body: answerBody,
        response: { 200: shape, ...errors },
      },
    },
    async (request) => {
      const { actor, period, framework, answers } = await load(request, request.params.id, 'period:write');
      if (period.status === 'locked') throw new AppError(409, 'period_locked');
      const { code } = request.params;
      const indicator = framework.indicators.find((i) => i.code === code && i.aspect === 'SPD');
      if (!indicator) throw fieldError({ code: { code: 'score_unknown_indicator', params: { code } } });
      const { value } = request.body;
      const problem = answerValueProblem(indicator, value);
      if (problem) throw fieldError({ value: { code: problem.code, params: problem.params } });
      const before = answers[code] ?? 0;
      if (before !== value)
        await db.transaction(async (tx) => {
          await tx
            .insert(regionAnswers)
            .values({ periodId: period.id, indicatorCode: code, value, updatedBy: actor.id })
            .onConflictDoUpdate({
              target: [regionAnswers.periodId, regionAnswers.indicatorCode],
              set: { value, reviewStatus: 'menunggu', updatedBy: actor.id, updatedAt: new Date() },
            });
          await recordAudit(tx, request, {
            regionId: period.regionId,
            entityType: 'period',
            entityId: period.id,
            entityLabel: String(period.year),
            action: 'answer',
            before: { [`indikator ${code}`]: before },
            after: { [`indikator ${code}`]: value },
          });
        });
      return result(period.id, framework);
    },
  );
}
