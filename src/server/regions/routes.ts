// Regions: super admin creates and lists them; a region's own admin edits its profile.
import { eq } from 'drizzle-orm';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { errorResponse } from '../../contract/common';
import { regionCreateBody, regionCreateResponse, regionListQuery, regionPage, regionShape, regionUpdateBody } from '../../contract/regions';
import { isValidKemendagriCode } from '../../domain/organisation';
import { canAccessRegion } from '../../domain/roles';
import { regions } from '../db/schema';
import { insertAccount, USERNAME_PATTERN } from '../shared/accounts/accounts';
import { generatePassword } from '../shared/accounts/tokens';
import { changedOnly, recordAudit } from '../shared/audit/record';
import { conflictOn, fieldError, forbidden, notFound } from '../shared/http/errors';
import { stripUndefined } from '../shared/http/objects';
import { uuidParam } from '../shared/http/schemas';
import { getRegion, kemendagriCodeTaken, listRegions, toRegionDto } from './repository';

const tags = ['regions'];
const errors = { 400: errorResponse, 401: errorResponse, 403: errorResponse, 404: errorResponse, 409: errorResponse };

export default async function regionRoutes(fastify: FastifyInstance) {
  const app = fastify.withTypeProvider<ZodTypeProvider>();
  const { db } = app;

  app.get(
    '/api/regions',
    {
      config: { permission: 'region:read', scope: { kind: 'none' } },
      schema: { tags, summary: 'Regions visible to the user (all, for super admin)', querystring: regionListQuery, response: { 200: regionPage, ...errors } },
    },
    async (request) => {
      const actor = request.actor;
      const onlyId = actor.role === 'super_admin' ? undefined : (actor.regionId ?? '00000000-0000-0000-0000-000000000000');
      return listRegions(db, { ...request.query, onlyId });
    },
  );

  app.post(
    '/api/regions',
    {
      config: { permission: 'region:create', scope: { kind: 'none' } },
      schema: {
        tags,
        summary: 'Create a region and optionally its first Admin Daerah',
        body: regionCreateBody,
        response: { 201: regionCreateResponse, ...errors },
      },
    },
    async (request, reply) => {
      const { admin, ...fields } = request.body;
      if (!isValidKemendagriCode(fields.type, fields.kemendagriCode)) throw fieldError({ kemendagriCode: 'invalid_kemendagri_code' });
      if (admin && !USERNAME_PATTERN.test(admin.username)) throw fieldError({ 'admin.username': 'username_format' });
      const result = await db.transaction(async (tx) => {
        if (await kemendagriCodeTaken(tx, fields.kemendagriCode)) throw conflictOn('kemendagriCode', 'kemendagri_code_taken');
        const [region] = await tx.insert(regions).values(fields).returning();
        await recordAudit(tx, request, {
          regionId: region.id,
          entityType: 'region',
          entityId: region.id,
          entityLabel: region.name,
          action: 'create',
          after: region,
        });
        let created: { id: string; username: string; temporaryPassword: string } | null = null;
        if (admin) {
          const temporaryPassword = generatePassword();
          const user = await insertAccount(tx, {
            ...admin,
            role: 'admin_daerah',
            regionId: region.id,
            opdId: null,
            password: temporaryPassword,
            mustChangePassword: true,
          });
          await recordAudit(tx, request, {
            regionId: region.id,
            entityType: 'user',
            entityId: user.id,
            entityLabel: user.username,
            action: 'create',
            after: user,
          });
          created = { id: user.id, username: user.username, temporaryPassword };
        }
        return { region, admin: created };
      });
      const row = await getRegion(db, result.region.id);
      reply.status(201);
      return { region: toRegionDto(row!), admin: result.admin };
    },
  );

  app.get(
    '/api/regions/:id',
    {
      config: { permission: 'region:read', scope: { kind: 'region', resource: 'region' } },
      schema: { tags, summary: 'One region’s profile', params: uuidParam, response: { 200: regionShape, ...errors } },
    },
    async (request) => {
      const actor = request.actor;
      if (!canAccessRegion(actor, request.params.id)) throw notFound();
      const row = await getRegion(db, request.params.id);
      if (!row) throw notFound();
      return toRegionDto(row);
    },
  );

  app.patch(
    '/api/regions/:id',
    {
      config: { permission: 'region:update', scope: { kind: 'region', resource: 'region' } },
      schema: { tags, summary: 'Edit a region’s profile', params: uuidParam, body: regionUpdateBody, response: { 200: regionShape, ...errors } },
    },
    async (request) => {
      const actor = request.actor;
      const { id } = request.params;
      if (!canAccessRegion(actor, id)) throw notFound();
      if (request.body.active !== undefined && actor.role !== 'super_admin') throw forbidden();
      await db.transaction(async (tx) => {
        const [before] = await tx.select().from(regions).where(eq(regions.id, id)).for('update');
        if (!before) throw notFound();
        const next = { ...before, ...stripUndefined(request.body) };
        if (!isValidKemendagriCode(next.type as 'kota', next.kemendagriCode)) throw fieldError({ kemendagriCode: 'invalid_kemendagri_code' });
        if (await kemendagriCodeTaken(tx, next.kemendagriCode, id)) throw conflictOn('kemendagriCode', 'kemendagri_code_taken');
        const [after] = await tx
          .update(regions)
          .set({ ...stripUndefined(request.body), updatedAt: new Date() })
          .where(eq(regions.id, id))
          .returning();
        const diff = changedOnly(before, after);
        if (Object.keys(diff.after).length)
          await recordAudit(tx, request, { regionId: id, entityType: 'region', entityId: id, entityLabel: after.name, action: 'update', ...diff });
      });
      return toRegionDto((await getRegion(db, id))!);
    },
  );
}
