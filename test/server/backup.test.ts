// Backup → change → restore gives back the data and the files; a backup also restores into a new database.
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { count, eq, getTableName, isTable } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BackupError, createBackup, restoreBackup } from '../../src/server/backup/backup';
import { BACKUP_TABLES } from '../../src/server/backup/tables';
import * as schema from '../../src/server/db/schema';
import { opds, users } from '../../src/server/db/schema';
import { call, createTestApp, login, openTestDatabase, type TestContext } from '../support/app';

let ctx: TestContext;
let dir: string;
let filesDir: string;
let file: string;

beforeAll(async () => {
  ctx = await createTestApp();
  dir = await mkdtemp(join(tmpdir(), 'inovda-backup-test-'));
  filesDir = join(dir, 'files');
  file = join(dir, 'backup.tar.gz');
  await mkdir(join(filesDir, 'ab'), { recursive: true });
  await writeFile(join(filesDir, 'ab', 'bukti.pdf'), '%PDF-1.4 bukti dukung');
});
afterAll(async () => {
  await ctx.close();
  await rm(dir, { recursive: true, force: true });
});

describe('backup and restore', () => {
  it('covers every table in the schema', () => {
    const all = Object.values(schema)
      .filter((v) => isTable(v))
      .map((t) => getTableName(t as never));
    expect([...BACKUP_TABLES].sort()).toEqual(all.sort());
  });

  it('round-trips the database and the stored files', async () => {
    const admin = await login(ctx.app, 'admin');
    await call(ctx.app, admin, 'PATCH', '/api/auth/me/preferences', { locale: 'en' });
    const manifest = await createBackup(ctx.database.db, { file, filesDir });
    expect(manifest.tables.opds).toBe(18);
    expect(manifest.files).toBe(1);

    // Change everything after the backup.
    await call(ctx.app, admin, 'POST', '/api/opds', { name: 'Dinas Baru Setelah Backup', shortName: 'DBSB', kind: 'dinas' });
    await ctx.database.db.update(users).set({ fullName: 'Diubah' }).where(eq(users.username, 'verifikator'));
    await writeFile(join(filesDir, 'ab', 'bukti.pdf'), 'overwritten');
    await writeFile(join(filesDir, 'later.txt'), 'later');

    await restoreBackup(ctx.database.db, { file, filesDir });
    const [{ n }] = await ctx.database.db.select({ n: count() }).from(opds);
    expect(n).toBe(18);
    const [v] = await ctx.database.db.select().from(users).where(eq(users.username, 'verifikator'));
    expect(v.fullName).toBe('Hendra Kurniawan, S.T.');
    expect(await readFile(join(filesDir, 'ab', 'bukti.pdf'), 'utf8')).toBe('%PDF-1.4 bukti dukung');
    await expect(readFile(join(filesDir, 'later.txt'))).rejects.toThrow();

    // Sessions and settings came back too, and serial ids continue after the restored rows.
    expect((await call(ctx.app, admin, 'GET', '/api/auth/me')).json().user.locale).toBe('en');
    const created = await call(ctx.app, admin, 'POST', '/api/opds', { name: 'Dinas Setelah Restore', shortName: 'DSR', kind: 'dinas' });
    expect(created.statusCode).toBe(201);
  });

  it('restores into a brand-new database', async () => {
    const fresh = await openTestDatabase();
    try {
      await restoreBackup(fresh.database.db, { file, filesDir: join(dir, 'files2') });
      const [{ n }] = await fresh.database.db.select({ n: count() }).from(users);
      expect(n).toBe(8);
    } finally {
      await fresh.database.close();
      await fresh.drop();
    }
  });

  it('refuses a file that is not an Inovda backup, leaving data untouched', async () => {
    const bogus = join(dir, 'bogus.tar.gz');
    await writeFile(bogus, 'not a tarball');
    await expect(restoreBackup(ctx.database.db, { file: bogus, filesDir })).rejects.toThrow();
    await expect(restoreBackup(ctx.database.db, { file: join(dir, 'missing.tgz'), filesDir })).rejects.toBeInstanceOf(BackupError);
    const [{ n }] = await ctx.database.db.select({ n: count() }).from(users);
    expect(n).toBe(8);
  });
});
