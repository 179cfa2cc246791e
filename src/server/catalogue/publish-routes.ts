// Publishing an innovation in the region's public catalogue (Admin Daerah): the profile of the entry the admin
// looks at is copied into the catalogue, refreshed on demand, withdrawn; each piece of evidence is shown to the
// public only when marked. Everyone who may read the entry sees its publication state.
import { and, asc, eq, isNull } from 'drizzle-orm';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { evidencePublicBody, type Publication, publication, publishBody } from '../../contract/catalogue';
import { errorResponse } from '../../contract/common';
import { publishProblems } from '../../domain/catalogue/publication';
import { canAccessOpd } from '../../domain/roles';
import { catalogueEntries, evidence, innovationEntries, innovations } from '../db/schema';
import type { SessionUser } from '../plugins/session';
import { recordAudit } from '../shared/audit/record';
import { AppError, fieldError, notFound } from '../shared/http/errors';
import { uuidParam } from '../shared/http/schemas';
import { entryScope } from '../shared/http/scopes';
import { catalogueRowOf, publicationOf } from './repository';

const tags = ['catalogue'];
const errors = { 400: errorResponse, 401: errorResponse, 403: errorResponse, 404: errorResponse, 409: errorResponse };
type EntryRow = typeof innovationEntries.$inferSelect;

/** The profile fields the public copy takes from the entry as they are: the copy is current while these agree
 * (a change elsewhere on the entry — sent, approved, a review — leaves the public page as it should be). */
const COPIED_FIELDS = [
  'name',
  'tahapan',
  'jenis',
  'bentuk',
  'urusanUtama',
  'urusanLain',
  'waktuUjiCoba',
  'waktuPenerapan',
  'rancangBangun',
  'tujuan',
  'manfaat',
  'hasil',
  'lokasi',
] as const;
const sameProfile = (copy: Record<(typeof COPIED_FIELDS)[number], unknown>, entry: Record<(typeof COPIED_FIELDS)[number], unknown>) =>
  COPIED_FIELDS.every((f) => JSON.stringify(copy[f] ?? null) === JSON.stringify(entry[f] ?? null));

