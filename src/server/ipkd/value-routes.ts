// One IPKD indicator's value in a year: saved field by field (absent fields unchanged, on the version seen), its
// documents (a file or a publication link), sent for review, accepted or returned with a note by a verifier.
// Any change to the value or its documents makes it a draft again, so only what a verifier saw counts as verified.
import type { MultipartFile } from '@fastify/multipart';
import { and, eq, sql } from 'drizzle-orm';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { errorResponse, okResponse } from '../../contract/common';
import { ipkdLinkBody, ipkdReviewBody, ipkdValueParam, ipkdValuePatchBody, ipkdValueShape, ipkdYearParam } from '../../contract/ipkd';
import type { IpkdIndicator } from '../../domain/ipkd/framework';
import { submitProblem } from '../../domain/ipkd/review';
import { ipkdValueProblems } from '../../domain/ipkd/validate';
import type { Tx } from '../db/client';
import { ipkdDocuments, ipkdValues } from '../db/schema';
import { recordAudit } from '../shared/audit/record';
import { firstFile } from '../shared/files/multipart';
import { withUploads } from '../shared/files/store-upload';
import { AppError, type FieldError, fieldError, notFound } from '../shared/http/errors';
import { regionInScope } from '../shared/http/guard';
import { uuidParam } from '../shared/http/schemas';
import { ipkdDocumentScope } from '../shared/http/scopes';
import { sendStored } from '../shared/http/send-file';
import { type IpkdValueRow, type IpkdYearRow, oneValue, storedValue, yearOf } from '../shared/ipkd/years';

const tags = ['ipkd'];
const errors = { 400: errorResponse, 401: errorResponse, 403: errorResponse, 404: errorResponse, 409: errorResponse };
const DOCUMENT_MIMES = new Set(['application/pdf', 'image/jpeg', 'image/png']);

function indicatorOf(year: IpkdYearRow, id: string): IpkdIndicator {
  for (const d of year.framework.dimensions) for (const i of d.indicators) if (i.id === id) return i;
  throw notFound();
}

/** Someone saved in between: the client reads the value again (its version is in the year's detail). */
const stale = (_current?: IpkdValueRow) => new AppError(409, 'stale_version');

