// Every route declares who may call it and its scope, the app refuses to start otherwise, and the permission is
// enforced before the handler: without a session a protected route answers 401, without the permission 403.
// (What each route's scope promises is held by the authorization matrix, authorization-matrix.test.ts.)
import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import Fastify from 'fastify';
import fp from 'fastify-plugin';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { can, type Permission, ROLES } from '../../src/domain/roles';
import { buildApp } from '../../src/server/app';
import { loadConfig } from '../../src/server/config';
import access, { publicRoutes, type RouteAccess, type RouteScope } from '../../src/server/plugins/access';
import { WEB_DIST } from '../../src/server/plugins/web';
import { ROUTE_MODULES } from '../../src/server/routes';
import { call, createTestApp, DEMO_PASSWORD, login, openTestDatabase, type TestContext } from '../support/app';

const SERVER = join(import.meta.dirname, '../../src/server');
const isPermission = (access: RouteAccess['access']): access is Permission => access !== 'public' && access !== 'signed_in';

/** A URL for the route: every path parameter filled with something (the access check runs before validation). */
const urlOf = (route: RouteAccess) => route.url.replace(/:[^/]+/g, '00000000-0000-4000-8000-000000000000').replace('/*', '/x');

describe('route access', () => {
  let ctx: TestContext;
  let routes: RouteAccess[];
  beforeAll(async () => {
    ctx = await createTestApp();
    routes = ctx.app.routeAccess().filter((r) => r.method !== 'HEAD');
  });
  afterAll(() => ctx.close());

  it('every registered route declares its access and scope', () => {
    expect(routes.length).toBeGreaterThan(80);
    expect(routes.filter((r) => !r.access || !r.scope)).toEqual([]);
    // The ones anyone may call are few, and named here on purpose.
    // The open data API is read-only; the integration API is let in by its API token (open-data/integration-routes.ts
    // refuses every request without one), never by a session.
    const openData = routes.filter((r) => r.access === 'public' && r.url.startsWith('/api/public/v1/'));
    expect(openData.length).toBeGreaterThan(5);
    expect(openData.filter((r) => r.method !== 'GET' && r.method !== 'HEAD')).toEqual([]);
    const openOrByToken = (r: RouteAccess) => r.url.startsWith('/api/public/v1/') || r.url.startsWith('/api/integrations/v1/');
    const open = routes.filter((r) => r.access === 'public' && !r.url.startsWith('/api/docs') && !openOrByToken(r));
    expect(open.map((r) => `${r.method} ${r.url}`).sort()).toEqual([
      'GET /api/openapi.json',
      'GET /healthz',
      'GET /healthz/live',
      'GET /katalog',
      'GET /katalog/:region',
      'GET /katalog/berkas/:id',
      'GET /katalog/inovasi/:slug',
      'GET /sitemap.xml',
      'POST /api/auth/forgot-password',
      'POST /api/auth/login',
      'POST /api/auth/logout',
      'POST /api/auth/reset-password',
      'POST /katalog/inovasi/:slug/replikasi',
      'POST /katalog/inovasi/:slug/umpan-balik',
    ]);
  });

  it('answers 401 without a session on every route that is not public', async () => {
    const wrong: string[] = [];
    for (const route of routes.filter((r) => r.access !== 'public')) {
      const res = await call(ctx.app, null, route.method as 'GET', urlOf(route));
      if (res.statusCode !== 401) wrong.push(`${route.method} ${route.url}: ${res.statusCode}`);
    }
    expect(wrong).toEqual([]);
  });

  it('answers 403 on every route whose permission the signed-in role lacks', async () => {
    const wrong: string[] = [];
    for (const role of ROLES) {
      const username = {
        super_admin: 'superadmin',
        admin_daerah: 'admin',
        verifikator: 'verifikator',
        kepala_opd: 'kepala.dinkes',
        operator_opd: 'operator.dinkes',
        pimpinan: 'pimpinan',
        juri: 'juri',
      }[role];
      const cookie = await login(ctx.app, username, DEMO_PASSWORD);
      for (const route of routes) {
        if (!isPermission(route.access) || can(role, route.access)) continue;
        const res = await call(ctx.app, cookie, route.method as 'GET', urlOf(route));
        if (res.statusCode !== 403 || res.json().error.code !== 'forbidden') wrong.push(`${role} ${route.method} ${route.url}: ${res.statusCode}`);
      }
    }
    expect(wrong).toEqual([]);
  });
});

