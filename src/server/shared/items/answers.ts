// The one handler behind both answer routes — an innovation entry's SID answers (innovations/answer-routes.ts) and
// the region's SPD answers in a period (periods/region-answer-routes.ts): read the items with their points, or save
// one option through changeItem. Only the URL, the permissions, the scope and the names in each response differ.
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { errorResponse } from '../../../contract/common';
import { answerBody } from '../../../contract/innovations';
import { answersWithoutEvidence, claimedAnswers, verifiedAnswers } from '../../../domain/evidence/review';
import { answersScore, type CompiledFramework, roundTo, unscaled } from '../../../domain/iid/engine';
import type { Indicator } from '../../../domain/iid/types';
import { answerValueProblem } from '../../../domain/iid/validate';
import type { Permission } from '../../../domain/roles';
import type { Db } from '../../db/client';
import { compactTransaction } from '../../db/compact-transaction';
import { statementShape } from '../../db/statement-shape';
import type { RouteScope } from '../../plugins/access';
import { fieldError } from '../http/errors';
import { uuidParam } from '../http/schemas';
import { periodFramework } from '../periods/period-framework';
import { changeItem, finishChange, type ItemChange, type Row, writeStatement, writtenOf } from './change';
import { findOwner, type ItemOwner, type ItemQuery, lockedEntryOwner, lockWritableItem, writableLocked } from './find';
import { entryItems, type ItemState, itemsOf } from './state';

/** The owner's items with their points on its side: an entry's maturity (SID), or the region's SPD points —
 * claimed (options chosen) and verified (accepted with evidence), with the side's maximum. */
function viewOf(owner: ItemOwner, c: CompiledFramework, items: Record<string, ItemState>) {
  const indicators = owner.entryId ? c.sid : c.spd;
  const points = (answers: Record<string, number>) => roundTo(unscaled(answersScore(c, indicators, answers)), 4);
  const answers = claimedAnswers(items);
  return {
    owner,
    answers,
    items,
    claimed: points(answers),
    verified: points(verifiedAnswers(items)),
    max: roundTo(unscaled(owner.entryId ? c.maturityMax : c.spdMax), 4),
    missingEvidence: answersWithoutEvidence(items),
  };
}

export type AnswerView = ReturnType<typeof viewOf>;

/** The answers of an entry (entryId) or of the region in a period (periodId), as the actor may see them. */
export async function readAnswers(db: Db, request: FastifyRequest, q: ItemQuery): Promise<AnswerView> {
  const owner = await findOwner(db, request.actor, q);
  const [c, items] = await Promise.all([periodFramework(db, owner.periodId), itemsOf(db, owner)]);
  return viewOf(owner, c, items);
}

/**
 * Chooses an option (0 clears) for one indicator on the item version the user saw; an unchanged value writes
 * nothing, a newer version answers 409 answer_stale_version with the item as it is now (change.ts).
 */
export async function saveAnswer(
  db: Db,
  request: FastifyRequest,
  q: ItemQuery & { code: string },
  { value, version }: { value: number; version: number },
): Promise<AnswerView> {
  const change = { kind: 'answer', value, version } as const;
  const checked = (indicator: Indicator | null) => {
    const problem = indicator && answerValueProblem(indicator, value);
    if (problem) throw fieldError({ value: { code: problem.code, params: problem.params } });
  };
  const { item, items } = q.entryId
    ? await saveEntryAnswer(db, request, { entryId: q.entryId, code: q.code }, change, checked)
    : await db.transaction(async (tx) => {
        const { item, indicator } = await lockWritableItem(tx, request.actor, q);
        checked(indicator);
        return { item, ...(await changeItem(tx, request, item, change, { entryLocked: true })) };
      });
  return viewOf(item, await periodFramework(db, item.periodId), items);
}

const errors = { 400: errorResponse, 401: errorResponse, 403: errorResponse, 404: errorResponse, 409: errorResponse };

/** One side's answer routes: `GET url` reads, `PUT url/:code` saves; `shape` names the view in that side's response. */
export interface AnswerRoutes<S extends z.ZodType> {
  url: string;
  tag: string;
  owner: (id: string) => ItemQuery;
  permissions: { read: Permission; write: Permission };
  /** The scope of both routes: the owner their `:id` names (an entry, or a period of the region). */
  scope: RouteScope;
  summaries: { read: string; save: string };
  response: S;
  shape: (view: AnswerView) => z.input<S>;
}

export function answerRoutes<S extends z.ZodType>(r: AnswerRoutes<S>) {
  return async (fastify: FastifyInstance) => {
    const app = fastify.withTypeProvider<ZodTypeProvider>();
    // Each side's response is checked against its schema where it is declared (AnswerRoutes<S>); here any will do.
    const schema = { tags: [r.tag], response: { 200: r.response as z.ZodType<unknown>, ...errors } };
    app.get(
      r.url,
      { config: { permission: r.permissions.read, scope: r.scope }, schema: { ...schema, summary: r.summaries.read, params: uuidParam } },
      async (request) => {
        return r.shape(await readAnswers(app.db, request, r.owner(request.params.id)));
      },
    );
    app.put(
      `${r.url}/:code`,
      {
        config: { permission: r.permissions.write, scope: r.scope },
        schema: {
          ...schema,
          summary: r.summaries.save,
          params: uuidParam.extend({ code: z.string().max(10) }),
          body: answerBody,
        },
      },
      async (request) => {
        return r.shape(await saveAnswer(app.db, request, { ...r.owner(request.params.id), code: request.params.code }, request.body));
      },
    );
  };
}

/** The answer save's first statement (change.ts writeStatement, with the entry found and locked), built once. */
export const entryAnswerWrite = statementShape(['entryId', 'code', 'value', 'version', 'actorId'] as const, (p) =>
  writeStatement(
    { entryId: p.entryId, code: p.code },
    { kind: 'answer', value: p.value, version: p.version },
    p.actorId,
    lockedEntryOwner(p.entryId, { xmin: true }),
  ),
);

/**
 * An entry's answer, the most frequent write, in two round trips (compact-transaction.ts): BEGIN with one statement
 * that finds and locks the entry, then writes the answer and reads every item back; COMMIT with the scores and the
 * audit event. Who may write, and what, is checked on that statement's answer: a refusal rolls the write back.
 */
async function saveEntryAnswer(
  db: Db,
  request: FastifyRequest,
  q: { entryId: string; code: string },
  change: ItemChange & { kind: 'answer' },
  checked: (indicator: Indicator | null) => void,
) {
  const first = entryAnswerWrite(db, { entryId: q.entryId, code: q.code, value: change.value, version: change.version, actorId: request.actor.id });
  return compactTransaction(db, first, async (tx, rows: (Row & { owner: (ItemOwner & { opdId: string }) | null; waited: boolean })[]) => {
    const [row] = rows;
    const { item, indicator } = await writableLocked(tx, request.actor, q, row.owner ?? undefined);
    checked(indicator);
    const written = writtenOf(row);
    // Another change of this entry committed while the statement waited for its lock: the other items it read
    // predate that change, so they are read again (the lock is held now).
    if (row.waited) written.items = (await entryItems(tx, [q.entryId])).get(q.entryId) ?? {};
    const { last, ...changed } = await finishChange(tx, request, item, change, written);
    return { result: { item, ...changed }, last: last ?? undefined };
  });
}
