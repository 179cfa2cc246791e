// Forms the public posts without signing in (citizen feedback, a replication request): who sent it is never
// stored, only a keyed hash of the address that changes every day — enough to limit how often one sender may
// post, useless for finding the person again.
import { createHmac } from 'node:crypto';
import type { FastifyInstance, FastifyRequest } from 'fastify';

/** The honeypot: a field people never see (hidden by the page's style), which form-filling robots fill in. */
export const HONEYPOT_FIELD = 'website';

export function filledHoneypot(body: Record<string, unknown> | undefined): boolean {
  const value = body?.[HONEYPOT_FIELD];
  return typeof value === 'string' && value.trim() !== '';
}

/** The sender's address, keyed with the server's secret key and today's date (UTC): the same sender today, no one tomorrow. */
export function senderHash(app: FastifyInstance, request: FastifyRequest, now = new Date()): string {
  const day = now.toISOString().slice(0, 10);
  return createHmac('sha256', app.secrets.current.key).update(`public-form:${day}:${request.ip}`).digest('hex').slice(0, 32);
}
