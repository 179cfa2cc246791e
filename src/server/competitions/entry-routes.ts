// OPDs' entries in a competition: an innovation of the OPD entered (eligibility checked, the proposal pre-filled
// from its newest profile), the proposal edited section by section (word limits enforced), proposed to the
// region, and accepted or returned with a note by the admin — only an accepted entry counts as submitted.
import { and, eq, sql } from 'drizzle-orm';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { errorResponse } from '../../contract/common';
import {
  candidate,
  entriesQuery,
  entryCreateBody,
  entryDetail,
  entryListItem,
  entryPatchBody,
  innovationCompetitions,
  reviewBody,
  versionBody,
} from '../../contract/competitions';
import { eligibilityProblems, prefillProposal, proposalProblems } from '../../domain/competitions/entry-rules';
import { type CompetitionEntryStatus, entryEditable, FINAL_STAGE } from '../../domain/competitions/status';
import { canAccessOpd, isOpdBound } from '../../domain/roles';
import { competitionEntries, competitionResults, competitions } from '../db/schema';
import type { SessionUser } from '../plugins/session';
import { changedOnly, recordAudit } from '../shared/audit/record';
import { AppError, fieldError, forbidden, notFound } from '../shared/http/errors';
import { sanitizeRichText } from '../shared/http/rich-text';
import { uuidParam } from '../shared/http/schemas';
import { competitionEntryScope, competitionScope, entryScope } from '../shared/http/scopes';
import { findOwner } from '../shared/items/find';
import { competitionInScope, entryInScope as entryInScopeOf } from './access';
import { type CompetitionRow, candidateProfiles, type EntryRow, findEntry, listEntries, newestProfile, pastTopWinners, sectionAttachments } from './repository';

const tags = ['competitions'];
const errors = { 400: errorResponse, 401: errorResponse, 403: errorResponse, 404: errorResponse, 409: errorResponse };

const today = () => new Date().toISOString().slice(0, 10);
/** Eligibility is judged on the registration's last day (or today when none is set). */
const judgedOn = (c: CompetitionRow) => c.registrationCloses ?? today();

const listItem = (r: { entry: EntryRow; innovationName: string; opdName: string }) => ({
  id: r.entry.id,
  competitionId: r.entry.competitionId,
  innovationId: r.entry.innovationId,
  innovationName: r.innovationName,
  opdId: r.entry.opdId,
  opdName: r.opdName,
  groupId: r.entry.groupId,
  status: r.entry.status,
  stageReached: r.entry.stageReached,
  updatedAt: r.entry.updatedAt.toISOString(),
});

