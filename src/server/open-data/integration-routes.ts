// The integration API, /api/integrations/v1: another regional system pulls the region's full registry or
// statistics, or pushes innovations (created as drafts, profile fields of the open period's entries), with an API
// token of the region (`Authorization: Bearer inovda_…`). Only the token counts here — a session cookie is not
// accepted, and a token is accepted nowhere else. A forged, unknown, expired or revoked token: 401; a token
// without the call's scope: 403; another region's resource: 404. Every request made with a known token, refusals
// included, is logged (api_token_uses). Writes go through the same validation as the web form (the contract's
// zod shapes, the domain's workflow and period rules) and are in the audit trail under the token's name.
import { and, asc, count, eq, sql } from 'drizzle-orm';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { errorResponse } from '../../contract/common';
import { entryCreateBody, entrySaveBody } from '../../contract/innovations';
import { integrationEntry, integrationEntryPage, integrationInnovationsQuery, integrationStatistics } from '../../contract/open-data';
import { isEditable } from '../../domain/innovation/workflow';
import { translate } from '../../domain/messages';
import { bearerToken, isTokenShaped, type TokenScope, tokenRefusal } from '../../domain/open-data/tokens';
import { periodRefusal } from '../../domain/period-status';
import type { Db } from '../db/client';
import { innovationEntries, innovations, opds, periods } from '../db/schema';
import { createEntry } from '../shared/entries/create-entry';
import { assertUnitOf, saveProfile } from '../shared/entries/save-profile';
import { AppError, fieldError, notFound } from '../shared/http/errors';
import { uuidParam } from '../shared/http/schemas';
import { openThenLatest, periodHeadColumns } from '../shared/periods/period-lookup';
import { type ApiTokenRow, hashToken, recordUse, tokenByHash } from './token-repository';

declare module 'fastify' {
  interface FastifyContextConfig {
    /** The API token scope an integration route needs (server/open-data/integration-routes.ts). */
    tokenScope?: TokenScope;
  }
  interface FastifyRequest {
    /** The API token an integration request presented, once known (null: none, or not one of ours). */
    apiToken: ApiTokenRow | null;
  }
}

const tags = ['Integrations (API token)'];
const errors = { 400: errorResponse, 401: errorResponse, 403: errorResponse, 404: errorResponse, 409: errorResponse };
/** Access is the token's (checked by this module's hook), so the app-wide session check lets the request through. */
const byToken = (tokenScope: TokenScope) => ({ permission: 'public' as const, scope: { kind: 'none' as const }, tokenScope });
const security = [{ apiToken: [] }];
const createBody = entryCreateBody.omit({ periodId: true }).extend({ opdId: entryCreateBody.shape.opdId.unwrap().describe('An OPD of the token’s region') });

const entryColumns = {
  id: innovationEntries.id,
  innovationId: innovationEntries.innovationId,
  year: periods.year,
  periodStatus: periods.status,
  regionId: innovationEntries.regionId,
  opdId: innovationEntries.opdId,
  opdName: opds.name,
  unitId: innovationEntries.unitId,
  status: innovationEntries.status,
  sent: innovationEntries.sent,
  name: innovationEntries.name,
  tahapan: innovationEntries.tahapan,
  inisiatorType: innovationEntries.inisiatorType,
  inisiatorName: innovationEntries.inisiatorName,
  jenis: innovationEntries.jenis,
  bentuk: innovationEntries.bentuk,
  tematik: innovationEntries.tematik,
  urusanUtama: innovationEntries.urusanUtama,
  urusanLain: innovationEntries.urusanLain,
  waktuUjiCoba: innovationEntries.waktuUjiCoba,
  waktuPenerapan: innovationEntries.waktuPenerapan,
  rancangBangun: innovationEntries.rancangBangun,
  tujuan: innovationEntries.tujuan,
  manfaat: innovationEntries.manfaat,
  hasil: innovationEntries.hasil,
  lokasi: innovationEntries.lokasi,
  haki: innovationEntries.haki,
  penghargaan: innovationEntries.penghargaan,
  version: innovationEntries.version,
  updatedAt: innovationEntries.updatedAt,
};
type EntryRow = Awaited<ReturnType<typeof entriesQuery>>[number];

const entriesQuery = (db: Db) =>
  db
    .select(entryColumns)
    .from(innovationEntries)
    .innerJoin(periods, eq(periods.id, innovationEntries.periodId))
    .innerJoin(opds, eq(opds.id, innovationEntries.opdId))
    .innerJoin(innovations, eq(innovations.id, innovationEntries.innovationId));

