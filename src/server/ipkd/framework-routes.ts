// IPKD framework versions: everyone who reads the IPKD reads them; Admin Daerah clones a version (built-in or
// their own), enters the weights, scoring and bands of the year's pedoman (checked by the domain), imports and
// exports JSON. Built-in versions are read-only.
import { and, eq, sql } from 'drizzle-orm';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { errorResponse, okResponse } from '../../contract/common';
import { ipkdCloneBody, ipkdFrameworkEnvelope, ipkdFrameworkSummary, ipkdImportBody, ipkdSaveBody } from '../../contract/ipkd';
import type { IpkdFramework } from '../../domain/ipkd/framework';
import { ipkdFrameworks } from '../db/schema';
import { recordAudit } from '../shared/audit/record';
import { AppError, type FieldError, notFound } from '../shared/http/errors';
import { regionInScope } from '../shared/http/guard';
import { ipkdFrameworkScope } from '../shared/http/scopes';
import {
  findIpkdFramework,
  listIpkdFrameworks,
  newIpkdFrameworkId,
  parseIpkdRules,
  type RulesProblem,
  rulesOf,
  type StoredIpkdFramework,
} from './framework-store';

const tags = ['ipkd'];
const idParam = z.object({ id: z.string().regex(/^[a-z0-9][a-z0-9-]{0,79}$/, { error: 'not_found' }) });
const errors = { 400: errorResponse, 401: errorResponse, 403: errorResponse, 404: errorResponse, 409: errorResponse };

function problemsError(problems: RulesProblem[]): AppError {
  const fields: Record<string, FieldError> = {};
  for (const p of problems) fields[p.path || '_'] ??= { code: p.code, params: p.params };
  return new AppError(400, 'validation_failed', {}, fields);
}

const envelope = (s: StoredIpkdFramework) => ({
  framework: s.framework as unknown as Record<string, unknown>,
  builtIn: s.builtIn,
  version: s.version,
  updatedAt: s.updatedAt,
});

const hasDefaults = (f: IpkdFramework) => f.bands.defaultBands || f.dimensions.some((d) => d.defaultWeight);

const nameOf = (doc: Record<string, unknown>, fallback: string) => (typeof doc.name === 'string' && doc.name.trim() ? doc.name.trim().slice(0, 200) : fallback);

