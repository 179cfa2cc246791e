// Backup → change → restore gives back the data and the files; a backup also restores into a new database, and
// backing that up again gives the same contents, table by table and file by file.
import { createHash } from 'node:crypto';
import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { count, eq, getTableName, isTable, sql } from 'drizzle-orm';
import * as tar from 'tar';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BackupError, createBackup, restoreBackup } from '../../src/server/backup/backup';
import { BACKUP_TABLES } from '../../src/server/backup/tables';
import * as schema from '../../src/server/db/schema';
import { opds, users } from '../../src/server/db/schema';
import { seedDemoInnovations } from '../../src/server/seed/demo-innovations';
import { call, createTestApp, login, openTestDatabase, type TestContext } from '../support/app';
import { pdf, postMessage, upload } from '../support/files';

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

/** Every file under `dir` by its path there, with the SHA-256 of its bytes. */
async function fileHashes(dir: string): Promise<Record<string, string>> {
  const out: Record<string, string> = {};
  for (const f of await readdir(dir, { recursive: true, withFileTypes: true }).catch(() => [])) {
    if (!f.isFile()) continue;
    const path = join(f.parentPath, f.name);
    out[path.slice(dir.length + 1)] = createHash('sha256')
      .update(await readFile(path))
      .digest('hex');
  }
  return out;
}

async function unpack(file: string): Promise<string> {
  const to = await mkdtemp(join(tmpdir(), 'inovda-backup-unpacked-'));
  await tar.extract({ file, cwd: to });
  return to;
}

describe('backup → restore → backup', () => {
  it('gives the same database, row by row, and the same files, byte for byte', async () => {
    // An installation in use: the demo city with its evidence files, an upload, a klinik attachment, sessions.
    const app = await createTestApp();
    const work = await mkdtemp(join(tmpdir(), 'inovda-roundtrip-'));
    const fresh = await openTestDatabase();
    try {
      await seedDemoInnovations(app.database.db, app.app.storage);
      const operator = await login(app.app, 'operator.dinkes');
      const entryId = (await call(app.app, operator, 'POST', '/api/innovations', { name: 'Cadangan Utuh' })).json().id;
      expect((await upload(app.app, operator, `entryId=${entryId}&code=16`, 'sk.pdf', pdf('SK cadangan'))).statusCode).toBe(201);
      const message = await postMessage(app.app, operator, entryId, 'Lampiran untuk diuji cadangannya.', [['lampiran.pdf', pdf('lampiran cadangan')]]);
      expect(message.statusCode).toBe(201);
      const storeDir = join(app.config.dataDir, 'files');

      const first = join(work, 'pertama.tar.gz');
      const second = join(work, 'kedua.tar.gz');
      const restoredFiles = join(work, 'files');
      const m1 = await createBackup(app.database.db, { file: first, filesDir: storeDir });
      await restoreBackup(fresh.database.db, { file: first, filesDir: restoredFiles });
      const m2 = await createBackup(fresh.database.db, { file: second, filesDir: restoredFiles });

      expect({ ...m2, createdAt: '' }).toEqual({ ...m1, createdAt: '' });
      expect(m1.tables.evidence).toBeGreaterThan(1000);
      const [one, two] = [await unpack(first), await unpack(second)];
      for (const table of BACKUP_TABLES) {
        const [a, b] = [await readFile(join(one, 'db', `${table}.jsonl`), 'utf8'), await readFile(join(two, 'db', `${table}.jsonl`), 'utf8')];
        // Row by row first (a clear difference), then the bytes (the same order too).
        expect(b.split('\n').sort(), table).toEqual(a.split('\n').sort());
        expect(b === a, `${table}: same rows in the same order`).toBe(true);
      }
      const stored = await fileHashes(storeDir);
      expect(Object.keys(stored).length).toBeGreaterThan(30);
      expect(await fileHashes(restoredFiles)).toEqual(stored);
      expect(await fileHashes(join(one, 'files'))).toEqual(stored);
      expect(await fileHashes(join(two, 'files'))).toEqual(stored);

      // The restored database goes on where the original stopped: every sequence a column takes values from
      // (serial ids, the revisions the dashboards compare) is past the restored values.
      const columns = (await fresh.database.db.execute(sql`
        select c.table_name, c.column_name, c.column_default from information_schema.columns c
        where c.table_schema = 'public' and c.column_default like 'nextval(%'`)) as unknown as {
        rows: { table_name: string; column_name: string; column_default: string }[];
      };
      const behind = { rows: columns.rows.map((c) => ({ ...c, seq: (/nextval\('([^']+)'/.exec(c.column_default) as RegExpExecArray)[1] })) };
      expect(behind.rows.length).toBeGreaterThan(3);
      for (const { table_name, column_name, seq } of behind.rows) {
        const [{ max }] = (
          (await fresh.database.db.execute(
            sql`select coalesce(max(${sql.identifier(column_name)}), 0)::bigint as max from ${sql.identifier(table_name)}`,
          )) as unknown as { rows: { max: string }[] }
        ).rows;
        const [{ next }] = ((await fresh.database.db.execute(sql`select nextval(${seq}::regclass)::bigint as next`)) as unknown as { rows: { next: string }[] })
          .rows;
        expect(Number(next), `${table_name}.${column_name} from ${seq}`).toBeGreaterThan(Number(max));
      }
    } finally {
      await app.close();
      await fresh.database.close();
      await fresh.drop();
      await rm(work, { recursive: true, force: true });
    }
  });
});
