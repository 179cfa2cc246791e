// Answering an item and deciding on it as the web app does: on the item version just read. Saves and decisions
// without a version are refused (contract/innovations.ts answerBody, contract/verification.ts decideBody).
import type { FastifyInstance } from 'fastify';
import { call } from './app';

export type ItemTarget = { entryId: string } | { periodId: string };

const answersUrl = (t: ItemTarget) => ('entryId' in t ? `/api/innovations/entries/${t.entryId}/answers` : `/api/periods/${t.periodId}/region-answers`);

/** The item's version as `cookie` reads it now (0: never answered, or not readable by that user). */
export async function itemVersion(app: FastifyInstance, cookie: string, target: ItemTarget, code: string): Promise<number> {
  const res = await call(app, cookie, 'GET', answersUrl(target));
  return res.statusCode === 200 ? (res.json().items[code]?.version ?? 0) : 0;
}

/** Chooses an option for one indicator on the version just read. */
export async function answer(app: FastifyInstance, cookie: string, target: ItemTarget, code: string, value: number) {
  const version = await itemVersion(app, cookie, target, code);
  return call(app, cookie, 'PUT', `${answersUrl(target)}/${encodeURIComponent(code)}`, { value, version });
}

/** A verifier's decision on the item as just read (the version comes from the answers the verifier can see). */
export async function decideItem(
  app: FastifyInstance,
  cookie: string,
  body: ItemTarget & { code: string; decision: 'accept' | 'return'; note?: string; version?: number },
) {
  const version = body.version ?? (await itemVersion(app, cookie, body, body.code));
  return call(app, cookie, 'POST', '/api/verification/decide', { ...body, version });
}
