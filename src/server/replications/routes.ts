// Replication as a tracked transaction. A user of another region on this installation asks to replicate a published
// innovation, or an OPD asks another OPD of its own region; the owning OPD (or the region's admin) answers: agrees
// with the agreement recorded (kind, number, date, the document), or declines with a note; later marks it carried
// out. Agreeing makes the document evidence of the origin innovation's Replikasi indicator (repository.ts).
import type { MultipartFile } from '@fastify/multipart';
import { and, eq, isNull, sql } from 'drizzle-orm';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { errorResponse } from '../../contract/common';
import {
  agreedResponse,
  agreementFields,
  innovationReplications,
  partnerRegions,
  replicationCandidates,
  replicationCandidatesQuery,
  replicationList,
  replicationPatchBody,
  replicationRequestBody,
  replicationShape,
  replicationsQuery,
} from '../../contract/replications';
import { canMoveReplication, type ReplicationStatus } from '../../domain/catalogue/replication';
import { todayInWib } from '../../domain/monitoring/opd-monitoring';
import { canAccessOpd, isOpdBound } from '../../domain/roles';
import type { Tx } from '../db/client';
import { catalogueEntries, innovationEntries, innovations, opds, regions, replications } from '../db/schema';
import type { SessionUser } from '../plugins/session';
import { changedOnly, recordAudit } from '../shared/audit/record';
import { partsOf } from '../shared/files/multipart';
import { type StoredUpload, withUploads } from '../shared/files/store-upload';
import { AppError, fieldError, notFound } from '../shared/http/errors';
import { uuidParam } from '../shared/http/schemas';
import { entryScope, replicationScope } from '../shared/http/scopes';
import { sendStored } from '../shared/http/send-file';
import { findOwner } from '../shared/items/find';
import { raiseInstantly, sendAfterCommit } from '../shared/notifications/instant';
import { storeAgreementDocument } from './agreement-document';
import { replicationAnsweredNotices } from './answer-notices';
import { replicationNotices } from './notices';
import {
  innovationReplicationSummary,
  isAskingSide,
  isOwningSide,
  listReplications,
  mayAnswer,
  type ReplicationRow,
  recordReplicationEvidence,
  replicationById,
  replicationCandidatesFor,
  toReplication,
} from './repository';

const tags = ['replications'];
const errors = { 400: errorResponse, 401: errorResponse, 403: errorResponse, 404: errorResponse, 409: errorResponse };

/** What the audit trail keeps of a replication. */
const audited = (r: ReplicationRow) => ({
  status: r.status,
  replicatingName: r.replicatingName,
  answerNote: r.answerNote,
  agreementKind: r.agreementKind,
  agreementNumber: r.agreementNumber,
  agreementDate: r.agreementDate,
  agreementFileName: r.agreementFileName,
  implementedOn: r.implementedOn,
});

