// Hostile input on each endpoint group, generated with fast-check: wrong types, huge strings, control characters
// and NUL, lone surrogates, Unicode tricks, traversal names, SQL metacharacters, polyglot uploads and broken
// multipart. Property: never a 5xx; a refusal is a 4xx with the app's error shape; an accepted text reads back as sent.
import fc from 'fast-check';
import { expect, it } from 'vitest';
import { call, json } from '../support/app';
import { signedInApp } from '../support/signed-in-app';

const s = signedInApp(['admin', 'operator.dinkes'], { demoInnovations: true });
const RUNS = 30;
let probes = 0;
let held = 0;

const nasty = fc.constantFrom(
  '\u0000',
  'a\u0000b',
  '\u202Eevil\u202C',
  '\u200B\u200D\uFEFF',
  'Ρаyраl',
  '../../etc/passwd',
  '..\\..\\windows\\win.ini',
  "' OR 1=1 --",
  '"; drop table users; --',
  '%00%2e%2e%2f',
  '<script>alert(1)</script>',
  '\uD800',
  'x\uDC00y',
  '\u0007\u001b[31m',
  'ا'.repeat(50),
);
const text = fc.oneof(nasty, fc.string({ unit: 'binary', maxLength: 80 }), fc.string({ unit: 'grapheme', maxLength: 40 }), fc.constant('x'.repeat(200_000)));
const anything: fc.Arbitrary<unknown> = fc.oneof(
  text,
  fc.integer(),
  fc.double(),
  fc.boolean(),
  fc.constant(null),
  fc.array(text, { maxLength: 3 }),
  fc.dictionary(text, text, { maxKeys: 3 }),
);

/** The property every answer holds: no 5xx, a refusal is a 4xx with {error: {code}}. */
function check(res: { statusCode: number; body: string; json: () => { error?: { code?: unknown } } }, what: string) {
  probes++;
  expect(res.statusCode, `${what}: ${res.body.slice(0, 200)}`).toBeLessThan(500);
  if (res.statusCode >= 400) expect(typeof res.json().error?.code, `${what}: ${res.body.slice(0, 200)}`).toBe('string');
  held++;
}

/** A path segment; a lone surrogate cannot be URI-encoded, so it goes as the raw bytes a client could still send. */
const segment = (v: string) => {
  try {
    return encodeURIComponent(v);
  } catch {
    return '%ED%B0%80';
  }
};

const asyncProperty = <T>(arb: fc.Arbitrary<T>, run: (v: T) => Promise<void>) => fc.assert(fc.asyncProperty(arb, run), { numRuns: RUNS });

it('auth login', async () => {
  await asyncProperty(fc.record({ username: anything, password: anything }, { requiredKeys: [] }), async (body) => {
    check(await call(s.app, null, 'POST', '/api/auth/login', body), 'login');
  });
});

it('innovations: create, patch, list query and search', async () => {
  const op = s.cookie['operator.dinkes'];
  await asyncProperty(fc.record({ name: anything }), async (body) => {
    const res = await call(s.app, op, 'POST', '/api/innovations', body);
    check(res, 'create');
    if (res.statusCode === 201) {
      const back = (await call(s.app, op, 'GET', `/api/innovations/entries/${res.json().id}`)).json();
      expect(back.name).toBe((body.name as string).trim());
    }
  });
  const id = (await call(s.app, op, 'POST', '/api/innovations', { name: 'Sasaran Uji Masukan' })).json().id;
  await asyncProperty(fc.record({ name: anything, version: anything, profile: anything }, { requiredKeys: [] }), async (body) => {
    check(await call(s.app, op, 'PATCH', `/api/innovations/entries/${id}`, body), 'patch');
  });
  await asyncProperty(fc.record({ q: text, page: text, sort: text, status: text }), async (q) => {
    check(await call(s.app, op, 'GET', `/api/innovations?${new URLSearchParams(q as Record<string, string>)}`), 'list');
  });
  await asyncProperty(text, async (v) => {
    check(await call(s.app, op, 'PUT', `/api/innovations/entries/${id}/answers/16`, { value: v, version: 0 }), 'answer');
    check(await call(s.app, op, 'PUT', `/api/innovations/entries/${id}/answers/${segment(v)}`, { value: 2, version: 0 }), 'answer code');
    check(await call(s.app, op, 'POST', `/api/innovations/entries/${id}/messages`, { body: v }), 'klinik');
  });
});

