// The evidence pre-check's routes: what this installation can read, and reading an item again (after OCR was
// installed, or when a reading failed). The checks themselves come with every evidence list (repository.ts).
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { errorResponse } from '../../contract/common';
import { evidenceShape } from '../../contract/evidence';
import { checkCapabilitiesShape } from '../../contract/evidence-check';
import type { RefusedRoles } from '../plugins/access';
import { queueChecks } from '../shared/evidence-check/queue';
import { notFound } from '../shared/http/errors';
import { uuidParam } from '../shared/http/schemas';
import { writableItem } from '../shared/items/find';
import { evidenceById, withChecks } from './repository';

const tags = ['evidence'];
const errors = { 400: errorResponse, 401: errorResponse, 403: errorResponse, 404: errorResponse, 409: errorResponse };
/** As for uploading: reading again is a change of the item's evidence (innovation:write, shared/items writableItem). */
const READERS_ONLY: RefusedRoles = { roles: ['pimpinan', 'verifikator'], why: 'evidence of an entry is changed with innovation:write' };

export default async function evidenceCheckRoutes(fastify: FastifyInstance) {
  const app = fastify.withTypeProvider<ZodTypeProvider>();
  const { db } = app;

  app.get(
    '/api/evidence/check-capabilities',
    {
      config: { permission: 'signed_in', scope: { kind: 'none' } },
      schema: {
        tags,
        summary: 'What the evidence pre-check can read here: PDF text layer, OCR of scans and images (and its language), video length',
        response: { 200: checkCapabilitiesShape, ...errors },
      },
    },
    async () => app.evidenceChecks.capabilities(),
  );

  app.post(
    '/api/evidence/:id/check',
    {
      config: { permission: 'innovation:read', scope: { kind: 'opd', resource: 'evidence', refusedRoles: READERS_ONLY } },
      schema: {
        tags,
        summary: 'Read an evidence item again in the background (202); its check shows progress in the evidence list',
        params: uuidParam,
        response: { 202: evidenceShape, ...errors },
      },
    },
    async (request, reply) => {
      const row = await evidenceById(db, request.params.id);
      if (!row || row.deletedAt) throw notFound();
      await writableItem(db, request.actor, { entryId: row.entryId ?? undefined, periodId: row.periodId, code: row.indicatorCode }, { profileDocuments: true });
      await queueChecks(db, [row]);
      reply.code(202);
      return (await withChecks(db, [row], request.locale))[0];
    },
  );
}
