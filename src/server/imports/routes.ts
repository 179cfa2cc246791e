// Bulk import of innovations (Admin Daerah): the template to fill, the check of an uploaded spreadsheet (every
// problem per row and column, nothing written), and the import of a checked file — all rows or none, in the
// background, its progress polled. The innovations become draft entries of the chosen period.
import { and, desc, eq, getTableColumns, inArray, isNull, sql } from 'drizzle-orm';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { errorResponse, periodQuery } from '../../contract/common';
import { importJobList, importJobShape } from '../../contract/imports';
import { checkSheet, MAX_IMPORT_BYTES, normalName } from '../../domain/imports/spreadsheet';
import { type Locale, translate } from '../../domain/messages';
import { periodRefusal } from '../../domain/period-status';
import { canAccessRegion } from '../../domain/roles';
import { importJobs, innovationEntries, opds, periods, regions, units } from '../db/schema';
import type { SessionUser } from '../plugins/session';
import { recordAudit } from '../shared/audit/record';
import { liveEntry } from '../shared/entries/live-entry';
import { firstFile } from '../shared/files/multipart';
import { AppError, fieldError, notFound } from '../shared/http/errors';
import { regionInScope } from '../shared/http/guard';
import { uuidParam } from '../shared/http/schemas';
import { importJobScope, periodScope } from '../shared/http/scopes';
import { findPeriodHead, periodHeadOfRegion } from '../shared/periods/period-lookup';
import { failInterruptedImports, runImport } from './run';
import { buildTemplate, readWorkbook, XLSX_MIME } from './workbook';

const tags = ['imports'];
const errors = { 400: errorResponse, 401: errorResponse, 403: errorResponse, 404: errorResponse, 409: errorResponse, 413: errorResponse };

type Job = typeof importJobs.$inferSelect;

/** The upload read whole (it is small: MAX_IMPORT_BYTES), or a 413 as soon as it passes the limit. */
async function readAll(stream: AsyncIterable<Buffer>): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of stream) {
    size += chunk.length;
    if (size > MAX_IMPORT_BYTES) {
      const params = { kind: 'XLSX', maxMb: MAX_IMPORT_BYTES / (1024 * 1024) };
      throw new AppError(413, 'file_too_large', params, { file: { code: 'file_too_large', params } });
    }
    chunks.push(chunk);
  }
  return Buffer.concat(chunks);
}

