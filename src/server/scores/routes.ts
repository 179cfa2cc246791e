import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { errorResponse, periodQuery } from '../../contract/common';
import { regionScore, scoreInput, scoreInputQuery } from '../../contract/scores';
import type { SessionUser } from '../plugins/session';
import { regionInScope } from '../shared/http/guard';
import { periodScope } from '../shared/http/scopes';
import { periodHeadOfRegion } from '../shared/periods/period-lookup';
import { periodState, regionScores } from '../shared/periods/period-state';

const tags = ['scores'];
const errors = { 400: errorResponse, 401: errorResponse, 403: errorResponse, 404: errorResponse };

export default async function scoreRoutes(fastify: FastifyInstance) {
  const app = fastify.withTypeProvider<ZodTypeProvider>();
  const { db } = app;

  /** The asked period of the actor's region, else the open one, else the latest — as on every page. */
  const periodOf = (actor: SessionUser, periodId: string | undefined) => periodHeadOfRegion(db, regionInScope(actor, undefined), periodId);

  app.get(
    '/api/scores/region',
    {
      config: { permission: 'period:read', scope: periodScope() },
      schema: {
        tags,
        summary: 'The region’s IID in a period (default: the latest), claimed and verified',
        querystring: periodQuery,
        response: { 200: regionScore, ...errors },
      },
    },
    async (request) => {
      const period = await periodOf(request.actor, request.query.periodId);
      // The full scores; the response schema keeps the headline figures (scoreShape).
      const { claimed, verified } = await regionScores(db, period.id, period.stamp);
      return { periodId: period.id, year: period.year, frameworkId: period.frameworkId, claimed, verified };
    },
  );

  app.get(
    '/api/innovations/score-input',
    {
      config: { permission: 'simulation:use', scope: periodScope() },
      schema: {
        tags,
        summary: 'The period’s state in the CLI score input format (claimed or verified answers), for the simulator',
        querystring: scoreInputQuery,
        response: { 200: scoreInput, ...errors },
      },
    },
    async (request) => {
      const period = await periodOf(request.actor, request.query.periodId);
      const state = await periodState(db, period.id);
      const input = state[request.query.basis];
      // On the verified basis, the items waiting for a verifier come along: the simulator ranks finishing them.
      const verified = request.query.basis === 'verified';
      const nonEmpty = (a: Record<string, number>) => (verified && Object.keys(a).length ? { pending: a } : {});
      return {
        framework: period.frameworkId,
        periodId: period.id,
        year: period.year,
        basis: request.query.basis,
        region: { ...input.region, ...nonEmpty(state.pending.region) },
        // status: only an innovation approved by its Kepala OPD can really be sent; the simulator says so.
        innovations: input.innovations.map((inv, k) => ({
          ...inv,
          id: state.entries[k].name,
          entryId: inv.id,
          status: state.entries[k].status,
          ...nonEmpty(state.pending.innovations[k]),
        })),
      };
    },
  );
}
