// Bukti dukung: upload files (streamed, sniffed, size-limited, stored once per content), add links, list,
// view, soft-delete; Admin Daerah restores deleted items and purges old ones. Every change is audited and
// sends the item's review back to "menunggu verifikasi".
import { and, eq, isNotNull } from 'drizzle-orm';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { errorResponse } from '../../contract/common';
import { deletedQuery, evidenceList, evidenceShape, linkBody, listQuery, purgeBody, purgeResponse, targetQuery } from '../../contract/evidence';
import { isWebLink, withScheme } from '../../domain/evidence/file-rules';
import { isProfileDocument } from '../../domain/innovation/profile';
import { can } from '../../domain/roles';
import { evidence } from '../db/schema';
import type { SessionUser } from '../plugins/session';
import { recordAudit } from '../shared/audit';
import { itemChanged } from '../shared/entry-scores';
import { AppError, fieldError, notFound } from '../shared/errors';
import { authorize, regionInScope, requireUser } from '../shared/guard';
import { uuidParam } from '../shared/schemas';
import { sendStored } from '../shared/send-file';
import { storeUpload } from '../shared/store-upload';
import { evidenceById, forgetFiles, listDeleted, listEvidence, purgeDeleted, toEvidenceDto, unreferencedFiles } from './repository';
import { entryScope, periodScope, type Target, writableTarget } from './targets';

const tags = ['evidence'];
const errors = { 400: errorResponse, 401: errorResponse, 403: errorResponse, 404: errorResponse, 409: errorResponse };

