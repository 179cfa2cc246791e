// IID framework versions: everyone in a region reads them; Admin Daerah clones a built-in version, corrects it
// (validated by the domain rules), imports and exports JSON. Built-in versions are read-only.
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { errorResponse, okResponse } from '../../contract/common';
import { cloneBody, frameworkEnvelope, frameworkSummary, importBody, saveBody } from '../../contract/frameworks';
import { exportFramework } from '../../domain/iid/export';
import type { Framework } from '../../domain/iid/types';
import { type Problem, parseFramework } from '../../domain/iid/validate';
import { canAccessRegion } from '../../domain/roles';
import type { SessionUser } from '../plugins/session';
import { changedOnly, recordAudit } from '../shared/audit/record';
import { AppError, type FieldError, notFound } from '../shared/http/errors';
import { regionInScope } from '../shared/http/guard';
import {
  deleteFramework,
  findFramework,
  insertFramework,
  listFrameworks,
  newFrameworkId,
  type StoredFramework,
  updateFramework,
} from '../shared/periods/framework-store';

const tags = ['frameworks'];
/** Framework ids are slugs (iid-2026; a region's copy adds a random suffix). */
const frameworkIdParam = z.object({ id: z.string().regex(/^[a-z0-9][a-z0-9-]{0,79}$/, { error: 'not_found' }) });
const errors = { 400: errorResponse, 401: errorResponse, 403: errorResponse, 404: errorResponse, 409: errorResponse };

function problemsError(problems: Problem[]): AppError {
  const fields: Record<string, FieldError> = {};
  for (const p of problems) fields[p.path || '_'] ??= { code: p.code, params: p.params };
  return new AppError(400, 'validation_failed', {}, fields);
}

const envelope = (s: StoredFramework) => ({
  framework: exportFramework(s.framework, { full: true }) as unknown as Record<string, unknown>,
  builtIn: s.builtIn,
  version: s.version,
  updatedAt: s.updatedAt,
});

