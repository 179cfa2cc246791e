// Innovator rewards (SPD indicator 12): the region records the piagam and any reward or incentive it gave the
// innovators behind an award — a published local competition's winner, a national award, or an innovation on its
// own — and sees which awards still wait for one and which SPD 12 option the given rewards support.
import { and, eq, sql } from 'drizzle-orm';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { errorResponse, okResponse } from '../../contract/common';
import { reward, rewardCreateBody, rewardPatchBody, rewardsQuery, rewardsResponse } from '../../contract/competitions';
import { spd12Support } from '../../domain/competitions/rewards';
import { todayInWib } from '../../domain/monitoring/opd-monitoring';
import { canAccessOpd, isOpdBound } from '../../domain/roles';
import { competitionEntries, competitions, innovationEntries, innovatorRewards, nationalResults } from '../db/schema';
import type { SessionUser } from '../plugins/session';
import { changedOnly, recordAudit } from '../shared/audit/record';
import { listRewards, newestEntries } from '../shared/competitions/awards';
import { AppError, fieldError, notFound } from '../shared/http/errors';
import { regionInScope } from '../shared/http/guard';
import { uuidParam } from '../shared/http/schemas';
import { entryScope, innovatorRewardScope } from '../shared/http/scopes';
import { findOwner } from '../shared/items/find';
import { findReward, type RewardRow, rewardCandidates } from './reward-repository';

const tags = ['competitions'];
const errors = { 400: errorResponse, 401: errorResponse, 403: errorResponse, 404: errorResponse, 409: errorResponse };

/** What a reward says (and what the audit trail keeps of it). */
const audited = (r: RewardRow) => ({
  recipient: r.recipient,
  award: r.award,
  year: r.year,
  certificate: r.certificate,
  incentive: r.incentive,
  incentiveAmount: r.incentiveAmount,
  givenOn: r.givenOn,
  decree: r.decree,
  evidenceUrl: r.evidenceUrl,
});

const shape = (r: RewardRow, innovationName: string, opdName: string) => ({
  id: r.id,
  source: r.source,
  innovationId: r.innovationId,
  innovationName,
  opdName,
  competitionId: r.competitionId,
  nationalResultId: r.nationalResultId,
  ...audited(r),
  version: r.version,
});

/** A given-on date later than today, or more than a year away from the award's year, is a typing slip. */
function dateProblem(givenOn: string | null | undefined, year: number): 'reward_given_in_future' | 'reward_given_outside_year' | null {
  if (!givenOn) return null;
  if (givenOn > todayInWib(new Date())) return 'reward_given_in_future';
  const y = Number(givenOn.slice(0, 4));
  return y < year || y > year + 2 ? 'reward_given_outside_year' : null;
}

