// What marking one entry sent (or not) does to the region's IID, claimed and verified, from the stored
// maturities (the same numbers as the region score), and whether the entry is under the period's threshold.
import { roundTo, unscaled } from '../../domain/iid/engine';
import { sendPreview } from '../../domain/iid/send-preview';
import { belowThreshold } from '../../domain/innovation/send';
import type { Db } from '../db/client';
import { periodFramework } from '../shared/periods/period-framework';
import { type Basis, maturityInputs, periodMaturities, spdAnswers } from '../shared/periods/period-state';

/** The entry as read with its period (innovations/repository.ts getEntry): the period's threshold comes along. */
type SentEntry = { id: string; periodId: string; maturityClaimed: number; periodThreshold: number | null };

/** The entry's claimed maturity against the period's threshold, from what was read already. */
export function entryThreshold(entry: SentEntry) {
  const maturity = roundTo(unscaled(entry.maturityClaimed), 4);
  return { maturity, threshold: entry.periodThreshold, belowThreshold: belowThreshold(maturity, entry.periodThreshold) };
}

export async function entrySendPreview(db: Db, entry: SentEntry, sent: boolean) {
  const [{ framework }, { entries, region }] = await Promise.all([periodFramework(db, entry.periodId), periodMaturities(db, entry.periodId)]);
  const threshold = entryThreshold(entry);
  const on = (basis: Basis) => sendPreview(framework, spdAnswers(region, basis), maturityInputs(entries, basis), entry.id, sent);
  return { sent, ...threshold, claimed: on('claimed'), verified: on('verified') };
}
