// The SID answers of an innovation entry: the option the operator chose per indicator of the period's framework,
// with the claimed and verified maturity. Read and saved by the items' one answer handler (shared/items/answers.ts).
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { authorize } from '../shared/http/guard';
import { errorResponse, uuidParam } from '../shared/http/schemas';
import { type AnswerView, answerBody, answerParams, itemStateShape, readAnswers, saveAnswer } from '../shared/items/answers';

const tags = ['innovations'];
const errors = { 400: errorResponse, 401: errorResponse, 403: errorResponse, 404: errorResponse, 409: errorResponse };

const answersShape = z.object({
  entryId: z.string(),
  frameworkId: z.string(),
  answers: z.record(z.string(), z.number()),
  items: z.record(z.string(), itemStateShape),
  /** Claimed: the options chosen. Verified: only accepted items backed by evidence. */
  maturity: z.number(),
  maturityVerified: z.number(),
  maturityMax: z.number(),
  missingEvidence: z.array(z.string()),
});

const shape = (v: AnswerView) => ({
  entryId: v.owner.entryId as string,
  frameworkId: v.owner.frameworkId,
  answers: v.answers,
  items: v.items,
  maturity: v.claimed,
  maturityVerified: v.verified,
  maturityMax: v.max,
  missingEvidence: v.missingEvidence,
});

export default async function answerRoutes(fastify: FastifyInstance) {
  const app = fastify.withTypeProvider<ZodTypeProvider>();
  const { db } = app;

  app.get(
    '/api/innovations/entries/:id/answers',
    { schema: { tags, summary: 'The SID answers of an entry and its claimed maturity', params: uuidParam, response: { 200: answersShape, ...errors } } },
    async (request) => {
      authorize(request, 'innovation:read');
      return shape(await readAnswers(db, request, { entryId: request.params.id }));
    },
  );

  app.put(
    '/api/innovations/entries/:id/answers/:code',
    {
      schema: {
        tags,
        summary: 'Choose an option (0 clears) for one SID indicator',
        params: answerParams,
        body: answerBody,
        response: { 200: answersShape, ...errors },
      },
    },
    async (request) => {
      authorize(request, 'innovation:write');
      return shape(await saveAnswer(db, request, { entryId: request.params.id, code: request.params.code }, request.body.value));
    },
  );
}