export default async function importRoutes(fastify: FastifyInstance) {
  const app = fastify.withTypeProvider<ZodTypeProvider>();
  const { db } = app;
  /** Imports running on this instance: closing waits for them (their transaction commits or rolls back). */
  const running = new Set<Promise<void>>();
  app.addHook('onClose', async () => {
    await Promise.allSettled([...running]);
  });

  const toJob = (j: Job, year: number, locale: Locale) => ({
    id: j.id,
    periodId: j.periodId,
    periodYear: year,
    status: j.status,
    fileName: j.fileName,
    totalRows: j.totalRows,
    doneRows: j.doneRows,
    problems: j.problems,
    error: j.error ? translate(j.error, locale) : null,
    createdAt: j.createdAt.toISOString(),
    finishedAt: j.finishedAt?.toISOString() ?? null,
  });

  async function jobInScope(actor: SessionUser, id: string) {
    const read = () =>
      db.select({ job: importJobs, year: periods.year }).from(importJobs).innerJoin(periods, eq(periods.id, importJobs.periodId)).where(eq(importJobs.id, id));
    let [row] = await read();
    if (!row || !canAccessRegion(actor, row.job.regionId)) throw notFound();
    // "Importing" with nobody writing it: left by an instance that stopped; from now on it says so.
    if (row.job.status === 'importing' && (await failInterruptedImports(db, eq(importJobs.id, id)))) [row] = await read();
    return row;
  }

  // At start-up: imports an earlier run of the server left half-way (nothing of them was written) say so.
  app.addHook('onReady', async () => {
    const failed = await failInterruptedImports(db);
    if (failed) app.log.warn({ failed }, 'imports interrupted by a server stop marked failed');
  });

  /** The region's active OPDs with their active units, as the check matches them. */
  async function regionOpds(regionId: string) {
    const opdRows = await db
      .select({ id: opds.id, name: opds.name, shortName: opds.shortName })
      .from(opds)
      .where(and(eq(opds.regionId, regionId), eq(opds.active, true)))
      .orderBy(opds.name);
    const unitRows = await db
      .select({ id: units.id, name: units.name, opdId: units.opdId })
      .from(units)
      .where(and(eq(units.regionId, regionId), eq(units.active, true)))
      .orderBy(units.name);
    return opdRows.map((o) => ({ ...o, units: unitRows.filter((u) => u.opdId === o.id).map((u) => ({ id: u.id, name: u.name })) }));
  }

  app.get(
    '/api/imports/template.xlsx',
    {
      config: { permission: 'import:run', scope: { kind: 'none' } },
      schema: {
        tags,
        summary: 'The import template: the recap’s columns, instructions and allowed values (incl. this region’s OPDs), dropdowns',
      },
    },
    async (request, reply) => {
      const regionId = regionInScope(request.actor, undefined);
      const [region] = await db.select({ name: regions.name }).from(regions).where(eq(regions.id, regionId));
      const period = await findPeriodHead(db, regionId);
      const list = await regionOpds(regionId);
      const file = await buildTemplate(
        region?.name ?? '',
        period?.year ?? null,
        list.map((o) => ({ name: o.name, shortName: o.shortName, units: o.units.map((u) => u.name) })),
      );
      return reply
        .header('content-type', XLSX_MIME)
        .header('content-disposition', 'attachment; filename="templat-impor-inovasi.xlsx"')
        .header('cache-control', 'no-store')
        .send(file);
    },
  );

  app.get(
    '/api/imports/jobs',
    {
      config: { permission: 'import:run', scope: { kind: 'none' } },
      schema: { tags, summary: 'The region’s latest imports (newest first)', response: { 200: importJobList, ...errors } },
    },
    async (request) => {
      const regionId = regionInScope(request.actor, undefined);
      // Without the rows and problems (a large file's are long): their count is enough for the list.
      const { rows: _rows, problems: _problems, ...light } = getTableColumns(importJobs);
      const list = () =>
        db
          .select({ job: light, year: periods.year, problemCount: sql<number>`jsonb_array_length(${importJobs.problems})`.mapWith(Number) })
          .from(importJobs)
          .innerJoin(periods, eq(periods.id, importJobs.periodId))
          .where(eq(importJobs.regionId, regionId))
          .orderBy(desc(importJobs.createdAt))
          .limit(10);
      let found = await list();
      const importing = found.filter((f) => f.job.status === 'importing').map((f) => f.job.id);
      if (importing.length && (await failInterruptedImports(db, inArray(importJobs.id, importing)))) found = await list();
      const locale = request.locale ?? 'id';
      return {
        items: found.map(({ job, year, problemCount }) => {
          const { problems: _none, ...rest } = toJob({ ...job, problems: [], rows: [] }, year, locale);
          return { ...rest, problemCount };
        }),
      };
    },
  );

  app.post(
    '/api/imports/check',
    {
      config: { permission: 'import:run', scope: periodScope() },
      schema: {
        tags,
        summary:
          'Upload a spreadsheet (multipart, field "file", .xlsx) and check every row for the period (default: the open one). Nothing is written to the innovations: the job is "ready" (no problem) or "invalid" (problems per row and column).',
        querystring: periodQuery,
        response: { 201: importJobShape, ...errors },
      },
    },
    async (request, reply) => {
      const actor = request.actor;
      const regionId = regionInScope(actor, undefined);
      const period = await periodHeadOfRegion(db, regionId, request.query.periodId);
      const refusal = periodRefusal(period.status, 'innovation');
      if (refusal) throw new AppError(409, refusal);
      if (!request.isMultipart()) throw fieldError({ file: 'file_required' });
      const part = await firstFile(request);
      if (!part) throw fieldError({ file: 'file_required' });
      const fileName = (part.filename || 'impor.xlsx').slice(0, 200);
      if (!/\.xlsx$/i.test(fileName)) {
        part.file.resume();
        throw fieldError({ file: 'import_not_xlsx' });
      }
      const buffer = await readAll(part.file);
      if (!buffer.length) throw fieldError({ file: 'file_empty' });
      // An .xlsx is a zip: anything else is refused before the spreadsheet library reads it.
      if (buffer[0] !== 0x50 || buffer[1] !== 0x4b) throw fieldError({ file: 'import_not_xlsx' });
      let sheet: Awaited<ReturnType<typeof readWorkbook>>;
      try {
        sheet = await readWorkbook(buffer);
      } catch {
        throw fieldError({ file: 'import_not_xlsx' });
      }
      const existing = await db
        .select({ opdId: innovationEntries.opdId, name: innovationEntries.name })
        .from(innovationEntries)
        .where(and(eq(innovationEntries.periodId, period.id), liveEntry));
      const result = checkSheet(sheet.header, sheet.rows, {
        opds: await regionOpds(regionId),
        existing: new Set(existing.map((e) => `${e.opdId}|${normalName(e.name)}`)),
        periodYear: period.year,
      });
      const [job] = await db
        .insert(importJobs)
        .values({
          regionId,
          periodId: period.id,
          status: result.problems.length ? 'invalid' : 'ready',
          fileName,
          totalRows: result.totalRows,
          problems: result.problems,
          rows: result.rows,
          createdBy: actor.id,
        })
        .returning();
      reply.code(201);
      return toJob(job, period.year, request.locale ?? 'id');
    },
  );

  app.get(
    '/api/imports/jobs/:id',
    {
      config: { permission: 'import:run', scope: importJobScope() },
      schema: {
        tags,
        summary: 'An import job: its problems, or its progress while importing',
        params: uuidParam,
        response: { 200: importJobShape, ...errors },
      },
    },
    async (request) => {
      const { job, year } = await jobInScope(request.actor, request.params.id);
      return toJob(job, year, request.locale ?? 'id');
    },
  );

  app.post(
    '/api/imports/jobs/:id/run',
    {
      config: { permission: 'import:run', scope: importJobScope() },
      schema: {
        tags,
        summary:
          'Import a checked ("ready") job: every row in one transaction, in the background (202); poll the job for its progress. A job already run, running or with problems is refused (409).',
        params: uuidParam,
        response: { 202: importJobShape, ...errors },
      },
    },
    async (request, reply) => {
      const actor = request.actor;
      const { job: found, year } = await jobInScope(actor, request.params.id);
      // Ready → importing once: a second click, or a second instance, finds it taken.
      const [job] = await db
        .update(importJobs)
        .set({ status: 'importing', doneRows: 0, updatedAt: new Date() })
        .where(and(eq(importJobs.id, found.id), eq(importJobs.status, 'ready'), isNull(importJobs.finishedAt)))
        .returning();
      if (!job) throw new AppError(409, 'import_not_ready');
      await recordAudit(db, request, {
        regionId: job.regionId,
        entityType: 'period',
        entityId: job.periodId,
        entityLabel: String(year),
        action: 'import_start',
        after: { file: job.fileName, rows: job.totalRows },
      });
      const work = runImport(app, job, { id: actor.id, name: actor.username }).finally(() => running.delete(work));
      running.add(work);
      reply.code(202);
      return toJob(job, year, request.locale ?? 'id');
    },
  );
}
