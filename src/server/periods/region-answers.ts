// The region-level (SPD) answers of a period: Admin Daerah chooses an option per SPD indicator of the period's
// framework. Read and saved by the items' one answer handler (shared/items/answers.ts), like the SID answers.
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { authorize } from '../shared/http/guard';
import { errorResponse, uuidParam } from '../shared/http/schemas';
import { type AnswerView, answerBody, answerParams, itemStateShape, readAnswers, saveAnswer } from '../shared/items/answers';

const tags = ['periods'];
const errors = { 400: errorResponse, 401: errorResponse, 403: errorResponse, 404: errorResponse, 409: errorResponse };
const answersShape = z.object({
  periodId: z.string(),
  answers: z.record(z.string(), z.number()),
  items: z.record(z.string(), itemStateShape),
  /** Claimed (options chosen) and verified (accepted with evidence) SPD points. */
  spd: z.number(),
  spdVerified: z.number(),
  spdMax: z.number(),
  missingEvidence: z.array(z.string()),
});

const shape = (v: AnswerView) => ({
  periodId: v.owner.periodId,
  answers: v.answers,
  items: v.items,
  spd: v.claimed,
  spdVerified: v.verified,
  spdMax: v.max,
  missingEvidence: v.missingEvidence,
});

export default async function regionAnswerRoutes(fastify: FastifyInstance) {
  const app = fastify.withTypeProvider<ZodTypeProvider>();
  const { db } = app;

  app.get(
    '/api/periods/:id/region-answers',
    { schema: { tags, summary: 'The region-level (SPD) answers of a period and their score', params: uuidParam, response: { 200: answersShape, ...errors } } },
    async (request) => {
      authorize(request, 'period:read');
      return shape(await readAnswers(db, request, { periodId: request.params.id }));
    },
  );

  app.put(
    '/api/periods/:id/region-answers/:code',
    {
      schema: {
        tags,
        summary: 'Choose an option (0 clears) for one SPD indicator',
        params: answerParams,
        body: answerBody,
        response: { 200: answersShape, ...errors },
      },
    },
    async (request) => {
      authorize(request, 'period:write');
      return shape(await saveAnswer(db, request, { periodId: request.params.id, code: request.params.code }, request.body.value));
    },
  );
}
