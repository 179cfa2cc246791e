// Multipart bodies the parser cannot read are the client's mistake (400, upload again), and a klinik message
// refused for its text keeps none of its attachments. The router's own refusals (too long a path parameter, an
// undecodable URL) answer in the app's error shape too.
import { count } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { storedFiles } from '../../src/server/db/schema';
import { call, openPeriod2026 } from '../support/app';
import { pdf } from '../support/files';
import { signedInApp } from '../support/signed-in-app';

const s = signedInApp(['admin', 'operator.dinkes']);
let entryId: string;
const operator = () => s.cookie['operator.dinkes'];
const FORM = '--xyz\r\ncontent-disposition: form-data; name="file"; filename="a.pdf"\r\ncontent-type: application/pdf\r\n\r\n%PDF-1.4 x\r\n--xyz--\r\n';

beforeAll(async () => {
  await openPeriod2026(s.app, s.cookie.admin);
  entryId = (await call(s.app, operator(), 'POST', '/api/innovations', { name: 'Unggahan Rusak' })).json().id;
});

const storedCount = async () => (await s.ctx.database.db.select({ n: count() }).from(storedFiles))[0].n;

describe('malformed multipart', () => {
  for (const [label, contentType] of [
    ['no boundary', 'multipart/form-data'],
    ['the wrong boundary', 'multipart/form-data; boundary=abc'],
  ]) {
    it(`an evidence upload with ${label} is a 400 saying to upload again`, async () => {
      const res = await s.app.inject({
        method: 'POST',
        url: `/api/evidence/files?entryId=${entryId}&code=16`,
        headers: { cookie: operator(), 'x-requested-with': 't', 'content-type': contentType },
        payload: FORM,
      });
      expect(res.statusCode).toBe(400);
      expect(res.json().error.code).toBe('upload_malformed');
    });

    it(`a klinik message with ${label} is a 400`, async () => {
      const res = await s.app.inject({
        method: 'POST',
        url: `/api/innovations/entries/${entryId}/messages/with-files`,
        headers: { cookie: operator(), 'x-requested-with': 't', 'content-type': contentType },
        payload: FORM,
      });
      expect(res.statusCode).toBe(400);
    });
  }

  it('a klinik message without text stores none of its attachments', async () => {
    const before = await storedCount();
    const form = new FormData();
    form.append('body', '   ');
    form.append('file', new Blob([new Uint8Array(pdf('lampiran yang tidak boleh tertinggal'))], { type: 'application/pdf' }), 'lampiran.pdf');
    const res = await s.app.inject({
      method: 'POST',
      url: `/api/innovations/entries/${entryId}/messages/with-files`,
      headers: { cookie: operator(), 'x-requested-with': 't' },
      payload: form,
    });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.fields.body).toBe('Wajib diisi.');
    expect(await storedCount()).toBe(before);
  });
});

describe('refusals of the router itself', () => {
  it('answers a path parameter over the router limit and an undecodable URL in the app’s error shape', async () => {
    for (const url of [`/api/frameworks/${'x'.repeat(200)}`, '/api/frameworks/%E0%A4%A']) {
      const res = await call(s.app, s.cookie.admin, 'GET', url);
      expect(res.statusCode, url).toBe(400);
      expect(res.json().error.code, url).toBe('invalid');
    }
  });
});
