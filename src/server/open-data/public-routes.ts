// The public open data API, /api/public/v1: read-only, no sign-in and no token. Regions with published
// innovations, the published innovations (only what a region published to the catalogue), their OPDs, counts,
// and the region's official IID results per year. Each list also as CSV (`.csv` or Accept: text/csv).
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { errorResponse } from '../../contract/common';
import {
  iidHistory,
  publicInnovationDetail,
  publicInnovationPage,
  publicInnovationsQuery,
  publicOpds,
  publicRegions,
  publicStatistics,
  regionFilter,
  requiredRegion,
} from '../../contract/open-data';
import { toCsv } from '../../domain/open-data/csv';
import { catalogueStamp, pageCache } from '../shared/catalogue/page-cache';
import { fieldError, notFound } from '../shared/http/errors';
import { keptBodyBytes } from '../shared/http/kept-body';
import {
  iidHistoryOf,
  listPublished,
  publishedBySlug,
  publishedRegions,
  publishedStatistics,
  publishedOpds as readOpds,
  regionByCode,
} from './public-repository';
import { type OpenDataBody, openDataBody, sendOpenData, sendOpenDataBody, wantsCsv } from './replies';

const tags = ['Open data'];
const errors = { 400: errorResponse, 404: errorResponse };
const open = { permission: 'public', scope: { kind: 'none' } } as const;
const csvNote = ' Also as CSV: the same address with .csv, or Accept: text/csv (UTF-8 with BOM, comma-separated, CRLF, a header row; numbers with a dot).';
/** Both addresses of a list: JSON, and the same with .csv. */
const both = (path: string) => [path, `${path}.csv`] as const;

