// The public catalogue as server-written HTML (no sign-in, no script): one catalogue across the installation's
// regions, one per region, a page per published innovation, its public evidence files, and a sitemap.
import { and, desc, eq, sql } from 'drizzle-orm';
import type { FastifyInstance, FastifyReply } from 'fastify';
import { publicComment } from '../../domain/catalogue/feedback';
import { shortDescription } from '../../domain/catalogue/publication';
import { readCatalogueQuery } from '../../domain/catalogue/search';
import { regionSlug } from '../../domain/catalogue/slug';
import { citizenFeedback, regions } from '../db/schema';
import { catalogueStamp, pageCache } from '../shared/catalogue/page-cache';
import { regionAwards } from '../shared/competitions/awards';
import { type KeptBody, keptBody, keptBodyBytes, sendKeptBody } from '../shared/http/kept-body';
import { sendStored } from '../shared/http/send-file';
import { html } from '../shared/public-page/html';
import { page } from '../shared/public-page/layout';
import { innovationPage } from './innovation-page';
import { listPage, listTitle } from './list-page';
import {
  catalogueDetails,
  cataloguedRegions,
  catalogueEntryBySlug,
  catalogueFacets,
  publicEvidenceFile,
  regionsWithCatalogue,
  searchCatalogue,
  sitemapRows,
} from './repository';

const PUBLIC = { permission: 'public' as const, scope: { kind: 'none' as const } };
/** A list's query string is read by readCatalogueQuery, which drops control characters and ignores what it does not know. */
const LIST = { ...PUBLIC, cleansQuery: true };
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
/** Lists change when an admin publishes; a minute old is fine and spares the database a crowd's repeats. */
const CACHE = 'public, max-age=60, stale-while-revalidate=300';

