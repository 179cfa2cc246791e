// Evidence uploads: type from content, per-type limits, dedup by content hash, interrupted uploads leave
// nothing behind, links, soft delete and restore, and a file still referenced is never removed.
import { readdirSync } from 'node:fs';
import { request } from 'node:http';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { limitsFromEnv } from '../../src/domain/evidence/file-rules';
import { ingest } from '../../src/server/shared/files/ingest';
import { call, createTestApp, login, openPeriod2026, type TestContext } from '../support/app';
import { jpg, mp4, pdf, png, upload } from '../support/files';

let ctx: TestContext;
let admin: string;
let operator: string;
let entryId: string;
let periodId: string;

const filesIn = (dir: string): string[] => {
  try {
    return readdirSync(dir, { recursive: true, withFileTypes: true })
      .filter((d) => d.isFile())
      .map((d) => d.name);
  } catch {
    return [];
  }
};

beforeAll(async () => {
  // Small limits so the size checks are cheap to exercise.
  ctx = await createTestApp({ uploadLimits: { ...limitsFromEnv({}), png: 1024, mp4: 200_000 } });
  admin = await login(ctx.app, 'admin');
  operator = await login(ctx.app, 'operator.dinkes');
  periodId = await openPeriod2026(ctx.app, admin);
  entryId = (await call(ctx.app, operator, 'POST', '/api/innovations', { name: 'Posyandu Digital' })).json().id;
});
afterAll(() => ctx.close());

const storeDir = () => join(ctx.config.dataDir, 'files');
const incomingDir = () => join(ctx.config.dataDir, 'incoming');