export default async function cataloguePublishRoutes(fastify: FastifyInstance) {
  const app = fastify.withTypeProvider<ZodTypeProvider>();
  const { db } = app;

  /** The entry, if the actor may see it and its innovation is not deleted. */
  async function entryInScope(actor: SessionUser, id: string): Promise<EntryRow> {
    const [row] = await db
      .select({ entry: innovationEntries })
      .from(innovationEntries)
      .innerJoin(innovations, eq(innovations.id, innovationEntries.innovationId))
      .where(and(eq(innovationEntries.id, id), isNull(innovations.deletedAt)))
      .limit(1);
    if (!row || !canAccessOpd(actor, { id: row.entry.opdId, regionId: row.entry.regionId })) throw notFound();
    return row.entry;
  }

  async function state(entry: EntryRow): Promise<Publication> {
    const [published, files] = await Promise.all([
      publicationOf(db, entry.innovationId),
      db
        .select({
          id: evidence.id,
          indicatorCode: evidence.indicatorCode,
          kind: evidence.kind,
          fileName: evidence.fileName,
          title: evidence.title,
          url: evidence.url,
          public: evidence.public,
        })
        .from(evidence)
        .where(and(eq(evidence.entryId, entry.id), isNull(evidence.deletedAt)))
        .orderBy(asc(evidence.indicatorCode), asc(evidence.createdAt)),
    ]);
    const { entry: entryProblem, fields } = publishProblems(entry);
    return {
      published: Boolean(published),
      path: published ? `/katalog/inovasi/${published.slug}` : null,
      contact: published?.contact ?? null,
      publishedAt: published?.updatedAt.toISOString() ?? null,
      year: published?.year ?? null,
      current: Boolean(published && published.entryId === entry.id && sameProfile(published, entry)),
      problems: { ...fields, ...(entryProblem && { entry: entryProblem }) },
      evidence: files.map((f) => ({ id: f.id, indicatorCode: f.indicatorCode, kind: f.kind, name: f.title || f.fileName || f.url || '', public: f.public })),
    };
  }

  const audit = (request: FastifyRequest, entry: EntryRow, action: string, before: object | null, after: object | null) =>
    recordAudit(db, request, {
      regionId: entry.regionId,
      entityType: 'catalogue_entry',
      entityId: entry.innovationId,
      entityLabel: entry.name,
      action,
      before: before as Record<string, unknown> | null,
      after: after as Record<string, unknown> | null,
    });

  app.get(
    '/api/catalogue/entries/:id',
    {
      config: { permission: 'innovation:read', scope: entryScope() },
      schema: {
        tags,
        summary: 'Whether the innovation is in the public catalogue, and which of this entry’s evidence is public',
        params: uuidParam,
        response: { 200: publication, ...errors },
      },
    },
    async (request) => state(await entryInScope(request.actor, request.params.id)),
  );

  app.put(
    '/api/catalogue/entries/:id',
    {
      config: { permission: 'catalogue:publish', scope: entryScope() },
      schema: {
        tags,
        summary: 'Publish the innovation with this entry’s profile, or refresh the published profile from it (contact: absent means unchanged)',
        params: uuidParam,
        body: publishBody,
        response: { 200: publication, ...errors },
      },
    },
    async (request) => {
      const entry = await entryInScope(request.actor, request.params.id);
      const { entry: entryProblem, fields } = publishProblems(entry);
      if (Object.keys(fields).length) throw fieldError(fields);
      if (entryProblem) throw new AppError(409, entryProblem);
      const { before, after } = await db.transaction(async (tx) => {
        const [old] = await tx.select().from(catalogueEntries).where(eq(catalogueEntries.innovationId, entry.innovationId)).for('update');
        const contact = request.body.contact !== undefined ? request.body.contact || null : (old?.contact ?? null);
        const row = await catalogueRowOf(tx, entry, contact, request.actor.id, old?.slug);
        if (old) await tx.update(catalogueEntries).set(row).where(eq(catalogueEntries.innovationId, entry.innovationId));
        else await tx.insert(catalogueEntries).values(row);
        return { before: old, after: row };
      });
      await audit(request, entry, before ? 'catalogue_refresh' : 'catalogue_publish', before ? { year: before.year, contact: before.contact } : null, {
        year: after.year,
        contact: after.contact,
      });
      return state(entry);
    },
  );

  app.delete(
    '/api/catalogue/entries/:id',
    {
      config: { permission: 'catalogue:publish', scope: entryScope() },
      schema: {
        tags,
        summary: 'Withdraw the innovation from the public catalogue (its feedback and replications stay)',
        params: uuidParam,
        response: { 200: publication, ...errors },
      },
    },
    async (request) => {
      const entry = await entryInScope(request.actor, request.params.id);
      const [removed] = await db.delete(catalogueEntries).where(eq(catalogueEntries.innovationId, entry.innovationId)).returning();
      if (removed) await audit(request, entry, 'catalogue_withdraw', { year: removed.year, contact: removed.contact }, null);
      return state(entry);
    },
  );

  app.put(
    '/api/catalogue/evidence/:id',
    {
      config: { permission: 'catalogue:publish', scope: { kind: 'opd', resource: 'evidence' } },
      schema: {
        tags,
        summary: 'Show a piece of an innovation’s evidence on its public page, or stop showing it',
        params: uuidParam,
        body: evidencePublicBody,
        response: { 200: publication, ...errors },
      },
    },
    async (request) => {
      const [row] = await db
        .select()
        .from(evidence)
        .where(and(eq(evidence.id, request.params.id), isNull(evidence.deletedAt)))
        .limit(1);
      if (!row) throw notFound();
      if (!row.entryId) throw new AppError(409, 'catalogue_evidence_not_shareable');
      const entry = await entryInScope(request.actor, row.entryId);
      if (row.public !== request.body.public) {
        await db.update(evidence).set({ public: request.body.public }).where(eq(evidence.id, row.id));
        await recordAudit(db, request, {
          regionId: row.regionId,
          entityType: 'evidence',
          entityId: row.id,
          entityLabel: row.title || row.fileName || row.url,
          action: request.body.public ? 'evidence_made_public' : 'evidence_made_private',
          before: { public: row.public },
          after: { public: request.body.public },
        });
      }
      return state(entry);
    },
  );
}
