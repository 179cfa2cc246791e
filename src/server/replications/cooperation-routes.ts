// Cooperation agreements (kerja sama) of the region with another region or body: partner, title, kind, number,
// signed and valid-until dates, notes, the document, and the innovations they cover. Admin Daerah writes them;
// everyone of the region who reads innovations reads them.
import type { MultipartFile } from '@fastify/multipart';
import { and, desc, eq, gte, ilike, inArray, isNull, lt, or, sql } from 'drizzle-orm';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { errorResponse, okResponse } from '../../contract/common';
import { cooperationCreateBody, cooperationList, cooperationPatchBody, cooperationQuery, cooperationShape } from '../../contract/replications';
import { todayInWib } from '../../domain/monitoring/opd-monitoring';
import type { Tx } from '../db/client';
import { cooperationAgreements, cooperationInnovations, regions } from '../db/schema';
import type { SessionUser } from '../plugins/session';
import { changedOnly, recordAudit } from '../shared/audit/record';
import { firstFile } from '../shared/files/multipart';
import { withUploads } from '../shared/files/store-upload';
import { AppError, fieldError, notFound } from '../shared/http/errors';
import { regionInScope } from '../shared/http/guard';
import { uuidParam } from '../shared/http/schemas';
import { cooperationScope } from '../shared/http/scopes';
import { sendStored } from '../shared/http/send-file';
import { storeAgreementDocument } from './agreement-document';
import { type CooperationRow, cooperationInnovationsOf, regionInnovations, toCooperation } from './repository';

const tags = ['replications'];
const errors = { 400: errorResponse, 401: errorResponse, 403: errorResponse, 404: errorResponse, 409: errorResponse };

const audited = (c: CooperationRow, innovationIds: string[]) => ({
  partnerName: c.partnerName,
  partnerRegionId: c.partnerRegionId,
  title: c.title,
  kind: c.kind,
  number: c.number,
  signedOn: c.signedOn,
  validUntil: c.validUntil,
  notes: c.notes,
  fileName: c.fileName,
  innovationIds: [...innovationIds].sort(),
});

