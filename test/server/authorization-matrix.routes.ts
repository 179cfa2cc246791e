// What each route's handler narrows beyond its declared permission (plugins/access.ts), read from the handlers:
// the authorization matrix (authorization-matrix.test.ts) tries every route with a resource of the caller's own
// OPD, of another OPD of the same region and of another region, and expects what this table says. A route missing
// here fails the matrix, so a new route is declared when it is added.
//
// scope: 'none'   nothing of another OPD or region can be named (the actor's own region, own user, or platform-wide);
//        'region' a resource of another region answers 404/403 (super admin excepted), another OPD of the region is fine;
//        'opd'    as 'region', and an OPD-bound role (operator, kepala OPD) also gets 404/403 for another OPD's resource;
//        'self'   the actor's own record only (another user's answers 404).
// id:    the kind of resource the route's `:id` (or, with `query`, the query's `{id}`) names.
// query: a query string naming the resource instead of the path; a list may answer the foreign id with 404/403 or
//        with nothing of it (the matrix then checks the answer holds none of the foreign resource).
// bodyId: the body field naming the resource instead.
// body:  a minimal valid body, so that the handler's scope check is reached rather than the schema's refusal.
// roleRefused: roles the handler refuses (403) although their permission lets them in, with the reason.

export type Scope = 'none' | 'region' | 'opd' | 'self';
export type FixtureKind = 'region' | 'opd' | 'unit' | 'user' | 'framework' | 'period' | 'entry' | 'evidence' | 'exportJob' | 'notification';

export interface RouteExpectation {
  scope: Scope;
  id?: FixtureKind;
  query?: string;
  /** The body field that names the resource (instead of the path or query). */
  bodyId?: string;
  body?: unknown;
  /** A body built from the named resource's own document (fetched by the matrix), for routes whose schema wants it whole. */
  documentBody?: 'framework';
  roleRefused?: { roles: string[]; why: string };
}

/** Changing an entry's evidence needs innovation:write besides the route's innovation:read (shared/items writableItem). */
const writers = { roles: ['pimpinan', 'verifikator'], why: 'evidence of an entry is changed with innovation:write' };
const entry = (more: Partial<RouteExpectation> = {}): RouteExpectation => ({ scope: 'opd', id: 'entry', ...more });
const period = (more: Partial<RouteExpectation> = {}): RouteExpectation => ({ scope: 'region', id: 'period', ...more });
const periodQuery = (more: Partial<RouteExpectation> = {}): RouteExpectation => ({ scope: 'region', id: 'period', query: 'periodId={id}', ...more });