const dto = ({ periodStatus: _p, regionId: _r, ...e }: EntryRow) => ({ ...e, urusanLain: e.urusanLain ?? [], updatedAt: e.updatedAt.toISOString() });

export default async function integrationRoutes(fastify: FastifyInstance) {
  const app = fastify.withTypeProvider<ZodTypeProvider>();
  const { db } = app;

  app.decorateRequest('apiToken', null);

  // The token decides: presented, ours, alive, with the route's scope. Runs before any handler reads anything.
  app.addHook('onRequest', async (request, reply) => {
    const needed = request.routeOptions.config.tokenScope;
    if (!needed) throw new Error(`integration route without a tokenScope: ${request.routeOptions.url}`);
    const presented = bearerToken(request.headers.authorization);
    reply.header('www-authenticate', 'Bearer realm="inovda"');
    if (!presented) throw new AppError(401, 'api_token_missing');
    const found = isTokenShaped(presented) ? await tokenByHash(db, hashToken(presented)) : null;
    if (!found) throw new AppError(401, 'api_token_invalid');
    request.apiToken = found.token;
    if (!found.regionActive) throw new AppError(401, 'region_inactive');
    const refusal = tokenRefusal(found.token, needed, new Date());
    if (refusal === 'api_token_scope') throw new AppError(403, 'api_token_scope', { scope: needed });
    if (refusal) throw new AppError(401, refusal);
    reply.removeHeader('www-authenticate');
  });

  // Every request made with a known token, answered or refused, before the answer leaves.
  app.addHook('onSend', async (request, reply, payload) => {
    const token = request.apiToken;
    if (token) {
      try {
        await recordUse(db, token.id, { method: request.method, path: request.url, status: reply.statusCode }, new Date());
      } catch (err) {
        request.log.error({ err }, 'api token use not recorded');
      }
    }
    return payload;
  });

  const regionOf = (request: FastifyRequest) => (request.apiToken as ApiTokenRow).regionId;
  const tokenActor = (request: FastifyRequest) => {
    const t = request.apiToken as ApiTokenRow;
    return { id: null, name: `token ${t.prefix}… (${t.name})`.slice(0, 120) };
  };

  /** The region's period of a year, else the open one, else the latest. */
  async function periodOf(regionId: string, year: number | undefined) {
    const [period] = await db
      .select(periodHeadColumns)
      .from(periods)
      .where(and(eq(periods.regionId, regionId), year ? eq(periods.year, year) : undefined))
      .orderBy(...openThenLatest)
      .limit(1);
    if (!period && year) throw fieldError({ year: 'not_found' });
    return period;
  }

  async function entryOf(regionId: string, id: string) {
    const [row] = await entriesQuery(db).where(
      and(eq(innovationEntries.id, id), eq(innovationEntries.regionId, regionId), sql`${innovations.deletedAt} is null`),
    );
    if (!row) throw notFound();
    return row;
  }

  app.get(
    '/api/integrations/v1/innovations',
    {
      config: byToken('innovations:read'),
      schema: {
        tags,
        security,
        summary: 'innovations:read — the region’s full registry of a period (published or not), paged with limit and offset, ordered by name then id',
        querystring: integrationInnovationsQuery,
        response: { 200: integrationEntryPage, ...errors },
      },
    },
    async (request) => {
      const q = request.query;
      const regionId = regionOf(request);
      const period = await periodOf(regionId, q.year);
      if (!period) return { year: null, items: [], total: 0, limit: q.limit, offset: q.offset };
      const where = and(eq(innovationEntries.periodId, period.id), sql`${innovations.deletedAt} is null`);
      const [rows, [{ total }]] = await Promise.all([
        entriesQuery(db).where(where).orderBy(asc(innovationEntries.name), asc(innovationEntries.id)).limit(q.limit).offset(q.offset),
        db.select({ total: count() }).from(innovationEntries).innerJoin(innovations, eq(innovations.id, innovationEntries.innovationId)).where(where),
      ]);
      return { year: period.year, items: rows.map(dto), total, limit: q.limit, offset: q.offset };
    },
  );

  app.get(
    '/api/integrations/v1/innovations/:id',
    {
      config: byToken('innovations:read'),
      schema: {
        tags,
        security,
        summary: 'innovations:read — one entry of the region (404 for another region’s)',
        params: uuidParam,
        response: { 200: integrationEntry, ...errors },
      },
    },
    async (request) => dto(await entryOf(regionOf(request), request.params.id)),
  );

  app.post(
    '/api/integrations/v1/innovations',
    {
      config: byToken('innovations:write'),
      schema: {
        tags,
        security,
        summary: 'innovations:write — register an innovation of an OPD of the region in the open period, as a draft',
        body: createBody,
        response: { 201: integrationEntry, ...errors },
      },
    },
    async (request, reply) => {
      const regionId = regionOf(request);
      const body = request.body;
      const [period] = await db
        .select(periodHeadColumns)
        .from(periods)
        .where(eq(periods.regionId, regionId))
        .orderBy(...openThenLatest)
        .limit(1);
      if (!period) throw new AppError(409, 'period_closed');
      const refusal = periodRefusal(period.status, 'innovation');
      if (refusal) throw new AppError(409, refusal);
      const [opd] = await db.select().from(opds).where(eq(opds.id, body.opdId));
      if (!opd || opd.regionId !== regionId || !opd.active) throw fieldError({ opdId: 'opd_not_in_region' });
      if (body.unitId) await assertUnitOf(db, opd.id, body.unitId);
      const entryId = await db.transaction((tx) =>
        createEntry(
          tx,
          request,
          {
            regionId,
            opdId: opd.id,
            opdName: opd.name,
            unitId: body.unitId ?? null,
            periodId: period.id,
            periodYear: period.year,
            name: body.name,
            createdBy: null,
          },
          tokenActor(request),
        ),
      );
      reply.status(201);
      return dto(await entryOf(regionId, entryId));
    },
  );

  app.patch(
    '/api/integrations/v1/innovations/:id',
    {
      config: byToken('innovations:write'),
      schema: {
        tags,
        security,
        summary:
          'innovations:write — save profile fields of a draft entry of the open period: absent means unchanged, null clears. Send the version you read; a newer one answers 409 stale_version.',
        params: uuidParam,
        body: entrySaveBody,
        response: { 200: integrationEntry, ...errors },
      },
    },
    async (request, reply) => {
      const regionId = regionOf(request);
      const row = await entryOf(regionId, request.params.id);
      const refusal = periodRefusal(row.periodStatus, 'innovation');
      if (refusal) throw new AppError(409, refusal);
      if (!isEditable(row.status)) throw new AppError(409, 'entry_not_draft');
      const { version, ...fields } = request.body;
      const saved = await saveProfile(db, request, row, version, fields, tokenActor(request));
      if (!saved)
        return (reply as FastifyReply).status(409).send({ error: { code: 'stale_version', message: translate('stale_version', request.locale ?? 'id') } });
      return dto(await entryOf(regionId, row.id));
    },
  );

  app.get(
    '/api/integrations/v1/statistics',
    {
      config: byToken('statistics:read'),
      schema: {
        tags,
        security,
        summary: 'statistics:read — the region’s innovations of a period counted by status, tahapan and OPD, and how many are marked sent',
        querystring: integrationInnovationsQuery.pick({ year: true }),
        response: { 200: integrationStatistics, ...errors },
      },
    },
    async (request) => {
      const regionId = regionOf(request);
      const period = await periodOf(regionId, request.query.year);
      if (!period) return { year: null, total: 0, sent: 0, byStatus: [], byTahapan: [], byOpd: [] };
      const e = innovationEntries;
      const where = and(eq(e.periodId, period.id), sql`${innovations.deletedAt} is null`);
      const grouped = (key: ReturnType<typeof sql>) =>
        db
          .select({ key: sql<string | null>`${key}`, count: sql<number>`count(*)::int` })
          .from(e)
          .innerJoin(innovations, eq(innovations.id, e.innovationId))
          .where(where)
          .groupBy(sql`1`)
          .orderBy(sql`1`);
      const [[totals], byStatus, byTahapan, byOpd] = await Promise.all([
        db
          .select({ total: sql<number>`count(*)::int`, sent: sql<number>`count(*) filter (where ${e.sent})::int` })
          .from(e)
          .innerJoin(innovations, eq(innovations.id, e.innovationId))
          .where(where),
        grouped(sql`${e.status}`),
        grouped(sql`${e.tahapan}`),
        db
          .select({ key: e.opdId, name: opds.name, count: sql<number>`count(*)::int` })
          .from(e)
          .innerJoin(innovations, eq(innovations.id, e.innovationId))
          .innerJoin(opds, eq(opds.id, e.opdId))
          .where(where)
          .groupBy(e.opdId, opds.name)
          .orderBy(opds.name),
      ]);
      const keyed = (rows: { key: string | null; count: number }[]) => rows.map((r) => ({ key: r.key ?? '', count: r.count }));
      return { year: period.year, total: totals.total, sent: totals.sent, byStatus: keyed(byStatus), byTahapan: keyed(byTahapan), byOpd };
    },
  );
}
