// Every route declares who may call it (`config: { permission }`), and that declaration is checked before
// anything else of the request is read. A route that declares nothing stops the app at start, so a
// forgotten check can never leave a route open. Finer checks (region, own OPD) stay in the handlers.
import type { FastifyInstance, FastifyPluginAsync, FastifyRequest, onRequestHookHandler, RouteOptions } from 'fastify';
import fp from 'fastify-plugin';
import { PERMISSIONS, type Permission } from '../../domain/roles';
import { authorize, requireUser } from '../shared/http/guard';
import type { SessionUser } from './session';

/** A permission of domain/roles; 'signed_in': any signed-in user (even one who must still change the password); 'public': anyone. */
export type Access = Permission | 'signed_in' | 'public';

export interface RouteAccess {
  method: string;
  url: string;
  access: Access | undefined;
}

declare module 'fastify' {
  interface FastifyContextConfig {
    permission?: Access;
  }
  interface FastifyRequest {
    /** The signed-in user the route's declared access let in (401 when read without one). */
    readonly actor: SessionUser;
  }
  interface FastifyInstance {
    /** Every route with the access it declares, in registration order. */
    routeAccess(): RouteAccess[];
  }
}

const ACCESS: ReadonlySet<string> = new Set<Access>([...PERMISSIONS, 'signed_in', 'public']);
const declared = (route: RouteOptions) => route.config?.permission;

const enforce: onRequestHookHandler = async (request) => {
  const access = request.routeOptions.config.permission;
  if (access === 'public') return;
  if (access === 'signed_in') requireUser(request);
  else if (access) authorize(request, access);
  // Unreachable once started (start fails on a route without access), but never open by default.
  else throw new Error(`no access declared for ${request.method} ${request.routeOptions.url}`);
};

/** Registered before anything else, so that it sees every route. */
export default fp(async function accessPlugin(app: FastifyInstance) {
  const routes: RouteOptions[] = [];
  app.decorateRequest('actor', {
    getter(this: FastifyRequest) {
      return requireUser(this);
    },
  });
  app.decorate('routeAccess', () => routes.map((r) => ({ method: String(r.method), url: r.url, access: declared(r) })));

  app.addHook('onRoute', (route) => {
    routes.push(route);
    // A route's own hooks run after the app's, so the session is already loaded when this runs.
    route.onRequest = [...toArray(route.onRequest), enforce];
  });

  // Checked once all plugins have added their routes (a public scope below sets its routes' access late).
  app.addHook('onReady', async () => {
    const open = routes.filter((r) => !ACCESS.has(declared(r) ?? ''));
    if (open.length)
      throw new Error(`routes without a valid declared permission (config.permission): ${open.map((r) => `${String(r.method)} ${r.url}`).join(', ')}`);
  });
});

/**
 * A scope for routes open to anyone that third-party plugins add (static files, API docs) and that cannot
 * declare access themselves. Routes that declare access keep it.
 */
export function publicRoutes(register: (scope: FastifyInstance) => PromiseLike<unknown>): FastifyPluginAsync {
  return async (scope) => {
    scope.addHook('onRoute', (route) => {
      route.config = { ...route.config, permission: route.config?.permission ?? 'public' };
    });
    await register(scope);
  };
}

function toArray<T>(value: T | T[] | undefined): T[] {
  if (value === undefined) return [];
  return Array.isArray(value) ? value : [value];
}