export default async function openDataPublicRoutes(fastify: FastifyInstance) {
  const app = fastify.withTypeProvider<ZodTypeProvider>();
  const { db } = app;

  // Anyone's page or script may read the open data (GET only; nothing here changes anything).
  app.addHook('onRequest', async (_request, reply) => {
    reply.header('access-control-allow-origin', '*').header('access-control-expose-headers', 'ETag, Content-Disposition');
  });

  // Answers drawn only from the published catalogue (catalogue_entries and regions) are kept as sent while the
  // catalogue's stamp holds (shared/catalogue/page-cache.ts): integrations paging through all of it, or a crowd
  // reading the same list, cost one read of the stamp each. The IID history (official_results) is read every time.
  const kept = pageCache<OpenDataBody>(
    () => catalogueStamp(db),
    32 * 1024 * 1024,
    (b) => keptBodyBytes(b.body),
  );
  type Answer = { value: unknown; toCsv?: () => string } | undefined;
  async function keptAnswer(request: FastifyRequest, reply: FastifyReply, answer: () => Promise<Answer>) {
    const body = await kept(`${wantsCsv(request) ? 'csv' : 'json'} ${request.url}`, async () => {
      const found = await answer();
      return found && openDataBody(request, found.value, found.toCsv);
    });
    if (!body) throw notFound();
    return sendOpenDataBody(request, reply, body, true);
  }

  async function regionOf(code: string | undefined) {
    if (!code) return undefined;
    const region = await regionByCode(db, code);
    if (!region) throw fieldError({ region: 'open_data_unknown_region' });
    return region;
  }

  for (const url of both('/api/public/v1/regions'))
    app.get(
      url,
      {
        config: open,
        schema: {
          tags,
          summary: `Regions with published innovations: Kemendagri code, name, type, counts.${csvNote}`,
          response: { 200: publicRegions, ...errors },
        },
      },
      async (request, reply) =>
        keptAnswer(request, reply, async () => {
          const items = await publishedRegions(db);
          return { value: { items }, toCsv: () => toCsv(['code', 'name', 'type', 'innovations', 'opds'], items) };
        }),
    );

  for (const url of both('/api/public/v1/innovations'))
    app.get(
      url,
      {
        config: open,
        schema: {
          tags,
          summary: `Published innovations, in a stable order (name, then id), paged with limit and offset; filters region, opd, urusan, jenis, tahapan, year, q.${csvNote}`,
          querystring: publicInnovationsQuery,
          response: { 200: publicInnovationPage, ...errors },
        },
      },
      async (request, reply) =>
        keptAnswer(request, reply, async () => {
          const q = request.query;
          const region = await regionOf(q.region);
          const page = await listPublished(db, { ...q, regionId: region?.id }, q.limit, q.offset);
          const next = q.offset + q.limit < page.total ? nextPage(request, q.offset + q.limit) : null;
          const value = { ...page, limit: q.limit, offset: q.offset, next };
          return {
            value,
            toCsv: () =>
              toCsv(
                [
                  'slug',
                  'name',
                  'region',
                  'regionName',
                  'opdId',
                  'opdName',
                  'year',
                  'tahapan',
                  'jenis',
                  'bentuk',
                  'urusanUtama',
                  'urusanLain',
                  'url',
                  'publishedAt',
                  'updatedAt',
                ],
                page.items,
              ),
          };
        }),
    );

  app.get(
    '/api/public/v1/innovations/:slug',
    {
      config: open,
      schema: {
        tags,
        summary: 'One published innovation’s public profile (404 when it is not published)',
        params: z.object({ slug: z.string().max(200) }),
        response: { 200: publicInnovationDetail, ...errors },
      },
    },
    async (request, reply) =>
      keptAnswer(request, reply, async () => {
        const row = await publishedBySlug(db, request.params.slug);
        return row ? { value: row } : undefined;
      }),
  );

  for (const url of both('/api/public/v1/opds'))
    app.get(
      url,
      {
        config: open,
        schema: {
          tags,
          summary: `OPDs with published innovations and their counts (of one region with ?region=).${csvNote}`,
          querystring: regionFilter,
          response: { 200: publicOpds, ...errors },
        },
      },
      async (request, reply) =>
        keptAnswer(request, reply, async () => {
          const region = await regionOf(request.query.region);
          const items = await readOpds(db, region?.id);
          return { value: { items }, toCsv: () => toCsv(['id', 'name', 'region', 'innovations'], items) };
        }),
    );

  for (const url of both('/api/public/v1/statistics'))
    app.get(
      url,
      {
        config: open,
        schema: {
          tags,
          summary: `Published innovations counted by urusan (main and other), jenis, tahapan, OPD and year (of one region with ?region=). CSV: one row per dimension and key.${csvNote}`,
          querystring: regionFilter,
          response: { 200: publicStatistics, ...errors },
        },
      },
      async (request, reply) =>
        keptAnswer(request, reply, async () => {
          const region = await regionOf(request.query.region);
          const stats = await publishedStatistics(db, region?.id);
          const value = { region: region?.code ?? null, ...stats };
          return {
            value,
            toCsv: () => {
              const rows = [
                ...stats.byUrusan.map((r) => ({ dimension: 'urusan', ...r, name: '' })),
                ...stats.byJenis.map((r) => ({ dimension: 'jenis', ...r, name: '' })),
                ...stats.byTahapan.map((r) => ({ dimension: 'tahapan', ...r, name: '' })),
                ...stats.byOpd.map((r) => ({ dimension: 'opd', ...r })),
                ...stats.byYear.map((r) => ({ dimension: 'year', ...r, name: '' })),
              ];
              return toCsv(['dimension', 'key', 'name', 'count'], rows);
            },
          };
        }),
    );

  for (const url of both('/api/public/v1/iid-history'))
    app.get(
      url,
      {
        config: open,
        schema: {
          tags,
          summary: `A region’s official IID results per year (Kemendagri’s figures as the region recorded them, with their source).${csvNote}`,
          querystring: requiredRegion,
          response: { 200: iidHistory, ...errors },
        },
      },
      async (request, reply) => {
        const region = (await regionOf(request.query.region))!;
        const items = await iidHistoryOf(db, region.id);
        return sendOpenData(request, reply, { region: region.code, regionName: region.name, items }, () =>
          toCsv(['year', 'iid', 'predicate', 'nationalRank', 'source'], items),
        );
      },
    );
}

/** The same address with the next offset. */
function nextPage(request: FastifyRequest, offset: number): string {
  const [path, query = ''] = request.url.split('?');
  const params = new URLSearchParams(query);
  params.set('offset', String(offset));
  return `${path}?${params.toString()}`;
}
