// OpenAPI document at /api/openapi.json and interactive docs at /api/docs, generated from the zod schemas.
import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';
import { jsonSchemaTransform } from 'fastify-type-provider-zod';
import { publicRoutes } from './access';

export default fp(async function openapiPlugin(app: FastifyInstance) {
  await app.register(swagger, {
    openapi: {
      info: {
        title: 'Inovda API',
        version: '0.1.0',
        description:
          'Inovda — sistem manajemen inovasi daerah. Sign in with POST /api/auth/login; the session cookie authenticates later calls. ' +
          'State-changing calls must send a JSON body or an X-Requested-With header (CSRF protection). ' +
          'Errors are {error: {code, message, fields?}} in the language of Accept-Language (id, en). ' +
          'Open data (/api/public/v1, tag "Open data"): read-only, no sign-in, published innovations only; JSON, or CSV with a .csv address or Accept: text/csv; strong ETag (If-None-Match → 304), Cache-Control: public, max-age=300, CORS *. ' +
          'Integrations (/api/integrations/v1): an API token of the region made by its Admin Daerah, sent as Authorization: Bearer inovda_…; no session cookie, no CSRF header needed; every request is logged.',
      },
      components: {
        securitySchemes: {
          session: { type: 'apiKey', in: 'cookie', name: 'inovda_session' },
          apiToken: { type: 'http', scheme: 'bearer', description: 'An API token of the region (inovda_…), for /api/integrations/v1 only' },
        },
      },
      tags: [
        { name: 'Open data', description: 'Public, read-only data of published innovations (no sign-in)' },
        { name: 'Integrations (API token)', description: 'Another regional system pulls or pushes the region’s data with an API token' },
      ],
      security: [{ session: [] }],
    },
    transform: jsonSchemaTransform,
  });
  app.get('/api/openapi.json', { config: { permission: 'public', scope: { kind: 'none' } }, schema: { hide: true } }, async () => app.swagger());
  await app.register(publicRoutes((docs) => docs.register(swaggerUi, { routePrefix: '/api/docs' })));
});