export default async function ipkdFrameworkRoutes(fastify: FastifyInstance) {
  const app = fastify.withTypeProvider<ZodTypeProvider>();
  const { db } = app;

  async function visible(regionId: string, id: string) {
    const found = await findIpkdFramework(db, regionId, id);
    if (!found) throw notFound();
    return found;
  }

  app.get(
    '/api/ipkd/frameworks',
    {
      config: { permission: 'ipkd:read', scope: { kind: 'none' } },
      schema: { tags, summary: 'IPKD framework versions: built-in and the region’s own', response: { 200: ipkdFrameworkSummary.array(), ...errors } },
    },
    async (request) => {
      const regionId = regionInScope(request.actor, undefined);
      return (await listIpkdFrameworks(db, regionId)).map((s) => ({
        id: s.framework.id,
        measurementYear: s.framework.measurementYear,
        name: s.framework.name,
        method: s.framework.method,
        builtIn: s.builtIn,
        basedOn: s.basedOn,
        defaults: hasDefaults(s.framework),
        indicatorCount: s.framework.dimensions.reduce((n, d) => n + d.indicators.length, 0),
        version: s.version,
        updatedAt: s.updatedAt,
      }));
    },
  );

  app.get(
    '/api/ipkd/frameworks/:id',
    {
      config: { permission: 'ipkd:read', scope: ipkdFrameworkScope() },
      schema: { tags, summary: 'One IPKD framework in full (also its export)', params: idParam, response: { 200: ipkdFrameworkEnvelope, ...errors } },
    },
    async (request) => envelope(await visible(regionInScope(request.actor, undefined), request.params.id)),
  );

  app.post(
    '/api/ipkd/frameworks/:id/clone',
    {
      config: { permission: 'ipkd:write', scope: ipkdFrameworkScope() },
      schema: {
        tags,
        summary: 'Copy a version into the region (optionally for another measurement year), to enter the pedoman’s numbers',
        params: idParam,
        body: ipkdCloneBody,
        response: { 201: ipkdFrameworkEnvelope, ...errors },
      },
    },
    async (request, reply) => {
      const regionId = regionInScope(request.actor, undefined);
      const source = await visible(regionId, request.params.id);
      const rules = { ...rulesOf(structuredClone(source.framework)), measurementYear: request.body.measurementYear ?? source.framework.measurementYear };
      const id = newIpkdFrameworkId(rules.measurementYear);
      const name = request.body.name ?? `${source.framework.name} (salinan)`;
      const saved = await db.transaction(async (tx) => {
        const [row] = await tx
          .insert(ipkdFrameworks)
          .values({ id, regionId, basedOn: source.framework.id, measurementYear: rules.measurementYear, name, data: rules })
          .returning();
        await recordAudit(tx, request, {
          regionId,
          entityType: 'ipkd_framework',
          entityId: id,
          entityLabel: name,
          action: 'clone',
          after: { basedOn: source.framework.id },
        });
        return row;
      });
      reply.status(201);
      return envelope((await visible(regionId, saved.id)) as StoredIpkdFramework);
    },
  );

  app.put(
    '/api/ipkd/frameworks/:id',
    {
      config: { permission: 'ipkd:write', scope: ipkdFrameworkScope() },
      schema: {
        tags,
        summary: 'Save a version’s rules (dimension weights summing to 100 %, scoring, bands; stale versions refused)',
        params: idParam,
        body: ipkdSaveBody,
        response: { 200: ipkdFrameworkEnvelope, ...errors },
      },
    },
    async (request) => {
      const regionId = regionInScope(request.actor, undefined);
      const found = await visible(regionId, request.params.id);
      if (found.builtIn) throw new AppError(403, 'fw_builtin_readonly');
      const parsed = parseIpkdRules(request.body.framework);
      if ('problems' in parsed) throw problemsError(parsed.problems);
      const rules = rulesOf(parsed.rules);
      const name = nameOf(request.body.framework, found.framework.name);
      await db.transaction(async (tx) => {
        const [row] = await tx
          .update(ipkdFrameworks)
          .set({ data: rules, name, measurementYear: rules.measurementYear, version: sql`${ipkdFrameworks.version} + 1`, updatedAt: sql`now()` })
          .where(and(eq(ipkdFrameworks.id, found.framework.id), eq(ipkdFrameworks.regionId, regionId), eq(ipkdFrameworks.version, request.body.version)))
          .returning();
        if (!row) throw new AppError(409, 'stale_version');
        await recordAudit(tx, request, {
          regionId,
          entityType: 'ipkd_framework',
          entityId: row.id,
          entityLabel: name,
          action: 'update',
          before: { weights: found.framework.dimensions.map((d) => d.weight), bands: found.framework.bands },
          after: { weights: rules.dimensions.map((d) => d.weight), bands: rules.bands },
        });
      });
      return envelope(await visible(regionId, found.framework.id));
    },
  );

  app.post(
    '/api/ipkd/frameworks/import',
    {
      config: { permission: 'ipkd:write', scope: { kind: 'none' } },
      schema: {
        tags,
        summary: 'Import a version from its JSON export (checked like a save)',
        body: ipkdImportBody,
        response: { 201: ipkdFrameworkEnvelope, ...errors },
      },
    },
    async (request, reply) => {
      const regionId = regionInScope(request.actor, undefined);
      const parsed = parseIpkdRules(request.body.framework);
      if ('problems' in parsed) throw problemsError(parsed.problems);
      const rules = rulesOf(parsed.rules);
      const id = newIpkdFrameworkId(rules.measurementYear);
      const name = nameOf(request.body.framework, `IPKD Tahun Ukur ${rules.measurementYear} (impor)`);
      const basedOn = typeof request.body.framework.id === 'string' ? request.body.framework.id.slice(0, 80) : null;
      await db.transaction(async (tx) => {
        await tx.insert(ipkdFrameworks).values({ id, regionId, basedOn, measurementYear: rules.measurementYear, name, data: rules });
        await recordAudit(tx, request, { regionId, entityType: 'ipkd_framework', entityId: id, entityLabel: name, action: 'import' });
      });
      reply.status(201);
      return envelope(await visible(regionId, id));
    },
  );

  app.delete(
    '/api/ipkd/frameworks/:id',
    {
      config: { permission: 'ipkd:write', scope: ipkdFrameworkScope() },
      schema: {
        tags,
        summary: 'Remove the region’s own version (years opened with it keep their copy)',
        params: idParam,
        response: { 200: okResponse, ...errors },
      },
    },
    async (request) => {
      const regionId = regionInScope(request.actor, undefined);
      const found = await visible(regionId, request.params.id);
      if (found.builtIn) throw new AppError(403, 'fw_builtin_readonly');
      await db.transaction(async (tx) => {
        await tx.delete(ipkdFrameworks).where(and(eq(ipkdFrameworks.id, found.framework.id), eq(ipkdFrameworks.regionId, regionId)));
        await recordAudit(tx, request, {
          regionId,
          entityType: 'ipkd_framework',
          entityId: found.framework.id,
          entityLabel: found.framework.name,
          action: 'delete',
        });
      });
      return { ok: true as const };
    },
  );
}