export default async function innovatorRewardRoutes(fastify: FastifyInstance) {
  const app = fastify.withTypeProvider<ZodTypeProvider>();
  const { db } = app;

  async function rewardInScope(actor: SessionUser, id: string) {
    const row = await findReward(db, id);
    if (!row || !canAccessOpd(actor, { id: row.opdId, regionId: row.reward.regionId })) throw notFound();
    return row;
  }

  const named = async (r: RewardRow, opdName: string) => shape(r, (await newestEntries(db, [r.innovationId])).get(r.innovationId)?.name ?? '', opdName);

  function audit(tx: Parameters<Parameters<typeof db.transaction>[0]>[0], request: FastifyRequest, r: RewardRow, action: string, diff: object) {
    return recordAudit(tx, request, {
      regionId: r.regionId,
      entityType: 'innovator_reward',
      entityId: r.id,
      entityLabel: `${r.recipient} — ${r.award}`,
      action,
      ...diff,
    });
  }

  app.get(
    '/api/innovator-rewards',
    {
      config: { permission: 'competition:read', scope: { kind: 'none' } },
      schema: {
        tags,
        summary: 'Rewards given to innovators, awards still waiting for one, and the SPD 12 option the given rewards support (OPD roles: their own OPD)',
        querystring: rewardsQuery,
        response: { 200: rewardsResponse, ...errors },
      },
    },
    async (request) => {
      const actor = request.actor;
      const regionId = regionInScope(actor, undefined);
      const opdId = isOpdBound(actor.role) ? (actor.opdId ?? '') : undefined;
      const rows = await listRewards(db, regionId, opdId);
      const names = await newestEntries(db, [...new Set(rows.map((r) => r.reward.innovationId))]);
      const year = request.query.year ?? Number(todayInWib(new Date()).slice(0, 4));
      return {
        rewards: rows.map((r) => shape(r.reward, names.get(r.reward.innovationId)?.name ?? '', r.opdName)),
        candidates: await rewardCandidates(db, regionId, opdId),
        spd12: {
          year,
          ...spd12Support(
            rows.map((r) => r.reward),
            year,
          ),
        },
      };
    },
  );

  app.post(
    '/api/innovator-rewards',
    {
      config: { permission: 'competition:manage', scope: entryScope() },
      schema: {
        tags,
        summary: 'Record a reward given to an innovation’s innovators (for a competition winner, a national award, or on its own)',
        body: rewardCreateBody,
        response: { 201: reward, ...errors },
      },
    },
    async (request, reply) => {
      const b = request.body;
      const owner = await findOwner(db, request.actor, { entryId: b.entryId });
      const [entry] = await db.select({ innovationId: innovationEntries.innovationId }).from(innovationEntries).where(eq(innovationEntries.id, b.entryId));
      if (!entry || !owner.opdId) throw notFound();
      const problem = dateProblem(b.givenOn, b.year);
      if (problem) throw fieldError({ givenOn: problem });
      // The award it follows must be this innovation's, in this region: a competition it was entered in, or its national result.
      if (b.source === 'competition') {
        if (!b.competitionId) throw fieldError({ competitionId: 'required' });
        const [c] = await db
          .select({ id: competitions.id })
          .from(competitionEntries)
          .innerJoin(competitions, eq(competitions.id, competitionEntries.competitionId))
          .where(
            and(
              eq(competitionEntries.competitionId, b.competitionId),
              eq(competitionEntries.innovationId, entry.innovationId),
              eq(competitions.regionId, owner.regionId),
            ),
          );
        if (!c) throw fieldError({ competitionId: 'not_found' });
      }
      if (b.source === 'national') {
        if (!b.nationalResultId) throw fieldError({ nationalResultId: 'required' });
        const [n] = await db
          .select({ id: nationalResults.id })
          .from(nationalResults)
          .where(and(eq(nationalResults.id, b.nationalResultId), eq(nationalResults.innovationId, entry.innovationId)));
        if (!n) throw fieldError({ nationalResultId: 'not_found' });
      }
      const row = await db.transaction(async (tx) => {
        const [r] = await tx
          .insert(innovatorRewards)
          .values({
            regionId: owner.regionId,
            innovationId: entry.innovationId,
            source: b.source,
            competitionId: b.source === 'competition' ? (b.competitionId ?? null) : null,
            nationalResultId: b.source === 'national' ? (b.nationalResultId ?? null) : null,
            recipient: b.recipient,
            award: b.award,
            year: b.year,
            certificate: b.certificate,
            incentive: b.incentive || null,
            incentiveAmount: b.incentiveAmount ?? null,
            givenOn: b.givenOn ?? null,
            decree: b.decree || null,
            evidenceUrl: b.evidenceUrl ?? null,
            createdBy: request.actor.id,
          })
          .onConflictDoNothing()
          .returning();
        if (!r) throw new AppError(409, 'reward_already_recorded');
        await audit(tx, request, r, 'create', { after: audited(r) });
        return r;
      });
      reply.status(201);
      return named(row, (await findReward(db, row.id))?.opdName ?? '');
    },
  );

  app.patch(
    '/api/innovator-rewards/:id',
    {
      config: { permission: 'competition:manage', scope: innovatorRewardScope() },
      schema: {
        tags,
        summary: 'Change a recorded reward (only the fields sent change) on the version you saw',
        params: uuidParam,
        body: rewardPatchBody,
        response: { 200: reward, ...errors },
      },
    },
    async (request) => {
      const row = await rewardInScope(request.actor, request.params.id);
      const { version, ...sent } = request.body;
      const set = Object.fromEntries(Object.entries(sent).filter(([, v]) => v !== undefined));
      for (const k of ['incentive', 'decree'] as const) if (k in set && !set[k]) set[k] = null;
      const problem = dateProblem(set.givenOn === undefined ? row.reward.givenOn : (set.givenOn as string | null), (set.year as number) ?? row.reward.year);
      if (problem) throw fieldError({ givenOn: problem });
      const updated = await db.transaction(async (tx) => {
        const [r] = await tx
          .update(innovatorRewards)
          .set({ ...set, version: sql`${innovatorRewards.version} + 1`, updatedAt: sql`now()` })
          .where(and(eq(innovatorRewards.id, row.reward.id), eq(innovatorRewards.version, version)))
          .returning();
        if (!r) throw new AppError(409, 'stale_version');
        await audit(tx, request, r, 'update', changedOnly(audited(row.reward), audited(r)));
        return r;
      });
      return named(updated, row.opdName);
    },
  );

  app.delete(
    '/api/innovator-rewards/:id',
    {
      config: { permission: 'competition:manage', scope: innovatorRewardScope() },
      schema: { tags, summary: 'Remove a reward recorded by mistake', params: uuidParam, response: { 200: okResponse, ...errors } },
    },
    async (request) => {
      const row = await rewardInScope(request.actor, request.params.id);
      await db.transaction(async (tx) => {
        await tx.delete(innovatorRewards).where(eq(innovatorRewards.id, row.reward.id));
        await audit(tx, request, row.reward, 'delete', { before: audited(row.reward) });
      });
      return { ok: true as const };
    },
  );
}
