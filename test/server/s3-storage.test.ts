// The S3 option: evidence goes to the bucket under its hash, is read back, stored once, and removed only
// when nothing uses it any more.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { call, createTestApp, login, openPeriod2026, type TestContext } from '../support/app';
import { type FakeS3, fakeS3Storage, startFakeS3 } from '../support/fake-s3';
import { pdf, upload } from '../support/files';

let s3: FakeS3;
let ctx: TestContext;
let admin: string;
let operator: string;
let entryId: string;

beforeAll(async () => {
  s3 = await startFakeS3();
  ctx = await createTestApp({
    storage: fakeS3Storage(s3, mkdtempSync(join(tmpdir(), 'inovda-s3-incoming-'))),
  });
  admin = await login(ctx.app, 'admin');
  operator = await login(ctx.app, 'operator.dinkes');
  await openPeriod2026(ctx.app, admin);
  entryId = (await call(ctx.app, operator, 'POST', '/api/innovations', { name: 'Layanan Awan' })).json().id;
});
/** The stored files' keys (the bucket also holds the shared-store marker). */
const storedKeys = () => [...s3.objects.keys()].filter((k) => /\/[0-9a-f]{64}$/.test(k));

afterAll(async () => {
  await ctx.close();
  await s3.close();
});

describe('S3-compatible storage', () => {
  it('stores uploads in the bucket under their hash, once, and serves them back', async () => {
    const first = await upload(ctx.app, operator, `entryId=${entryId}&code=16`, 'sk.pdf', pdf('SK awan'));
    expect(first.statusCode).toBe(201);
    const keys = storedKeys();
    expect(keys).toHaveLength(1);
    expect(keys[0]).toMatch(/^\/bukti\/inovda\/[0-9a-f]{64}$/);
    expect(s3.objects.get(keys[0])?.equals(pdf('SK awan'))).toBe(true);
    await upload(ctx.app, operator, `entryId=${entryId}&code=17`, 'sk-lagi.pdf', pdf('SK awan'));
    expect(s3.calls.filter((c) => /^PUT .*\/[0-9a-f]{64}$/.test(c))).toHaveLength(1);
    const content = await call(ctx.app, operator, 'GET', `/api/evidence/${first.json().id}/content`);
    expect(content.rawPayload.equals(pdf('SK awan'))).toBe(true);
  });

  it('removes the object only when the last reference is purged', async () => {
    const items = (await call(ctx.app, operator, 'GET', `/api/evidence?entryId=${entryId}`)).json().items;
    await call(ctx.app, operator, 'DELETE', `/api/evidence/${items[0].id}`);
    expect((await call(ctx.app, admin, 'POST', '/api/evidence/purge', { olderThanDays: 0 })).json()).toEqual({ removedItems: 1, removedFiles: 0 });
    expect(storedKeys()).toHaveLength(1);
    await call(ctx.app, operator, 'DELETE', `/api/evidence/${items[1].id}`);
    expect((await call(ctx.app, admin, 'POST', '/api/evidence/purge', { olderThanDays: 0 })).json()).toEqual({ removedItems: 1, removedFiles: 1 });
    expect(storedKeys()).toHaveLength(0);
  });
});
