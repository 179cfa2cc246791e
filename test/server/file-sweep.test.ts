// Stored files nothing uses are removed, on local disk and on S3: at once for a refused request, by the hourly
// sweep for the rest (after a grace period, under a lock one instance holds at a time); a file in use is never
// removed, nor one an upload in flight has claimed. Stale temp files go at start, fresh ones stay.
import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, readdirSync, utimesSync, writeFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { getTableConfig } from 'drizzle-orm/pg-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { limitsFromEnv } from '../../src/domain/evidence/file-rules';
import type { StorageConfig } from '../../src/server/config';
import * as schema from '../../src/server/db/schema';
import { exportJobs, periods, storedFiles } from '../../src/server/db/schema';
import { type BlobStore, storeBytes } from '../../src/server/plugins/storage';
import { ingest } from '../../src/server/shared/files/ingest';
import { claimFile, dropUnusedFiles, FILE_GRACE_MS, FILE_REFERENCES, releaseClaims, sweepUnusedFiles } from '../../src/server/shared/files/unused-files';
import { call, createTestApp, login, openPeriod2026, type TestContext } from '../support/app';
import { type FakeS3, fakeS3Storage, startFakeS3 } from '../support/fake-s3';
import { pdf, postMessage, upload } from '../support/files';

const HOUR = 3_600_000;
const sha = (b: Buffer) => createHash('sha256').update(b).digest('hex');
const later = (ms: number) => new Date(Date.now() + ms);