it('organisation, periods and frameworks', async () => {
  const admin = s.cookie.admin;
  await asyncProperty(fc.record({ name: anything, shortName: anything, kind: anything }), async (body) => {
    check(await call(s.app, admin, 'POST', '/api/opds', body), 'opd');
  });
  await asyncProperty(fc.record({ username: anything, fullName: anything, role: anything, email: anything }), async (body) => {
    check(await call(s.app, admin, 'POST', '/api/users', body), 'user');
  });
  await asyncProperty(fc.record({ year: anything, frameworkId: anything, penjaringanOpensOn: anything }), async (body) => {
    check(await call(s.app, admin, 'POST', '/api/periods', body), 'period');
  });
  await asyncProperty(anything, async (body) => {
    check(await call(s.app, admin, 'POST', '/api/frameworks/import', body), 'import');
    check(await call(s.app, admin, 'POST', '/api/frameworks/iid-2026/clone', { name: body }), 'clone');
  });
  await asyncProperty(text, async (id) => {
    check(await call(s.app, admin, 'GET', `/api/frameworks/${segment(id)}`), 'framework id');
  });
});

const uploads = fc.record({
  name: fc.oneof(nasty, fc.constantFrom('bukti.svg', 'laporan.pdf', 'a.pdf.html', 'CON', '.htaccess')),
  content: fc.constantFrom(
    '<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>',
    '<html><body onload="alert(1)">x</body></html>',
    '%PDF-1.4\n<html><script>alert(1)</script></html>\n%%EOF',
    '',
  ),
  mime: fc.constantFrom('image/svg+xml', 'application/pdf', 'text/html', 'application/octet-stream'),
});

it('evidence uploads and broken multipart', async () => {
  const op = s.cookie['operator.dinkes'];
  const id = (await call(s.app, op, 'POST', '/api/innovations', { name: 'Sasaran Unggahan' })).json().id;
  await asyncProperty(uploads, async ({ name, content, mime }) => {
    const boundary = 'xBOUNDARYx';
    const payload = `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${name}"\r\nContent-Type: ${mime}\r\n\r\n${content}\r\n--${boundary}--\r\n`;
    const res = await s.app.inject({
      method: 'POST',
      url: `/api/evidence/files?entryId=${id}&code=16`,
      headers: { cookie: op, 'x-requested-with': 'test', 'content-type': `multipart/form-data; boundary=${boundary}` },
      payload,
    });
    check(res, `upload ${JSON.stringify(name)}`);
  });
  await asyncProperty(fc.constantFrom('multipart/form-data', 'multipart/form-data; boundary=abc', 'multipart/form-data; boundary=xBOUNDARYx'), async (type) => {
    const res = await s.app.inject({
      method: 'POST',
      url: `/api/evidence/files?entryId=${id}&code=16`,
      headers: { cookie: op, 'x-requested-with': 'test', 'content-type': type },
      payload: '--xBOUNDARYx\r\nContent-Disposition: form-data; name="file"; filename="a.pdf"\r\n\r\n%PDF-1.4 trunc',
    });
    check(res, `multipart ${type}`);
  });
  check(await s.app.inject({ method: 'POST', url: '/api/auth/login', headers: json, payload: '{"username":' }), 'truncated json');
});

it('reports the figures', () => {
  console.log(`hostile input: ${probes} probes tried, ${held} held`);
  expect(held).toBe(probes);
});
