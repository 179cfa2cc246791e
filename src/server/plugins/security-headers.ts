// Security headers on every reply (API, web app, files, docs, errors) through helmet. Registered before
// everything else, so a request refused early (401, CSRF, 404) gets them too. The middleware is built once
// here and only sets its ready headers per request (@fastify/helmet rebuilt it — parsing the whole policy —
// on every request: ~5 % of a list page's CPU).
//
// Content-Security-Policy: scripts only from this origin, never inline — the built index.html loads its
// modules from /assets and the API docs (swagger-ui) load theirs from /api/docs/static. Styles do allow
// 'unsafe-inline': Mantine injects <style> elements at run time (its CSS variables and responsive props)
// and React renders style="…" attributes, which no nonce or hash can cover; inline styles cannot run code,
// so the script rule is what keeps injected markup harmless.
import type { FastifyInstance, FastifyReply } from 'fastify';
import fp from 'fastify-plugin';
import helmet from 'helmet';
import type { Config } from '../config';

export default fp(async function securityHeadersPlugin(app: FastifyInstance, opts: { config: Config }) {
  const https = opts.config.appUrl.startsWith('https://');
  const setHeaders = helmet({
    contentSecurityPolicy: {
      useDefaults: false,
      directives: {
        defaultSrc: ["'self'"],
        baseUri: ["'self'"],
        scriptSrc: ["'self'"],
        scriptSrcAttr: ["'none'"],
        styleSrc: ["'self'", "'unsafe-inline'"],
        // data: for the two-factor QR code and the favicon; blob: for files the app hands to the browser to save.
        imgSrc: ["'self'", 'data:', 'blob:'],
        fontSrc: ["'self'", 'data:'],
        // Evidence previews: PDFs in an <iframe>, photos in <img>, videos in <video>, all from /api/evidence.
        frameSrc: ["'self'"],
        mediaSrc: ["'self'"],
        connectSrc: ["'self'"],
        objectSrc: ["'none'"],
        formAction: ["'self'"],
        frameAncestors: ["'none'"],
        ...(https ? { upgradeInsecureRequests: [] } : {}),
      },
    },
    frameguard: { action: 'deny' },
    // The reset link carries its token in the address: no other site ever sees it as a referrer.
    referrerPolicy: { policy: 'same-origin' },
    // Only over HTTPS: on plain HTTP the header is ignored at best and locks a later HTTPS mistake in at worst.
    strictTransportSecurity: https ? { maxAge: 31_536_000, includeSubDomains: true } : false,
  });
  app.addHook('onRequest', (request, reply, done) => setHeaders(request.raw, reply.raw, (err) => done(err as Error | undefined)));
});

/**
 * For a stored file shown inside the app (a PDF in the preview <iframe>): this site's own pages may frame it,
 * no one else. Nothing more is restricted: the browser's PDF viewer must run inside, and a stored file is a
 * PDF, JPG, PNG or MP4 by its content (checked at upload) sent with nosniff, never a page of its own.
 */
export function allowFramingBySelf(reply: FastifyReply) {
  return reply.header('content-security-policy', "frame-ancestors 'self'").header('x-frame-options', 'SAMEORIGIN');
}
