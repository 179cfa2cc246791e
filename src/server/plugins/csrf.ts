// CSRF defence without tokens: a state-changing request must be one a browser only sends from our own
// pages. JSON bodies and the X-Requested-With header both force a CORS preflight, which this server
// never approves; Origin and Sec-Fetch-Site must also point at this site when the browser sends them.
import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';
import { AppError } from '../shared/http/errors';

const SAFE = new Set(['GET', 'HEAD', 'OPTIONS']);
/**
 * The integration API (server/open-data/integration-routes.ts) is authenticated by an `Authorization: Bearer`
 * API token only, never by the session cookie: a browser sends no such header cross-site on its own, so a forged
 * cross-site request there carries nothing that would let it in. Other systems post there, not our pages. The
 * matched route decides (not the raw address), so no other route can be reached through the exemption.
 */
export const TOKEN_ONLY_PREFIX = '/api/integrations/';

export default fp(async function csrfPlugin(app: FastifyInstance) {
  app.addHook('onRequest', async (request) => {
    if (SAFE.has(request.method) || !request.url.startsWith('/api/') || request.routeOptions.url?.startsWith(TOKEN_ONLY_PREFIX)) return;
    const site = request.headers['sec-fetch-site'];
    if (site && site !== 'same-origin' && site !== 'none') throw new AppError(403, 'csrf_rejected');
    const origin = request.headers.origin;
    if (origin && origin !== 'null') {
      const expected = String(request.headers['x-forwarded-host'] ?? request.headers.host ?? '');
      if (!sameHost(origin, expected)) throw new AppError(403, 'csrf_rejected');
    }
    const type = request.headers['content-type'] ?? '';
    const preflighted = type.startsWith('application/json') || Boolean(request.headers['x-requested-with']);
    if (!preflighted) throw new AppError(403, 'csrf_rejected');
  });
});

/** Origin "http://a:80" and Host "a:80" are the same place: compare after URL normalises default ports. */
export function sameHost(origin: string, hostHeader: string): boolean {
  try {
    const o = new URL(origin);
    return o.host === new URL(`${o.protocol}//${hostHeader}`).host;
  } catch {
    return false;
  }
}
