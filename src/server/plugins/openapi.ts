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
          'Errors are {error: {code, message, fields?}} in the language of Accept-Language (id, en).',
      },
      components: { securitySchemes: { session: { type: 'apiKey', in: 'cookie', name: 'inovda_session' } } },
      security: [{ session: [] }],
    },
    transform: jsonSchemaTransform,
  });
  app.get('/api/openapi.json', { config: { permission: 'public', scope: { kind: 'none' } }, schema: { hide: true } }, async () => app.swagger());
  await app.register(publicRoutes((docs) => docs.register(swaggerUi, { routePrefix: '/api/docs' })));
});
