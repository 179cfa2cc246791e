// Concurrent changes to different items of one innovation keep its stored scores right. The crash-safety check
// (scripts/crash-test.ts) found stored maturity behind the answers: each change locked only its own item, read the
// entry's other items as of its statement's start and stored scores computed from them, so of two saves on two
// items at once the one committing last overwrote the scores with a view missing the other's answer.
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { builtInFramework } from '../../src/domain/iid/builtin';
import type { Framework } from '../../src/domain/iid/types';
import { innovationEntries } from '../../src/server/db/schema';
import { scoresOf } from '../../src/server/shared/items/scores';
import { entryItems } from '../../src/server/shared/items/state';
import { periodFramework } from '../../src/server/shared/periods/period-framework';
import { call, createTestApp, login, openPeriod2026, type TestContext } from '../support/app';
import { pdf, upload } from '../support/files';

let ctx: TestContext;
let operator: string;

const sid = (builtInFramework('iid-2026') as Framework).indicators.filter((i) => i.aspect === 'SID');

beforeAll(async () => {
  ctx = await createTestApp();
  const admin = await login(ctx.app, 'admin');
  operator = await login(ctx.app, 'operator.dinkes');
  await openPeriod2026(ctx.app, admin);
});
afterAll(() => ctx.close());

async function storedAndFresh(entryId: string) {
  const { db } = ctx.database;
  const [row] = await db.select().from(innovationEntries).where(eq(innovationEntries.id, entryId));
  const fresh = scoresOf(await periodFramework(db, row.periodId), (await entryItems(db, [entryId])).get(entryId) ?? {});
  return {
    stored: { claimed: row.maturityClaimed, answers: row.scoredAnswers, review: row.reviewSummary },
    fresh: { claimed: fresh.maturityClaimed, answers: fresh.scoredAnswers, review: fresh.reviewSummary },
  };
}

it('answers and evidence saved at once on different items all count in the stored scores', async () => {
  for (let round = 0; round < 3; round++) {
    const entryId = (await call(ctx.app, operator, 'POST', '/api/innovations', { name: `Layanan Serentak ${round}` })).json().id;
    const url = (code: string) => `/api/innovations/entries/${entryId}/answers/${code}`;
    const saves = sid.map((i) => call(ctx.app, operator, 'PUT', url(i.code), { value: i.options[i.options.length - 1].value, version: 0 }));
    const uploads = sid.slice(0, 6).map((i) => upload(ctx.app, operator, `entryId=${entryId}&code=${i.code}`, 'bukti.pdf', pdf(`Bukti ${i.code}`)));
    const results = await Promise.all([...saves, ...uploads]);
    // Uploads renew an item's version, so a save may meet a newer one (409); whatever was saved must count.
    expect(results.every((r) => [200, 201, 409].includes(r.statusCode))).toBe(true);
    const { stored, fresh } = await storedAndFresh(entryId);
    expect(stored).toEqual(fresh);
  }
});
