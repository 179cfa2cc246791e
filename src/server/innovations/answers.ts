// SID answers of one entry: the option the operator chose per indicator of the period's framework.
// Every change affects the score, so every change is audited with its before and after.
import { and, eq, sql } from 'drizzle-orm';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { errorResponse } from '../../contract/common';
import { answerBody, answersShape } from '../../contract/innovations';
import { answersWithoutEvidence, claimedAnswers, verifiedAnswers } from '../../domain/evidence/review';
import { type CompiledFramework, maturityOf, roundTo, unscaled } from '../../domain/iid/engine';
import { answerValueProblem } from '../../domain/iid/validate';
import { answersEditable } from '../../domain/innovation/workflow';
import { canAccessOpd } from '../../domain/roles';
import { entryAnswers, evidence, innovationEntries, periods } from '../db/schema';
import type { SessionUser } from '../plugins/session';
import { recordAudit } from '../shared/audit';
import { storeScores } from '../shared/entry-scores';
import { AppError, fieldError, notFound } from '../shared/errors';
import { authorize } from '../shared/guard';
import { liveEntry } from '../shared/live-entry';
import { periodFramework } from '../shared/period-framework';
import { prepared } from '../shared/prepared';
import { entryItems, type ItemState } from '../shared/review-state';
import { uuidParam } from '../shared/schemas';

const tags = ['innovations'];
const errors = { 400: errorResponse, 401: errorResponse, 403: errorResponse, 404: errorResponse, 409: errorResponse };

export default async function answerRoutes(fastify: FastifyInstance) {
  const app = fastify.withTypeProvider<ZodTypeProvider>();
  const { db } = app;

  /** The entry with its period's status and framework, in one query; 404 outside the actor's scope. */
  async function load(actor: SessionUser, entryId: string) {
    // Every answer save starts here: a prepared statement.
    const [row] = await prepared(db, 'inovda_answer_target', (d) =>
      d
        .select({
          id: innovationEntries.id,
          name: innovationEntries.name,
          status: innovationEntries.status,
          regionId: innovationEntries.regionId,
          opdId: innovationEntries.opdId,
          periodStatus: periods.status,
          periodId: periods.id,
          frameworkId: periods.frameworkId,
        })
        .from(innovationEntries)
        .innerJoin(periods, eq(periods.id, innovationEntries.periodId))
        .where(and(eq(innovationEntries.id, sql.placeholder('id')), liveEntry))
        .prepare('inovda_answer_target'),
    ).execute({ id: entryId });
    if (!row || !canAccessOpd(actor, { id: row.opdId, regionId: row.regionId })) throw notFound();
    const compiled = await periodFramework(db, row.periodId);
    return { entry: row, framework: compiled.framework, compiled, frameworkId: row.frameworkId };
  }

  function shape(entryId: string, c: CompiledFramework, frameworkId: string, items: Record<string, ItemState>) {
    const points = (answers: Record<string, number>) => roundTo(unscaled(maturityOf(c, answers)), 4);
    const answers = claimedAnswers(items);
    return {
      entryId,
      frameworkId,
      answers,
      items,
      maturity: points(answers),
      maturityVerified: points(verifiedAnswers(items)),
      maturityMax: roundTo(unscaled(c.maturityMax), 4),
      missingEvidence: answersWithoutEvidence(items),
    };
  }

  app.get(
    '/api/innovations/entries/:id/answers',
    { schema: { tags, summary: 'The SID answers of an entry and its claimed maturity', params: uuidParam, response: { 200: answersShape, ...errors } } },
    async (request) => {
      const { entry, compiled, frameworkId } = await load(authorize(request, 'innovation:read'), request.params.id);
      return shape(entry.id, compiled, frameworkId, (await entryItems(db, [entry.id])).get(entry.id) ?? {});
    },
  );

  app.put(
    '/api/innovations/entries/:id/answers/:code',
    {
      schema: {
        tags,
        summary: 'Choose an option (0 clears) for one SID indicator',
        params: uuidParam.extend({ code: z.string().max(10) }),
        body: answerBody,
        response: { 200: answersShape, ...errors },
      },
    },
    async (request) => {
      const actor = authorize(request, 'innovation:write');
      const { entry, framework, compiled: c, frameworkId } = await load(actor, request.params.id);
      if (entry.periodStatus === 'locked') throw new AppError(409, 'period_locked');
      if (entry.periodStatus !== 'open') throw new AppError(409, 'period_closed');
      if (!answersEditable(entry.status)) throw new AppError(409, 'evidence_not_editable');
      const { code } = request.params;
      const indicator = framework.indicators.find((i) => i.code === code && i.aspect === 'SID');
      if (!indicator) throw fieldError({ code: { code: 'score_unknown_indicator', params: { code } } });
      const { value } = request.body;
      const problem = answerValueProblem(indicator, value);
      if (problem) throw fieldError({ value: { code: problem.code, params: problem.params } });
      const items = await db.transaction(async (tx) => {
        // One statement: lock and read the old value, upsert (nothing when unchanged) and read the entry's
        // items as they were before it — the fewest round trips for the most frequent write.
        const result = (await tx.execute(sql`
          with old as (
            select value from ${entryAnswers} where entry_id = ${entry.id} and indicator_code = ${code} for update
          ), up as (
            insert into ${entryAnswers} (entry_id, indicator_code, value, updated_by) values (${entry.id}, ${code}, ${value}, ${actor.id})
            on conflict (entry_id, indicator_code) do update
              set value = excluded.value, review_status = 'menunggu', updated_by = excluded.updated_by, updated_at = now()
              where ${entryAnswers}.value is distinct from excluded.value
            returning 1
          )
          select coalesce((select value from old), 0) as before, (select count(*) from up)::int as changed,
            coalesce((select json_agg(json_build_object(
              'code', a.indicator_code, 'value', a.value, 'reviewStatus', a.review_status, 'reviewNote', a.review_note,
              'reviewedAt', a.reviewed_at,
              'evidenceCount', (select count(*) from ${evidence} e where e.entry_id = a.entry_id and e.indicator_code = a.indicator_code and e.deleted_at is null),
              'renewalCount', (select count(*) from ${evidence} e where e.entry_id = a.entry_id and e.indicator_code = a.indicator_code and e.deleted_at is null and e.needs_renewal)
            )) from ${entryAnswers} a where a.entry_id = ${entry.id}), '[]') as items`)) as unknown as {
          rows: { before: number; changed: number; items: (Omit<ItemState, 'reviewedAt'> & { code: string; reviewedAt: string | null })[] }[];
        };
        const { before, changed, items: rows } = result.rows[0];
        const current: Record<string, ItemState> = {};
        for (const { code: k, reviewedAt, ...r } of rows) current[k] = { ...r, reviewedAt: reviewedAt ? new Date(reviewedAt).toISOString() : null };
        if (!changed) return current;
        // The statement saw the items before its own write: apply the change here.
        current[code] = { ...(current[code] ?? { reviewNote: null, reviewedAt: null, evidenceCount: 0, renewalCount: 0 }), value, reviewStatus: 'menunggu' };
        await storeScores(tx, entry.id, c, current);
        await recordAudit(tx, request, {
          regionId: entry.regionId,
          entityType: 'innovation',
          entityId: entry.id,
          entityLabel: entry.name,
          action: 'answer',
          before: { [`indikator ${code}`]: before },
          after: { [`indikator ${code}`]: value },
        });
        return current;
      });
      return shape(entry.id, c, frameworkId, items);
    },
  );
}
