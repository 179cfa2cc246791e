// The request fixtures of the authorization matrix (authorization-matrix.test.ts): what a request to a route needs
// besides its declared scope (config.scope, src/server/plugins/access.ts) to reach the handler's scope check. The
// contract — scope kind, the resource named, roles refused — is declared on each route, not here. A route needs
// no entry when its `:id` names its resource (or it names none) and it wants no body; an entry for a route that
// no longer exists fails the matrix.
//
// query:  a query string naming the resource instead of the path (`{id}`: the resource of the cell); a list may
//         answer the foreign id with 404/403 or with nothing of it (the matrix then checks the answer holds none
//         of the foreign resource).
// bodyId: the body field naming the resource instead.
// body:   a minimal valid body, so that the handler's scope check is reached rather than the schema's refusal.
// documentBody: a body built from the named resource's own document (fetched by the matrix), for routes whose
//         schema wants it whole.

export interface RouteFixture {
  query?: string;
  /** The body field that names the resource (instead of the path or query). */
  bodyId?: string;
  body?: unknown;
  documentBody?: 'framework';
}

const periodQuery: RouteFixture = { query: 'periodId={id}' };
/** A version no competition or entry has: the scope check runs, the change never does. */
const stale = { version: 999 };

export const ROUTE_FIXTURES: Record<string, RouteFixture> = {
  'POST /api/auth/login': { body: {} },
  'PATCH /api/auth/me/preferences': { body: {} },
  'POST /api/auth/change-password': { body: {} },
  'POST /api/auth/forgot-password': { body: {} },
  'POST /api/auth/reset-password': { body: {} },
  'POST /api/auth/totp/enable': { body: {} },
  'POST /api/auth/totp/disable': { body: {} },

  'POST /api/regions': { body: {} },
  'PATCH /api/regions/:id': { body: {} },
  'PATCH /api/regions/:id/letterhead': { body: {} },

  'GET /api/opds': { query: 'regionId={id}' },
  'POST /api/opds': { body: {} },
  'PATCH /api/opds/:id': { body: {} },
  'POST /api/units': { bodyId: 'opdId', body: { name: 'UPT Matriks', kind: 'upt' } },
  'PATCH /api/units/:id': { body: {} },

  'GET /api/users': { query: 'regionId={id}' },
  'POST /api/users': { body: {} },
  'PATCH /api/users/:id': { body: {} },
  'GET /api/audit': { query: 'regionId={id}' },

  'POST /api/frameworks/:id/clone': { body: {} },
  'PUT /api/frameworks/:id': { documentBody: 'framework' },
  'POST /api/frameworks/import': { body: {} },

  'GET /api/periods': { query: 'regionId={id}' },
  'POST /api/periods': { body: {} },
  'PATCH /api/periods/:id': { body: {} },
  'POST /api/periods/:id/status': { body: { status: 'open' } },
  'PUT /api/periods/:id/region-answers/:code': { body: { value: 2, version: 0 } },

  'GET /api/innovations': periodQuery,
  'POST /api/innovations': { body: {} },
  'PATCH /api/innovations/entries/:id': { body: { version: 1 } },
  'POST /api/innovations/entries/:id/transition': { body: { action: 'approve' } },
  'POST /api/innovations/entries/:id/sent': { body: { sent: false } },
  'PUT /api/innovations/entries/:id/answers/:code': { body: { value: 2, version: 0 } },
  'POST /api/innovations/entries/:id/messages': { body: { body: 'Mohon dicek.' } },

  'POST /api/evidence/files': { query: 'entryId={id}&code=16' },
  'POST /api/evidence/links': { bodyId: 'entryId', body: { code: '16', url: 'https://example.org/bukti' } },
  'GET /api/evidence': { query: 'entryId={id}' },
  'GET /api/evidence/deleted': { query: 'regionId={id}' },
  'POST /api/evidence/purge': { body: {} },

  'GET /api/verification/queue': periodQuery,
  'GET /api/verification/summary': periodQuery,
  'PUT /api/verification/assignments/:id': { body: { opdIds: [] } },
  'POST /api/verification/decide': { bodyId: 'entryId', body: { code: '16', decision: 'accept' } },

  'GET /api/scores/region': periodQuery,
  'GET /api/innovations/score-input': periodQuery,
  'GET /api/dashboard/region': periodQuery,
  'GET /api/dashboard/opds': periodQuery,
  'PUT /api/dashboard/history/:year': { body: {} },
  'GET /api/dashboard/heatmap': periodQuery,
  'GET /api/exports/recap.xlsx': periodQuery,
  'POST /api/exports/package': { bodyId: 'periodId', body: {} },
  'GET /api/exports/report.pdf': periodQuery,

  'PUT /api/notifications/mute': { body: {} },
  'POST /api/reminders/run': { body: {} },

  'POST /api/competitions': { body: {} },
  'PATCH /api/competitions/:id': { body: stale },
  'POST /api/competitions/:id/status': { body: { ...stale, status: 'draft' } },
  'POST /api/competitions/:id/advance': { body: stale },
  'POST /api/competitions/:id/stages/:stageId/decisions': { body: { entryId: '00000000-0000-4000-8000-000000000000', advanced: true } },
  'POST /api/competitions/:id/entries': { body: { innovationId: '00000000-0000-4000-8000-000000000000', groupId: 'umum' } },
  'PATCH /api/competition-entries/:id': { body: stale },
  'POST /api/competition-entries/:id/propose': { body: stale },
  'POST /api/competition-entries/:id/withdraw': { body: stale },
  'POST /api/competition-entries/:id/review': { body: { ...stale, decision: 'accept' } },
  'PUT /api/competitions/:id/stages/:stageId/judges': { body: { userIds: [] } },
  'POST /api/competitions/:id/stages/:stageId/assignments': { body: { mode: 'balanced' } },
  'POST /api/competitions/:id/stages/:stageId/invitations': { body: { fullName: 'Juri Matriks' } },
  'POST /api/innovations/entries/:id/national-results': { body: { programme: 'kipp', year: 2024, result: 'top99' } },
  'POST /api/innovator-rewards': {
    bodyId: 'entryId',
    body: { source: 'other', recipient: 'Tim Matriks', award: 'Juara Matriks', year: 2026, certificate: true },
  },
  'PATCH /api/innovator-rewards/:id': { body: stale },
  'POST /api/replications': { body: { innovationId: '00000000-0000-4000-8000-000000000000' } },
  'PATCH /api/replications/:id': { body: stale },
  'POST /api/ipkd/frameworks/:id/clone': { body: {} },
  'PUT /api/ipkd/frameworks/:id': { body: { framework: {}, version: 999 } },
  'POST /api/ipkd/frameworks/import': { body: { framework: {} } },
  'POST /api/ipkd/years': { body: { measurementYear: 2026, frameworkId: 'ipkd-2026' } },
  'PATCH /api/ipkd/years/:year': { body: stale },
  'PATCH /api/ipkd/years/:year/values/:indicatorId': { body: stale },
  'POST /api/ipkd/years/:year/values/:indicatorId/submit': { body: stale },
  'POST /api/ipkd/years/:year/values/:indicatorId/review': { body: { ...stale, decision: 'accept' } },
  'POST /api/cooperation': { body: { partnerName: 'Kota Matriks', title: 'PKS Matriks', kind: 'pks', signedOn: '2026-01-05' } },
  'PATCH /api/cooperation/:id': { body: stale },
  'POST /api/imports/check': periodQuery,
  'PUT /api/judging/:id/scores': { body: {} },

  'POST /api/api-tokens': { body: {} },
  'POST /api/integrations/v1/innovations': { body: {} },
  'PATCH /api/integrations/v1/innovations/:id': { body: {} },
  'POST /api/judging/:id/conflicts': { body: {} },
  // Public catalogue: publishing an entry (contact absent = unchanged) and a piece of its evidence's visibility.
  'PUT /api/catalogue/entries/:id': { body: {} },
  'PUT /api/catalogue/evidence/:id': { body: { public: false } },
  // An id of no feedback: the region's admin gets a 404 (nothing decided), the others their refusal.
  'POST /api/feedback/moderate': { body: { ids: ['00000000-0000-4000-8000-000000000000'], decision: 'approved' } },
  'GET /api/feedback': { query: 'status=pending&year=2026' },
  'POST /katalog/inovasi/:slug/umpan-balik': { body: { rating: 5, comment: 'Matriks' } },
};
