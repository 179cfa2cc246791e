// How the open data API answers: JSON, or CSV for a `.csv` address or `Accept: text/csv`; a strong ETag computed
// from the exact bytes (so it changes with the content and with the format), 304 for a matching If-None-Match,
// cacheable for five minutes by anyone (the data is public), readable from any origin (CORS *).
import { createHash } from 'node:crypto';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { CSV_CONTENT_TYPE } from '../../domain/open-data/csv';
import { type KeptBody, keptBody, sendKeptBody } from '../shared/http/kept-body';

export const PUBLIC_CACHE_CONTROL = 'public, max-age=300';

/** Whether the caller asked for CSV: the address ends in .csv, or Accept names text/csv before JSON. */
export function wantsCsv(request: FastifyRequest): boolean {
  const path = request.url.split('?')[0];
  if (path.endsWith('.csv')) return true;
  const accept = String(request.headers.accept ?? '').toLowerCase();
  const csv = accept.indexOf('text/csv');
  if (csv < 0) return false;
  const json = accept.indexOf('application/json');
  return json < 0 || csv < json;
}

export function strongEtag(body: string): string {
  return `"${createHash('sha256').update(body).digest('base64url')}"`;
}

/** If-None-Match holds this ETag (or *): weak comparison, as RFC 9110 says for If-None-Match. */
export function notModified(request: FastifyRequest, etag: string): boolean {
  const header = request.headers['if-none-match'];
  if (!header) return false;
  return header.split(',').some((t) => {
    const tag = t.trim();
    return tag === '*' || tag.replace(/^W\//, '') === etag;
  });
}

/** A public answer ready to send: its bytes (kept with their compressed copies), their ETag, and whether they are CSV. */
export interface OpenDataBody {
  body: KeptBody;
  etag: string;
  csv: boolean;
}

/** The JSON value, or the CSV `toCsv()` makes when CSV was asked for, with its ETag. */
export function openDataBody(request: FastifyRequest, value: unknown, toCsv?: () => string): OpenDataBody {
  const csv = Boolean(toCsv && wantsCsv(request));
  const text = csv && toCsv ? toCsv() : JSON.stringify(value);
  return { body: keptBody(text), etag: strongEtag(text), csv };
}

/** Sends a public answer (304 when the caller holds it already); a kept one from its kept compressed copy. */
export function sendOpenDataBody(request: FastifyRequest, reply: FastifyReply, { body, etag, csv }: OpenDataBody, kept = false) {
  reply.header('etag', etag).header('cache-control', PUBLIC_CACHE_CONTROL).header('vary', 'Accept');
  if (notModified(request, etag)) return reply.status(304).send();
  if (csv) {
    const name = (request.url.split('?')[0].split('/').pop() ?? 'data').replace(/\.csv$/, '');
    reply.header('content-disposition', `inline; filename="inovda-${name}.csv"`);
  }
  reply.type(csv ? CSV_CONTENT_TYPE : 'application/json; charset=utf-8');
  return kept ? sendKeptBody(request, reply, body) : reply.send(body.text);
}

/** Sends a public answer: the JSON value, or the CSV `toCsv()` makes when CSV was asked for. */
export function sendOpenData(request: FastifyRequest, reply: FastifyReply, value: unknown, toCsv?: () => string) {
  return sendOpenDataBody(request, reply, openDataBody(request, value, toCsv));
}