export default async function ipkdValueRoutes(fastify: FastifyInstance) {
  const app = fastify.withTypeProvider<ZodTypeProvider>();
  const { db, storage } = app;

  async function target(request: FastifyRequest, params: { year: number; indicatorId: string }) {
    const regionId = regionInScope(request.actor, undefined);
    const year = await yearOf(db, regionId, params.year);
    const indicator = indicatorOf(year, params.indicatorId);
    const [row] = await db
      .select()
      .from(ipkdValues)
      .where(and(eq(ipkdValues.yearId, year.id), eq(ipkdValues.indicatorId, indicator.id)));
    return { regionId, year, indicator, row };
  }

  const audit = (tx: Tx, request: FastifyRequest, regionId: string, year: IpkdYearRow, v: IpkdValueRow, action: string, diff: object = {}) =>
    recordAudit(tx, request, {
      regionId,
      entityType: 'ipkd_value',
      entityId: v.id,
      entityLabel: `IPKD ${year.measurementYear} ${v.indicatorId}`,
      action,
      ...diff,
    });

  /** The value's row, made empty when documents come before the value; its version moves on and it is a draft again. */
  async function touch(tx: Tx, yearId: string, indicatorId: string, actorId: string) {
    const [row] = await tx
      .insert(ipkdValues)
      .values({ yearId, indicatorId, updatedBy: actorId })
      .onConflictDoUpdate({
        target: [ipkdValues.yearId, ipkdValues.indicatorId],
        set: { reviewStatus: 'draft', version: sql`${ipkdValues.version} + 1`, updatedBy: actorId, updatedAt: sql`now()` },
      })
      .returning();
    return row;
  }

  /** Moves a value on (sent, decided) on the version read; someone else's save in between refuses it. */
  async function advance(tx: Tx, request: FastifyRequest, regionId: string, year: IpkdYearRow, row: IpkdValueRow, set: Partial<IpkdValueRow>, action: string) {
    const [written] = await tx
      .update(ipkdValues)
      .set({ ...set, version: sql`${ipkdValues.version} + 1`, updatedAt: sql`now()` })
      .where(and(eq(ipkdValues.id, row.id), eq(ipkdValues.version, row.version)))
      .returning();
    if (!written) throw stale(row);
    await audit(tx, request, regionId, year, written, action, { after: { reviewStatus: written.reviewStatus, reviewNote: written.reviewNote } });
  }

  app.patch(
    '/api/ipkd/years/:year/values/:indicatorId',
    {
      config: { permission: 'ipkd:write', scope: { kind: 'none' } },
      schema: {
        tags,
        summary: 'Save an indicator’s value, document date or note (absent fields unchanged; version 0 for a first save)',
        params: ipkdValueParam,
        body: ipkdValuePatchBody,
        response: { 200: ipkdValueShape, ...errors },
      },
    },
    async (request) => {
      const { regionId, year, indicator, row } = await target(request, request.params);
      const { version, ...given } = request.body;
      if ((row?.version ?? 0) !== version) throw stale(row);
      const merged = {
        value: given.value !== undefined ? given.value : row ? storedValue(row) : null,
        documentDate: given.documentDate !== undefined ? given.documentDate : (row?.documentDate ?? null),
      };
      const problems = ipkdValueProblems(indicator, merged, year.measurementYear);
      if (problems.length) {
        const fields: Record<string, FieldError> = {};
        for (const p of problems) fields[p.path] ??= { code: p.code, params: p.params };
        throw new AppError(400, 'validation_failed', {}, fields);
      }
      const choice = indicator.scoring.kind === 'choice';
      const set = {
        ...(given.value !== undefined && {
          valueNumber: choice || given.value === null ? null : Number(given.value),
          valueChoice: choice && given.value !== null ? String(given.value) : null,
        }),
        ...(given.documentDate !== undefined && { documentDate: given.documentDate }),
        ...(given.note !== undefined && { note: given.note || null }),
      };
      // A note alone does not change what a verifier decided on.
      const reopens = given.value !== undefined || given.documentDate !== undefined;
      const saved = await db.transaction(async (tx) => {
        let written: IpkdValueRow | undefined;
        if (!row) {
          [written] = await tx
            .insert(ipkdValues)
            .values({ yearId: year.id, indicatorId: indicator.id, ...set, updatedBy: request.actor.id })
            .onConflictDoNothing()
            .returning();
        } else {
          [written] = await tx
            .update(ipkdValues)
            .set({
              ...set,
              ...(reopens && { reviewStatus: 'draft' as const }),
              version: sql`${ipkdValues.version} + 1`,
              updatedBy: request.actor.id,
              updatedAt: sql`now()`,
            })
            .where(and(eq(ipkdValues.id, row.id), eq(ipkdValues.version, version)))
            .returning();
        }
        if (!written) throw stale(row);
        await audit(tx, request, regionId, year, written, row ? 'update' : 'create', {
          before: row ? { value: storedValue(row), documentDate: row.documentDate, note: row.note } : null,
          after: { value: storedValue(written), documentDate: written.documentDate, note: written.note },
        });
        return written;
      });
      return oneValue(db, saved.id);
    },
  );

  app.post(
    '/api/ipkd/years/:year/values/:indicatorId/submit',
    {
      config: { permission: 'ipkd:write', scope: { kind: 'none' } },
      schema: {
        tags,
        summary: 'Send a value with its documents for review',
        params: ipkdValueParam,
        body: z.object({ version: z.number().int().min(1) }),
        response: { 200: ipkdValueShape, ...errors },
      },
    },
    async (request) => {
      const { regionId, year, indicator, row } = await target(request, request.params);
      if (!row || row.version !== request.body.version) throw stale(row);
      const [{ n }] = await db.select({ n: sql<number>`count(*)::int` }).from(ipkdDocuments).where(eq(ipkdDocuments.valueId, row.id));
      const problem = submitProblem(indicator, { indicatorId: row.indicatorId, value: storedValue(row), reviewStatus: row.reviewStatus, documentCount: n });
      if (problem) throw new AppError(400, problem);
      await db.transaction((tx) => advance(tx, request, regionId, year, row, { reviewStatus: 'menunggu' }, 'submit'));
      return oneValue(db, row.id);
    },
  );

  app.post(
    '/api/ipkd/years/:year/values/:indicatorId/review',
    {
      config: { permission: 'ipkd:review', scope: { kind: 'none' } },
      schema: {
        tags,
        summary: 'Accept a value waiting for review, or return it with a note (on the version seen)',
        params: ipkdValueParam,
        body: ipkdReviewBody,
        response: { 200: ipkdValueShape, ...errors },
      },
    },
    async (request) => {
      const { regionId, year, row } = await target(request, request.params);
      const { version, decision, note } = request.body;
      if (!row || row.version !== version) throw stale(row);
      if (row.reviewStatus !== 'menunggu') throw new AppError(409, 'ipkd_not_waiting');
      if (decision === 'return' && !note) throw fieldError({ note: 'review_note_required' });
      const decided = { reviewStatus: decision === 'accept' ? ('diterima' as const) : ('dikembalikan' as const), reviewNote: note || null };
      await db.transaction((tx) => advance(tx, request, regionId, year, row, { ...decided, reviewedBy: request.actor.id, reviewedAt: new Date() }, decision));
      return oneValue(db, row.id);
    },
  );

  app.post(
    '/api/ipkd/years/:year/values/:indicatorId/documents',
    {
      config: { permission: 'ipkd:write', scope: { kind: 'none' } },
      schema: {
        tags,
        summary: 'Add a document to a value: a file (multipart, field "file"; PDF, JPG or PNG) or a publication link (JSON {url, title})',
        params: ipkdValueParam,
        response: { 200: ipkdValueShape, ...errors },
      },
    },
    async (request) => {
      const { regionId, year, indicator } = await target(request, request.params);
      const actorId = request.actor.id;
      if (!request.isMultipart()) {
        const parsed = ipkdLinkBody.safeParse(request.body ?? {});
        if (!parsed.success) throw fieldError({ url: 'invalid_link' });
        const valueId = await db.transaction(async (tx) => {
          const v = await touch(tx, year.id, indicator.id, actorId);
          await tx.insert(ipkdDocuments).values({ valueId: v.id, regionId, url: parsed.data.url, title: parsed.data.title || null, uploadedBy: actorId });
          await audit(tx, request, regionId, year, v, 'document', { after: { url: parsed.data.url } });
          return v.id;
        });
        return oneValue(db, valueId);
      }
      const part = await firstFile(request);
      if (!part) throw fieldError({ file: 'file_required' });
      const valueId = await withUploads(app, async (store) => {
        const file = await store(part as MultipartFile);
        if (!DOCUMENT_MIMES.has(file.mime)) throw fieldError({ file: 'agreement_file_kind' });
        return db.transaction(async (tx) => {
          const v = await touch(tx, year.id, indicator.id, actorId);
          await tx
            .insert(ipkdDocuments)
            .values({ valueId: v.id, regionId, fileSha256: file.sha256, fileName: file.name, mime: file.mime, size: file.size, uploadedBy: actorId });
          await audit(tx, request, regionId, year, v, 'document', { after: { fileName: file.name } });
          return v.id;
        });
      });
      return oneValue(db, valueId);
    },
  );

  async function documentInScope(request: FastifyRequest, id: string) {
    const regionId = regionInScope(request.actor, undefined);
    const [doc] = await db
      .select()
      .from(ipkdDocuments)
      .where(and(eq(ipkdDocuments.id, id), eq(ipkdDocuments.regionId, regionId)));
    if (!doc) throw notFound();
    return { regionId, doc };
  }

  app.get(
    '/api/ipkd/documents/:id',
    {
      config: { permission: 'ipkd:read', scope: ipkdDocumentScope() },
      schema: {
        tags,
        summary: 'A value’s document file, inline or as a download (?download=1)',
        params: uuidParam,
        querystring: z.object({ download: z.enum(['0', '1']).optional() }),
      },
    },
    async (request, reply) => {
      const { doc } = await documentInScope(request, request.params.id);
      if (!doc.fileSha256) throw notFound();
      return sendStored(
        reply,
        storage,
        { sha256: doc.fileSha256, name: doc.fileName ?? 'dokumen-ipkd', mime: doc.mime ?? 'application/pdf', size: doc.size ?? 0 },
        request.query.download === '1',
      );
    },
  );

  app.delete(
    '/api/ipkd/documents/:id',
    {
      config: { permission: 'ipkd:write', scope: ipkdDocumentScope() },
      schema: {
        tags,
        summary: 'Remove a document from its value (the value becomes a draft again)',
        params: uuidParam,
        response: { 200: okResponse, ...errors },
      },
    },
    async (request) => {
      const { regionId, doc } = await documentInScope(request, request.params.id);
      await db.transaction(async (tx) => {
        await tx.delete(ipkdDocuments).where(eq(ipkdDocuments.id, doc.id));
        const [v] = await tx
          .update(ipkdValues)
          .set({ reviewStatus: 'draft', version: sql`${ipkdValues.version} + 1`, updatedBy: request.actor.id, updatedAt: sql`now()` })
          .where(eq(ipkdValues.id, doc.valueId))
          .returning();
        await recordAudit(tx, request, {
          regionId,
          entityType: 'ipkd_value',
          entityId: v.id,
          entityLabel: `IPKD ${v.indicatorId}`,
          action: 'document_delete',
          before: { fileName: doc.fileName, url: doc.url },
        });
      });
      return { ok: true as const };
    },
  );

  app.post(
    '/api/ipkd/years/:year/submit',
    {
      config: { permission: 'ipkd:write', scope: { kind: 'none' } },
      schema: {
        tags,
        summary: 'Send every draft value that is ready (a value, and a document where the indicator asks) for review; returns how many went',
        params: ipkdYearParam,
        response: { 200: z.object({ sent: z.number(), notReady: z.array(z.object({ indicatorId: z.string(), code: z.string() })) }), ...errors },
      },
    },
    async (request) => {
      const regionId = regionInScope(request.actor, undefined);
      const year = await yearOf(db, regionId, request.params.year);
      const rows = await db
        .select({ row: ipkdValues, documents: sql<number>`(select count(*)::int from ipkd_documents d where d.value_id = ipkd_values.id)` })
        .from(ipkdValues)
        .where(eq(ipkdValues.yearId, year.id));
      const byId = new Map(rows.map((r) => [r.row.indicatorId, r]));
      const ready: IpkdValueRow[] = [];
      const notReady: { indicatorId: string; code: string }[] = [];
      for (const d of year.framework.dimensions)
        for (const i of d.indicators) {
          const r = byId.get(i.id);
          if (r && (r.row.reviewStatus === 'menunggu' || r.row.reviewStatus === 'diterima')) continue;
          const problem = submitProblem(i, {
            indicatorId: i.id,
            value: r ? storedValue(r.row) : null,
            reviewStatus: r?.row.reviewStatus ?? 'draft',
            documentCount: r?.documents ?? 0,
          });
          if (problem) notReady.push({ indicatorId: i.id, code: problem });
          else if (r) ready.push(r.row);
        }
      await db.transaction(async (tx) => {
        for (const row of ready) await advance(tx, request, regionId, year, row, { reviewStatus: 'menunggu' }, 'submit');
      });
      return { sent: ready.length, notReady };
    },
  );
}