export default async function cataloguePageRoutes(fastify: FastifyInstance) {
  const app = fastify;
  const { db } = app;
  const base = app.config.appUrl;
  // Rendered pages kept while the published catalogue is unchanged (page-cache.ts): a crowd asking for the same
  // searches and innovations costs one small read each.
  const kept = pageCache<KeptBody>(() => catalogueStamp(db), 64 * 1024 * 1024, keptBodyBytes);
  const cached = async (key: string, render: () => Promise<string | undefined>) =>
    kept(key, async () => {
      const text = await render();
      return text === undefined ? undefined : keptBody(text);
    });

  const sendPage = (reply: FastifyReply, body: string | KeptBody, status = 200) => {
    reply
      .status(status)
      .header('content-type', 'text/html; charset=utf-8')
      .header('cache-control', status === 200 ? CACHE : 'no-store');
    return typeof body === 'string' ? reply.send(body) : sendKeptBody(reply.request, reply, body);
  };

  const notFoundPage = (reply: FastifyReply) =>
    sendPage(
      reply,
      page(
        {
          title: 'Halaman tidak ditemukan — Katalog Inovasi Daerah',
          description: 'Halaman tidak ditemukan.',
          url: `${base}/katalog`,
          type: 'website',
          noindex: true,
        },
        html`<h1>Halaman tidak ditemukan</h1><p>Inovasi ini tidak ada di katalog atau sudah tidak diterbitkan.</p><p><a href="/katalog">Ke katalog inovasi</a></p>`,
      ),
      404,
    );

  /** Every active region by its address slug (few: one per kabupaten/kota of a province at most). */
  async function regionsBySlug() {
    const rows = await db.select({ id: regions.id, name: regions.name }).from(regions).where(eq(regions.active, true));
    return new Map(rows.map((r) => [regionSlug(r), r]));
  }

  app.get('/katalog', { config: LIST, schema: { hide: true } }, async (request, reply) => {
    const body = await cached(request.url, () => acrossRegions(request.query as Record<string, unknown>, request.url.includes('?')));
    return sendPage(reply, body as KeptBody);
  });

  async function acrossRegions(params: Record<string, unknown>, filtered: boolean) {
    const query = readCatalogueQuery(params);
    // One read gives both the region addresses a filter may name and the index of regions that publish.
    const all = await regionsWithCatalogue(db);
    const bySlug = new Map(all.map((r) => [regionSlug(r), r]));
    const listed = all.filter((r) => r.count > 0);
    const region = query.region ? bySlug.get(query.region) : undefined;
    const scope = { regionId: region?.id };
    if (query.region && !region) query.region = undefined;
    const [{ rows, total }, facets] = await Promise.all([searchCatalogue(db, scope, query), catalogueFacets(db, scope)]);
    const body = listPage({
      base: '/katalog',
      heading: 'Katalog Inovasi Daerah',
      intro: 'Inovasi yang diterbitkan pemerintah daerah: pelajari, nilai, dan replikasi di daerah Anda.',
      query,
      total,
      rows,
      facets,
      regions: listed.map((r) => ({ slug: regionSlug(r), name: r.name, count: r.count })),
    });
    return page(
      {
        title: listTitle('Katalog Inovasi Daerah — Inovda', query),
        description: 'Cari inovasi pemerintah daerah menurut urusan, jenis, tahapan, dan penghargaan.',
        url: `${base}/katalog`,
        type: 'website',
        noindex: filtered,
      },
      body,
    );
  }

  app.get('/katalog/:region', { config: LIST, schema: { hide: true } }, async (request, reply) => {
    const slug = (request.params as { region: string }).region;
    const body = await cached(request.url, () => regionCatalogue(slug, request.query as Record<string, unknown>, request.url.includes('?')));
    return body === undefined ? notFoundPage(reply) : sendPage(reply, body);
  });

  async function regionCatalogue(slug: string, params: Record<string, unknown>, filtered: boolean) {
    const region = (await regionsBySlug()).get(slug);
    if (!region) return undefined;
    const query = readCatalogueQuery(params);
    query.region = undefined;
    const scope = { regionId: region.id };
    const [{ rows, total }, facets] = await Promise.all([searchCatalogue(db, scope, query), catalogueFacets(db, scope)]);
    const body = listPage({
      base: `/katalog/${slug}`,
      heading: `Katalog Inovasi ${region.name}`,
      intro: `Inovasi yang diterbitkan Pemerintah ${region.name}.`,
      query,
      total,
      rows,
      facets,
    });
    return page(
      {
        title: listTitle(`Katalog Inovasi ${region.name} — Inovda`, query),
        description: `Inovasi daerah ${region.name}: cari menurut Perangkat Daerah, urusan, jenis, dan tahapan.`,
        url: `${base}/katalog/${slug}`,
        type: 'website',
        noindex: filtered,
      },
      body,
    );
  }

  app.get('/katalog/inovasi/:slug', { config: PUBLIC, schema: { hide: true } }, async (request, reply) => {
    const slug = (request.params as { slug: string }).slug;
    const q = request.query as Record<string, unknown>;
    const sent = {
      feedback: typeof q['umpan-balik'] === 'string' ? q['umpan-balik'] : undefined,
      replication: typeof q.replikasi === 'string' ? q.replikasi : undefined,
    };
    const noindex = request.url.includes('?');
    // A page answering a form just sent is rendered for that visitor; every other visit shares the kept page.
    const body =
      sent.feedback || sent.replication
        ? await innovation(slug, sent, noindex)
        : await cached(`inovasi:${noindex}:${slug}`, () => innovation(slug, sent, noindex));
    return body === undefined ? notFoundPage(reply) : sendPage(reply, body);
  });

  async function innovation(slug: string, sent: { feedback?: string; replication?: string }, noindex: boolean) {
    const found = slug.length <= 120 ? await catalogueEntryBySlug(db, slug) : undefined;
    if (!found) return undefined;
    const { entry: row, regionName } = found;
    const [details, awards, [stats], comments] = await Promise.all([
      catalogueDetails(db, row),
      regionAwards(db, { regionId: row.regionId, innovationId: row.innovationId }),
      db
        .select({ count: sql<number>`count(*)::int`, average: sql<string | null>`avg(${citizenFeedback.rating})` })
        .from(citizenFeedback)
        .where(and(eq(citizenFeedback.innovationId, row.innovationId), eq(citizenFeedback.status, 'approved'))),
      db
        .select({ rating: citizenFeedback.rating, comment: citizenFeedback.comment, createdAt: citizenFeedback.createdAt })
        .from(citizenFeedback)
        .where(
          and(eq(citizenFeedback.innovationId, row.innovationId), eq(citizenFeedback.status, 'approved'), sql`coalesce(${citizenFeedback.comment}, '') <> ''`),
        )
        .orderBy(desc(citizenFeedback.createdAt))
        .limit(10),
    ]);
    const body = innovationPage({
      row,
      regionName,
      regionPath: `/katalog/${regionSlug({ name: regionName })}`,
      ...details,
      awards: [
        ...awards.winners.map((w) => ({ name: `Peringkat ${w.rank} ${w.competitionName}`, year: w.year })),
        ...awards.national.map((n) => ({ name: n.award, year: n.year })),
      ],
      feedback: {
        count: stats.count,
        average: stats.average === null ? null : Number(stats.average),
        comments: comments.map((c) => ({ rating: c.rating, comment: publicComment(c.comment), createdAt: c.createdAt.toISOString() })),
      },
      sent,
    });
    const description = shortDescription(row.tujuan || row.manfaat) || `${row.name} — inovasi ${row.opdName}, ${regionName}.`;
    return page(
      {
        title: `${row.name} — ${row.opdName}, ${regionName}`,
        description,
        url: `${base}/katalog/inovasi/${row.slug}`,
        type: 'article',
        noindex,
      },
      body,
    );
  }

  app.get('/katalog/berkas/:id', { config: PUBLIC, schema: { hide: true } }, async (request, reply) => {
    const id = (request.params as { id: string }).id;
    const file = UUID.test(id) ? await publicEvidenceFile(db, id) : undefined;
    if (!file) return notFoundPage(reply);
    return sendStored(reply, app.storage, file, false);
  });

  app.get('/sitemap.xml', { config: PUBLIC, schema: { hide: true } }, async (_request, reply) => {
    const [regionRows, innovationRows] = await Promise.all([cataloguedRegions(db), sitemapRows(db)]);
    const url = (path: string, lastmod?: string) => html`<url><loc>${base}${path}</loc>${lastmod ? html`<lastmod>${lastmod}</lastmod>` : ''}</url>`;
    const xml = html`<?xml version="1.0" encoding="UTF-8"?>
<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">${url('/katalog')}${regionRows.map((r) => url(`/katalog/${regionSlug(r)}`, new Date(r.updatedAt).toISOString().slice(0, 10)))}${innovationRows.map(
      (r) => url(`/katalog/inovasi/${r.slug}`, r.updatedAt.toISOString().slice(0, 10)),
    )}</urlset>`;
    return reply.header('content-type', 'application/xml; charset=utf-8').header('cache-control', 'public, max-age=3600').send(xml.text);
  });
}
