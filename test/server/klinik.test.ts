// Klinik inovasi: the OPD and the Bappeda talk per innovation; other OPDs neither read nor write.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { call, createTestApp, login, openPeriod2026, type TestContext } from '../support/app';
import { pdf, upload } from '../support/files';

let ctx: TestContext;
let admin: string;
let operator: string;
let entryId: string;

beforeAll(async () => {
  ctx = await createTestApp();
  admin = await login(ctx.app, 'admin');
  operator = await login(ctx.app, 'operator.dinkes');
  await openPeriod2026(ctx.app, admin);
  entryId = (await call(ctx.app, operator, 'POST', '/api/innovations', { name: 'Kader Sehat Digital' })).json().id;
});
afterAll(() => ctx.close());

describe('klinik inovasi', () => {
  it('operator asks, Bappeda answers; the thread is in order with authors', async () => {
    const q = await call(ctx.app, operator, 'POST', `/api/innovations/entries/${entryId}/messages`, {
      body: 'Apakah SK kepala dinas cukup untuk indikator regulasi?',
    });
    expect(q.statusCode).toBe(201);
    await call(ctx.app, admin, 'POST', `/api/innovations/entries/${entryId}/messages`, {
      body: 'Untuk 2026 minimal SK Kepala Daerah atau a.n. Kepala Daerah.',
    });
    const thread = (await call(ctx.app, operator, 'GET', `/api/innovations/entries/${entryId}/messages`)).json();
    expect(thread.map((m: { authorRole: string; mine: boolean }) => [m.authorRole, m.mine])).toEqual([
      ['operator_opd', true],
      ['admin_daerah', false],
    ]);
    expect((await call(ctx.app, operator, 'POST', `/api/innovations/entries/${entryId}/messages`, { body: '   ' })).json().error.fields.body).toBeTruthy();
  });

  it('another OPD cannot read or write; pimpinan reads but does not write', async () => {
    const other = await login(ctx.app, 'operator.dispendukcapil');
    expect((await call(ctx.app, other, 'GET', `/api/innovations/entries/${entryId}/messages`)).statusCode).toBe(404);
    expect((await call(ctx.app, other, 'POST', `/api/innovations/entries/${entryId}/messages`, { body: 'x' })).statusCode).toBe(404);
    const leader = await login(ctx.app, 'pimpinan');
    expect((await call(ctx.app, leader, 'GET', `/api/innovations/entries/${entryId}/messages`)).json()).toHaveLength(2);
    expect((await call(ctx.app, leader, 'POST', `/api/innovations/entries/${entryId}/messages`, { body: 'x' })).statusCode).toBe(403);
  });

  it('messages carry attachments, checked like evidence and kept when evidence is purged', async () => {
    const form = new FormData();
    form.append('body', 'Ini draf SK-nya, mohon dicek.');
    form.append('file', new Blob([new Uint8Array(pdf('Draf SK'))]), 'draf-sk.pdf');
    const url = `/api/innovations/entries/${entryId}/messages/with-files`;
    const res = await ctx.app.inject({ method: 'POST', url, headers: { cookie: operator, 'x-requested-with': 'test' }, payload: form });
    expect(res.statusCode).toBe(201);
    expect(res.json().attachments).toEqual([{ index: 0, name: 'draf-sk.pdf', mime: 'application/pdf', size: pdf('Draf SK').length }]);
    const file = await call(ctx.app, admin, 'GET', `/api/innovations/entries/${entryId}/messages/${res.json().id}/attachments/0`);
    expect(file.headers['content-type']).toBe('application/pdf');
    expect(file.rawPayload.equals(pdf('Draf SK'))).toBe(true);

    const bad = new FormData();
    bad.append('body', 'Lampiran aneh');
    bad.append('file', new Blob([new TextEncoder().encode('#!/bin/sh\necho hi\n'.repeat(10))]), 'skrip.pdf');
    const refused = await ctx.app.inject({ method: 'POST', url, headers: { cookie: operator, 'x-requested-with': 'test' }, payload: bad });
    expect(refused.json().error.fields.file).toMatch(/PDF, JPG, PNG, atau MP4/);

    // The same content as evidence, deleted and purged: the file stays, the message still uses it.
    await upload(ctx.app, operator, `entryId=${entryId}&code=16`, 'sk.pdf', pdf('Draf SK'));
    const ev = (await call(ctx.app, operator, 'GET', `/api/evidence?entryId=${entryId}`)).json().items[0];
    await call(ctx.app, operator, 'DELETE', `/api/evidence/${ev.id}`);
    expect((await call(ctx.app, admin, 'POST', '/api/evidence/purge', { olderThanDays: 0 })).json()).toEqual({ removedItems: 1, removedFiles: 0 });
    expect((await call(ctx.app, admin, 'GET', `/api/innovations/entries/${entryId}/messages/${res.json().id}/attachments/0`)).statusCode).toBe(200);
  });
});
