// Bukti dukung: upload files (streamed, sniffed, size-limited, stored once per content), add links, list,
// view, soft-delete; Admin Daerah restores deleted items and purges old ones. Every change is audited and
// sends the item's review back to "menunggu verifikasi".
import { and, eq, isNotNull, isNull } from 'drizzle-orm';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { errorResponse } from '../../contract/common';
import { deletedQuery, evidenceList, evidenceShape, itemQuery, linkBody, listQuery, purgeBody, purgeResponse } from '../../contract/evidence';
import { isWebLink, withScheme } from '../../domain/evidence/file-rules';
import { can } from '../../domain/roles';
import { evidence } from '../db/schema';
import type { RefusedRoles } from '../plugins/access';
import type { SessionUser } from '../plugins/session';
import { recordAudit } from '../shared/audit/record';
import { queueChecks } from '../shared/evidence-check/queue';
import { firstFile } from '../shared/files/multipart';
import { withUploads } from '../shared/files/store-upload';
import { dropUnusedFiles } from '../shared/files/unused-files';
import { AppError, fieldError, notFound } from '../shared/http/errors';
import { regionInScope } from '../shared/http/guard';
import { uuidParam } from '../shared/http/schemas';
import { entryScope } from '../shared/http/scopes';
import { sendStored } from '../shared/http/send-file';
import { changeItem } from '../shared/items/change';
import { findOwner, type Item, writableItem } from '../shared/items/find';
import { evidenceById, listDeleted, listEvidence, purgeDeleted, withChecks } from './repository';

const tags = ['evidence'];
const errors = { 400: errorResponse, 401: errorResponse, 403: errorResponse, 404: errorResponse, 409: errorResponse };
/** Roles that read entries but change no evidence: a change needs innovation:write besides the routes' innovation:read (shared/items writableItem). */
const READERS_ONLY: RefusedRoles = { roles: ['pimpinan', 'verifikator'], why: 'evidence of an entry is changed with innovation:write' };

