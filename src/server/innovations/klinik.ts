// Klinik inovasi: a consultation thread per innovation where the OPD and the Bappeda talk. Attachments come
// with the evidence storage.
import { asc, eq } from 'drizzle-orm';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Role } from '../../domain/roles';
import { canAccessOpd } from '../../domain/roles';
import { innovationMessages } from '../db/schema';
import { recordAudit } from '../shared/audit';
import { forbidden, notFound } from '../shared/errors';
import { authorize } from '../shared/guard';
import { errorResponse, uuidParam } from '../shared/schemas';
import { getEntry } from './repository';

const tags = ['innovations'];
const errors = { 400: errorResponse, 401: errorResponse, 403: errorResponse, 404: errorResponse };
const POSTERS: Role[] = ['operator_opd', 'kepala_opd', 'admin_daerah', 'verifikator'];

const messageShape = z.object({ id: z.string(), authorName: z.string(), authorRole: z.string(), body: z.string(), createdAt: z.string(), mine: z.boolean() });

export default async function klinikRoutes(fastify: FastifyInstance) {
  const app = fastify.withTypeProvider<ZodTypeProvider>();
  const { db } = app;

  /** The thread belongs to the innovation; it is reached through any of its entries the user may see. */
  async function innovationOf(request: Parameters<typeof authorize>[0], entryId: string) {
    const actor = authorize(request, 'innovation:read');
    const entry = await getEntry(db, entryId);
    if (!entry || !canAccessOpd(actor, { id: entry.opdId, regionId: entry.regionId })) throw notFound();
    return { actor, entry };
  }

  app.get(
    '/api/innovations/entries/:id/messages',
    {
      schema: {
        tags,
        summary: 'Klinik inovasi: the innovation’s consultation thread, oldest first',
        params: uuidParam,
        response: { 200: messageShape.array(), ...errors },
      },
    },
    async (request) => {
      const { actor, entry } = await innovationOf(request, request.params.id);
      const rows = await db
        .select()
        .from(innovationMessages)
        .where(eq(innovationMessages.innovationId, entry.innovationId))
        .orderBy(asc(innovationMessages.createdAt));
      return rows.map((m) => ({
        id: m.id,
        authorName: m.authorName,
        authorRole: m.authorRole,
        body: m.body,
        createdAt: m.createdAt.toISOString(),
        mine: m.authorId === actor.id,
      }));
    },
  );

  app.post(
    '/api/innovations/entries/:id/messages',
    {
      schema: {
        tags,
        summary: 'Write in the klinik inovasi thread',
        params: uuidParam,
        body: z.object({ body: z.string({ error: 'required' }).trim().min(1, { error: 'required' }).max(5000) }),
        response: { 201: messageShape, ...errors },
      },
    },
    async (request, reply) => {
      const { actor, entry } = await innovationOf(request, request.params.id);
      if (!POSTERS.includes(actor.role)) throw forbidden();
      const row = await db.transaction(async (tx) => {
        const [m] = await tx
          .insert(innovationMessages)
          .values({
            innovationId: entry.innovationId,
            regionId: entry.regionId,
            authorId: actor.id,
            authorName: actor.fullName,
            authorRole: actor.role,
            body: request.body.body,
          })
          .returning();
        await recordAudit(tx, request, {
          regionId: entry.regionId,
          entityType: 'innovation',
          entityId: entry.id,
          entityLabel: entry.name,
          action: 'message',
          after: { words: request.body.body.split(/\s+/).length },
        });
        return m;
      });
      reply.status(201);
      return { id: row.id, authorName: row.authorName, authorRole: row.authorRole, body: row.body, createdAt: row.createdAt.toISOString(), mine: true };
    },
  );
}
