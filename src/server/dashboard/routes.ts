// What leaders and the Bappeda look at every week: the region's IID now (claimed and verified, with the
// engine's breakdown), counts and deadlines; every OPD against "One OPD More Than One Innovation" (a Kepala
// OPD sees their own with a to-do list); and the official results per year for the trend.
import { and, asc, count, desc, eq, inArray, lt, sql } from 'drizzle-orm';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { errorResponse, periodQuery } from '../../contract/common';
import { heatmapShape, officialResult, opdMonitoring, regionDashboard } from '../../contract/dashboard';
import type { Framework } from '../../domain/iid/types';
import { maxValues, opdHeat } from '../../domain/monitoring/heatmap';
import { daysUntil, opdRows, todayInWib } from '../../domain/monitoring/opd-monitoring';
import { isOpdBound } from '../../domain/roles';
import { entryAnswers, innovationEntries, officialResults, periods } from '../db/schema';
import type { SessionUser } from '../plugins/session';
import { recordAudit } from '../shared/audit/record';
import { liveEntry } from '../shared/entries/live-entry';
import { activeOpds, entryFigures } from '../shared/entries/opd-figures';
import { returnSteps } from '../shared/entries/returned-entries';
import { regionInScope } from '../shared/http/guard';
import { stripUndefined } from '../shared/http/objects';
import { periodScope } from '../shared/http/scopes';
import { entryItems } from '../shared/items/state';
import { periodHeadOfRegion, periodWithFramework } from '../shared/periods/period-lookup';
import { regionFigures } from './region-figures';

const tags = ['dashboard'];
const errors = { 400: errorResponse, 401: errorResponse, 403: errorResponse, 404: errorResponse };

