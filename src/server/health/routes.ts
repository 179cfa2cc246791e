// Liveness and database status for load balancers and operators.
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';

const healthShape = z.object({
  status: z.enum(['ok', 'degraded']),
  database: z.object({ kind: z.enum(['embedded', 'postgres']), ok: z.boolean(), latencyMs: z.number() }),
  uptimeSeconds: z.number(),
});

export default async function healthRoutes(fastify: FastifyInstance) {
  const app = fastify.withTypeProvider<ZodTypeProvider>();
  // Liveness without the database: the process answers. Also the floor `npm run bench` measures routes against.
  app.get(
    '/healthz/live',
    {
      config: { permission: 'public', scope: { kind: 'none' } },
      schema: { tags: ['health'], summary: 'The process answers (no database check)', response: { 200: z.object({ status: z.literal('ok') }) } },
    },
    async () => ({ status: 'ok' as const }),
  );
  app.get(
    '/healthz',
    {
      config: { permission: 'public', scope: { kind: 'none' } },
      schema: { tags: ['health'], summary: 'Process and database health', response: { 200: healthShape, 503: healthShape } },
    },
    async (_request, reply) => {
      const started = performance.now();
      // The 3 s limit is cleared as soon as the ping answers: under load, thousands of pending timers cost more than the query.
      let timer: NodeJS.Timeout | undefined;
      const ok = await Promise.race([
        app.database.ping().catch(() => false),
        new Promise<boolean>((r) => {
          timer = setTimeout(() => r(false), 3000).unref();
        }),
      ]).finally(() => clearTimeout(timer));
      const body = {
        status: ok ? ('ok' as const) : ('degraded' as const),
        database: { kind: app.database.kind, ok, latencyMs: Math.round((performance.now() - started) * 10) / 10 },
        uptimeSeconds: Math.round(process.uptime()),
      };
      reply.status(ok ? 200 : 503);
      return body;
    },
  );
}