export const ROUTE_EXPECTATIONS: Record<string, RouteExpectation> = {
  'GET /api/docs/': { scope: 'none' },
  'GET /api/docs/static/index.html': { scope: 'none' },
  'GET /api/docs/static/swagger-initializer.js': { scope: 'none' },
  'GET /api/docs/json': { scope: 'none' },
  'GET /api/docs/yaml': { scope: 'none' },
  'GET /api/docs/static/*': { scope: 'none' },
  'GET /api/openapi.json': { scope: 'none' },
  'GET /healthz/live': { scope: 'none' },
  'GET /healthz': { scope: 'none' },
  'POST /api/auth/login': { scope: 'none', body: {} },
  'POST /api/auth/logout': { scope: 'none' },
  'GET /api/auth/me': { scope: 'self' },
  'PATCH /api/auth/me/preferences': { scope: 'self', body: {} },
  'POST /api/auth/change-password': { scope: 'self', body: {} },
  'POST /api/auth/forgot-password': { scope: 'none', body: {} },
  'POST /api/auth/reset-password': { scope: 'none', body: {} },
  'POST /api/auth/totp/setup': { scope: 'self' },
  'POST /api/auth/totp/enable': { scope: 'self', body: {} },
  'POST /api/auth/totp/disable': { scope: 'self', body: {} },

  'GET /api/regions': { scope: 'none' },
  'POST /api/regions': { scope: 'none', body: {} },
  'GET /api/regions/:id': { scope: 'region', id: 'region' },
  'PATCH /api/regions/:id': { scope: 'region', id: 'region', body: {} },
  'GET /api/regions/:id/letterhead': { scope: 'region', id: 'region' },
  'GET /api/regions/:id/letterhead/logo': { scope: 'region', id: 'region' },
  'PATCH /api/regions/:id/letterhead': { scope: 'region', id: 'region', body: {} },

  'GET /api/opds': { scope: 'region', id: 'region', query: 'regionId={id}' },
  'POST /api/opds': { scope: 'none', body: {} },
  'GET /api/opds/:id': { scope: 'opd', id: 'opd' },
  'PATCH /api/opds/:id': { scope: 'opd', id: 'opd', body: {} },
  'POST /api/units': { scope: 'opd', id: 'opd', bodyId: 'opdId', body: { name: 'UPT Matriks', kind: 'upt' } },
  'PATCH /api/units/:id': { scope: 'opd', id: 'unit', body: {} },

  'GET /api/users': { scope: 'region', id: 'region', query: 'regionId={id}' },
  'POST /api/users': { scope: 'none', body: {} },
  'GET /api/users/:id': { scope: 'region', id: 'user' },
  'PATCH /api/users/:id': { scope: 'region', id: 'user', body: {} },
  'POST /api/users/:id/reset-password': { scope: 'region', id: 'user' },
  'GET /api/audit': { scope: 'region', id: 'region', query: 'regionId={id}' },

  'GET /api/frameworks': { scope: 'none' },
  'GET /api/frameworks/:id': { scope: 'region', id: 'framework' },
  'POST /api/frameworks/:id/clone': { scope: 'region', id: 'framework', body: {} },
  'PUT /api/frameworks/:id': { scope: 'region', id: 'framework', documentBody: 'framework' },
  'POST /api/frameworks/import': { scope: 'none', body: {} },
  'DELETE /api/frameworks/:id': { scope: 'region', id: 'framework' },

  'GET /api/periods': { scope: 'region', id: 'region', query: 'regionId={id}' },
  'POST /api/periods': { scope: 'none', body: {} },
  'GET /api/periods/:id': period(),
  'GET /api/periods/:id/framework': period(),
  'PATCH /api/periods/:id': period({ body: {} }),
  'POST /api/periods/:id/status': period({ body: { status: 'open' } }),
  'GET /api/periods/:id/region-answers': period(),
  'PUT /api/periods/:id/region-answers/:code': period({ body: { value: 2, version: 0 } }),

  'GET /api/innovations': periodQuery(),
  'POST /api/innovations': { scope: 'none', body: {} },
  'GET /api/innovations/entries/:id': entry(),
  'PATCH /api/innovations/entries/:id': entry({ body: { version: 1 } }),
  'POST /api/innovations/entries/:id/transition': entry({ body: { action: 'approve' } }),
  'GET /api/innovations/entries/:id/sent-preview': entry(),
  'POST /api/innovations/entries/:id/sent': entry({ body: { sent: false } }),
  'GET /api/innovations/entries/:id/answers': entry(),
  'PUT /api/innovations/entries/:id/answers/:code': entry({ body: { value: 2, version: 0 } }),
  'GET /api/innovations/entries/:id/messages': entry(),
  'POST /api/innovations/entries/:id/messages': entry({
    body: { body: 'Mohon dicek.' },
    roleRefused: { roles: ['pimpinan'], why: 'klinik posters are operator, kepala OPD, admin and verifikator (klinik-routes POSTERS)' },
  }),
  'POST /api/innovations/entries/:id/messages/with-files': entry({
    roleRefused: { roles: ['pimpinan'], why: 'klinik posters are operator, kepala OPD, admin and verifikator (klinik-routes POSTERS)' },
  }),
  'GET /api/innovations/entries/:id/messages/:messageId/attachments/:index': entry(),
  'GET /api/innovations/returned': { scope: 'none' },

  'POST /api/evidence/files': entry({ query: 'entryId={id}&code=16', roleRefused: writers }),
  'POST /api/evidence/links': entry({ bodyId: 'entryId', body: { code: '16', url: 'https://example.org/bukti' }, roleRefused: writers }),
  'GET /api/evidence': entry({ query: 'entryId={id}' }),
  'GET /api/evidence/:id/content': { scope: 'opd', id: 'evidence' },
  'DELETE /api/evidence/:id': { scope: 'opd', id: 'evidence', roleRefused: writers },
  'GET /api/evidence/deleted': { scope: 'region', id: 'region', query: 'regionId={id}' },
  'POST /api/evidence/:id/restore': { scope: 'opd', id: 'evidence' },
  'POST /api/evidence/purge': { scope: 'none', body: {} },

  'GET /api/verification/queue': periodQuery(),
  'GET /api/verification/summary': periodQuery(),
  'PUT /api/verification/assignments/:id': { scope: 'region', id: 'user', body: { opdIds: [] } },
  'POST /api/verification/decide': entry({ bodyId: 'entryId', body: { code: '16', decision: 'accept' } }),

  'GET /api/scores/region': periodQuery(),
  'GET /api/innovations/score-input': periodQuery(),
  'GET /api/dashboard/region': periodQuery(),
  'GET /api/dashboard/opds': periodQuery(),
  'GET /api/dashboard/history': { scope: 'none' },
  'PUT /api/dashboard/history/:year': { scope: 'none', body: {} },
  'GET /api/dashboard/heatmap': periodQuery(),
  'GET /api/exports/recap.xlsx': periodQuery(),
  'POST /api/exports/package': period({ bodyId: 'periodId', body: {} }),
  'GET /api/exports/jobs/:id': { scope: 'region', id: 'exportJob' },
  'GET /api/exports/jobs/:id/download': { scope: 'region', id: 'exportJob' },
  'GET /api/exports/report.pdf': periodQuery(),

  'GET /api/notifications': { scope: 'self' },
  'POST /api/notifications/:id/read': { scope: 'self', id: 'notification' },
  'POST /api/notifications/read-all': { scope: 'self' },
  'PUT /api/notifications/mute': { scope: 'self', body: {} },
  'POST /api/reminders/run': { scope: 'none', body: {} },
};
