// The set-up most API test files share: one app for the file, these demo users signed in before its tests,
// closed after them.
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll } from 'vitest';
import { seedDemoInnovations } from '../../src/server/seed/demo-innovations';
import { createTestApp, login, type TestContext } from './app';

export interface SignedInApp<U extends string> {
  ctx: TestContext;
  readonly app: FastifyInstance;
  /** Each user's session cookie, by username. */
  cookie: Record<U, string>;
}

/** `demoInnovations` seeds the demo region's innovations before signing in. */
export function signedInApp<U extends string>(usernames: readonly U[], opts: { demoInnovations?: boolean } = {}): SignedInApp<U> {
  const state = {
    ctx: undefined as unknown as TestContext,
    get app() {
      return state.ctx.app;
    },
    cookie: {} as Record<U, string>,
  };
  beforeAll(async () => {
    state.ctx = await createTestApp();
    if (opts.demoInnovations) await seedDemoInnovations(state.ctx.database.db, state.ctx.app.storage);
    for (const u of usernames) state.cookie[u] = await login(state.ctx.app, u);
  });
  afterAll(() => state.ctx?.close());
  return state;
}
