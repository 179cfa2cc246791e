// Every error leaves the server as {error: {code, message, fields?, current?}} in the request's language; never a crash.
import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import fp from 'fastify-plugin';
import { hasZodFastifySchemaValidationErrors } from 'fastify-type-provider-zod';
import { type Locale, MESSAGES, translate } from '../../domain/messages';
import { databaseRefusal } from '../shared/http/database-errors';
import { AppError, type FieldError } from '../shared/http/errors';

interface ValidationIssue {
  keyword: string;
  instancePath: string;
  message?: string;
  params: Record<string, unknown>;
}

/**
 * `z.string({ error: 'required' })` hands its message to the length checks after it too, so a value over the
 * limit would read "Wajib diisi". "required" is only what a missing or blank value is told; a length issue
 * carrying it gets its own message (with the limit) instead.
 */
function inheritedRequired(issue: ValidationIssue): boolean {
  if (issue.message !== 'required') return false;
  if (issue.keyword === 'too_big') return true;
  return issue.keyword === 'too_small' && !(issue.params.origin === 'string' && Number(issue.params.minimum) <= 1);
}

/** Turns one zod issue into a field message the user can act on. */
export function issueToField(issue: ValidationIssue): FieldError {
  const p = issue.params;
  if (issue.message && issue.message in MESSAGES && !inheritedRequired(issue)) return { code: issue.message as FieldError['code'] };
  switch (issue.keyword) {
    case 'invalid_type':
      return { code: /received undefined|received null/.test(issue.message ?? '') ? 'required' : 'invalid' };
    case 'too_small':
      if (p.origin === 'string') return Number(p.minimum) <= 1 ? { code: 'required' } : { code: 'too_short', params: { min: Number(p.minimum) } };
      return { code: 'too_small_number', params: { min: Number(p.minimum) } };
    case 'too_big':
      if (p.origin === 'string') return { code: 'too_long', params: { max: Number(p.maximum) } };
      return { code: 'too_big_number', params: { max: Number(p.maximum) } };
    case 'invalid_format':
      return { code: p.format === 'email' ? 'invalid_email' : 'invalid' };
    case 'invalid_value':
    case 'invalid_union':
      return { code: 'invalid_option' };
    default:
      return { code: 'invalid' };
  }
}

export function fieldPath(instancePath: string): string {
  return instancePath.replace(/^\//, '').replace(/\//g, '.') || '_';
}

function send(reply: FastifyReply, locale: Locale, status: number, err: AppError) {
  const fields = err.fields ? Object.fromEntries(Object.entries(err.fields).map(([k, f]) => [k, translate(f.code, locale, f.params)])) : undefined;
  return reply.status(status).send({
    error: {
      code: err.code,
      message: translate(err.code, locale, err.params),
      ...(fields ? { fields } : {}),
      ...(err.current ? { current: err.current } : {}),
    },
  });
}

/**
 * The router's own refusals (a path parameter over maxParamLength, a URL that does not decode) are answered before
 * any plugin runs, in Fastify's shape unless the app is given this at construction: the app's shape instead.
 */
export function frameworkErrors(_error: FastifyError, request: FastifyRequest, reply: FastifyReply) {
  return send(reply, request.locale ?? 'id', 400, new AppError(400, 'invalid'));
}

export default fp(async function errorsPlugin(app: FastifyInstance) {
  app.setErrorHandler((error: FastifyError, request: FastifyRequest, reply: FastifyReply) => {
    const locale = request.locale ?? 'id';
    if (error instanceof AppError) return send(reply, locale, error.status, error);
    if (hasZodFastifySchemaValidationErrors(error)) {
      const fields: Record<string, FieldError> = {};
      for (const issue of error.validation as unknown as ValidationIssue[]) {
        const path = fieldPath(issue.instancePath);
        fields[path] ??= issueToField(issue);
      }
      return send(reply, locale, 400, new AppError(400, 'validation_failed', {}, fields));
    }
    const refusal = databaseRefusal(error);
    if (refusal) return send(reply, locale, refusal.status, refusal);
    if (
      error.code === 'FST_ERR_CTP_INVALID_JSON_BODY' ||
      error.code === 'FST_ERR_CTP_EMPTY_JSON_BODY' ||
      (error instanceof SyntaxError && error.statusCode === 400)
    )
      return send(reply, locale, 400, new AppError(400, 'bad_json'));
    if (error.code === 'FST_ERR_CTP_BODY_TOO_LARGE') return send(reply, locale, 413, new AppError(413, 'payload_too_large'));
    if (error.statusCode === 429) return send(reply, locale, 429, new AppError(429, 'rate_limited'));
    if (error.statusCode && error.statusCode >= 400 && error.statusCode < 500)
      return send(reply, locale, error.statusCode, new AppError(error.statusCode, 'invalid'));
    request.log.error({ err: error }, 'unhandled error');
    return send(reply, locale, 500, new AppError(500, 'internal'));
  });

  app.setNotFoundHandler((request, reply) => send(reply, request.locale ?? 'id', 404, new AppError(404, 'route_not_found')));
});