describe('starting the app', () => {
  /** The real app, all routes registered but not started yet. */
  async function unstartedApp() {
    const { database, drop } = await openTestDatabase();
    const dataDir = mkdtempSync(join(tmpdir(), 'inovda-test-'));
    const config = { ...loadConfig({ DATA_DIR: dataDir }), serveWeb: false, logLevel: 'silent' };
    const app = await buildApp({ config, database, logger: false });
    const close = async () => {
      await app.close().catch(() => {});
      await database.close();
      await drop();
      rmSync(dataDir, { recursive: true, force: true });
    };
    return { app, close };
  }

  it('fails when a route declares no permission', async () => {
    const { app, close } = await unstartedApp();
    app.get('/api/forgotten', async () => ({ open: true }));
    await expect(app.ready()).rejects.toThrow(/without a valid declared permission.*GET \/api\/forgotten/);
    await close();
  });

  it('fails when a route declares its permission but no scope', async () => {
    const { app, close } = await unstartedApp();
    app.get('/api/unscoped', { config: { permission: 'innovation:read' } }, async () => ({ open: true }));
    await expect(app.ready()).rejects.toThrow(/without a valid declared scope.*GET \/api\/unscoped/);
    await close();
  });

  it('fails when a route declares a scope that is not one', async () => {
    const { app, close } = await unstartedApp();
    const scopes = [
      { kind: 'everywhere' },
      { kind: 'region' },
      { kind: 'opd', resource: 'innovation' },
      { kind: 'none', resource: 'region' },
      { kind: 'self', refusedRoles: { roles: ['kepala_dinas'], why: 'no such role' } },
      { kind: 'self', refusedRoles: { roles: [], why: 'refuses nobody' } },
    ] as unknown as RouteScope[];
    for (const [i, scope] of scopes.entries()) app.get(`/api/misscoped/${i}`, { config: { permission: 'signed_in', scope } }, async () => ({ open: true }));
    app.get(
      '/api/scoped',
      { config: { permission: 'signed_in', scope: { kind: 'self', refusedRoles: { roles: ['juri'], why: 'a test' } } } },
      async () => ({}),
    );
    const error = await app.ready().then(
      () => null,
      (e: Error) => e.message,
    );
    expect(error).toMatch(/^routes without a valid declared scope/);
    // Each misdeclared route is named (with the HEAD route Fastify adds beside a GET), the well-declared one is not.
    expect(new Set(error?.match(/\/api\/[\w/]+/g))).toEqual(new Set(scopes.map((_, i) => `/api/misscoped/${i}`)));
    await close();
  });

  it('fails when a route declares a permission that does not exist', async () => {
    const { app, close } = await unstartedApp();
    app.get('/api/misspelt', { config: { permission: 'innovation:reed' as Permission } }, async () => ({ open: true }));
    await expect(app.ready()).rejects.toThrow(/GET \/api\/misspelt/);
    await close();
  });

  // `npm test` builds the web app before these tests; without a build the web plugin adds no route.
  it.runIf(existsSync(join(WEB_DIST, 'index.html')))('starts with the built web app: its files and pages are public, the API is not', async () => {
    const ctx = await createTestApp({ serveWeb: true });
    try {
      const web = ctx.app.routeAccess().filter((r) => !r.url.startsWith('/api/') && !r.url.startsWith('/healthz'));
      expect(web.length).toBeGreaterThan(1);
      expect(web.filter((r) => r.access !== 'public' || r.scope?.kind !== 'none')).toEqual([]);
      expect((await ctx.app.inject({ method: 'GET', url: '/innovations' })).statusCode).toBe(200);
      expect((await ctx.app.inject({ method: 'GET', url: '/api/innovations' })).statusCode).toBe(401);
    } finally {
      await ctx.close();
    }
  });

  it('opens the routes of a third-party plugin in a public scope, and only those', async () => {
    const app = Fastify();
    await app.register(access);
    const thirdParty = fp(async (scope) => {
      scope.get('/static/file', async () => 'file');
      scope.get('/static/admin', { config: { permission: 'user:write', scope: { kind: 'region', resource: 'user' } } }, async () => 'admin');
    });
    await app.register(publicRoutes((scope) => scope.register(thirdParty)));
    app.get('/api/after', async () => 'open?');
    await expect(app.ready()).rejects.toThrow(/GET \/api\/after/);
    expect(app.routeAccess().filter((r) => r.method === 'GET')).toEqual([
      { method: 'GET', url: '/static/file', access: 'public', scope: { kind: 'none' } },
      { method: 'GET', url: '/static/admin', access: 'user:write', scope: { kind: 'region', resource: 'user' } },
      { method: 'GET', url: '/api/after', access: undefined, scope: undefined },
    ]);
  });
});

describe('route modules', () => {
  it('lists every routes.ts and *-routes.ts under src/server, by its folder', async () => {
    const files = readdirSync(SERVER, { recursive: true, encoding: 'utf8' })
      .filter((f) => /(^|[/-])routes\.ts$/.test(f) && f.includes('/'))
      .sort();
    expect(files.length).toBeGreaterThan(15);
    for (const file of files) {
      const folder = file.split('/')[0];
      const module = (await import(join(SERVER, file))).default;
      expect(ROUTE_MODULES[folder] ?? [], `${relative(process.cwd(), join(SERVER, file))} is not listed in src/server/routes.ts`).toContain(module);
    }
    expect(Object.values(ROUTE_MODULES).flat()).toHaveLength(files.length);
  });
});
