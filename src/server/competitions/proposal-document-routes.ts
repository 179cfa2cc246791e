// The proposal as a PDF to upload to the national site: an entry's proposal as the region edited and reviewed it,
// or — for an innovation not entered in any competition yet — a KIPP/SINOVIK draft straight from its profile.
import { randomUUID } from 'node:crypto';
import { join } from 'node:path';
import { eq } from 'drizzle-orm';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { errorResponse } from '../../contract/common';
import { KIPP_TEMPLATE } from '../../domain/competitions/builtin-templates';
import { prefillProposal } from '../../domain/competitions/entry-rules';
import { type ProposalAttachment, proposalDocument, proposalFileName } from '../../domain/competitions/proposal-document';
import type { Section } from '../../domain/competitions/template';
import { todayInWib } from '../../domain/monitoring/opd-monitoring';
import { innovationEntries, opds, periods, regions } from '../db/schema';
import { notFound } from '../shared/http/errors';
import { sanitizeRichText } from '../shared/http/rich-text';
import { uuidParam } from '../shared/http/schemas';
import { competitionEntryScope, entryScope } from '../shared/http/scopes';
import { sendTemp, writeWhole } from '../shared/http/send-file';
import { findOwner } from '../shared/items/find';
import { entryInScope } from './access';
import type { ProposalPdfInput } from './proposal-pdf';
import { newestProfile, sectionAttachments } from './repository';

const tags = ['competitions'];
const errors = { 401: errorResponse, 403: errorResponse, 404: errorResponse };

/** Where the text comes from, by the entry's status, said on the cover. */
const originOf = (status: string) =>
  status === 'accepted'
    ? 'usulan yang sudah diterima daerah'
    : status === 'proposed'
      ? 'usulan yang diajukan ke daerah (menunggu pemeriksaan)'
      : 'usulan yang sedang disusun (belum diterima daerah)';

export default async function proposalDocumentRoutes(fastify: FastifyInstance) {
  const app = fastify.withTypeProvider<ZodTypeProvider>();
  const { db } = app;

  async function attachments(sections: readonly Section[], entryId: string): Promise<Record<string, ProposalAttachment[]>> {
    const found = await sectionAttachments(db, sections, entryId);
    return Object.fromEntries(Object.entries(found).map(([id, files]) => [id, files.map((f) => ({ title: f.title ?? '', fileName: f.fileName, url: f.url }))]));
  }

  async function regionName(regionId: string) {
    const [r] = await db.select({ name: regions.name }).from(regions).where(eq(regions.id, regionId));
    return r?.name ?? '';
  }

  async function send(reply: Parameters<typeof sendTemp>[0], input: ProposalPdfInput, fileName: string) {
    const temp = join(app.storage.incomingDir, `${randomUUID()}.pdf`);
    await writeWhole(temp, async () => {
      const { writeProposalPdf } = await import('./proposal-pdf');
      await writeProposalPdf(temp, input);
    });
    return sendTemp(reply, temp, 'application/pdf', fileName);
  }

  app.get(
    '/api/competition-entries/:id/proposal.pdf',
    {
      config: { permission: 'competition:read', scope: competitionEntryScope() },
      schema: {
        tags,
        summary: 'The entry’s proposal as a PDF to upload to the national site, with word-limit checks and attachments per section',
        params: uuidParam,
        response: errors,
      },
    },
    async (request, reply) => {
      const row = await entryInScope(db, request.actor, request.params.id);
      const c = row.competition;
      const profile = await newestProfile(db, row.entry.innovationId);
      const group = c.rules.groups.find((g) => g.id === row.entry.groupId);
      const input: ProposalPdfInput = {
        regionName: await regionName(c.regionId),
        innovationName: row.innovationName,
        opdName: row.opdName,
        contest: group ? `${c.name} — ${/^kelompok\s/i.test(group.name) ? group.name : `Kelompok ${group.name}`}` : c.name,
        origin: originOf(row.entry.status),
        today: todayInWib(new Date()),
        model: proposalDocument(c.rules.sections, row.entry.proposal, profile ? await attachments(c.rules.sections, profile.entryId) : {}),
      };
      return send(reply, input, proposalFileName(row.innovationName, c.year));
    },
  );

  app.get(
    '/api/innovations/entries/:id/kipp-proposal.pdf',
    {
      config: { permission: 'innovation:read', scope: entryScope() },
      schema: {
        tags,
        summary: 'A KIPP/SINOVIK proposal draft of this innovation straight from its profile and evidence, as a PDF',
        params: uuidParam,
        response: errors,
      },
    },
    async (request, reply) => {
      const owner = await findOwner(db, request.actor, { entryId: request.params.id });
      const [e] = await db
        .select({ entry: innovationEntries, opdName: opds.name, year: periods.year })
        .from(innovationEntries)
        .innerJoin(opds, eq(opds.id, innovationEntries.opdId))
        .innerJoin(periods, eq(periods.id, innovationEntries.periodId))
        .where(eq(innovationEntries.id, request.params.id));
      if (!e || !owner.entryId) throw notFound();
      const sections = KIPP_TEMPLATE.sections;
      // The same cleaning as an entry's pre-fill, so the draft reads as the proposal editor would start it.
      const proposal = Object.fromEntries(Object.entries(prefillProposal(sections, e.entry)).map(([k, v]) => [k, sanitizeRichText(v) ?? '']));
      return send(
        reply,
        {
          regionName: await regionName(owner.regionId),
          innovationName: e.entry.name,
          opdName: e.opdName,
          contest: KIPP_TEMPLATE.name,
          origin: 'draf dari profil inovasi, belum disunting',
          today: todayInWib(new Date()),
          model: proposalDocument(sections, proposal, await attachments(sections, e.entry.id)),
        },
        // Not the name an entry's proposal gets: both can sit in one downloads folder.
        proposalFileName(e.entry.name, e.year, 'draf-kipp'),
      );
    },
  );
}
