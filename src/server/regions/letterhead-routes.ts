// A region's letterhead and signing official for its printed reports: anyone in the region reads it (the
// report uses it), the region's Admin Daerah (or the super admin) edits it field by field.
import { eq } from 'drizzle-orm';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { errorResponse } from '../../contract/common';
import { letterheadShape, letterheadUpdateBody } from '../../contract/letterhead';
import { LOGO_MAX_BYTES, logoMime } from '../../domain/reports/letterhead';
import { canAccessRegion } from '../../domain/roles';
import { regionLetterheads, regions } from '../db/schema';
import { changedOnly, recordAudit } from '../shared/audit/record';
import { AppError, fieldError, notFound } from '../shared/http/errors';
import { stripUndefined } from '../shared/http/objects';
import { uuidParam } from '../shared/http/schemas';
import { embeddableLogo, readLetterhead, toLetterheadDto } from '../shared/regions/letterhead';

const tags = ['regions'];
const errors = { 400: errorResponse, 401: errorResponse, 403: errorResponse, 404: errorResponse };

export default async function letterheadRoutes(fastify: FastifyInstance) {
  const app = fastify.withTypeProvider<ZodTypeProvider>();
  const { db } = app;

  app.get(
    '/api/regions/:id/letterhead',
    {
      config: { permission: 'region:read', scope: { kind: 'region', resource: 'region' } },
      schema: {
        tags,
        summary: 'The letterhead (kop surat) and signing official of the region’s reports',
        params: uuidParam,
        response: { 200: letterheadShape, ...errors },
      },
    },
    async (request) => {
      const actor = request.actor;
      if (!canAccessRegion(actor, request.params.id)) throw notFound();
      const [row] = await db.select().from(regionLetterheads).where(eq(regionLetterheads.regionId, request.params.id));
      return toLetterheadDto(row);
    },
  );

  app.get(
    '/api/regions/:id/letterhead/logo',
    {
      config: { permission: 'region:read', scope: { kind: 'region', resource: 'region' } },
      schema: { tags, summary: 'The letterhead logo image', params: uuidParam },
    },
    async (request, reply) => {
      const actor = request.actor;
      if (!canAccessRegion(actor, request.params.id)) throw notFound();
      const letterhead = await readLetterhead(db, request.params.id);
      if (!letterhead.logo) throw notFound();
      return reply.header('content-type', letterhead.logo.mime).header('cache-control', 'private, no-cache').send(letterhead.logo.bytes);
    },
  );

  app.patch(
    '/api/regions/:id/letterhead',
    {
      config: { permission: 'region:update', scope: { kind: 'region', resource: 'region' } },
      schema: {
        tags,
        summary: 'Edit the letterhead and signing official (absent fields stay as they are; null clears)',
        params: uuidParam,
        body: letterheadUpdateBody,
        response: { 200: letterheadShape, ...errors },
      },
    },
    async (request) => {
      const actor = request.actor;
      const { id } = request.params;
      if (!canAccessRegion(actor, id)) throw notFound();
      const { logo, ...fields } = request.body;
      const changes: Partial<typeof regionLetterheads.$inferInsert> = stripUndefined(fields);
      if (logo === null) Object.assign(changes, { logoMime: null, logoData: null });
      else if (logo !== undefined) {
        const bytes = Buffer.from(logo, 'base64');
        if (bytes.length > LOGO_MAX_BYTES) throw fieldError({ logo: { code: 'logo_too_large', params: { max: LOGO_MAX_BYTES / 1024 } } });
        const mime = logoMime(bytes);
        if (!mime || !(await embeddableLogo(bytes))) throw fieldError({ logo: 'invalid_logo' });
        Object.assign(changes, { logoMime: mime, logoData: bytes.toString('base64') });
      }
      return db.transaction(async (tx) => {
        const [region] = await tx.select({ name: regions.name }).from(regions).where(eq(regions.id, id));
        if (!region) throw notFound();
        await tx.insert(regionLetterheads).values({ regionId: id }).onConflictDoNothing();
        const [before] = await tx.select().from(regionLetterheads).where(eq(regionLetterheads.regionId, id)).for('update');
        if (!before) throw new AppError(404, 'not_found');
        const [after] = await tx
          .update(regionLetterheads)
          .set({ ...changes, updatedAt: new Date() })
          .where(eq(regionLetterheads.regionId, id))
          .returning();
        // The logo itself is not copied into the audit trail: whether it changed is enough.
        const hide = (r: typeof before) => ({ ...r, logoData: r.logoData ? `${r.logoData.length} karakter` : null });
        const diff = changedOnly(hide(before), hide(after));
        if (Object.keys(diff.after).length)
          await recordAudit(tx, request, {
            regionId: id,
            entityType: 'region',
            entityId: id,
            entityLabel: `${region.name} (kop surat)`,
            action: 'update',
            ...diff,
          });
        return toLetterheadDto(after);
      });
    },
  );
}
