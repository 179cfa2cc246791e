// Klinik inovasi: a consultation thread per innovation where the OPD and the Bappeda talk, with attachments
// (the same accepted types, limits and content-addressed storage as evidence).
import { and, asc, eq } from 'drizzle-orm';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { errorResponse } from '../../contract/common';
import { MESSAGE_MAX, messageBody, messageShape } from '../../contract/innovations';
import type { Role } from '../../domain/roles';
import { canAccessOpd } from '../../domain/roles';
import { innovationMessages } from '../db/schema';
import type { RefusedRoles } from '../plugins/access';
import type { SessionUser } from '../plugins/session';
import { recordAudit } from '../shared/audit/record';
import { partsOf } from '../shared/files/multipart';
import { withUploads } from '../shared/files/store-upload';
import { fieldError, forbidden, notFound } from '../shared/http/errors';
import { uuidParam } from '../shared/http/schemas';
import { entryScope } from '../shared/http/scopes';
import { sendStored } from '../shared/http/send-file';
import { getEntry } from './repository';

const tags = ['innovations'];
const errors = { 400: errorResponse, 401: errorResponse, 403: errorResponse, 404: errorResponse };
const POSTERS: Role[] = ['operator_opd', 'kepala_opd', 'admin_daerah', 'verifikator'];
/** Who reads the thread (innovation:read) but may not post to it: the posting routes' declared refusal. */
const NOT_POSTERS: RefusedRoles = { roles: ['pimpinan'], why: 'klinik posters are operator, kepala OPD, admin and verifikator (POSTERS)' };

type Attachment = { sha256: string; name: string; mime: string; size: number };
type MessageRow = typeof innovationMessages.$inferSelect;

const toMessage = (m: MessageRow, actorId: string) => ({
  id: m.id,
  authorName: m.authorName,
  authorRole: m.authorRole,
  body: m.body,
  createdAt: m.createdAt.toISOString(),
  mine: m.authorId === actorId,
  attachments: (m.attachments ?? []).map((a, index) => ({ index, name: a.name, mime: a.mime, size: a.size })),
});

export default async function klinikRoutes(fastify: FastifyInstance) {
  const app = fastify.withTypeProvider<ZodTypeProvider>();
  const { db } = app;

  /** The thread belongs to the innovation; it is reached through any of its entries the user may see. */
  async function innovationOf(request: FastifyRequest, entryId: string) {
    const actor = request.actor;
    const entry = await getEntry(db, entryId);
    if (!entry || !canAccessOpd(actor, { id: entry.opdId, regionId: entry.regionId })) throw notFound();
    return { actor, entry };
  }

  app.get(
    '/api/innovations/entries/:id/messages',
    {
      config: { permission: 'innovation:read', scope: entryScope() },
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
      return rows.map((m) => toMessage(m, actor.id));
    },
  );

  app.post(
    '/api/innovations/entries/:id/messages',
    {
      config: { permission: 'innovation:read', scope: entryScope(NOT_POSTERS) },
      schema: {
        tags,
        summary: 'Write in the klinik inovasi thread',
        params: uuidParam,
        body: messageBody,
        response: { 201: messageShape, ...errors },
      },
    },
    async (request, reply) => {
      const { actor, entry } = await innovationOf(request, request.params.id);
      if (!POSTERS.includes(actor.role)) throw forbidden();
      reply.status(201);
      return toMessage(await write(request, actor, entry, request.body.body, []), actor.id);
    },
  );

  app.post(
    '/api/innovations/entries/:id/messages/with-files',
    {
      config: { permission: 'innovation:read', scope: entryScope(NOT_POSTERS) },
      schema: {
        tags,
        summary: 'Write in the klinik inovasi thread with attachments (multipart: field "body" first, then up to 5 files)',
        params: uuidParam,
        response: { 201: messageShape, ...errors },
      },
    },
    async (request, reply) => {
      const { actor, entry } = await innovationOf(request, request.params.id);
      if (!POSTERS.includes(actor.role)) throw forbidden();
      if (!request.isMultipart()) throw fieldError({ file: 'file_required' });
      let body = '';
      // The message is checked before any file is stored; a message refused after some were stored (a later
      // attachment too large, a broken body) keeps none of them (withUploads removes them).
      const checkBody = () => {
        if (!body) throw fieldError({ body: 'required' });
        if (body.length > MESSAGE_MAX) throw fieldError({ body: { code: 'too_long', params: { max: MESSAGE_MAX } } });
      };
      const message = await withUploads(app, async (store) => {
        const attachments: Attachment[] = [];
        for await (const part of partsOf(request)) {
          if (part.type === 'field') {
            if (part.fieldname === 'body') body = String(part.value ?? '').trim();
            continue;
          }
          checkBody();
          attachments.push(await store(part));
        }
        checkBody();
        return write(request, actor, entry, body, attachments);
      });
      reply.status(201);
      return toMessage(message, actor.id);
    },
  );

  app.get(
    '/api/innovations/entries/:id/messages/:messageId/attachments/:index',
    {
      config: { permission: 'innovation:read', scope: entryScope() },
      schema: {
        tags,
        summary: 'A klinik attachment, for preview (inline) or download (?download=1)',
        params: uuidParam.extend({ messageId: z.uuid({ error: 'not_found' }), index: z.coerce.number().int().min(0).max(20) }),
        querystring: z.object({ download: z.enum(['0', '1']).optional() }),
      },
    },
    async (request, reply) => {
      const { entry } = await innovationOf(request, request.params.id);
      const [m] = await db
        .select()
        .from(innovationMessages)
        .where(and(eq(innovationMessages.id, request.params.messageId), eq(innovationMessages.innovationId, entry.innovationId)));
      const a = m?.attachments?.[request.params.index];
      if (!a) throw notFound();
      return sendStored(reply, app.storage, a, request.query.download === '1');
    },
  );

  async function write(
    request: FastifyRequest,
    actor: SessionUser,
    entry: NonNullable<Awaited<ReturnType<typeof getEntry>>>,
    body: string,
    attachments: Attachment[],
  ) {
    return db.transaction(async (tx) => {
      const [m] = await tx
        .insert(innovationMessages)
        .values({
          innovationId: entry.innovationId,
          regionId: entry.regionId,
          authorId: actor.id,
          authorName: actor.fullName,
          authorRole: actor.role,
          body,
          attachments,
        })
        .returning();
      await recordAudit(tx, request, {
        regionId: entry.regionId,
        entityType: 'innovation',
        entityId: entry.id,
        entityLabel: entry.name,
        action: 'message',
        after: { words: body.split(/\s+/).length, ...(attachments.length ? { lampiran: attachments.map((a) => a.name).join(', ') } : {}) },
      });
      return m;
    });
  }
}
