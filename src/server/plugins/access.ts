// Every route declares who may call it (`config: { permission }`), and that declaration is checked before
// anything else of the request is read. Beside it the route declares its scope (`config: { scope }`): what its
// handler narrows beyond the permission — which region's or OPD's resources the caller may name, and which roles
// it refuses although the permission lets them in. The handlers make those finer checks; the declared scope is
// their contract, which the authorization matrix (test/server/authorization-matrix.test.ts) holds every route
// to. A route missing either declaration stops the app at start, so a forgotten one can never go unnoticed.
import type { FastifyInstance, FastifyPluginAsync, FastifyRequest, onRequestHookHandler, RouteOptions } from 'fastify';
import fp from 'fastify-plugin';
import { PERMISSIONS, type Permission, ROLES, type Role } from '../../domain/roles';
import { authorize, requireUser } from '../shared/http/guard';
import type { SessionUser } from './session';

/** A permission of domain/roles; 'signed_in': any signed-in user (even one who must still change the password); 'public': anyone. */
export type Access = Permission | 'signed_in' | 'public';

/**
 * What a route's handler narrows beyond the permission:
 * - 'none'   nothing of another OPD or region can be named (the actor's own region, own user, or platform-wide);
 * - 'region' a resource of another region answers 404/403 (super admin excepted), another OPD of the region is fine;
 * - 'opd'    as 'region', and an OPD-bound role (operator, kepala OPD) also gets 404/403 for another OPD's resource;
 * - 'self'   the actor's own record only (another user's answers 404).
 */
export type ScopeKind = 'none' | 'region' | 'opd' | 'self';
export const SCOPE_KINDS: readonly ScopeKind[] = ['none', 'region', 'opd', 'self'];

/** The kind of resource a route's `:id` names — or the query's or body's id field where the path names none. */
export type ScopedResource = (typeof SCOPED_RESOURCES)[number];
export const SCOPED_RESOURCES = [
  'region',
  'opd',
  'unit',
  'user',
  'framework',
  'period',
  'entry',
  'evidence',
  'exportJob',
  'notification',
  'competition',
  'competitionEntry',
  'innovatorReward',
  'apiToken',
  'replication',
  'cooperation',
  'importJob',
  'ipkdFramework',
  'ipkdDocument',
] as const;

/** Roles the handler refuses (403) although their permission lets them in, with the reason. */
export interface RefusedRoles {
  roles: readonly Role[];
  why: string;
}

/**
 * A route's declared scope. A 'region' or 'opd' route names the resource it is narrowed by (otherwise it can only
 * be about the actor's own region: 'none'); a 'self' route may name the actor's own record it acts on.
 */
export type RouteScope =
  | { kind: 'none'; resource?: undefined; refusedRoles?: RefusedRoles }
  | { kind: 'self'; resource?: ScopedResource; refusedRoles?: RefusedRoles }
  | { kind: 'region' | 'opd'; resource: ScopedResource; refusedRoles?: RefusedRoles };

export interface RouteAccess {
  method: string;
  url: string;
  access: Access | undefined;
  scope: RouteScope | undefined;
}

declare module 'fastify' {
  interface FastifyContextConfig {
    permission?: Access;
    scope?: RouteScope;
  }
  interface FastifyRequest {
    /** The signed-in user the route's declared access let in (401 when read without one). */
    readonly actor: SessionUser;
  }
  interface FastifyInstance {
    /** Every route with the access and scope it declares, in registration order. */
    routeAccess(): RouteAccess[];
  }
}

const ACCESS: ReadonlySet<string> = new Set<Access>([...PERMISSIONS, 'signed_in', 'public']);
const declared = (route: RouteOptions) => route.config?.permission;
const declaredScope = (route: RouteOptions) => route.config?.scope;

/** A scope as its type says, checked at start as well: a config can be built at run time or cast. */
function isValidScope(scope: RouteScope | undefined): boolean {
  if (!scope) return false;
  const { kind, resource, refusedRoles } = scope as { kind: string; resource?: string; refusedRoles?: RefusedRoles };
  const resourceFits =
    resource === undefined ? kind === 'none' || kind === 'self' : kind !== 'none' && (SCOPED_RESOURCES as readonly string[]).includes(resource);
  const refusalFits = !refusedRoles || (refusedRoles.roles.length > 0 && refusedRoles.roles.every((r) => ROLES.includes(r)) && refusedRoles.why !== '');
  return (SCOPE_KINDS as readonly string[]).includes(kind) && resourceFits && refusalFits;
}
const named = (routes: RouteOptions[]) => routes.map((r) => `${String(r.method)} ${r.url}`).join(', ');

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
  app.decorate('routeAccess', () => routes.map((r) => ({ method: String(r.method), url: r.url, access: declared(r), scope: declaredScope(r) })));

  app.addHook('onRoute', (route) => {
    routes.push(route);
    // A route's own hooks run after the app's, so the session is already loaded when this runs.
    route.onRequest = [...toArray(route.onRequest), enforce];
  });

  // Checked once all plugins have added their routes (a public scope below sets its routes' access late).
  app.addHook('onReady', async () => {
    const open = routes.filter((r) => !ACCESS.has(declared(r) ?? ''));
    if (open.length) throw new Error(`routes without a valid declared permission (config.permission): ${named(open)}`);
    const unscoped = routes.filter((r) => !isValidScope(declaredScope(r)));
    if (unscoped.length) throw new Error(`routes without a valid declared scope (config.scope): ${named(unscoped)}`);
  });
});

/**
 * A scope for routes open to anyone that third-party plugins add (static files, API docs) and that cannot
 * declare access themselves: 'public', narrowed by nothing (scope 'none'). Routes that declare either keep it.
 */
export function publicRoutes(register: (scope: FastifyInstance) => PromiseLike<unknown>): FastifyPluginAsync {
  return async (scope) => {
    scope.addHook('onRoute', (route) => {
      route.config = { ...route.config, permission: route.config?.permission ?? 'public', scope: route.config?.scope ?? { kind: 'none' } };
    });
    await register(scope);
  };
}

function toArray<T>(value: T | T[] | undefined): T[] {
  if (value === undefined) return [];
  return Array.isArray(value) ? value : [value];
}
