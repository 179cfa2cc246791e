// What marking one entry sent (or not) does to the region's IID, claimed and verified, from the stored
// maturities (the same numbers as the region score), and whether the entry is under the period's threshold.
import { eq } from 'drizzle-orm';
import { roundTo, unscaled } from '../../domain/iid/engine';
import { sendPreview } from '../../domain/iid/send-preview';
import { belowThreshold } from '../../domain/innovation/send';
import type { Db } from '../db/client';
import { periods } from '../db/schema';
import { periodFramework } from '../shared/periods/period-framework';
import { type Basis, maturityInputs, periodMaturities, spdAnswers } from '../shared/periods/period-state';

type SentEntry = { id: string; periodId: string; maturityClaimed: number };

/** The entry's claimed maturity against the period's threshold: one small read, before any preview is built. */
export async function entryThreshold(db: Db, entry: SentEntry) {
  const [period] = await db.select({ threshold: periods.maturityThreshold }).from(periods).where(eq(periods.id, entry.periodId));
  const maturity = roundTo(unscaled(entry.maturityClaimed), 4);
  const threshold = period?.threshold ?? null;
  return { maturity, threshold, belowThreshold: belowThreshold(maturity, threshold) };
}

export async function entrySendPreview(db: Db, entry: SentEntry, sent: boolean) {
  const [{ framework }, { entries, region }, threshold] = await Promise.all([
    periodFramework(db, entry.periodId),
    periodMaturities(db, entry.periodId),
    entryThreshold(db, entry),
  ]);
  const on = (basis: Basis) => sendPreview(framework, spdAnswers(region, basis), maturityInputs(entries, basis), entry.id, sent);
  return { sent, ...threshold, claimed: on('claimed'), verified: on('verified') };
}