export default async function dashboardRoutes(fastify: FastifyInstance) {
  const app = fastify.withTypeProvider<ZodTypeProvider>();
  const { db } = app;

  const periodOf = (actor: SessionUser, periodId: string | undefined) => periodWithFramework(db, regionInScope(actor, undefined), periodId);

  const opdsOf = (regionId: string, own: string | null) => activeOpds(db, regionId, own);

  app.get(
    '/api/dashboard/region',
    {
      config: { permission: 'period:read', scope: periodScope() },
      schema: {
        tags,
        summary: 'The region dashboard of a period (default: the open one, else the latest)',
        querystring: periodQuery,
        response: { 200: regionDashboard, ...errors },
      },
    },
    async (request, reply) => {
      const actor = request.actor;
      const period = await periodHeadOfRegion(db, regionInScope(actor, undefined), request.query.periodId);
      const { frameworkName, json } = await regionFigures(db, period.id, period.stamp);
      const today = todayInWib(new Date());
      const deadlines = (
        [
          ['opens', period.penjaringanOpensOn],
          ['internal', period.internalDeadline],
          ['closes', period.penjaringanClosesOn],
        ] as const
      )
        .filter((d): d is readonly ['opens' | 'internal' | 'closes', string] => Boolean(d[1]))
        .map(([key, date]) => ({ key, date, days: daysUntil(date, today) }));
      const head = {
        period: { id: period.id, year: period.year, status: period.status, frameworkId: period.frameworkId, frameworkName, opdTarget: period.opdTarget },
        deadlines,
      };
      // The memoised figures are already JSON (checked against this schema when computed): joined, not re-encoded.
      reply.type('application/json; charset=utf-8');
      return `${JSON.stringify(regionDashboard.pick({ period: true, deadlines: true }).encode(head)).slice(0, -1)},${json.slice(1)}` as unknown as z.infer<
        typeof regionDashboard
      >;
    },
  );

  app.get(
    '/api/dashboard/opds',
    {
      config: { permission: 'innovation:read', scope: periodScope() },
      schema: {
        tags,
        summary: 'Every OPD against the "One OPD More Than One Innovation" target; a Kepala OPD gets their own with a to-do list',
        querystring: periodQuery,
        response: { 200: opdMonitoring, ...errors },
      },
    },
    async (request) => {
      const actor = request.actor;
      // Counts only: the period's head, never its framework.
      const period = await periodHeadOfRegion(db, regionInScope(actor, undefined), request.query.periodId);
      const own = isOpdBound(actor.role) ? actor.opdId : null;
      const opdList = await opdsOf(period.regionId, own);
      const entries = await entryFigures(db, period.id, own);
      const [previousPeriod] = await db
        .select({ id: periods.id, year: periods.year })
        .from(periods)
        .where(and(eq(periods.regionId, period.regionId), lt(periods.year, period.year)))
        .orderBy(desc(periods.year))
        .limit(1);
      const previous = previousPeriod
        ? new Map(
            (
              await db
                .select({ opdId: innovationEntries.opdId, n: count() })
                .from(innovationEntries)
                .where(and(eq(innovationEntries.periodId, previousPeriod.id), liveEntry))
                .groupBy(innovationEntries.opdId)
            ).map((r) => [r.opdId, r.n]),
          )
        : null;
      const names = new Map(opdList.map((o) => [o.id, o]));
      const rows = opdRows(
        opdList.map((o) => o.id),
        entries,
        period.opdTarget,
        previous,
      ).map((r) => ({ ...r, name: names.get(r.opdId)?.name ?? '', shortName: names.get(r.opdId)?.shortName ?? '' }));
      return {
        periodId: period.id,
        year: period.year,
        target: period.opdTarget,
        previousYear: previousPeriod?.year ?? null,
        rows,
        todo: own ? await todoOf(entries, actor.role === 'kepala_opd') : [],
      };
    },
  );

  /**
   * What an OPD should see done: innovations waiting for the Kepala's approval (for the Kepala), drafts the
   * Kepala returned (with the note), items returned by a verifier, answers without evidence, drafts.
   */
  async function todoOf(
    entries: { id: string; name: string; status: string; reviewSummary: { dikembalikan: number; missingEvidence: number } }[],
    isHead: boolean,
  ) {
    const returnedIds = entries.filter((e) => e.reviewSummary.dikembalikan > 0).map((e) => e.id);
    const returned = returnedIds.length
      ? await db
          .select({ entryId: entryAnswers.entryId, code: entryAnswers.indicatorCode, note: entryAnswers.reviewNote })
          .from(entryAnswers)
          .where(and(inArray(entryAnswers.entryId, returnedIds), eq(entryAnswers.reviewStatus, 'dikembalikan'), sql`${entryAnswers.value} > 0`))
      : [];
    const headReturns = await returnSteps(
      db,
      entries.filter((e) => e.status === 'draft').map((e) => e.id),
    );
    type Kind = 'awaiting_approval' | 'returned_by_head' | 'returned' | 'missing_evidence' | 'draft';
    const todo: { entryId: string; entryName: string; kind: Kind; codes: string[]; notes: string[] }[] = [];
    if (isHead)
      for (const e of entries.filter((x) => x.status === 'diajukan'))
        todo.push({ entryId: e.id, entryName: e.name, kind: 'awaiting_approval', codes: [], notes: [] });
    for (const e of entries) {
      const headReturn = headReturns.get(e.id);
      if (headReturn) todo.push({ entryId: e.id, entryName: e.name, kind: 'returned_by_head', codes: [], notes: headReturn.note ? [headReturn.note] : [] });
      const back = returned.filter((r) => r.entryId === e.id);
      if (back.length) todo.push({ entryId: e.id, entryName: e.name, kind: 'returned', codes: back.map((r) => r.code), notes: back.map((r) => r.note ?? '') });
      if (e.reviewSummary.missingEvidence > 0) todo.push({ entryId: e.id, entryName: e.name, kind: 'missing_evidence', codes: [], notes: [] });
      if (e.status === 'draft' && !headReturn) todo.push({ entryId: e.id, entryName: e.name, kind: 'draft', codes: [], notes: [] });
    }
    return todo;
  }

  app.get(
    '/api/dashboard/history',
    {
      config: { permission: 'period:read', scope: { kind: 'none' } },
      schema: { tags, summary: 'Official results per year, oldest first', response: { 200: z.array(officialResult), ...errors } },
    },
    async (request) => {
      const regionId = regionInScope(request.actor, undefined);
      const rows = await db.select().from(officialResults).where(eq(officialResults.regionId, regionId)).orderBy(asc(officialResults.year));
      return rows.map(({ regionId: _r, updatedBy: _u, createdAt: _c, updatedAt: _up, ...r }) => r);
    },
  );

  app.put(
    '/api/dashboard/history/:year',
    {
      config: { permission: 'period:write', scope: { kind: 'none' } },
      schema: {
        tags,
        summary: 'Record (or correct) the official result of a year, with its source',
        params: z.object({ year: z.coerce.number().int().min(2015).max(2100) }),
        body: officialResult.omit({ year: true }),
        response: { 200: officialResult, ...errors },
      },
    },
    async (request) => {
      const actor = request.actor;
      const regionId = regionInScope(actor, undefined);
      // A correction changes what it sends: a field left out keeps its recorded value; null clears it.
      const { iid, source, ...optional } = request.body;
      const given = { iid, source, ...stripUndefined(optional) };
      const { year } = request.params;
      const saved = await db.transaction(async (tx) => {
        const [before] = await tx
          .select()
          .from(officialResults)
          .where(and(eq(officialResults.regionId, regionId), eq(officialResults.year, year)));
        const [row] = await tx
          .insert(officialResults)
          .values({ regionId, year, ...given, updatedBy: actor.id })
          .onConflictDoUpdate({ target: [officialResults.regionId, officialResults.year], set: { ...given, updatedBy: actor.id, updatedAt: new Date() } })
          .returning();
        await recordAudit(tx, request, {
          regionId,
          entityType: 'region',
          entityId: regionId,
          entityLabel: `IID ${year}`,
          action: before ? 'update' : 'create',
          before: before ? { iid: before.iid, source: before.source } : null,
          after: { iid: row.iid, source: row.source },
        });
        return row;
      });
      return {
        year,
        iid: saved.iid,
        predicate: saved.predicate,
        nationalRank: saved.nationalRank,
        cluster: saved.cluster,
        awards: saved.awards,
        source: saved.source,
      };
    },
  );

  app.get(
    '/api/dashboard/heatmap',
    {
      config: { permission: 'innovation:read', scope: periodScope() },
      schema: {
        tags,
        summary: 'Where the region is weak: OPD × indicator (share of the maximum, claimed and verified) and innovation × indicator',
        querystring: periodQuery,
        response: { 200: heatmapShape, ...errors },
      },
    },
    async (request) => {
      const actor = request.actor;
      const period = await periodOf(actor, request.query.periodId);
      const own = isOpdBound(actor.role) ? actor.opdId : null;
      const framework = period.framework as Framework;
      const opdList = await opdsOf(period.regionId, own);
      const entries = await db
        .select({ id: innovationEntries.id, name: innovationEntries.name, opdId: innovationEntries.opdId })
        .from(innovationEntries)
        .where(and(eq(innovationEntries.periodId, period.id), liveEntry, own ? eq(innovationEntries.opdId, own) : undefined))
        .orderBy(asc(innovationEntries.name));
      const items = await entryItems(
        db,
        entries.map((e) => e.id),
      );
      const withItems = entries.map((e) => ({ ...e, items: items.get(e.id) ?? {} }));
      const heat = opdHeat(
        framework,
        opdList.map((o) => o.id),
        withItems,
      );
      const max = maxValues(framework);
      const names = new Map(opdList.map((o) => [o.id, o.name]));
      return {
        indicators: framework.indicators
          .filter((i) => i.aspect === 'SID')
          .map((i) => ({ code: i.code, name: i.name, variable: i.variable, max: max.get(i.code) ?? 0 })),
        opds: opdList.map((o) => ({ ...o, cells: heat.get(o.id) ?? {} })),
        innovations: withItems.map((e) => ({
          id: e.id,
          name: e.name,
          opdName: names.get(e.opdId) ?? '',
          cells: Object.fromEntries(
            [...max.keys()].map((code) => [code, { value: e.items[code]?.value ?? 0, reviewStatus: e.items[code]?.reviewStatus ?? '' }]),
          ),
        })),
      };
    },
  );
}
