// Statements built once with placeholders and filled on each use (db/statement-shape.ts): the answer save's two
// statements must be exactly what building them with the values gives — same text, same parameters, values mapped
// as Drizzle maps them (JSON columns as text, a null as SQL NULL) — and each use must carry its own values.
import { randomUUID } from 'node:crypto';
import { type SQL, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../src/server/db/client';
import { statementShape } from '../../src/server/db/statement-shape';
import { auditInsertOf, auditRow } from '../../src/server/shared/audit/record';
import { entryAnswerWrite } from '../../src/server/shared/items/answers';
import { scoresAndAudit, writeStatement } from '../../src/server/shared/items/change';
import { lockedEntryOwner } from '../../src/server/shared/items/find';
import { scoresUpdateOf } from '../../src/server/shared/items/scores';
import { openTestDatabase } from '../support/app';

let database: Database;
let drop: () => Promise<void>;

beforeAll(async () => {
  ({ database, drop } = await openTestDatabase('migrated'));
});
afterAll(async () => {
  await database.close();
  await drop();
});

const built = (q: SQL) => (database.db as unknown as { dialect: { sqlToQuery(q: SQL): { sql: string; params: unknown[] } } }).dialect.sqlToQuery(q);

describe('statement shapes', () => {
  it("the answer save's write is what building it with the values gives, use after use", () => {
    for (const [value, version] of [
      [2, 3],
      [0, 1],
    ]) {
      const v = { entryId: randomUUID(), code: String(16 + value), value, version, actorId: randomUUID() };
      const shaped = entryAnswerWrite(database.db, v);
      const direct = built(
        writeStatement({ entryId: v.entryId, code: v.code }, { kind: 'answer', value, version }, v.actorId, lockedEntryOwner(v.entryId, { xmin: true })),
      );
      expect(shaped.text).toBe(direct.sql);
      expect(shaped.params).toEqual(direct.params);
    }
  });

  it("the answer save's scores and audit event are what building them with the values gives (JSON as text, null as NULL)", () => {
    const scores = {
      maturityClaimed: 620_000,
      maturityVerified: 0,
      reviewSummary: { menunggu: 20, diterima: 0, dikembalikan: 0, missingEvidence: 1 },
      scoredAnswers: { claimed: { '16': 3 }, verified: {} },
    };
    const entryId = randomUUID();
    for (const after of [{ 'indikator 16': 3 }, null]) {
      const row = auditRow(null, {
        regionId: randomUUID(),
        entityType: 'innovation',
        entityId: entryId,
        entityLabel: after ? "Inovasi O'Brien" : null,
        action: 'answer',
        before: { 'indikator 16': 1 },
        after,
      });
      const shaped = scoresAndAudit(database.db, { entryId, ...scores, ...row });
      const direct = built(sql`with scores as (${scoresUpdateOf(database.db, entryId, scores).getSQL()}) ${auditInsertOf(database.db, row).getSQL()}`);
      expect(shaped.text).toBe(direct.sql);
      expect(shaped.params).toEqual(direct.params);
      expect(shaped.params).toContain(JSON.stringify(scores.reviewSummary));
      if (!after) expect(shaped.params.filter((p) => p === null).length).toBeGreaterThanOrEqual(3); // label, after, ip
    }
  });

  it('refuses a use that leaves a value out, rather than send a placeholder', () => {
    const shape = statementShape(['a', 'b'] as const, (p) => sql`select ${p.a}::int + ${p.b}::int`);
    expect(shape(database.db, { a: 1, b: 2 }).params).toEqual([1, 2]);
    expect(() => shape(database.db, { a: 1 } as never)).toThrow(/no value for "b"/);
  });

  it('runs on the database with each use’s values', async () => {
    const shape = statementShape(['a', 'b'] as const, (p) => sql`select (${p.a}::int + ${p.b}::int) as n`);
    const { executeNamed } = await import('../../src/server/db/named');
    expect((await executeNamed<{ n: number }>(database.db, shape(database.db, { a: 1, b: 2 }))).rows[0].n).toBe(3);
    expect((await executeNamed<{ n: number }>(database.db, shape(database.db, { a: 10, b: 20 }))).rows[0].n).toBe(30);
  });
});