export default async function evidenceRoutes(fastify: FastifyInstance) {
  const app = fastify.withTypeProvider<ZodTypeProvider>();
  const { db, storage } = app;

  /** Read access to an evidence row follows read access to what it is attached to. */
  async function readable(actor: SessionUser, row: { entryId: string | null; periodId: string }) {
    if (row.entryId) await entryScope(db, actor, row.entryId);
    else await periodScope(db, actor, row.periodId);
  }

  async function added(request: FastifyRequest, target: Target, values: Partial<typeof evidence.$inferInsert>, label: string) {
    const actor = requireUser(request);
    return db.transaction(async (tx) => {
      const [row] = await tx
        .insert(evidence)
        .values({
          regionId: target.regionId,
          periodId: target.periodId,
          entryId: target.entryId,
          indicatorCode: target.code,
          createdBy: actor.id,
          ...values,
        } as typeof evidence.$inferInsert)
        .returning();
      if (target.key) await itemChanged(tx, target.key, actor.id);
      await recordAudit(tx, request, { regionId: target.regionId, ...target.audit, action: 'evidence_add', after: { [`indikator ${target.code}`]: label } });
      return row;
    });
  }

  app.post(
    '/api/evidence/files',
    {
      schema: {
        tags,
        summary: 'Upload one evidence file (multipart, field "file") for an indicator; PDF, JPG, PNG or MP4 decided from the content',
        querystring: targetQuery,
        response: { 201: evidenceShape, ...errors },
      },
    },
    async (request, reply) => {
      const actor = authorize(request, 'innovation:read');
      // Checked before a byte is read, so a refused upload costs nothing.
      const target = await writableTarget(db, actor, request.query);
      if (!request.isMultipart()) throw fieldError({ file: 'file_required' });
      const part = await request.file();
      if (!part) throw fieldError({ file: 'file_required' });
      const file = await storeUpload(app, part);
      const name = file.name;
      const row = await added(request, target, { kind: 'file', fileSha256: file.sha256, fileName: name, mime: file.mime, size: file.size }, name);
      reply.code(201);
      return toEvidenceDto({ ...row, createdByName: actor.fullName });
    },
  );

  app.post(
    '/api/evidence/links',
    {
      schema: { tags, summary: 'Attach a link (video, publication) as evidence for an indicator', body: linkBody, response: { 201: evidenceShape, ...errors } },
    },
    async (request, reply) => {
      const actor = authorize(request, 'innovation:read');
      const { title, ...q } = request.body;
      const url = withScheme(request.body.url);
      if (!isWebLink(url)) throw fieldError({ url: 'invalid_link' });
      const target = await writableTarget(db, actor, q);
      const row = await added(request, target, { kind: 'link', url, title }, url);
      reply.code(201);
      return toEvidenceDto({ ...row, createdByName: actor.fullName });
    },
  );

  app.get(
    '/api/evidence',
    {
      schema: {
        tags,
        summary: 'Live evidence of an innovation entry (entryId) or the region-level items of a period (periodId)',
        querystring: listQuery,
        response: { 200: evidenceList, ...errors },
      },
    },
    async (request) => {
      const actor = authorize(request, 'innovation:read');
      const { entryId, periodId } = request.query;
      if (entryId) {
        await entryScope(db, actor, entryId);
        return { items: await listEvidence(db, { entryId }) };
      }
      if (!periodId) throw fieldError({ entryId: 'required' });
      await periodScope(db, actor, periodId);
      return { items: await listEvidence(db, { periodId }) };
    },
  );

  app.get(
    '/api/evidence/:id/content',
    {
      schema: {
        tags,
        summary: 'The file of an evidence item, for preview (inline) or download (?download=1)',
        params: uuidParam,
        querystring: z.object({ download: z.enum(['0', '1']).optional() }),
      },
    },
    async (request, reply) => {
      const actor = authorize(request, 'innovation:read');
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
      schema: { tags, summary: 'Delete an evidence item (soft: Admin Daerah can restore it)', params: uuidParam, response: { 200: evidenceShape, ...errors } },
    },
    async (request) => {
      const actor = authorize(request, 'innovation:read');
      const row = await evidenceById(db, request.params.id);
      if (!row || row.deletedAt) throw notFound();
      const target = await writableTarget(db, actor, { entryId: row.entryId ?? undefined, periodId: row.periodId, code: row.indicatorCode });
      const [after] = await db.transaction(async (tx) => {
        const updated = await tx.update(evidence).set({ deletedAt: new Date(), deletedBy: actor.id }).where(eq(evidence.id, row.id)).returning();
        if (target.key) await itemChanged(tx, target.key, actor.id);
        await recordAudit(tx, request, {
          regionId: target.regionId,
          ...target.audit,
          action: 'evidence_delete',
          before: { [`indikator ${row.indicatorCode}`]: row.fileName ?? row.url },
        });
        return updated;
      });
      return toEvidenceDto({ ...after, createdByName: row.createdByName });
    },
  );

  app.get(
    '/api/evidence/deleted',
    {
      schema: {
        tags,
        summary: 'Deleted evidence of the region, newest first, for Admin Daerah to restore',
        querystring: deletedQuery,
        response: { 200: evidenceList, ...errors },
      },
    },
    async (request) => {
      const actor = authorize(request, 'evidence:restore');
      return { items: await listDeleted(db, regionInScope(actor, request.query.regionId)) };
    },
  );

  app.post(
    '/api/evidence/:id/restore',
    { schema: { tags, summary: 'Restore a deleted evidence item', params: uuidParam, response: { 200: evidenceShape, ...errors } } },
    async (request) => {
      const actor = authorize(request, 'evidence:restore');
      const row = await evidenceById(db, request.params.id);
      if (!row) throw notFound();
      regionInScope(actor, row.regionId);
      if (!row.deletedAt) throw new AppError(409, 'not_deleted');
      const key = row.entryId ? { entryId: row.entryId, code: row.indicatorCode } : { periodId: row.periodId, code: row.indicatorCode };
      const [after] = await db.transaction(async (tx) => {
        const updated = await tx.update(evidence).set({ deletedAt: null, deletedBy: null }).where(eq(evidence.id, row.id)).returning();
        if (!isProfileDocument(row.indicatorCode)) await itemChanged(tx, key, actor.id);
        await recordAudit(tx, request, {
          regionId: row.regionId,
          entityType: row.entryId ? 'innovation' : 'period',
          entityId: row.entryId ?? row.periodId,
          action: 'evidence_restore',
          after: { [`indikator ${row.indicatorCode}`]: row.fileName ?? row.url },
        });
        return updated;
      });
      return toEvidenceDto({ ...after, createdByName: row.createdByName });
    },
  );

  app.post(
    '/api/evidence/purge',
    {
      schema: {
        tags,
        summary: 'Permanently remove evidence deleted more than N days ago; a file still used elsewhere is kept',
        body: purgeBody,
        response: { 200: purgeResponse, ...errors },
      },
    },
    async (request) => {
      const actor = authorize(request, 'evidence:restore');
      const regionId = regionInScope(actor, undefined);
      const before = new Date(Date.now() - request.body.olderThanDays * 86_400_000);
      const counted = await db.$count(evidence, and(eq(evidence.regionId, regionId), isNotNull(evidence.deletedAt)));
      const candidates = await purgeDeleted(db, regionId, before);
      const orphans = await unreferencedFiles(db, candidates);
      await forgetFiles(db, orphans);
      for (const sha of orphans) await storage.remove(sha);
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
