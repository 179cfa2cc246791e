// The API's shared behaviour: health, OpenAPI, one error shape, CSRF protection, bad input never 500.
import { describe, expect, it } from 'vitest';
import { call, json } from '../support/app';
import { signedInApp } from '../support/signed-in-app';

const s = signedInApp(['admin']);

describe('health and docs', () => {
  it('healthz reports the database', async () => {
    const res = await s.app.inject({ method: 'GET', url: '/healthz' });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ status: 'ok', database: { ok: true, kind: 'postgres' } });
  });

  it('serves the OpenAPI document and interactive docs', async () => {
    const doc = (await s.app.inject({ method: 'GET', url: '/api/openapi.json' })).json();
    expect(doc.openapi).toMatch(/^3\./);
    for (const path of ['/api/auth/login', '/api/opds', '/api/opds/{id}', '/api/users', '/api/regions', '/api/audit', '/healthz'])
      expect(Object.keys(doc.paths)).toContain(path);
    const ui = await s.app.inject({ method: 'GET', url: '/api/docs/' });
    expect(ui.statusCode).toBe(200);
    expect(ui.headers['content-type']).toMatch(/html/);
  });
});

describe('errors', () => {
  it('unknown API paths answer in the one error shape', async () => {
    const res = await s.app.inject({ method: 'GET', url: '/api/nothing-here', headers: { 'accept-language': 'en' } });
    expect(res.statusCode).toBe(404);
    expect(res.json()).toEqual({ error: { code: 'route_not_found', message: 'Unknown API address.' } });
  });

  it('malformed JSON is a 400, not a crash', async () => {
    const res = await s.app.inject({ method: 'POST', url: '/api/opds', headers: { ...json, cookie: s.cookie.admin }, payload: '{"name": ' });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.code).toBe('bad_json');
  });

  it('wrong types and oversized bodies are 4xx with a message', async () => {
    const wrongType = await call(s.app, s.cookie.admin, 'POST', '/api/opds', { name: 42, shortName: ['x'], kind: null });
    expect(wrongType.statusCode).toBe(400);
    expect(Object.keys(wrongType.json().error.fields).sort()).toEqual(['kind', 'name', 'shortName']);
    const huge = await call(s.app, s.cookie.admin, 'POST', '/api/opds', { name: 'x'.repeat(2_000_000), shortName: 'x', kind: 'dinas' });
    expect(huge.statusCode).toBe(413);
    expect(huge.json().error.code).toBe('payload_too_large');
    const deep = await call(s.app, s.cookie.admin, 'GET', '/api/opds?page=-1&pageSize=100000');
    expect(deep.statusCode).toBe(400);
    expect(Object.keys(deep.json().error.fields).sort()).toEqual(['page', 'pageSize']);
  });
});

describe('CSRF protection', () => {
  it('refuses a form post (what a hostile page could send)', async () => {
    const res = await s.app.inject({
      method: 'POST',
      url: '/api/opds',
      headers: { cookie: s.cookie.admin, 'content-type': 'application/x-www-form-urlencoded' },
      payload: 'name=Evil&shortName=Evil&kind=dinas',
    });
    expect(res.statusCode).toBe(403);
    expect(res.json().error.code).toBe('csrf_rejected');
  });

  it('refuses requests from another site even with JSON', async () => {
    const cross = await call(
      s.app,
      s.cookie.admin,
      'POST',
      '/api/opds',
      { name: 'Evil', shortName: 'Evil', kind: 'dinas' },
      { 'sec-fetch-site': 'cross-site' },
    );
    expect(cross.statusCode).toBe(403);
    const origin = await call(
      s.app,
      s.cookie.admin,
      'POST',
      '/api/opds',
      { name: 'Evil', shortName: 'Evil', kind: 'dinas' },
      { origin: 'https://evil.example' },
    );
    expect(origin.statusCode).toBe(403);
  });

  it('accepts the app’s own requests', async () => {
    const res = await call(
      s.app,
      s.cookie.admin,
      'POST',
      '/api/opds',
      { name: 'Dinas Pariwisata', shortName: 'Dispar', kind: 'dinas' },
      { origin: 'http://localhost:80', host: 'localhost:80', 'sec-fetch-site': 'same-origin' },
    );
    expect(res.statusCode).toBe(201);
    const bodyless = await s.app.inject({ method: 'POST', url: '/api/auth/logout', headers: { cookie: s.cookie.admin } });
    expect(bodyless.statusCode).toBe(403);
  });
});