export default async function evidenceRoutes(fastify: FastifyInstance) {
  const app = fastify.withTypeProvider<ZodTypeProvider>();
  const { db, storage } = app;

  /** Read access to an evidence row follows read access to what it is attached to. */
  async function readable(actor: SessionUser, row: { entryId: string | null; periodId: string }) {
    await findOwner(db, actor, { entryId: row.entryId ?? undefined, periodId: row.periodId });
  }

  /** The item (or profile document) an evidence change is about, if the actor may change it now. */
  const writable = async (actor: SessionUser, q: { entryId?: string; periodId?: string; code: string }) =>
    (await writableItem(db, actor, q, { profileDocuments: true })).item;

  async function added(request: FastifyRequest, item: Item, values: Partial<typeof evidence.$inferInsert>, label: string) {
    const actor = request.actor;
    return db.transaction(async (tx) => {
      const [row] = await tx
        .insert(evidence)
        .values({
          regionId: item.regionId,
          periodId: item.periodId,
          entryId: item.entryId,
          indicatorCode: item.code,
          createdBy: actor.id,
          ...values,
        } as typeof evidence.$inferInsert)
        .returning();
      // Read in the background (plugins/evidence-check.ts); the upload never waits for it.
      await queueChecks(tx, [row]);
      await changeItem(tx, request, item, { kind: 'evidence', action: 'evidence_add', after: label });
      return row;
    });
  }

  /** A live evidence file of this item with this content, if there is one. */
  async function attachedAlready(item: Item, sha256: string) {
    const [row] = await db
      .select({ fileName: evidence.fileName })
      .from(evidence)
      .where(
        and(
          eq(evidence.periodId, item.periodId),
          item.entryId ? eq(evidence.entryId, item.entryId) : isNull(evidence.entryId),
          eq(evidence.indicatorCode, item.code),
          eq(evidence.fileSha256, sha256),
          isNull(evidence.deletedAt),
        ),
      )
      .limit(1);
    return row;
  }

  app.post(
    '/api/evidence/files',
    {
      config: { permission: 'innovation:read', scope: entryScope(READERS_ONLY) },
      schema: {
        tags,
        summary: 'Upload one evidence file (multipart, field "file") for an indicator; PDF, JPG, PNG or MP4 decided from the content',
        querystring: itemQuery,
        response: { 201: evidenceShape, ...errors },
      },
    },
    async (request, reply) => {
      const actor = request.actor;
      // Checked before a byte is read, so a refused upload costs nothing.
      const item = await writable(actor, request.query);
      if (!request.isMultipart()) throw fieldError({ file: 'file_required' });
      const part = await firstFile(request);
      if (!part) throw fieldError({ file: 'file_required' });
      const row = await withUploads(app, async (store) => {
        const file = await store(part);
        // The same content attached twice to one item would only be counted and reviewed twice.
        const same = await attachedAlready(item, file.sha256);
        if (same) throw new AppError(409, 'evidence_duplicate', { name: same.fileName ?? file.name });
        return added(request, item, { kind: 'file', fileSha256: file.sha256, fileName: file.name, mime: file.mime, size: file.size }, file.name);
      });
      reply.code(201);
      return (await withChecks(db, [{ ...row, createdByName: actor.fullName }], request.locale))[0];
    },
  );

  app.post(
    '/api/evidence/links',
    {
      config: { permission: 'innovation:read', scope: entryScope(READERS_ONLY) },
      schema: { tags, summary: 'Attach a link (video, publication) as evidence for an indicator', body: linkBody, response: { 201: evidenceShape, ...errors } },
    },
    async (request, reply) => {
      const actor = request.actor;
      const { title, ...q } = request.body;
      const url = withScheme(request.body.url);
      if (!isWebLink(url)) throw fieldError({ url: 'invalid_link' });
      const item = await writable(actor, q);
      const row = await added(request, item, { kind: 'link', url, title }, url);
      reply.code(201);
      return (await withChecks(db, [{ ...row, createdByName: actor.fullName }], request.locale))[0];
    },
  );

  app.get(
    '/api/evidence',
    {
      config: { permission: 'innovation:read', scope: entryScope() },
      schema: {
        tags,
        summary: 'Live evidence of an innovation entry (entryId) or the region-level items of a period (periodId)',
        querystring: listQuery,
        response: { 200: evidenceList, ...errors },
      },
    },
    async (request) => {
      const actor = request.actor;
      const owner = await findOwner(db, actor, request.query);
      return { items: await listEvidence(db, owner.entryId ? { entryId: owner.entryId } : { periodId: owner.periodId }, request.locale) };
    },
  );

  app.get(
    '/api/evidence/:id/content',
    {
      config: { permission: 'innovation:read', scope: { kind: 'opd', resource: 'evidence' } },
      schema: {
        tags,
        summary: 'The file of an evidence item, for preview (inline) or download (?download=1)',
        params: uuidParam,
        querystring: z.object({ download: z.enum(['0', '1']).optional() }),
      },
    },
    async (request, reply) => {
      const actor = request.actor;
      const row = await evidenceById(db, request.params.id);
      if (row?.kind !== 'file' || !row.fileSha256) throw notFound();
      await readable(actor, row);
      if (row.deletedAt && !can(actor.role, 'evidence:restore')) throw notFound();
      return sendStored(
        reply,
        storage,
        { sha256: row.fileSha256, name: row.fileName ?? 'bukti-dukung', mime: row.mime ?? 'application/octet-stream', size: row.size ?? 0 },
        request.query.download === '1',
      );
    },
  );

  app.delete(
    '/api/evidence/:id',
    {
      config: { permission: 'innovation:read', scope: { kind: 'opd', resource: 'evidence', refusedRoles: READERS_ONLY } },
      schema: { tags, summary: 'Delete an evidence item (soft: Admin Daerah can restore it)', params: uuidParam, response: { 200: evidenceShape, ...errors } },
    },
    async (request) => {
      const actor = request.actor;
      const row = await evidenceById(db, request.params.id);
      if (!row || row.deletedAt) throw notFound();
      const item = await writable(actor, { entryId: row.entryId ?? undefined, periodId: row.periodId, code: row.indicatorCode });
      const [after] = await db.transaction(async (tx) => {
        const updated = await tx.update(evidence).set({ deletedAt: new Date(), deletedBy: actor.id }).where(eq(evidence.id, row.id)).returning();
        await changeItem(tx, request, item, { kind: 'evidence', action: 'evidence_delete', before: row.fileName ?? row.url });
        return updated;
      });
      return (await withChecks(db, [{ ...after, createdByName: row.createdByName }], request.locale))[0];
    },
  );

  app.get(
    '/api/evidence/deleted',
    {
      config: { permission: 'evidence:restore', scope: { kind: 'region', resource: 'region' } },
      schema: {
        tags,
        summary: 'Deleted evidence of the region, newest first, for Admin Daerah to restore',
        querystring: deletedQuery,
        response: { 200: evidenceList, ...errors },
      },
    },
    async (request) => {
      const actor = request.actor;
      return { items: await listDeleted(db, regionInScope(actor, request.query.regionId), request.locale) };
    },
  );

  app.post(
    '/api/evidence/:id/restore',
    {
      config: { permission: 'evidence:restore', scope: { kind: 'opd', resource: 'evidence' } },
      schema: { tags, summary: 'Restore a deleted evidence item', params: uuidParam, response: { 200: evidenceShape, ...errors } },
    },
    async (request) => {
      const actor = request.actor;
      const row = await evidenceById(db, request.params.id);
      if (!row) throw notFound();
      regionInScope(actor, row.regionId);
      if (!row.deletedAt) throw new AppError(409, 'not_deleted');
      const key = row.entryId ? { entryId: row.entryId, code: row.indicatorCode } : { periodId: row.periodId, code: row.indicatorCode };
      const [after] = await db.transaction(async (tx) => {
        const updated = await tx.update(evidence).set({ deletedAt: null, deletedBy: null }).where(eq(evidence.id, row.id)).returning();
        const item = { key, periodId: row.periodId, regionId: row.regionId, label: null };
        await changeItem(tx, request, item, { kind: 'evidence', action: 'evidence_restore', after: row.fileName ?? row.url });
        return updated;
      });
      return (await withChecks(db, [{ ...after, createdByName: row.createdByName }], request.locale))[0];
    },
  );

  app.post(
    '/api/evidence/purge',
    {
      config: { permission: 'evidence:restore', scope: { kind: 'none' } },
      schema: {
        tags,
        summary: 'Permanently remove evidence deleted more than N days ago; a file still used elsewhere is kept',
        body: purgeBody,
        response: { 200: purgeResponse, ...errors },
      },
    },
    async (request) => {
      const actor = request.actor;
      const regionId = regionInScope(actor, undefined);
      const before = new Date(Date.now() - request.body.olderThanDays * 86_400_000);
      const counted = await db.$count(evidence, and(eq(evidence.regionId, regionId), isNotNull(evidence.deletedAt)));
      const candidates = await purgeDeleted(db, regionId, before);
      // A file still used elsewhere (other evidence, a klinik attachment) or being uploaded again stays.
      const orphans = await dropUnusedFiles(db, storage, { only: candidates });
      const left = await db.$count(evidence, and(eq(evidence.regionId, regionId), isNotNull(evidence.deletedAt)));
      await recordAudit(db, request, {
        regionId,
        entityType: 'evidence',
        entityId: null,
        action: 'evidence_purge',
        after: { items: counted - left, files: orphans.length },
      });
      return { removedItems: counted - left, removedFiles: orphans.length };
    },
  );
}
