// Perangkat Daerah (OPD) and their units. Admin Daerah manages; region roles read; OPD-bound roles see only their own.
import { eq } from 'drizzle-orm';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { errorResponse } from '../../contract/common';
import { opdCreateBody, opdDetail, opdListQuery, opdPage, opdShape, opdUpdateBody, unitCreateBody, unitShape, unitUpdateBody } from '../../contract/opds';
import { canAccessOpd, isOpdBound } from '../../domain/roles';
import { opds, units } from '../db/schema';
import type { SessionUser } from '../plugins/session';
import { actionFor, changedOnly, recordAudit } from '../shared/audit/record';
import { notFound } from '../shared/http/errors';
import { regionInScope } from '../shared/http/guard';
import { stripUndefined } from '../shared/http/objects';
import { uuidParam } from '../shared/http/schemas';
import { assertOpdNamesFree, assertUnitNameFree, getOpd, listOpds, toOpdDto, toUnitDto, unitsOf } from './repository';

const tags = ['opds'];
const errors = { 400: errorResponse, 401: errorResponse, 403: errorResponse, 404: errorResponse, 409: errorResponse };

export default async function opdRoutes(fastify: FastifyInstance) {
  const app = fastify.withTypeProvider<ZodTypeProvider>();
  const { db } = app;

  /** Loads an OPD the actor may see; anything else is "not found" so other regions stay invisible. */
  async function visibleOpd(actor: SessionUser, id: string) {
    const row = await getOpd(db, id);
    if (!row || !canAccessOpd(actor, row)) throw notFound();
    return row;
  }

  app.get(
    '/api/opds',
    {
      config: { permission: 'opd:read', scope: { kind: 'region', resource: 'region' } },
      schema: { tags, summary: 'List Perangkat Daerah (server-side paging, search, sort)', querystring: opdListQuery, response: { 200: opdPage, ...errors } },
    },
    async (request) => {
      const actor = request.actor;
      const regionId = regionInScope(actor, request.query.regionId);
      return listOpds(db, { ...request.query, regionId, onlyOpdId: isOpdBound(actor.role) ? (actor.opdId ?? regionId) : null });
    },
  );

  app.post(
    '/api/opds',
    {
      config: { permission: 'opd:write', scope: { kind: 'none' } },
      schema: { tags, summary: 'Create a Perangkat Daerah', body: opdCreateBody, response: { 201: opdShape, ...errors } },
    },
    async (request, reply) => {
      const actor = request.actor;
      const { regionId: requested, ...fields } = request.body;
      const regionId = regionInScope(actor, requested);
      const created = await db.transaction(async (tx) => {
        await assertOpdNamesFree(tx, regionId, fields.name, fields.shortName);
        const [row] = await tx
          .insert(opds)
          .values({ ...fields, regionId })
          .returning();
        await recordAudit(tx, request, { regionId, entityType: 'opd', entityId: row.id, entityLabel: row.name, action: 'create', after: row });
        return row;
      });
      reply.status(201);
      return toOpdDto((await getOpd(db, created.id))!);
    },
  );

  app.get(
    '/api/opds/:id',
    {
      config: { permission: 'opd:read', scope: { kind: 'opd', resource: 'opd' } },
      schema: { tags, summary: 'One Perangkat Daerah with its units', params: uuidParam, response: { 200: opdDetail, ...errors } },
    },
    async (request) => {
      const actor = request.actor;
      const row = await visibleOpd(actor, request.params.id);
      return { ...toOpdDto(row), units: (await unitsOf(db, row.id)).map(toUnitDto) };
    },
  );

  app.patch(
    '/api/opds/:id',
    {
      config: { permission: 'opd:write', scope: { kind: 'opd', resource: 'opd' } },
      schema: { tags, summary: 'Edit or (de)activate a Perangkat Daerah', params: uuidParam, body: opdUpdateBody, response: { 200: opdShape, ...errors } },
    },
    async (request) => {
      const actor = request.actor;
      const current = await visibleOpd(actor, request.params.id);
      const patch = stripUndefined(request.body);
      await db.transaction(async (tx) => {
        const [before] = await tx.select().from(opds).where(eq(opds.id, current.id)).for('update');
        await assertOpdNamesFree(tx, before.regionId, patch.name ?? before.name, patch.shortName ?? before.shortName, before.id);
        const [after] = await tx
          .update(opds)
          .set({ ...patch, updatedAt: new Date() })
          .where(eq(opds.id, before.id))
          .returning();
        const diff = changedOnly(before, after);
        if (Object.keys(diff.after).length)
          await recordAudit(tx, request, {
            regionId: before.regionId,
            entityType: 'opd',
            entityId: before.id,
            entityLabel: after.name,
            action: actionFor(diff.after),
            ...diff,
          });
      });
      return toOpdDto((await getOpd(db, current.id))!);
    },
  );

  app.post(
    '/api/units',
    {
      config: { permission: 'opd:write', scope: { kind: 'opd', resource: 'opd' } },
      schema: {
        tags,
        summary: 'Add a unit (UPT, puskesmas, sekolah, kelurahan…) to a Perangkat Daerah',
        body: unitCreateBody,
        response: { 201: unitShape, ...errors },
      },
    },
    async (request, reply) => {
      const actor = request.actor;
      const opd = await visibleOpd(actor, request.body.opdId);
      const row = await db.transaction(async (tx) => {
        await assertUnitNameFree(tx, opd.id, request.body.name);
        const [unit] = await tx
          .insert(units)
          .values({ ...request.body, regionId: opd.regionId })
          .returning();
        await recordAudit(tx, request, {
          regionId: opd.regionId,
          entityType: 'unit',
          entityId: unit.id,
          entityLabel: unit.name,
          action: 'create',
          after: unit,
        });
        return unit;
      });
      reply.status(201);
      return toUnitDto(row);
    },
  );

  app.patch(
    '/api/units/:id',
    {
      config: { permission: 'opd:write', scope: { kind: 'opd', resource: 'unit' } },
      schema: { tags, summary: 'Edit or (de)activate a unit', params: uuidParam, body: unitUpdateBody, response: { 200: unitShape, ...errors } },
    },
    async (request) => {
      const actor = request.actor;
      const [unit] = await db.select().from(units).where(eq(units.id, request.params.id));
      if (!unit) throw notFound();
      await visibleOpd(actor, unit.opdId);
      const patch = stripUndefined(request.body);
      return db.transaction(async (tx) => {
        if (patch.name) await assertUnitNameFree(tx, unit.opdId, patch.name, unit.id);
        const [after] = await tx
          .update(units)
          .set({ ...patch, updatedAt: new Date() })
          .where(eq(units.id, unit.id))
          .returning();
        const diff = changedOnly(unit, after);
        if (Object.keys(diff.after).length)
          await recordAudit(tx, request, {
            regionId: unit.regionId,
            entityType: 'unit',
            entityId: unit.id,
            entityLabel: after.name,
            action: actionFor(diff.after),
            ...diff,
          });
        return toUnitDto(after);
      });
    },
  );
}