describe('evidence files', () => {
  it('accepts PDF, JPG, PNG and MP4 by content, whatever the name says', async () => {
    const a = await upload(ctx.app, operator, `entryId=${entryId}&code=16`, 'sk-inovasi.pdf', pdf('SK A'));
    expect(a.statusCode).toBe(201);
    expect(a.json()).toMatchObject({ kind: 'file', mime: 'application/pdf', fileName: 'sk-inovasi.pdf', code: '16' });
    // A JPEG named .png is still a JPEG.
    const b = await upload(ctx.app, operator, `entryId=${entryId}&code=17`, 'foto.png', jpg());
    expect(b.json().mime).toBe('image/jpeg');
    expect((await upload(ctx.app, operator, `entryId=${entryId}&code=17`, 'foto.png', png())).json().mime).toBe('image/png');
    expect((await upload(ctx.app, operator, `entryId=${entryId}&code=18`, 'video.mp4', mp4())).json().mime).toBe('video/mp4');
    const list = (await call(ctx.app, operator, 'GET', `/api/evidence?entryId=${entryId}`)).json().items;
    expect(list.map((e: { code: string }) => e.code)).toEqual(['16', '17', '17', '18']);
  });

  it('refuses other content even with an accepted name, and says why on the field', async () => {
    const exe = await upload(ctx.app, operator, `entryId=${entryId}&code=16`, 'laporan.pdf', Buffer.from('MZ\x90\x00 not a pdf at all'.repeat(20)));
    expect(exe.statusCode).toBe(400);
    expect(exe.json().error.fields.file).toMatch(/PDF, JPG, PNG, atau MP4/);
    const empty = await upload(ctx.app, operator, `entryId=${entryId}&code=16`, 'kosong.pdf', Buffer.alloc(0));
    expect(empty.json().error.fields.file).toBe('Berkas kosong.');
  });

  it('enforces the size limit of the detected type', async () => {
    const bigPng = Buffer.concat([png(), Buffer.alloc(2048)]);
    const res = await upload(ctx.app, operator, `entryId=${entryId}&code=16`, 'besar.png', bigPng);
    expect(res.statusCode).toBe(413);
    expect(res.json().error.fields.file).toMatch(/PNG terlalu besar/);
    const video = await upload(ctx.app, operator, `entryId=${entryId}&code=16`, 'panjang.mp4', mp4(300_000));
    expect(video.json().error.fields.file).toMatch(/MP4 terlalu besar/);
    expect(filesIn(incomingDir())).toEqual([]);
  });

  it('stores identical content once', async () => {
    const before = filesIn(storeDir()).length;
    const one = await upload(ctx.app, operator, `entryId=${entryId}&code=19`, 'sama-1.pdf', pdf('sama'));
    const two = await upload(ctx.app, operator, `entryId=${entryId}&code=20`, 'sama-2.pdf', pdf('sama'));
    expect(one.statusCode).toBe(201);
    expect(two.statusCode).toBe(201);
    expect(filesIn(storeDir()).length).toBe(before + 1);
    const content = await call(ctx.app, operator, 'GET', `/api/evidence/${two.json().id}/content`);
    expect(content.headers['content-type']).toBe('application/pdf');
    expect(content.headers['content-disposition']).toContain('inline');
    expect(content.rawPayload.equals(pdf('sama'))).toBe(true);
  });

  it('an interrupted upload leaves no partial file', async () => {
    const limits = limitsFromEnv({});
    async function* broken() {
      yield pdf('awal');
      yield Buffer.alloc(10_000, 1);
      throw new Error('connection reset');
    }
    await expect(ingest(Readable.from(broken()), { incomingDir: incomingDir(), limits })).rejects.toMatchObject({ code: 'upload_interrupted' });
    expect(filesIn(incomingDir())).toEqual([]);
  });

  it('a connection dropped in the middle of an upload leaves nothing behind', async () => {
    const address = await ctx.app.listen({ port: 0, host: '127.0.0.1' });
    const before = (await call(ctx.app, operator, 'GET', `/api/evidence?entryId=${entryId}`)).json().items.length;
    const boundary = '----inovdatest';
    const head = `--${boundary}\r\ncontent-disposition: form-data; name="file"; filename="video.mp4"\r\ncontent-type: video/mp4\r\n\r\n`;
    await new Promise<void>((resolve) => {
      const req = request(`${address}/api/evidence/files?entryId=${entryId}&code=35`, {
        method: 'POST',
        headers: { cookie: operator, 'x-requested-with': 'test', 'content-type': `multipart/form-data; boundary=${boundary}`, 'content-length': 150_000 },
      });
      req.on('error', () => resolve());
      req.write(head);
      req.write(mp4(60_000));
      // Give the server time to start writing the temp file, then drop the connection.
      setTimeout(() => {
        req.destroy();
        resolve();
      }, 300);
    });
    await new Promise((r) => setTimeout(r, 500));
    expect(filesIn(incomingDir())).toEqual([]);
    expect((await call(ctx.app, operator, 'GET', `/api/evidence?entryId=${entryId}`)).json().items).toHaveLength(before);
  });

  it('attaches links and refuses addresses that are not web links', async () => {
    const ok = await call(ctx.app, operator, 'POST', '/api/evidence/links', { entryId, code: '21', url: 'https://youtu.be/abc', title: 'Video' });
    expect(ok.statusCode).toBe(201);
    const bad = await call(ctx.app, operator, 'POST', '/api/evidence/links', { entryId, code: '21', url: 'javascript:alert(1)' });
    expect(bad.json().error.fields.url).toBe('Tautan harus berupa alamat web (https://…).');
  });

  it('scopes evidence to the OPD: another OPD sees nothing and a verifier cannot add', async () => {
    const other = await login(ctx.app, 'operator.dispendukcapil');
    expect((await call(ctx.app, other, 'GET', `/api/evidence?entryId=${entryId}`)).statusCode).toBe(404);
    expect((await upload(ctx.app, other, `entryId=${entryId}&code=16`, 'x.pdf', pdf())).statusCode).toBe(404);
    const verifier = await login(ctx.app, 'verifikator');
    expect((await upload(ctx.app, verifier, `entryId=${entryId}&code=16`, 'x.pdf', pdf())).statusCode).toBe(403);
    expect((await call(ctx.app, verifier, 'GET', `/api/evidence?entryId=${entryId}`)).statusCode).toBe(200);
  });

  it('deletes softly; the admin restores; a purge keeps files still used elsewhere', async () => {
    const items = (await call(ctx.app, operator, 'GET', `/api/evidence?entryId=${entryId}`)).json().items;
    const shared = items.find((e: { fileName: string }) => e.fileName === 'sama-1.pdf');
    expect((await call(ctx.app, operator, 'DELETE', `/api/evidence/${shared.id}`)).statusCode).toBe(200);
    expect((await call(ctx.app, operator, 'GET', `/api/evidence?entryId=${entryId}`)).json().items).toHaveLength(items.length - 1);
    expect((await call(ctx.app, operator, 'GET', '/api/evidence/deleted')).statusCode).toBe(403);
    const deleted = (await call(ctx.app, admin, 'GET', '/api/evidence/deleted')).json().items;
    expect(deleted.map((e: { id: string }) => e.id)).toEqual([shared.id]);
    expect((await call(ctx.app, admin, 'POST', `/api/evidence/${shared.id}/restore`)).json().deletedAt).toBeNull();

    await call(ctx.app, operator, 'DELETE', `/api/evidence/${shared.id}`);
    const before = filesIn(storeDir()).length;
    const purged = (await call(ctx.app, admin, 'POST', '/api/evidence/purge', { olderThanDays: 0 })).json();
    // The row is gone, but its content is still used by "sama-2.pdf": the file stays.
    expect(purged).toEqual({ removedItems: 1, removedFiles: 0 });
    expect(filesIn(storeDir()).length).toBe(before);
    const video = (await call(ctx.app, operator, 'GET', `/api/evidence?entryId=${entryId}`)).json().items.find((e: { mime: string }) => e.mime === 'video/mp4');
    await call(ctx.app, operator, 'DELETE', `/api/evidence/${video.id}`);
    expect((await call(ctx.app, admin, 'POST', '/api/evidence/purge', { olderThanDays: 0 })).json()).toEqual({ removedItems: 1, removedFiles: 1 });
    expect(filesIn(storeDir()).length).toBe(before - 1);
  });

  it('profile documents (anggaran, profil bisnis…) attach to the entry, not to an indicator', async () => {
    const res = await upload(ctx.app, operator, `entryId=${entryId}&code=doc:anggaran`, 'rka-2026.pdf', pdf('RKA'));
    expect(res.statusCode).toBe(201);
    expect(res.json().code).toBe('doc:anggaran');
    const answers = (await call(ctx.app, operator, 'GET', `/api/innovations/entries/${entryId}/answers`)).json();
    expect(Object.keys(answers.items)).not.toContain('doc:anggaran');
    expect((await upload(ctx.app, operator, `entryId=${entryId}&code=doc:lainnya`, 'x.pdf', pdf())).json().error.fields.code).toBeTruthy();
  });

  it('region-level (SPD) evidence is the Admin Daerah’s', async () => {
    const res = await upload(ctx.app, admin, `periodId=${periodId}&code=1`, 'perda-inovasi.pdf', pdf('Perda'));
    expect(res.statusCode).toBe(201);
    expect(res.json().entryId).toBeNull();
    expect((await upload(ctx.app, operator, `periodId=${periodId}&code=1`, 'x.pdf', pdf())).statusCode).toBe(403);
    expect((await call(ctx.app, operator, 'GET', `/api/evidence?periodId=${periodId}`)).json().items).toHaveLength(1);
  });

  it('the same file twice on one item is refused, naming the one attached; deleted, it may come back', async () => {
    const list = async () => (await call(ctx.app, operator, 'GET', `/api/evidence?entryId=${entryId}`)).json().items as { id: string; code: string }[];
    const first = await upload(ctx.app, operator, `entryId=${entryId}&code=27`, 'sk-satu.pdf', pdf('dua kali'));
    expect(first.statusCode).toBe(201);
    const again = await upload(ctx.app, operator, `entryId=${entryId}&code=27`, 'sk-salinan.pdf', pdf('dua kali'));
    expect(again.statusCode).toBe(409);
    expect(again.json().error).toMatchObject({ code: 'evidence_duplicate', message: 'Berkas yang sama sudah dilampirkan pada isian ini (sk-satu.pdf).' });
    expect((await list()).filter((e) => e.code === '27')).toHaveLength(1);
    // Another item may use the same content; once deleted here, it may be attached again.
    expect((await upload(ctx.app, operator, `entryId=${entryId}&code=28`, 'sk-satu.pdf', pdf('dua kali'))).statusCode).toBe(201);
    expect((await call(ctx.app, operator, 'DELETE', `/api/evidence/${first.json().id}`)).statusCode).toBe(200);
    expect((await upload(ctx.app, operator, `entryId=${entryId}&code=27`, 'sk-satu.pdf', pdf('dua kali'))).statusCode).toBe(201);
  });
});
