// One archive with the database (a JSON-lines file per table) and the stored files. It restores onto any
// PostgreSQL (and was read from PGlite too: runtime.ts moves an old PGlite installation with it), because rows
// go through PostgreSQL's own JSON functions both ways.
import { createReadStream, createWriteStream, existsSync } from 'node:fs';
import { cp, mkdir, mkdtemp, readdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { sql } from 'drizzle-orm';
import * as tar from 'tar';
import type { Db } from '../db/client';
import { MIGRATIONS_DIR } from '../db/client';
import { BACKUP_TABLES } from './tables';

export const BACKUP_FORMAT = 1;
const BATCH = 2000;

interface Manifest {
  format: number;
  app: 'inovda';
  createdAt: string;
  migrations: string[];
  tables: Record<string, number>;
  files: number;
}

async function migrationTags(): Promise<string[]> {
  const journal = JSON.parse(await readFile(join(MIGRATIONS_DIR, 'meta/_journal.json'), 'utf8')) as { entries: { tag: string }[] };
  return journal.entries.map((e) => e.tag);
}

async function rows(db: Db, query: ReturnType<typeof sql>): Promise<Record<string, unknown>[]> {
  const result = (await db.execute(query)) as unknown as { rows: Record<string, unknown>[] };
  return result.rows;
}

export type Progress = (message: string) => void;

export interface BackupOptions {
  file: string;
  /** The stored files; without it the archive holds (or the restore replaces) the database only. */
  filesDir?: string;
  onProgress?: Progress;
}

export async function createBackup(db: Db, opts: BackupOptions): Promise<Manifest> {
  const work = await mkdtemp(join(tmpdir(), 'inovda-backup-'));
  try {
    await mkdir(join(work, 'db'));
    const manifest: Manifest = {
      format: BACKUP_FORMAT,
      app: 'inovda',
      createdAt: new Date().toISOString(),
      migrations: await migrationTags(),
      tables: {},
      files: 0,
    };
    // One repeatable-read transaction: every table is read at the same instant.
    await db.transaction(
      async (tx) => {
        for (const table of BACKUP_TABLES) {
          const out = createWriteStream(join(work, 'db', `${table}.jsonl`));
          let n = 0;
          for (let offset = 0; ; offset += BATCH) {
            const batch = await rows(tx, sql`select row_to_json(t)::text as j from ${sql.identifier(table)} t order by 1 limit ${BATCH} offset ${offset}`);
            for (const r of batch) out.write(`${r.j}\n`);
            n += batch.length;
            if (batch.length < BATCH) break;
          }
          await new Promise<void>((res, rej) => out.end((err?: Error | null) => (err ? rej(err) : res())));
          manifest.tables[table] = n;
          opts.onProgress?.(`${table}: ${n}`);
        }
      },
      { isolationLevel: 'repeatable read', accessMode: 'read only' },
    );
    const entries = ['manifest.json', 'db'];
    if (opts.filesDir && existsSync(opts.filesDir)) {
      await cp(opts.filesDir, join(work, 'files'), { recursive: true });
      manifest.files = (await readdir(join(work, 'files'), { recursive: true, withFileTypes: true })).filter((d) => d.isFile()).length;
      entries.push('files');
    }
    await writeFile(join(work, 'manifest.json'), JSON.stringify(manifest, null, 2));
    await tar.create({ gzip: true, file: opts.file, cwd: work, portable: true }, entries);
    opts.onProgress?.(`files: ${manifest.files}`);
    return manifest;
  } finally {
    await rm(work, { recursive: true, force: true });
  }
}

export class BackupError extends Error {}

export async function restoreBackup(db: Db, opts: BackupOptions): Promise<Manifest> {
  if (!existsSync(opts.file)) throw new BackupError(`backup file not found: ${opts.file}`);
  const work = await mkdtemp(join(tmpdir(), 'inovda-restore-'));
  try {
    await tar.extract({ file: opts.file, cwd: work });
    const manifestPath = join(work, 'manifest.json');
    if (!existsSync(manifestPath)) throw new BackupError('not an Inovda backup (manifest.json missing)');
    const manifest = JSON.parse(await readFile(manifestPath, 'utf8')) as Manifest;
    if (manifest.app !== 'inovda' || manifest.format !== BACKUP_FORMAT) throw new BackupError(`unsupported backup format ${manifest.format}`);
    const known = await migrationTags();
    const unknown = manifest.migrations.filter((m) => !known.includes(m));
    if (unknown.length) throw new BackupError(`backup is from a newer Inovda (migrations ${unknown.join(', ')}); upgrade first`);

    // All or nothing: a failed restore leaves the database as it was.
    await db.transaction(async (tx) => {
      await tx.execute(sql.raw(`truncate ${BACKUP_TABLES.map((t) => `"${t}"`).join(', ')} restart identity cascade`));
      // Generated columns (the catalogue's search words) are computed again, never written: only the others are named.
      const generated = await rows(
        tx,
        sql`select table_name as t, column_name as c from information_schema.columns where table_schema = 'public' and is_generated = 'ALWAYS'`,
      );
      const written = async (table: string) => {
        const skip = new Set(generated.filter((g) => g.t === table).map((g) => String(g.c)));
        if (!skip.size) return { star: true, columns: sql.raw('*') };
        const all = await rows(
          tx,
          sql`select column_name as c from information_schema.columns where table_schema = 'public' and table_name = ${table} order by ordinal_position`,
        );
        const names = all.filter((a) => !skip.has(String(a.c))).map((a) => sql.identifier(String(a.c)));
        return { star: false, columns: sql.join(names, sql`, `) };
      };
      // Restoring the catalogue's rows wrote a new catalogue stamp (a trigger); the backup's own, which goes with
      // its data, replaces it (shared/catalogue/page-cache.ts).
      const keepRestored = sql` on conflict ("key") do update set "value" = excluded."value", "updated_at" = excluded."updated_at"`;
      for (const table of BACKUP_TABLES) {
        const { star, columns } = await written(table);
        const path = join(work, 'db', `${table}.jsonl`);
        if (!existsSync(path)) continue;
        let batch: string[] = [];
        const flush = async () => {
          if (!batch.length) return;
          await tx.execute(
            sql`insert into ${sql.identifier(table)} ${star ? sql`` : sql`(${columns})`} select ${columns} from json_populate_recordset(null::${sql.identifier(table)}, ${`[${batch.join(',')}]`}::json)${table === 'app_meta' ? keepRestored : sql``}`,
          );
          batch = [];
        };
        for await (const line of createInterface({ input: createReadStream(path), crlfDelay: Infinity })) {
          if (!line) continue;
          batch.push(line);
          if (batch.length >= BATCH) await flush();
        }
        await flush();
        opts.onProgress?.(`${table}: ${manifest.tables[table] ?? '?'}`);
      }
      // Sequences continue after the restored rows: serial ids, and the revisions shared by several tables (a
      // period's stamp relies on every update taking a revision never used before: shared/periods/period-memo.ts).
      const columns = await rows(
        tx,
        sql`select c.table_name as t, c.column_name as c, c.column_default as d from information_schema.columns c where c.table_schema = 'public' and c.column_default like 'nextval(%'`,
      );
      const bySequence = new Map<string, { t: string; c: string }[]>();
      for (const col of columns) {
        const seq = /nextval\('([^']+)'/.exec(String(col.d))?.[1];
        if (seq) bySequence.set(seq, [...(bySequence.get(seq) ?? []), { t: String(col.t), c: String(col.c) }]);
      }
      for (const [seq, taking] of bySequence) {
        const highest = sql.join(
          taking.map((u) => sql`(select max(${sql.identifier(u.c)}) from ${sql.identifier(u.t)})`),
          sql`, `,
        );
        await tx.execute(sql`select setval(${seq}::regclass, coalesce(greatest(${highest}), 0) + 1, false)`);
      }
    });

    if (!opts.filesDir) return manifest;
    // Files: swap the folder in whole, keeping the old one until the new one is in place.
    const restoredFiles = join(work, 'files');
    await mkdir(opts.filesDir, { recursive: true });
    const old = `${opts.filesDir}.before-restore-${Date.now()}`;
    await rename(opts.filesDir, old);
    if (existsSync(restoredFiles)) await cp(restoredFiles, opts.filesDir, { recursive: true });
    else await mkdir(opts.filesDir, { recursive: true });
    await rm(old, { recursive: true, force: true });
    opts.onProgress?.(`files: ${manifest.files}`);
    return manifest;
  } finally {
    await rm(work, { recursive: true, force: true });
  }
}