export default async function competitionEntryRoutes(fastify: FastifyInstance) {
  const app = fastify.withTypeProvider<ZodTypeProvider>();
  const { db } = app;

  const entryInScope = (actor: SessionUser, id: string) => entryInScopeOf(db, actor, id);

  async function eligibilityOf(c: CompetitionRow, innovationId: string) {
    const profile = await newestProfile(db, innovationId);
    if (!profile) throw notFound();
    const winners = c.rules.eligibility.notPastTopWinner ? await pastTopWinners(db, [innovationId], c.rules.programme, c.id) : new Set<string>();
    return { profile, problems: eligibilityProblems(c.rules.eligibility, { ...profile, pastTopWinner: winners.has(innovationId) }, judgedOn(c)) };
  }

  async function detail(row: NonNullable<Awaited<ReturnType<typeof findEntry>>>) {
    const c = row.competition;
    const { profile, problems } = await eligibilityOf(c, row.entry.innovationId).catch(() => ({ profile: undefined, problems: [] }));
    const attachments = profile ? await sectionAttachments(db, c.rules.sections, profile.entryId) : {};
    const results =
      c.status === 'published'
        ? (
            await db
              .select()
              .from(competitionResults)
              .where(and(eq(competitionResults.competitionId, c.id), eq(competitionResults.entryId, row.entry.id)))
          ).map((r) => ({ stageId: r.stageId, score: r.score, rank: r.rank, advanced: r.advanced }))
        : [];
    return {
      ...listItem(row),
      competitionName: c.name,
      competitionStatus: c.status,
      rules: c.rules,
      proposal: row.entry.proposal,
      reviewNote: row.entry.reviewNote,
      version: row.entry.version,
      eligibility: problems,
      attachments,
      results,
    };
  }

  /** Changes the entry under its version, with an audit event. */
  async function change(
    request: FastifyRequest,
    row: NonNullable<Awaited<ReturnType<typeof findEntry>>>,
    version: number,
    set: Partial<EntryRow>,
    action: string,
  ) {
    const updated = await db.transaction(async (tx) => {
      const [r] = await tx
        .update(competitionEntries)
        .set({ ...set, version: sql`${competitionEntries.version} + 1`, updatedAt: sql`now()` })
        .where(and(eq(competitionEntries.id, row.entry.id), eq(competitionEntries.version, version)))
        .returning();
      if (!r) throw new AppError(409, 'stale_version');
      const diff = changedOnly(
        { status: row.entry.status, groupId: row.entry.groupId, proposal: row.entry.proposal },
        { status: r.status, groupId: r.groupId, proposal: r.proposal },
      );
      await recordAudit(tx, request, {
        regionId: row.entry.regionId,
        entityType: 'competition_entry',
        entityId: r.id,
        entityLabel: `${row.innovationName} — ${row.competition.name}`,
        action,
        ...diff,
      });
      return r;
    });
    return detail({ ...row, entry: updated });
  }

  function mustEdit(row: { entry: EntryRow; competition: CompetitionRow }) {
    if (row.competition.status !== 'open') throw new AppError(409, 'comp_not_open');
    if (!entryEditable(row.competition.status, row.entry.status)) throw new AppError(409, 'comp_entry_not_editable');
  }

  app.get(
    '/api/competitions/:id/entries',
    {
      config: { permission: 'competition:read', scope: competitionScope() },
      schema: {
        tags,
        summary: 'Entries of a competition (an OPD sees its own)',
        params: uuidParam,
        querystring: entriesQuery,
        response: { 200: entryListItem.array(), ...errors },
      },
    },
    async (request) => {
      const actor = request.actor;
      const c = await competitionInScope(db, actor, request.params.id);
      const opdId = isOpdBound(actor.role) ? (actor.opdId ?? '') : undefined;
      return (await listEntries(db, c.id, { opdId, status: request.query.status })).map(listItem);
    },
  );

  app.get(
    '/api/competitions/:id/candidates',
    {
      config: { permission: 'competition:enter', scope: competitionScope() },
      schema: {
        tags,
        summary: 'Innovations the actor may still enter, with what would refuse them',
        params: uuidParam,
        response: { 200: candidate.array(), ...errors },
      },
    },
    async (request) => {
      const actor = request.actor;
      const c = await competitionInScope(db, actor, request.params.id);
      const opdId = isOpdBound(actor.role) ? (actor.opdId ?? '') : undefined;
      const entered = new Set((await listEntries(db, c.id)).map((r) => r.entry.innovationId));
      const profiles = (await candidateProfiles(db, c.regionId, opdId)).filter((p) => !entered.has(p.innovationId));
      const winners = c.rules.eligibility.notPastTopWinner
        ? await pastTopWinners(
            db,
            profiles.map((p) => p.innovationId),
            c.rules.programme,
            c.id,
          )
        : new Set<string>();
      return profiles
        .map((p) => ({
          innovationId: p.innovationId,
          name: p.name,
          opdName: p.opdName,
          eligibility: eligibilityProblems(c.rules.eligibility, { ...p, pastTopWinner: winners.has(p.innovationId) }, judgedOn(c)),
        }))
        .sort((a, b) => a.name.localeCompare(b.name, 'id'));
    },
  );

  app.post(
    '/api/competitions/:id/entries',
    {
      config: { permission: 'competition:enter', scope: competitionScope() },
      schema: {
        tags,
        summary: 'Enter an innovation: eligibility checked, proposal pre-filled from its profile',
        params: uuidParam,
        body: entryCreateBody,
        response: { 201: entryDetail, ...errors },
      },
    },
    async (request, reply) => {
      const actor = request.actor;
      const c = await competitionInScope(db, actor, request.params.id);
      if (c.status !== 'open') throw new AppError(409, 'comp_not_open');
      if (c.registrationCloses && today() > c.registrationCloses) throw new AppError(409, 'comp_registration_closed', { date: c.registrationCloses });
      const { innovationId, groupId } = request.body;
      if (!c.rules.groups.some((g) => g.id === groupId)) throw fieldError({ groupId: 'comp_unknown_group' });
      const { profile, problems } = await eligibilityOf(c, innovationId).catch(() => {
        throw fieldError({ innovationId: 'not_found' });
      });
      if (!canAccessOpd(actor, { id: profile.opdId, regionId: profile.regionId }) || profile.regionId !== c.regionId)
        throw fieldError({ innovationId: 'not_found' });
      if (problems.length) throw fieldError({ innovationId: { code: problems[0].code, params: 'params' in problems[0] ? problems[0].params : undefined } });
      const proposal = Object.fromEntries(Object.entries(prefillProposal(c.rules.sections, profile)).map(([k, v]) => [k, sanitizeRichText(v) ?? '']));
      const created = await db.transaction(async (tx) => {
        const [row] = await tx
          .insert(competitionEntries)
          .values({ competitionId: c.id, regionId: c.regionId, opdId: profile.opdId, innovationId, groupId, proposal, createdBy: actor.id })
          .onConflictDoNothing()
          .returning();
        if (!row) throw new AppError(409, 'comp_already_entered', {}, { innovationId: { code: 'comp_already_entered' } });
        await recordAudit(tx, request, {
          regionId: c.regionId,
          entityType: 'competition_entry',
          entityId: row.id,
          entityLabel: `${profile.name} — ${c.name}`,
          action: 'create',
          after: { groupId },
        });
        return row;
      });
      reply.status(201);
      return detail({ entry: created, innovationName: profile.name, opdName: (await findEntry(db, created.id))?.opdName ?? '', competition: c });
    },
  );

  app.get(
    '/api/competition-entries/:id',
    {
      config: { permission: 'competition:read', scope: competitionEntryScope() },
      schema: {
        tags,
        summary: 'One entry: proposal, word counts, eligibility, attachments, published results',
        params: uuidParam,
        response: { 200: entryDetail, ...errors },
      },
    },
    async (request) => detail(await entryInScope(request.actor, request.params.id)),
  );

  app.patch(
    '/api/competition-entries/:id',
    {
      config: { permission: 'competition:enter', scope: competitionEntryScope() },
      schema: {
        tags,
        summary: 'Save the group or proposal sections (only those sent change; a section over its word limit is refused)',
        params: uuidParam,
        body: entryPatchBody,
        response: { 200: entryDetail, ...errors },
      },
    },
    async (request) => {
      const row = await entryInScope(request.actor, request.params.id);
      mustEdit(row);
      const { version, groupId, proposal } = request.body;
      const c = row.competition;
      if (groupId !== undefined && !c.rules.groups.some((g) => g.id === groupId)) throw fieldError({ groupId: 'comp_unknown_group' });
      const known = new Set(c.rules.sections.map((s) => s.id));
      const unknown = Object.keys(proposal ?? {}).filter((k) => !known.has(k));
      if (unknown.length) throw fieldError(Object.fromEntries(unknown.map((k) => [`proposal.${k}`, 'invalid'])));
      // Only a safe subset of HTML is kept (as in the profile), and counted as it is kept.
      const clean = Object.fromEntries(Object.entries(proposal ?? {}).map(([k, v]) => [k, sanitizeRichText(v) ?? '']));
      const sent = c.rules.sections.filter((s) => s.id in clean);
      const over = proposalProblems(sent, clean);
      if (Object.keys(over).length) throw fieldError(over);
      const set: Partial<EntryRow> = {};
      if (groupId !== undefined) set.groupId = groupId;
      if (proposal) set.proposal = { ...row.entry.proposal, ...clean };
      return change(request, row, version, set, 'update');
    },
  );

  app.post(
    '/api/competition-entries/:id/propose',
    {
      config: { permission: 'competition:enter', scope: competitionEntryScope() },
      schema: {
        tags,
        summary: 'Propose the entry to the region for review (eligibility and every section checked)',
        params: uuidParam,
        body: versionBody,
        response: { 200: entryDetail, ...errors },
      },
    },
    async (request) => {
      const row = await entryInScope(request.actor, request.params.id);
      mustEdit(row);
      const c = row.competition;
      const { problems } = await eligibilityOf(c, row.entry.innovationId);
      const fields: Record<string, { code: never; params?: Record<string, string | number> }> = {};
      if (problems.length) fields.innovationId = { code: problems[0].code as never, params: 'params' in problems[0] ? problems[0].params : undefined };
      for (const s of c.rules.sections)
        if (!(row.entry.proposal[s.id] ?? '').replace(/<[^>]*>/g, '').trim()) fields[`proposal.${s.id}`] = { code: 'comp_section_empty' as never };
      Object.assign(fields, proposalProblems(c.rules.sections, row.entry.proposal));
      if (Object.keys(fields).length) throw fieldError(fields);
      return change(request, row, request.body.version, { status: 'proposed', proposedAt: new Date(), reviewNote: null }, 'propose');
    },
  );

  app.post(
    '/api/competition-entries/:id/withdraw',
    {
      config: { permission: 'competition:enter', scope: competitionEntryScope() },
      schema: {
        tags,
        summary: 'Withdraw the entry while the competition is open',
        params: uuidParam,
        body: versionBody,
        response: { 200: entryDetail, ...errors },
      },
    },
    async (request) => {
      const row = await entryInScope(request.actor, request.params.id);
      if (row.competition.status !== 'open') throw new AppError(409, 'comp_not_open');
      if (row.entry.status === 'withdrawn') throw new AppError(409, 'comp_entry_not_editable');
      return change(request, row, request.body.version, { status: 'withdrawn' }, 'withdraw');
    },
  );

  app.post(
    '/api/competition-entries/:id/review',
    {
      config: { permission: 'competition:manage', scope: competitionEntryScope() },
      schema: {
        tags,
        summary: 'Accept a proposed entry (it then counts as submitted) or return it with a note',
        params: uuidParam,
        body: reviewBody,
        response: { 200: entryDetail, ...errors },
      },
    },
    async (request) => {
      const row = await entryInScope(request.actor, request.params.id);
      const c = row.competition;
      // Reviewing is the first stage's work: while entries come in, and in that stage once judging starts.
      if (!(c.status === 'open' || (c.status === 'judging' && c.currentStage === 0))) throw new AppError(409, 'comp_not_open');
      const { decision, note, version } = request.body;
      const allowed: CompetitionEntryStatus[] = decision === 'accept' ? ['proposed'] : ['proposed', 'accepted'];
      if (!allowed.includes(row.entry.status)) throw new AppError(409, 'comp_entry_not_editable');
      if (decision === 'return' && !note) throw fieldError({ note: 'comp_note_required' });
      const set: Partial<EntryRow> =
        decision === 'accept' ? { status: 'accepted', reviewNote: note || null } : { status: 'returned', reviewNote: note ?? null };
      return change(request, row, version, set, `review:${decision}`);
    },
  );

  app.get(
    '/api/innovations/entries/:id/competitions',
    {
      config: { permission: 'innovation:read', scope: entryScope() },
      schema: {
        tags,
        summary: 'Competitions this entry’s innovation is in: published results, and the running ones with the entry’s status',
        params: uuidParam,
        response: { 200: innovationCompetitions, ...errors },
      },
    },
    async (request) => {
      const owner = await findOwner(db, request.actor, { entryId: request.params.id });
      if (!owner.entryId) throw forbidden();
      const rows = await db
        .select({
          competitionId: competitions.id,
          name: competitions.name,
          year: competitions.year,
          rules: competitions.rules,
          entryId: competitionEntries.id,
          competitionStatus: competitions.status,
          entryStatus: competitionEntries.status,
          result: competitionResults.entryId,
          rank: competitionResults.rank,
          score: competitionResults.score,
          advanced: competitionResults.advanced,
        })
        .from(competitionEntries)
        .innerJoin(competitions, eq(competitions.id, competitionEntries.competitionId))
        // The final's result only once published: a locked ranking is not news yet.
        .leftJoin(
          competitionResults,
          and(eq(competitionResults.entryId, competitionEntries.id), eq(competitionResults.stageId, FINAL_STAGE), eq(competitions.status, 'published')),
        )
        .where(
          and(
            eq(competitionEntries.innovationId, sql`(select innovation_id from innovation_entries where id = ${request.params.id})`),
            sql`${competitions.status} <> 'draft'`,
            sql`${competitionEntries.status} <> 'withdrawn'`,
          ),
        )
        .orderBy(sql`${competitions.year} desc`, competitions.name);
      // A published competition the entry did not reach the final of is left out: it has no result to show.
      return rows
        .filter((r) => r.competitionStatus !== 'published' || r.result !== null)
        .map(({ rules, advanced, result: _result, ...r }) => ({ ...r, advanced: advanced ?? false, programme: rules.programme }));
    },
  );
}