export default async function cooperationRoutes(fastify: FastifyInstance) {
  const app = fastify.withTypeProvider<ZodTypeProvider>();
  const { db, storage } = app;

  async function inScope(actor: SessionUser, id: string) {
    const [row] = await db.select().from(cooperationAgreements).where(eq(cooperationAgreements.id, id));
    if (!row || !actor.regionId || row.regionId !== actor.regionId) throw notFound();
    return row;
  }

  const linkedOf = async (id: string) => (await cooperationInnovationsOf(db, [id])).get(id) ?? [];

  const audit = (tx: Tx, request: FastifyRequest, c: CooperationRow, action: string, diff: object) =>
    recordAudit(tx, request, {
      regionId: c.regionId,
      entityType: 'cooperation',
      entityId: c.id,
      entityLabel: `${c.title} — ${c.partnerName}`,
      action,
      ...diff,
    });

  /** The partner as named: a region of the installation (its name) or a name; never the region itself. */
  async function partnerOf(regionId: string, partnerRegionId: string | null | undefined, partnerName: string | null | undefined) {
    if (partnerRegionId) {
      if (partnerRegionId === regionId) throw fieldError({ partnerRegionId: 'cooperation_own_region' });
      const [r] = await db.select({ name: regions.name }).from(regions).where(eq(regions.id, partnerRegionId));
      if (!r) throw fieldError({ partnerRegionId: 'not_found' });
      return { partnerRegionId, partnerName: partnerName || r.name };
    }
    if (!partnerName) throw fieldError({ partnerName: 'cooperation_partner_required' });
    return { partnerRegionId: null, partnerName };
  }

  async function checkInnovations(regionId: string, ids: string[]) {
    const unique = [...new Set(ids)];
    const ok = await regionInnovations(db, regionId, unique);
    if (unique.some((id) => !ok.has(id))) throw fieldError({ innovationIds: 'not_found' });
    return unique;
  }

  const datesProblem = (signedOn: string, validUntil: string | null) => {
    if (validUntil && validUntil <= signedOn) throw fieldError({ validUntil: 'cooperation_valid_before_signed' });
  };

  app.get(
    '/api/cooperation',
    {
      config: { permission: 'innovation:read', scope: { kind: 'none' } },
      schema: {
        tags,
        summary: 'The region’s cooperation agreements, newest signed first; filters: text, kind, validity, innovation',
        querystring: cooperationQuery,
        response: { 200: cooperationList, ...errors },
      },
    },
    async (request) => {
      const regionId = regionInScope(request.actor, undefined);
      const { q, kind, validity, innovationId } = request.query;
      const today = todayInWib(new Date());
      const like = q ? `%${q.replace(/[\\%_]/g, (c) => `\\${c}`)}%` : undefined;
      const rows = await db
        .select()
        .from(cooperationAgreements)
        .where(
          and(
            eq(cooperationAgreements.regionId, regionId),
            like
              ? or(ilike(cooperationAgreements.title, like), ilike(cooperationAgreements.partnerName, like), ilike(cooperationAgreements.number, like))
              : undefined,
            kind ? eq(cooperationAgreements.kind, kind) : undefined,
            validity === 'active' ? or(isNull(cooperationAgreements.validUntil), gte(cooperationAgreements.validUntil, today)) : undefined,
            validity === 'expired' ? lt(cooperationAgreements.validUntil, today) : undefined,
            innovationId
              ? inArray(
                  cooperationAgreements.id,
                  db
                    .select({ id: cooperationInnovations.agreementId })
                    .from(cooperationInnovations)
                    .where(eq(cooperationInnovations.innovationId, innovationId)),
                )
              : undefined,
          ),
        )
        .orderBy(desc(cooperationAgreements.signedOn), desc(cooperationAgreements.createdAt));
      const linked = await cooperationInnovationsOf(
        db,
        rows.map((r) => r.id),
      );
      return { items: rows.map((r) => toCooperation(r, linked.get(r.id) ?? [])) };
    },
  );

  app.post(
    '/api/cooperation',
    {
      config: { permission: 'cooperation:write', scope: { kind: 'none' } },
      schema: {
        tags,
        summary: 'Record a cooperation agreement (its document is uploaded after)',
        body: cooperationCreateBody,
        response: { 201: cooperationShape, ...errors },
      },
    },
    async (request, reply) => {
      const regionId = regionInScope(request.actor, undefined);
      const b = request.body;
      const partner = await partnerOf(regionId, b.partnerRegionId, b.partnerName);
      datesProblem(b.signedOn, b.validUntil ?? null);
      const innovationIds = await checkInnovations(regionId, b.innovationIds);
      const row = await db.transaction(async (tx) => {
        const [c] = await tx
          .insert(cooperationAgreements)
          .values({
            regionId,
            ...partner,
            title: b.title,
            kind: b.kind,
            number: b.number,
            signedOn: b.signedOn,
            validUntil: b.validUntil ?? null,
            notes: b.notes,
            createdBy: request.actor.id,
          })
          .returning();
        if (innovationIds.length) await tx.insert(cooperationInnovations).values(innovationIds.map((innovationId) => ({ agreementId: c.id, innovationId })));
        await audit(tx, request, c, 'create', { after: audited(c, innovationIds) });
        return c;
      });
      reply.code(201);
      return toCooperation(row, await linkedOf(row.id));
    },
  );

  app.patch(
    '/api/cooperation/:id',
    {
      config: { permission: 'cooperation:write', scope: cooperationScope() },
      schema: {
        tags,
        summary: 'Change an agreement on the version you saw; only the fields sent change (innovationIds replaces the linked set)',
        params: uuidParam,
        body: cooperationPatchBody,
        response: { 200: cooperationShape, ...errors },
      },
    },
    async (request) => {
      const row = await inScope(request.actor, request.params.id);
      const { version, innovationIds, partnerRegionId, partnerName, ...sent } = request.body;
      const set: Partial<typeof cooperationAgreements.$inferInsert> = Object.fromEntries(Object.entries(sent).filter(([, v]) => v !== undefined));
      if (partnerRegionId !== undefined || partnerName !== undefined) {
        const nextRegion = partnerRegionId === undefined ? row.partnerRegionId : partnerRegionId;
        const nextName = partnerName === undefined ? (partnerRegionId === undefined ? row.partnerName : null) : partnerName;
        Object.assign(set, await partnerOf(row.regionId, nextRegion, nextName));
      }
      if ('validUntil' in sent && sent.validUntil === undefined) delete set.validUntil;
      datesProblem((set.signedOn as string | undefined) ?? row.signedOn, set.validUntil === undefined ? row.validUntil : (set.validUntil as string | null));
      const before = (await linkedOf(row.id)).map((i) => i.id);
      const ids = innovationIds === undefined ? undefined : await checkInnovations(row.regionId, innovationIds);
      const updated = await db.transaction(async (tx) => {
        const [c] = await tx
          .update(cooperationAgreements)
          .set({ ...set, version: sql`${cooperationAgreements.version} + 1`, updatedAt: sql`now()` })
          .where(and(eq(cooperationAgreements.id, row.id), eq(cooperationAgreements.version, version)))
          .returning();
        if (!c) throw new AppError(409, 'stale_version');
        if (ids) {
          await tx.delete(cooperationInnovations).where(eq(cooperationInnovations.agreementId, c.id));
          if (ids.length) await tx.insert(cooperationInnovations).values(ids.map((innovationId) => ({ agreementId: c.id, innovationId })));
        }
        await audit(tx, request, c, 'update', changedOnly(audited(row, before), audited(c, ids ?? before)));
        return c;
      });
      return toCooperation(updated, await linkedOf(updated.id));
    },
  );

  app.post(
    '/api/cooperation/:id/document',
    {
      config: { permission: 'cooperation:write', scope: cooperationScope() },
      schema: {
        tags,
        summary: 'Upload (or replace) the agreement’s document (multipart, field "file"; PDF, JPG or PNG), on the version you saw (?version=, when given)',
        params: uuidParam,
        querystring: z.object({ version: z.coerce.number().int().min(1).optional() }),
        response: { 200: cooperationShape, ...errors },
      },
    },
    async (request) => {
      const row = await inScope(request.actor, request.params.id);
      if (!request.isMultipart()) throw fieldError({ file: 'file_required' });
      const part = await firstFile(request);
      if (!part) throw fieldError({ file: 'file_required' });
      const updated = await withUploads(app, async (store) => {
        const file = await storeAgreementDocument(store, part as MultipartFile);
        return db.transaction(async (tx) => {
          const [c] = await tx
            .update(cooperationAgreements)
            .set({
              fileSha256: file.sha256,
              fileName: file.name,
              mime: file.mime,
              size: file.size,
              version: sql`${cooperationAgreements.version} + 1`,
              updatedAt: sql`now()`,
            })
            .where(
              and(
                eq(cooperationAgreements.id, row.id),
                request.query.version === undefined ? undefined : eq(cooperationAgreements.version, request.query.version),
              ),
            )
            .returning();
          if (!c) throw new AppError(409, 'stale_version');
          await audit(tx, request, c, 'document', { before: { fileName: row.fileName }, after: { fileName: c.fileName } });
          return c;
        });
      });
      return toCooperation(updated, await linkedOf(updated.id));
    },
  );

  app.get(
    '/api/cooperation/:id/document',
    {
      config: { permission: 'innovation:read', scope: cooperationScope() },
      schema: {
        tags,
        summary: 'The agreement’s document, inline or as a download (?download=1)',
        params: uuidParam,
        querystring: z.object({ download: z.enum(['0', '1']).optional() }),
      },
    },
    async (request, reply) => {
      const row = await inScope(request.actor, request.params.id);
      if (!row.fileSha256) throw notFound();
      return sendStored(
        reply,
        storage,
        { sha256: row.fileSha256, name: row.fileName ?? 'kerja-sama', mime: row.mime ?? 'application/pdf', size: row.size ?? 0 },
        request.query.download === '1',
      );
    },
  );

  app.delete(
    '/api/cooperation/:id',
    {
      config: { permission: 'cooperation:write', scope: cooperationScope() },
      schema: { tags, summary: 'Remove an agreement recorded by mistake', params: uuidParam, response: { 200: okResponse, ...errors } },
    },
    async (request) => {
      const row = await inScope(request.actor, request.params.id);
      const before = (await linkedOf(row.id)).map((i) => i.id);
      await db.transaction(async (tx) => {
        await tx.delete(cooperationAgreements).where(eq(cooperationAgreements.id, row.id));
        await audit(tx, request, row, 'delete', { before: audited(row, before) });
      });
      return { ok: true as const };
    },
  );
}
