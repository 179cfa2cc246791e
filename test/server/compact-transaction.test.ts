// The answer save's transaction in three round trips (db/compact-transaction.ts): BEGIN sent with the first
// statement and COMMIT with the last, their values written into the text as literals. What must hold: any text
// arrives exactly as typed (quotes, backslashes, JSON, dates, NULL), a failure anywhere rolls everything back, and
// the connection goes back to the pool usable (not inside an open or aborted transaction).
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../src/server/db/client';
import { compactTransaction, literalOf } from '../../src/server/db/compact-transaction';
import { openTestDatabase } from '../support/app';

let database: Database;
let drop: () => Promise<void>;

beforeAll(async () => {
  ({ database, drop } = await openTestDatabase('migrated'));
  await database.db.execute(sql`create table compact_probe (id int primary key, note text, doc jsonb, at timestamptz)`);
});
afterAll(async () => {
  await database.close();
  await drop();
});

const TRICKY = `O'Brien \\' \\\\ "petik" ' ; commit; -- $1 $$ ☃ Ärzte`;
type Probe = { id: number; note: string | null; doc: unknown; at: string | null };
const rows = async () => ((await database.db.execute(sql`select id, note, doc, at from compact_probe order by id`)) as unknown as { rows: Probe[] }).rows;

describe('compact transaction', () => {
  it('writes values as node-postgres would send them as parameters', () => {
    expect(literalOf(null)).toBe('null');
    expect(literalOf(undefined)).toBe('null');
    expect(literalOf(5)).toBe("'5'");
    expect(literalOf("it's")).toBe("'it''s'");
    expect(literalOf('a\\b')).toBe(" E'a\\\\b'");
    expect(literalOf({ a: "x'y" })).toBe(`'{"a":"x''y"}'`);
    expect(() => literalOf(Buffer.from('x'))).toThrow(/binary/);
  });

  it('keeps every character of the first and the last statement, and the work in between', async () => {
    const at = new Date('2026-12-03T10:00:00.123Z');
    const result = await compactTransaction(
      database.db,
      sql`insert into compact_probe (id, note, doc, at) values (${1}, ${TRICKY}, ${JSON.stringify({ q: TRICKY })}, ${at}) returning id`,
      async (tx, opened: { id: number }[]) => {
        await tx.execute(sql`insert into compact_probe (id, note) values (${opened[0].id + 1}, ${TRICKY})`);
        return { result: 'done', last: sql`insert into compact_probe (id, note, doc) values (${3}, ${TRICKY}, ${null})` };
      },
    );
    expect(result).toBe('done');
    const stored = await rows();
    expect(stored.map((r) => r.note)).toEqual([TRICKY, TRICKY, TRICKY]);
    expect(stored[0].doc).toEqual({ q: TRICKY });
    expect(new Date(stored[0].at ?? '').toISOString()).toBe(at.toISOString());
    expect(stored[2].doc).toBeNull();
  });

  it('rolls back what the first statement and the work wrote when the last statement fails, and the connection stays usable', async () => {
    const before = await rows();
    await expect(
      compactTransaction(database.db, sql`insert into compact_probe (id) values (${10})`, async (tx) => {
        await tx.execute(sql`insert into compact_probe (id) values (${11})`);
        return { result: null, last: sql`insert into compact_probe (id) values (${1})` }; // duplicate key
      }),
    ).rejects.toThrow(/duplicate key/);
    expect(await rows()).toEqual(before);
    // Every pooled connection is outside any transaction: a statement that cannot run inside one succeeds on all.
    await Promise.all(Array.from({ length: 12 }, () => database.db.execute(sql`select 1`)));
    const states = await Promise.all(Array.from({ length: 10 }, () => database.db.execute(sql`select now() = statement_timestamp() as outside`)));
    expect(states.every((s) => (s as unknown as { rows: { outside: boolean }[] }).rows[0].outside)).toBe(true);
  });

  it('rolls back when the work throws, and when the first statement fails', async () => {
    const before = await rows();
    await expect(
      compactTransaction(database.db, sql`insert into compact_probe (id) values (${20})`, async () => {
        throw new Error('refused');
      }),
    ).rejects.toThrow('refused');
    await expect(compactTransaction(database.db, sql`insert into compact_probe (id) values (${1})`, async () => ({ result: 1 }))).rejects.toThrow(
      /duplicate key/,
    );
    expect(await rows()).toEqual(before);
    // The next compact transaction on the pool works (none was left aborted).
    await compactTransaction(database.db, sql`insert into compact_probe (id) values (${21})`, async () => ({ result: 1 }));
    expect((await rows()).map((r) => r.id)).toContain(21);
  });
});