/** A sweep now (or as if at `now`), waiting for the one the app starts when it is ready if that still runs. */
async function sweep(ctx: TestContext, now?: Date) {
  for (let tries = 0; tries < 100; tries++) {
    const result = await sweepUnusedFiles(ctx.database, ctx.app.storage, now);
    if (result) return result;
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error('the sweep lock stayed taken');
}

it('knows every column that refers to stored content', () => {
  const columns = Object.values(schema)
    .filter((t): t is typeof storedFiles => typeof t === 'object' && t !== null && Symbol.for('drizzle:IsDrizzleTable') in t)
    .flatMap((t) => getTableConfig(t).columns.map((c) => `${getTableConfig(t).name}.${c.name}`))
    .filter((c) => /sha256|attachments/.test(c) && !/^(stored_files|file_claims)\./.test(c));
  expect(columns.sort()).toEqual([...FILE_REFERENCES].sort());
});

for (const kind of ['local', 's3'] as const) {
  describe(`unused stored files (${kind} store)`, () => {
    let ctx: TestContext;
    let s3: FakeS3 | undefined;
    let operator: string;
    let admin: string;
    let entryId: string;
    const store = (): BlobStore => ctx.app.storage;
    const db = () => ctx.database.db;

    /** The content hashes in the store, read from the disk or the bucket itself. */
    const inStore = (): string[] => {
      const hashes =
        kind === 's3'
          ? [...(s3 as FakeS3).objects.keys()].map((k) => k.split('/').pop() as string)
          : readdirSync(join(ctx.config.dataDir, 'files'), { recursive: true, withFileTypes: true }).map((d) => d.name);
      return hashes.filter((h) => /^[0-9a-f]{64}$/.test(h));
    };
    const rows = async () => (await db().select({ sha256: storedFiles.sha256 }).from(storedFiles)).map((r) => r.sha256);
    const present = async (sha256: string) => ({ stored: inStore().includes(sha256), recorded: (await rows()).includes(sha256) });

    /** A file in the store, recorded `ageMs` ago and used by nothing: what a crash or an old refusal leaves. */
    async function leftover(label: string, ageMs: number, withRow = true) {
      const bytes = pdf(label);
      const sha256 = await storeBytes(store(), bytes, 'application/pdf');
      const at = new Date(Date.now() - ageMs);
      if (withRow) await db().insert(storedFiles).values({ sha256, size: bytes.length, mime: 'application/pdf', createdAt: at });
      else if (kind === 's3') (s3 as FakeS3).modified.set(`/bukti/inovda/${sha256}`, at);
      else utimesSync(join(ctx.config.dataDir, 'files', sha256.slice(0, 2), sha256), at, at);
      return sha256;
    }

    beforeAll(async () => {
      let storage: StorageConfig | undefined;
      if (kind === 's3') {
        s3 = await startFakeS3();
        const incomingDir = mkdtempSync(join(tmpdir(), 'inovda-sweep-incoming-'));
        storage = fakeS3Storage(s3, incomingDir);
      }
      ctx = await createTestApp(storage ? { storage } : {});
      admin = await login(ctx.app, 'admin');
      operator = await login(ctx.app, 'operator.dinkes');
      await openPeriod2026(ctx.app, admin);
      entryId = (await call(ctx.app, operator, 'POST', '/api/innovations', { name: 'Sapu Bersih Berkas' })).json().id;
    });
    afterAll(async () => {
      await ctx?.close();
      await s3?.close();
    });

    it('a klinik message refused after its attachments were stored leaves no file behind', async () => {
      const kept = pdf(`lampiran pertama ${kind}`);
      const res = await postMessage(ctx.app, operator, entryId, 'Mohon dicek lampirannya.', [
        ['lampiran.pdf', kept],
        ['program.pdf', Buffer.from('MZ bukan dokumen'.repeat(40))],
      ]);
      expect(res.statusCode).toBe(400);
      expect(await present(sha(kept))).toEqual({ stored: false, recorded: false });
      // Nor after the sweep, a day later.
      await sweep(ctx, later(24 * HOUR));
      expect(await present(sha(kept))).toEqual({ stored: false, recorded: false });
    });

    it('sweeps unused files older than the grace period, and files the store has without a row', async () => {
      const old = await leftover(`lama ${kind}`, FILE_GRACE_MS + HOUR);
      const young = await leftover(`baru ${kind}`, HOUR);
      const unknownOld = await leftover(`tanpa baris lama ${kind}`, FILE_GRACE_MS + HOUR, false);
      const unknownYoung = await leftover(`tanpa baris baru ${kind}`, 0, false);
      const result = await sweep(ctx);
      expect(result).toMatchObject({ unknown: 1 });
      expect(await present(old)).toEqual({ stored: false, recorded: false });
      expect(await present(unknownOld)).toEqual({ stored: false, recorded: false });
      expect(await present(young)).toEqual({ stored: true, recorded: true });
      expect(await present(unknownYoung)).toEqual({ stored: true, recorded: false });
      await sweep(ctx, later(FILE_GRACE_MS + HOUR));
      expect(await present(young)).toEqual({ stored: false, recorded: false });
      expect(await present(unknownYoung)).toEqual({ stored: false, recorded: false });
    });

    it('never sweeps a file in use: evidence (deleted ones too), klinik attachments, export packages', async () => {
      const evidenceFile = pdf(`bukti dipakai ${kind}`);
      expect((await upload(ctx.app, operator, `entryId=${entryId}&code=16`, 'sk.pdf', evidenceFile)).statusCode).toBe(201);
      const deletedFile = pdf(`bukti terhapus ${kind}`);
      const deleted = (await upload(ctx.app, operator, `entryId=${entryId}&code=17`, 'lama.pdf', deletedFile)).json();
      expect((await call(ctx.app, operator, 'DELETE', `/api/evidence/${deleted.id}`)).statusCode).toBe(200);
      const attachment = pdf(`lampiran dipakai ${kind}`);
      const sent = await postMessage(ctx.app, operator, entryId, 'Lampiran yang disimpan.', [['lampiran.pdf', attachment]]);
      expect(sent.statusCode).toBe(201);
      const zip = Buffer.from(`PK paket ${kind}`);
      const zipSha = await storeBytes(store(), zip, 'application/zip');
      await db()
        .insert(storedFiles)
        .values({ sha256: zipSha, size: zip.length, mime: 'application/zip', createdAt: new Date(0) });
      const [period] = await db().select().from(periods);
      await db()
        .insert(exportJobs)
        .values({ regionId: period.regionId, periodId: period.id, kind: 'package', status: 'done', fileSha256: zipSha, fileName: 'paket.zip' });

      await sweep(ctx, later(365 * 24 * HOUR));
      for (const file of [evidenceFile, deletedFile, attachment, zip]) expect(await present(sha(file))).toEqual({ stored: true, recorded: true });
      const read = await store().read(sha(attachment));
      const chunks: Buffer[] = [];
      for await (const c of read) chunks.push(c as Buffer);
      expect(Buffer.concat(chunks).equals(attachment)).toBe(true);
    });

    it('keeps a file an upload has claimed; an upload claiming a file being swept ends with it stored', async () => {
      const claimed = await leftover(`diklaim ${kind}`, FILE_GRACE_MS + HOUR);
      const claim = await claimFile(db(), { sha256: claimed, size: 1, mime: 'application/pdf' });
      await sweep(ctx);
      expect(await dropUnusedFiles(db(), store(), { only: [claimed] })).toEqual([]);
      expect(await present(claimed)).toEqual({ stored: true, recorded: true });
      await releaseClaims(db(), [claim]);

      // A sweep is removing this file (its row locked, the file half gone) when an upload of the same content claims it.
      const bytes = pdf(`disapu sambil diunggah ${kind}`);
      const swept = await leftover(`disapu sambil diunggah ${kind}`, FILE_GRACE_MS + HOUR);
      let removing!: () => void;
      const removingStarted = new Promise<void>((r) => {
        removing = r;
      });
      let finishRemoval!: () => void;
      const gate = new Promise<void>((r) => {
        finishRemoval = r;
      });
      const slow: BlobStore = Object.create(store());
      slow.remove = async (s) => {
        removing();
        await gate;
        await store().remove(s);
      };
      const sweeping = dropUnusedFiles(db(), slow, { only: [swept] });
      await removingStarted;
      let claimDone = false;
      const claiming = claimFile(db(), { sha256: swept, size: bytes.length, mime: 'application/pdf' }).then((id) => {
        claimDone = true;
        return id;
      });
      await new Promise((r) => setTimeout(r, 300));
      expect(claimDone).toBe(false);
      finishRemoval();
      expect(await sweeping).toEqual([swept]);
      const id = await claiming;
      // The upload goes on as usual: the store has no file any more, so it is stored again.
      const temp = join(store().incomingDir, 'ulang.part');
      writeFileSync(temp, bytes);
      await store().adopt(temp, swept, 'application/pdf');
      await releaseClaims(db(), [id]);
      expect(await present(swept)).toEqual({ stored: true, recorded: true });
    });

    it('sweeps on one instance at a time: another finding the lock taken skips the round', async () => {
      await ctx.database.exclusive('fileSweep', async () => {
        expect(await sweepUnusedFiles(ctx.database, store())).toBeUndefined();
      });
      expect(await sweep(ctx)).toBeDefined();
    });
  });
}

describe('temp files', () => {
  it('a stale temp file goes at start, a fresh one (an upload in flight elsewhere) stays', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'inovda-temp-'));
    const incomingDir = join(dataDir, 'incoming');
    mkdirSync(incomingDir, { recursive: true });
    writeFileSync(join(incomingDir, 'fresh.part'), 'sedang diunggah');
    writeFileSync(join(incomingDir, 'stale.part'), 'ditinggal oleh crash');
    writeFileSync(join(incomingDir, 'stale.zip'), 'paket setengah jadi');
    const twoHoursAgo = new Date(Date.now() - 2 * HOUR);
    utimesSync(join(incomingDir, 'stale.part'), twoHoursAgo, twoHoursAgo);
    utimesSync(join(incomingDir, 'stale.zip'), twoHoursAgo, twoHoursAgo);
    const ctx = await createTestApp({ storage: { kind: 'local', dir: join(dataDir, 'files'), incomingDir } });
    try {
      expect(readdirSync(incomingDir).sort()).toEqual(['fresh.part']);
      expect(await readFile(join(incomingDir, 'fresh.part'), 'utf8')).toBe('sedang diunggah');
    } finally {
      await ctx.close();
    }
  });

  it('an upload that stops sending is cut off, leaving no temp file', async () => {
    const incomingDir = mkdtempSync(join(tmpdir(), 'inovda-idle-'));
    // The first bytes arrive, then nothing: a client that went quiet without closing the connection.
    const stalls = new Readable({ read() {} });
    stalls.push(Buffer.concat([pdf('awal berkas'), Buffer.alloc(8192, 0x20)]));
    const started = Date.now();
    await expect(ingest(stalls, { incomingDir, limits: limitsFromEnv({}), idleMs: 200 })).rejects.toMatchObject({ code: 'upload_interrupted' });
    expect(Date.now() - started).toBeLessThan(2000);
    expect(readdirSync(incomingDir)).toEqual([]);
  });
});
