// What marking one entry sent (or not) does to the region's IID, claimed and verified, from the stored
// maturities (the same numbers as the region score), and whether the entry is under the period's threshold.
import { and, eq } from 'drizzle-orm';
import { claimedAnswers, verifiedAnswers } from '../../domain/evidence/review';
import { roundTo, unscaled } from '../../domain/iid/engine';
import { sendPreview } from '../../domain/iid/send-preview';
import { belowThreshold } from '../../domain/innovation/send';
import type { Db } from '../db/client';
import { innovationEntries, periods } from '../db/schema';
import { liveEntry } from '../shared/live-entry';
import { periodFramework } from '../shared/period-framework';
import { entryUrusan } from '../shared/period-state';
import { regionItems } from '../shared/review-state';

export async function entrySendPreview(db: Db, entry: { id: string; periodId: string; maturityClaimed: number }, sent: boolean) {
  const { framework } = await periodFramework(db, entry.periodId);
  const [period] = await db.select({ threshold: periods.maturityThreshold }).from(periods).where(eq(periods.id, entry.periodId));
  const rows = await db
    .select({
      id: innovationEntries.id,
      sent: innovationEntries.sent,
      urusanUtama: innovationEntries.urusanUtama,
      urusanLain: innovationEntries.urusanLain,
      claimed: innovationEntries.maturityClaimed,
      verified: innovationEntries.maturityVerified,
    })
    .from(innovationEntries)
    .where(and(eq(innovationEntries.periodId, entry.periodId), liveEntry));
  const region = await regionItems(db, entry.periodId);
  const on = (pick: 'claimed' | 'verified') =>
    sendPreview(
      framework,
      pick === 'claimed' ? claimedAnswers(region) : verifiedAnswers(region),
      rows.map((r) => ({ id: r.id, sent: r.sent, urusan: entryUrusan(r), maturity: r[pick] })),
      entry.id,
      sent,
    );
  const maturity = roundTo(unscaled(entry.maturityClaimed), 4);
  const threshold = period?.threshold ?? null;
  return { sent, maturity, threshold, belowThreshold: belowThreshold(maturity, threshold), claimed: on('claimed'), verified: on('verified') };
}
