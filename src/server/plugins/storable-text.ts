// Text PostgreSQL cannot store (NUL) or that is not Unicode (a lone surrogate, from a broken paste or a
// hostile client) is refused at the edge as a 400 on its field, for every body, query and path parameter,
// instead of failing deep in a query as a 500.
import type { FastifyInstance, FastifyRequest } from 'fastify';
import fp from 'fastify-plugin';
import { AppError } from '../shared/http/errors';

declare module 'fastify' {
  interface FastifyContextConfig {
    /** The route reads its query string itself, dropping control characters (the public catalogue's search): a
     *  NUL there is no reason to refuse the page. */
    cleansQuery?: boolean;
  }
}

const MAX_DEPTH = 20;

// A high surrogate not followed by a low one, or a low one not preceded by a high one (code units, no u flag).
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

const storable = (s: string) => !s.includes('\u0000') && !LONE_SURROGATE.test(s);

/** The dotted path of the first unstorable string in a parsed value, or null. */
export function unstorablePath(value: unknown, path = '', depth = 0): string | null {
  if (typeof value === 'string') return storable(value) ? null : path || '_';
  if (!value || typeof value !== 'object' || depth > MAX_DEPTH) return null;
  for (const [key, item] of Object.entries(value)) {
    const at = path ? `${path}.${key}` : key;
    if (!storable(key)) return at;
    const found = unstorablePath(item, at, depth + 1);
    if (found) return found;
  }
  return null;
}

export default fp(async function storableText(app: FastifyInstance) {
  app.addHook('preValidation', async (request: FastifyRequest) => {
    const query = request.routeOptions.config.cleansQuery ? null : unstorablePath(request.query);
    const field = unstorablePath(request.params) ?? query ?? unstorablePath(request.body);
    if (field) throw new AppError(400, 'validation_failed', {}, { [field]: { code: 'unstorable_characters' } });
  });
});