export default async function frameworkRoutes(fastify: FastifyInstance) {
  const app = fastify.withTypeProvider<ZodTypeProvider>();
  const { db } = app;

  /** A framework the actor may see: built-in, or a clone of their own region. */
  async function visible(actor: SessionUser, id: string) {
    const found = await findFramework(db, id);
    if (!found || (found.regionId && !canAccessRegion(actor, found.regionId))) throw notFound();
    return found;
  }

  /** A clone the actor may change; built-in versions are refused with a reason. */
  async function editable(actor: SessionUser, id: string) {
    const found = await visible(actor, id);
    if (found.builtIn) throw new AppError(403, 'fw_builtin_readonly');
    return { actor, found };
  }

  app.get(
    '/api/frameworks',
    {
      config: { permission: 'framework:read', scope: { kind: 'none' } },
      schema: { tags, summary: 'Framework versions: built-in and the region’s own corrections', response: { 200: frameworkSummary.array(), ...errors } },
    },
    async (request) => {
      const actor = request.actor;
      const list = await listFrameworks(db, actor.regionId, actor.role === 'super_admin');
      return list.map((s) => ({
        id: s.framework.id,
        year: s.framework.year,
        name: s.framework.name,
        builtIn: s.builtIn,
        uncertain: s.framework.uncertain,
        basedOn: s.framework.basedOn ?? null,
        version: s.version,
        updatedAt: s.updatedAt,
        indicatorCount: s.framework.indicators.length,
      }));
    },
  );

  app.get(
    '/api/frameworks/:id',
    {
      config: { permission: 'framework:read', scope: { kind: 'region', resource: 'framework' } },
      schema: { tags, summary: 'One framework, in full', params: frameworkIdParam, response: { 200: frameworkEnvelope, ...errors } },
    },
    async (request) => envelope(await visible(request.actor, request.params.id)),
  );

  app.post(
    '/api/frameworks/:id/clone',
    {
      config: { permission: 'framework:write', scope: { kind: 'region', resource: 'framework' } },
      schema: {
        tags,
        summary: 'Copy a version into the region, to correct it',
        params: frameworkIdParam,
        body: cloneBody,
        response: { 201: frameworkEnvelope, ...errors },
      },
    },
    async (request, reply) => {
      const actor = request.actor;
      const regionId = regionInScope(actor, undefined);
      const source = await visible(actor, request.params.id);
      const copy: Framework = {
        ...structuredClone(source.framework),
        id: newFrameworkId(source.builtIn ? source.framework.id : source.framework.basedOn, source.framework.year),
        builtIn: false,
        basedOn: source.builtIn ? source.framework.id : (source.framework.basedOn ?? source.framework.id),
        name: request.body.name ?? `${source.framework.name} (koreksi)`,
      };
      const saved = await db.transaction(async (tx) => {
        const row = await insertFramework(tx, regionId, copy);
        await recordAudit(tx, request, {
          regionId,
          entityType: 'framework',
          entityId: copy.id,
          entityLabel: copy.name,
          action: 'clone',
          after: { basedOn: source.framework.id },
        });
        return row;
      });
      reply.status(201);
      return envelope(saved);
    },
  );

  app.put(
    '/api/frameworks/:id',
    {
      config: { permission: 'framework:write', scope: { kind: 'region', resource: 'framework' } },
      schema: {
        tags,
        summary: 'Save a corrected framework (rules checked; stale versions refused)',
        params: frameworkIdParam,
        body: saveBody,
        response: { 200: frameworkEnvelope, ...errors },
      },
    },
    async (request) => {
      const { actor, found } = await editable(request.actor, request.params.id);
      const { framework, problems } = parseFramework({
        ...request.body.framework,
        id: found.framework.id,
        year: request.body.framework.year ?? found.framework.year,
      });
      if (!framework) throw problemsError(problems);
      framework.basedOn = found.framework.basedOn;
      framework.notes = found.framework.notes;
      const saved = await db.transaction(async (tx) => {
        const row = await updateFramework(tx, framework, request.body.version);
        if (!row) throw new AppError(409, 'stale_version');
        const diff = changedOnly(summaryOf(found.framework), summaryOf(framework));
        await recordAudit(tx, request, {
          regionId: actor.regionId,
          entityType: 'framework',
          entityId: framework.id,
          entityLabel: framework.name,
          action: 'update',
          ...diff,
        });
        return row;
      });
      return envelope(saved);
    },
  );

  app.post(
    '/api/frameworks/import',
    {
      config: { permission: 'framework:write', scope: { kind: 'none' } },
      schema: { tags, summary: 'Import a framework JSON as a new region version', body: importBody, response: { 201: frameworkEnvelope, ...errors } },
    },
    async (request, reply) => {
      const actor = request.actor;
      const regionId = regionInScope(actor, undefined);
      const { framework, problems } = parseFramework(request.body.framework);
      if (!framework) throw problemsError(problems);
      // An imported file never overwrites anything: it always gets a new id.
      framework.basedOn = framework.basedOn ?? (framework.id.startsWith('iid-') ? framework.id.split('-').slice(0, 2).join('-') : undefined);
      framework.id = newFrameworkId(framework.basedOn, framework.year);
      const saved = await db.transaction(async (tx) => {
        const row = await insertFramework(tx, regionId, framework);
        await recordAudit(tx, request, { regionId, entityType: 'framework', entityId: framework.id, entityLabel: framework.name, action: 'import' });
        return row;
      });
      reply.status(201);
      return envelope(saved);
    },
  );

  app.delete(
    '/api/frameworks/:id',
    {
      config: { permission: 'framework:write', scope: { kind: 'region', resource: 'framework' } },
      schema: {
        tags,
        summary: 'Delete a region version (built-in versions cannot be deleted)',
        params: frameworkIdParam,
        response: { 200: okResponse, ...errors },
      },
    },
    async (request) => {
      const { actor, found } = await editable(request.actor, request.params.id);
      await db.transaction(async (tx) => {
        await deleteFramework(tx, found.framework.id);
        await recordAudit(tx, request, {
          regionId: actor.regionId,
          entityType: 'framework',
          entityId: found.framework.id,
          entityLabel: found.framework.name,
          action: 'delete',
        });
      });
      return { ok: true as const };
    },
  );
}

/** What the audit trail records of a framework edit: parameters, bands and each indicator's weight and options. */
function summaryOf(f: Framework): Record<string, unknown> {
  const out: Record<string, unknown> = {
    name: f.name,
    maxScore: f.maxScore,
    divisorFloor: f.divisorFloor,
    countScore: f.countScore,
    bands: f.bands,
  };
  for (const i of f.indicators)
    out[`indicator ${i.code}`] = { weight: i.weight, mandatory: i.mandatory, name: i.name, options: i.options.map((o) => `${o.value}: ${o.label}`) };
  return out;
}