export default async function replicationRoutes(fastify: FastifyInstance) {
  const app = fastify.withTypeProvider<ZodTypeProvider>();
  const { db, storage } = app;

  /** A replication the actor may see (either side), else 404. */
  async function visible(actor: SessionUser, id: string) {
    const row = await replicationById(db, id);
    if (!row || !(isOwningSide(actor, row.r) || isAskingSide(actor, row.r))) throw notFound();
    return row;
  }

  /** A replication the actor may answer: the asking side reads it but answers nothing (403). */
  async function answerable(actor: SessionUser, id: string) {
    const row = await visible(actor, id);
    if (!mayAnswer(actor, row.r)) throw new AppError(403, 'forbidden');
    return row;
  }

  const audit = (tx: Tx, request: FastifyRequest, r: ReplicationRow, label: string, action: string, diff: object) =>
    recordAudit(tx, request, {
      regionId: r.regionId,
      entityType: 'replication',
      entityId: r.id,
      entityLabel: `${label} — ${r.replicatingName}`,
      action,
      ...diff,
    });

  const shaped = async (actor: SessionUser, id: string) =>
    toReplication(actor, (await replicationById(db, id)) as NonNullable<Awaited<ReturnType<typeof replicationById>>>);

  app.get(
    '/api/replications',
    {
      config: { permission: 'replication:request', scope: { kind: 'none' } },
      schema: {
        tags,
        summary: 'Replication requests for the region’s (OPD’s) innovations (incoming) or asked by it (outgoing), newest first',
        querystring: replicationsQuery,
        response: { 200: replicationList, ...errors },
      },
    },
    async (request) => ({ items: await listReplications(db, request.actor, request.query.direction, request.query.status) }),
  );

  app.get(
    '/api/replications/regions',
    {
      config: { permission: 'replication:request', scope: { kind: 'none' } },
      schema: { tags, summary: 'Regions of this installation (partners of a replication or an agreement)', response: { 200: partnerRegions, ...errors } },
    },
    async () => ({ items: await db.select({ id: regions.id, name: regions.name }).from(regions).orderBy(regions.name) }),
  );

  app.get(
    '/api/replications/candidates',
    {
      config: { permission: 'replication:request', scope: { kind: 'none' } },
      schema: {
        tags,
        summary: 'Innovations the user may ask to replicate, by name: other regions’ published ones, and other OPDs’ approved ones of the user’s region',
        querystring: replicationCandidatesQuery,
        response: { 200: replicationCandidates, ...errors },
      },
    },
    async (request) => {
      if (!request.actor.regionId) throw new AppError(403, 'forbidden');
      return { items: await replicationCandidatesFor(db, request.actor, request.query.q || undefined, request.query.innovationId) };
    },
  );

  app.post(
    '/api/replications',
    {
      config: { permission: 'replication:request', scope: { kind: 'none' } },
      schema: {
        tags,
        summary: 'Ask to replicate an innovation: another region’s published one, or (inside the region) another OPD’s; the owning OPD is notified',
        body: replicationRequestBody,
        response: { 201: replicationShape, ...errors },
      },
    },
    async (request, reply) => {
      const actor = request.actor;
      const b = request.body;
      if (!actor.regionId || !actor.region) throw new AppError(403, 'forbidden');
      const [inv] = await db
        .select({ id: innovations.id, regionId: innovations.regionId, opdId: innovations.opdId, published: catalogueEntries.slug })
        .from(innovations)
        .leftJoin(catalogueEntries, eq(catalogueEntries.innovationId, innovations.id))
        .where(and(eq(innovations.id, b.innovationId), isNull(innovations.deletedAt)));
      if (!inv) throw fieldError({ innovationId: 'not_found' });
      const inside = inv.regionId === actor.regionId;
      // Another region's innovation is only asked for once published; its unpublished ones are not told apart from none.
      if (!inside && !inv.published) throw fieldError({ innovationId: 'replication_not_published' });
      let replicatingOpdId: string | null = isOpdBound(actor.role) ? actor.opdId : (b.replicatingOpdId ?? null);
      let replicatingName = actor.region.name;
      if (replicatingOpdId) {
        const [opd] = await db.select({ id: opds.id, name: opds.name, regionId: opds.regionId }).from(opds).where(eq(opds.id, replicatingOpdId));
        if (!opd || opd.regionId !== actor.regionId) throw fieldError({ replicatingOpdId: 'not_found' });
        if (inside) replicatingName = opd.name;
      }
      if (inside) {
        if (!replicatingOpdId) throw fieldError({ replicatingOpdId: 'replication_opd_required' });
        if (replicatingOpdId === inv.opdId) throw fieldError({ innovationId: 'replication_own_innovation' });
      } else if (!isOpdBound(actor.role) && !b.replicatingOpdId) replicatingOpdId = null;
      const [waiting] = await db
        .select({ id: replications.id })
        .from(replications)
        .where(
          and(
            eq(replications.innovationId, inv.id),
            eq(replications.replicatingRegionId, actor.regionId),
            replicatingOpdId ? eq(replications.replicatingOpdId, replicatingOpdId) : isNull(replications.replicatingOpdId),
            eq(replications.status, 'requested'),
          ),
        );
      if (waiting) throw new AppError(409, 'replication_already_requested');
      const [entry] = await db
        .select({ name: innovationEntries.name })
        .from(innovationEntries)
        .where(eq(innovationEntries.innovationId, inv.id))
        .orderBy(sql`${innovationEntries.createdAt} desc`)
        .limit(1);
      const label = entry?.name ?? '';
      const { row, mails } = await db.transaction(async (tx) => {
        const [r] = await tx
          .insert(replications)
          .values({
            innovationId: inv.id,
            regionId: inv.regionId,
            opdId: inv.opdId,
            replicatingRegionId: actor.regionId,
            replicatingOpdId,
            replicatingName,
            requesterName: actor.fullName,
            requesterPosition: b.requesterPosition,
            requesterEmail: actor.email,
            requesterPhone: b.requesterPhone ?? null,
            message: b.message,
            requestedBy: actor.id,
          })
          .returning();
        await audit(tx, request, r, label, 'request', { after: { ...audited(r), source: 'signed_in' } });
        return { row: r, mails: await replicationNotices(tx, { ...r, innovationName: label }, actor.id, raiseInstantly) };
      });
      sendAfterCommit(app.mailer, app.config.appUrl, request.log, mails);
      reply.code(201);
      return shaped(actor, row.id);
    },
  );

  app.post(
    '/api/replications/:id/agreement',
    {
      config: { permission: 'replication:answer', scope: replicationScope() },
      schema: {
        tags,
        summary:
          'Agree to a request with the agreement recorded (multipart: version, agreementKind, agreementNumber, agreementDate, answerNote, then the document as "file": PDF, JPG or PNG). The document becomes evidence of the innovation’s Replikasi indicator in the open period',
        params: uuidParam,
        response: { 200: agreedResponse, ...errors },
      },
    },
    async (request) => {
      const actor = request.actor;
      const { r, innovationName, opdName, regionName } = await answerable(actor, request.params.id);
      if (!canMoveReplication(r.status, 'agreed')) throw new AppError(409, 'replication_bad_move', { from: r.status, to: 'agreed' });
      if (!request.isMultipart()) throw fieldError({ file: 'file_required' });
      const result = await withUploads(app, async (store) => {
        const fields: Record<string, string> = {};
        let file: StoredUpload | undefined;
        for await (const part of partsOf(request)) {
          if (part.type === 'file') {
            if (file) {
              (part as MultipartFile).file.resume();
              continue;
            }
            file = await storeAgreementDocument(store, part as MultipartFile);
          } else if (typeof part.value === 'string') fields[part.fieldname] = part.value;
        }
        const parsed = agreementFields.safeParse(fields);
        if (!parsed.success) {
          const problems: Record<string, 'required' | 'invalid' | 'invalid_date' | 'invalid_option'> = {};
          for (const issue of parsed.error.issues) {
            const key = String(issue.path[0] ?? '_');
            problems[key] ??= issue.message === 'invalid_date' || issue.message === 'invalid_option' ? issue.message : fields[key] ? 'invalid' : 'required';
          }
          throw fieldError(problems);
        }
        if (!file) throw fieldError({ file: 'file_required' });
        const v = parsed.data;
        if (v.agreementDate > todayInWib(new Date())) throw fieldError({ agreementDate: 'replication_date_in_future' });
        const doc = file;
        return db.transaction(async (tx) => {
          const [after] = await tx
            .update(replications)
            .set({
              status: 'agreed',
              agreementKind: v.agreementKind,
              agreementNumber: v.agreementNumber,
              agreementDate: v.agreementDate,
              answerNote: v.answerNote,
              agreementFileSha256: doc.sha256,
              agreementFileName: doc.name,
              agreementMime: doc.mime,
              agreementSize: doc.size,
              answeredBy: actor.id,
              answeredAt: new Date(),
              version: sql`${replications.version} + 1`,
              updatedAt: sql`now()`,
            })
            .where(and(eq(replications.id, r.id), eq(replications.version, v.version), eq(replications.status, 'requested')))
            .returning();
          if (!after) throw new AppError(409, 'stale_version');
          const { outcome, evidenceId } = await recordReplicationEvidence(tx, request, after, doc);
          if (evidenceId) await tx.update(replications).set({ evidenceId }).where(eq(replications.id, r.id));
          await audit(tx, request, after, innovationName, 'agree', { ...changedOnly(audited(r), audited(after)) });
          const mails = await replicationAnsweredNotices(tx, after, { innovationName, opdName, regionName }, actor.id);
          return { outcome, mails };
        });
      });
      sendAfterCommit(app.mailer, app.config.appUrl, request.log, result.mails);
      return { replication: await shaped(actor, r.id), evidence: result.outcome };
    },
  );

  app.patch(
    '/api/replications/:id',
    {
      config: { permission: 'replication:answer', scope: replicationScope() },
      schema: {
        tags,
        summary:
          'Decline a request (with a note), mark an agreed replication carried out (implementedOn), or correct the agreement’s details; only the fields sent change',
        params: uuidParam,
        body: replicationPatchBody,
        response: { 200: replicationShape, ...errors },
      },
    },
    async (request) => {
      const actor = request.actor;
      const { r, innovationName, opdName, regionName } = await answerable(actor, request.params.id);
      const { version, status, ...sent } = request.body;
      const set: Partial<typeof replications.$inferInsert> = Object.fromEntries(Object.entries(sent).filter(([, v]) => v !== undefined));
      const today = todayInWib(new Date());
      if (status && status !== r.status) {
        if (!canMoveReplication(r.status, status)) throw new AppError(409, 'replication_bad_move', { from: r.status, to: status });
        set.status = status;
        if (status === 'declined') {
          if (!(set.answerNote ?? null)) throw fieldError({ answerNote: 'replication_note_required' });
          set.answeredBy = actor.id;
          set.answeredAt = new Date();
        }
        if (status === 'implemented' && !set.implementedOn) throw fieldError({ implementedOn: 'required' });
      }
      const nextStatus: ReplicationStatus = (set.status as ReplicationStatus | undefined) ?? r.status;
      // Agreement details belong to an agreed replication; the date carried out to an implemented one.
      const agreementSent = ['agreementKind', 'agreementNumber', 'agreementDate'].some((k) => k in set);
      if (agreementSent && nextStatus !== 'agreed' && nextStatus !== 'implemented')
        throw new AppError(409, 'replication_bad_move', { from: r.status, to: 'agreed' });
      if (set.implementedOn && nextStatus !== 'implemented') throw new AppError(409, 'replication_bad_move', { from: r.status, to: 'implemented' });
      if (set.agreementDate && set.agreementDate > today) throw fieldError({ agreementDate: 'replication_date_in_future' });
      if (set.implementedOn) {
        if (set.implementedOn > today) throw fieldError({ implementedOn: 'replication_date_in_future' });
        const agreed = (set.agreementDate as string | undefined) ?? r.agreementDate;
        if (agreed && set.implementedOn < agreed) throw fieldError({ implementedOn: 'replication_implemented_before_agreed' });
      }
      const updated = await db.transaction(async (tx) => {
        const [after] = await tx
          .update(replications)
          .set({ ...set, version: sql`${replications.version} + 1`, updatedAt: sql`now()` })
          .where(and(eq(replications.id, r.id), eq(replications.version, version)))
          .returning();
        if (!after) throw new AppError(409, 'stale_version');
        const action = status === 'declined' ? 'decline' : status === 'implemented' ? 'implement' : 'update';
        await audit(tx, request, after, innovationName, action, changedOnly(audited(r), audited(after)));
        // The asker hears of a new answer (declined, carried out), not of a correction of the agreement's details.
        const mails = after.status !== r.status ? await replicationAnsweredNotices(tx, after, { innovationName, opdName, regionName }, actor.id) : [];
        return { after, mails };
      });
      sendAfterCommit(app.mailer, app.config.appUrl, request.log, updated.mails);
      return shaped(actor, updated.after.id);
    },
  );

  app.get(
    '/api/replications/:id/document',
    {
      config: { permission: 'replication:request', scope: replicationScope() },
      schema: {
        tags,
        summary: 'The agreement document of a replication (both sides may read it), inline or as a download (?download=1)',
        params: uuidParam,
        querystring: z.object({ download: z.enum(['0', '1']).optional() }),
      },
    },
    async (request, reply) => {
      const { r } = await visible(request.actor, request.params.id);
      if (!r.agreementFileSha256) throw notFound();
      return sendStored(
        reply,
        storage,
        { sha256: r.agreementFileSha256, name: r.agreementFileName ?? 'kesepakatan', mime: r.agreementMime ?? 'application/pdf', size: r.agreementSize ?? 0 },
        request.query.download === '1',
      );
    },
  );

  app.get(
    '/api/replications/entries/:id',
    {
      config: { permission: 'innovation:read', scope: entryScope() },
      schema: {
        tags,
        summary: 'Where an innovation (by one of its entries) has been replicated, and the cooperation agreements covering it',
        params: uuidParam,
        response: { 200: innovationReplications, ...errors },
      },
    },
    async (request) => {
      await findOwner(db, request.actor, { entryId: request.params.id });
      const [entry] = await db
        .select({ innovationId: innovationEntries.innovationId, regionId: innovationEntries.regionId, opdId: innovationEntries.opdId })
        .from(innovationEntries)
        .where(eq(innovationEntries.id, request.params.id));
      if (!entry || !canAccessOpd(request.actor, { id: entry.opdId, regionId: entry.regionId })) throw notFound();
      return innovationReplicationSummary(db, entry.innovationId);
    },
  );
}
