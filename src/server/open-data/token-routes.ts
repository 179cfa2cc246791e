// The Admin Daerah's API tokens: create (shown once in full, kept only as a hash), list, revoke at once, and the
// log of every request made with one. Create and revoke are in the audit trail.
import { and, eq, isNull } from 'drizzle-orm';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { errorResponse } from '../../contract/common';
import { apiTokenCreated, apiTokenList, apiTokenShape, tokenCreateBody, tokenUsePage, tokenUsesQuery } from '../../contract/open-data';
import { todayInWib } from '../../domain/monitoring/opd-monitoring';
import { expiryInstant, expiryProblem, shownPrefix } from '../../domain/open-data/tokens';
import { apiTokens } from '../db/schema';
import { recordAudit } from '../shared/audit/record';
import { fieldError, notFound } from '../shared/http/errors';
import { regionInScope } from '../shared/http/guard';
import { uuidParam } from '../shared/http/schemas';
import { apiTokenScope } from '../shared/http/scopes';
import { findToken, hashToken, listTokens, newApiToken, tokenDto, tokenUses } from './token-repository';

const tags = ['API tokens'];
const errors = { 400: errorResponse, 401: errorResponse, 403: errorResponse, 404: errorResponse, 409: errorResponse };

export default async function apiTokenRoutes(fastify: FastifyInstance) {
  const app = fastify.withTypeProvider<ZodTypeProvider>();
  const { db } = app;

  app.get(
    '/api/api-tokens',
    {
      config: { permission: 'token:manage', scope: { kind: 'none' } },
      schema: { tags, summary: 'The region’s API tokens (never the tokens themselves: their first characters)', response: { 200: apiTokenList, ...errors } },
    },
    async (request) => {
      const regionId = regionInScope(request.actor, undefined);
      const now = new Date();
      return { items: (await listTokens(db, regionId)).map((t) => tokenDto(t, now)) };
    },
  );

  app.post(
    '/api/api-tokens',
    {
      config: { permission: 'token:manage', scope: { kind: 'none' } },
      schema: {
        tags,
        summary: 'Create a token for an integration: the token is in this answer only (it is kept as a hash)',
        body: tokenCreateBody,
        response: { 201: apiTokenCreated, ...errors },
      },
    },
    async (request, reply) => {
      const actor = request.actor;
      if (!actor.regionId) throw fieldError({ regionId: 'required' });
      const b = request.body;
      const problem = expiryProblem(b.expiresOn, todayInWib(new Date()));
      if (problem) throw fieldError({ expiresOn: problem });
      const token = newApiToken();
      const scopes = [...new Set(b.scopes)];
      const row = await db.transaction(async (tx) => {
        const [created] = await tx
          .insert(apiTokens)
          .values({
            regionId: actor.regionId as string,
            name: b.name,
            tokenHash: hashToken(token),
            prefix: shownPrefix(token),
            scopes,
            expiresAt: expiryInstant(b.expiresOn),
            createdBy: actor.id,
          })
          .returning();
        await recordAudit(tx, request, {
          regionId: created.regionId,
          entityType: 'api_token',
          entityId: created.id,
          entityLabel: `${created.name} (${created.prefix}…)`,
          action: 'create',
          after: { name: created.name, prefix: created.prefix, scopes, expiresAt: created.expiresAt },
        });
        return created;
      });
      reply.status(201);
      return { token, item: tokenDto({ ...row, createdByName: actor.fullName }, new Date()) };
    },
  );

  app.post(
    '/api/api-tokens/:id/revoke',
    {
      config: { permission: 'token:manage', scope: apiTokenScope() },
      schema: {
        tags,
        summary: 'Revoke a token: it stops working at once (revoking again changes nothing)',
        params: uuidParam,
        response: { 200: apiTokenShape, ...errors },
      },
    },
    async (request) => {
      const actor = request.actor;
      const regionId = regionInScope(actor, undefined);
      const token = await findToken(db, regionId, request.params.id);
      if (!token) throw notFound();
      if (!token.revokedAt)
        await db.transaction(async (tx) => {
          const [revoked] = await tx
            .update(apiTokens)
            .set({ revokedAt: new Date(), revokedBy: actor.id })
            .where(and(eq(apiTokens.id, token.id), isNull(apiTokens.revokedAt)))
            .returning();
          if (revoked)
            await recordAudit(tx, request, {
              regionId,
              entityType: 'api_token',
              entityId: token.id,
              entityLabel: `${token.name} (${token.prefix}…)`,
              action: 'revoke',
              before: { revokedAt: null },
              after: { revokedAt: revoked.revokedAt },
            });
        });
      return tokenDto((await findToken(db, regionId, token.id))!, new Date());
    },
  );

  app.get(
    '/api/api-tokens/:id/uses',
    {
      config: { permission: 'token:manage', scope: apiTokenScope() },
      schema: {
        tags,
        summary: 'Every request made with a token, newest first: when, method, address, status (refusals included)',
        params: uuidParam,
        querystring: tokenUsesQuery,
        response: { 200: tokenUsePage, ...errors },
      },
    },
    async (request) => {
      const regionId = regionInScope(request.actor, undefined);
      const token = await findToken(db, regionId, request.params.id);
      if (!token) throw notFound();
      return tokenUses(db, token.id, request.query.page, request.query.pageSize);
    },
  );
}
