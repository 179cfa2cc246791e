// Security headers (@fastify/helmet) on every kind of reply: API (errors included), the web app's index and
// assets, stored files (a preview may be framed by our own pages only), the API docs; HSTS only over HTTPS.
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Fastify, { type FastifyInstance, type LightMyRequestResponse } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/server/config';
import access from '../../src/server/plugins/access';
import securityHeaders from '../../src/server/plugins/security-headers';
import web from '../../src/server/plugins/web';
import { call, createTestApp, login, openPeriod2026, type TestContext } from '../support/app';
import { pdf, upload } from '../support/files';

/** The policy's directives by name. */
function csp(res: LightMyRequestResponse): Record<string, string> {
  const header = String(res.headers['content-security-policy'] ?? '');
  return Object.fromEntries(
    header
      .split(';')
      .map((d) => d.trim())
      .filter(Boolean)
      .map((d) => {
        const [name, ...values] = d.split(/\s+/);
        return [name, values.join(' ')];
      }),
  );
}

function expectPageHeaders(res: LightMyRequestResponse) {
  const policy = csp(res);
  expect(policy['script-src']).toBe("'self'");
  expect(policy['default-src']).toBe("'self'");
  expect(policy['frame-ancestors']).toBe("'none'");
  expect(policy['object-src']).toBe("'none'");
  expect(res.headers['x-content-type-options']).toBe('nosniff');
  expect(res.headers['referrer-policy']).toBe('same-origin');
  expect(res.headers['x-frame-options']).toBe('DENY');
}

let ctx: TestContext;
let admin: string;
beforeAll(async () => {
  ctx = await createTestApp();
  admin = await login(ctx.app, 'admin');
});
afterAll(() => ctx.close());

describe('the API', () => {
  it('answers with the headers, errors included, and no HSTS over plain HTTP', async () => {
    for (const res of [
      await call(ctx.app, admin, 'GET', '/api/auth/me'),
      await call(ctx.app, null, 'GET', '/api/auth/me'),
      await call(ctx.app, null, 'GET', '/api/tidak-ada'),
      await ctx.app.inject({ method: 'POST', url: '/api/auth/logout', headers: { 'content-type': 'text/plain' }, payload: 'x' }),
    ]) {
      expectPageHeaders(res);
      expect(res.headers['strict-transport-security']).toBeUndefined();
      expect(csp(res)['upgrade-insecure-requests']).toBeUndefined();
    }
  });

  it('sends HSTS and upgrades requests when APP_URL is https', async () => {
    const secure = await createTestApp({ appUrl: 'https://inovda.mojokertokota.go.id' });
    try {
      const res = await call(secure.app, null, 'GET', '/api/auth/me');
      expect(res.headers['strict-transport-security']).toBe('max-age=31536000; includeSubDomains');
      expect(csp(res)).toHaveProperty('upgrade-insecure-requests');
    } finally {
      await secure.close();
    }
  });

  it('the API docs load their scripts from this origin, none inline', async () => {
    const res = await ctx.app.inject({ method: 'GET', url: '/api/docs/' });
    expect(res.statusCode).toBe(200);
    expectPageHeaders(res);
    const scripts = [...res.body.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)];
    expect(scripts.length).toBeGreaterThan(0);
    for (const [, attributes, body] of scripts) {
      expect(attributes).toMatch(/\bsrc="/);
      expect(body.trim()).toBe('');
    }
  });
});

describe('stored files', () => {
  it('a preview may be framed by our own pages only; a download by none', async () => {
    await openPeriod2026(ctx.app, admin);
    const periodId = (await call(ctx.app, admin, 'GET', '/api/periods')).json()[0].id;
    const uploaded = await upload(ctx.app, admin, `periodId=${periodId}&code=1`, 'perda.pdf', pdf('Perda'));
    expect(uploaded.statusCode).toBe(201);
    const id = uploaded.json().id;
    const preview = await call(ctx.app, admin, 'GET', `/api/evidence/${id}/content`);
    expect(preview.statusCode).toBe(200);
    expect(preview.headers['content-security-policy']).toBe("frame-ancestors 'self'");
    expect(preview.headers['x-frame-options']).toBe('SAMEORIGIN');
    expect(preview.headers['x-content-type-options']).toBe('nosniff');
    const download = await call(ctx.app, admin, 'GET', `/api/evidence/${id}/content?download=1`);
    expect(csp(download)['frame-ancestors']).toBe("'none'");
  });
});

describe('the web app', () => {
  let dir: string;
  let app: FastifyInstance;
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'inovda-web-'));
    mkdirSync(join(dir, 'assets'));
    writeFileSync(join(dir, 'assets/index-Ab12Cd34.js'), 'export const x = 1;\n');
    writeFileSync(join(dir, 'index.html'), readFileSync('src/web/index.html'));
    app = Fastify();
    await app.register(securityHeaders, { config: loadConfig({}) });
    await app.register(access);
    await app.register(web, { root: dir });
    await app.ready();
  });
  afterAll(async () => {
    await app.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('index.html, a client route and an asset carry the headers', async () => {
    for (const url of ['/', '/login', '/assets/index-Ab12Cd34.js']) {
      const res = await app.inject({ method: 'GET', url });
      expect(res.statusCode, url).toBe(200);
      expectPageHeaders(res);
    }
  });

  it('the page itself has no inline script for the policy to block', () => {
    const html = readFileSync('src/web/index.html', 'utf8');
    for (const [, attributes] of html.matchAll(/<script\b([^>]*)>/g)) expect(attributes).toMatch(/\bsrc="/);
  });
});
