import { eq } from 'drizzle-orm';
import { EMPTY_LETTERHEAD, type Letterhead } from '../../domain/reports/letterhead';
import type { Db } from '../db/client';
import { regionLetterheads } from '../db/schema';

type Row = typeof regionLetterheads.$inferSelect;

export function toLetterheadDto(row: Row | undefined): Letterhead & { updatedAt: string | null } {
  if (!row) return { ...EMPTY_LETTERHEAD, updatedAt: null };
  return {
    agencyName: row.agencyName,
    address: row.address,
    phone: row.phone,
    email: row.email,
    hasLogo: Boolean(row.logoData),
    signPlace: row.signPlace,
    signDate: row.signDate,
    signerTitle: row.signerTitle,
    signerName: row.signerName,
    signerNip: row.signerNip,
    updatedAt: row.updatedAt.toISOString(),
  };
}

/** The letterhead with its logo's bytes, for the report (an empty one when never set). */
export async function readLetterhead(db: Db, regionId: string): Promise<Letterhead & { logo: { mime: string; bytes: Buffer } | null }> {
  const [row] = await db.select().from(regionLetterheads).where(eq(regionLetterheads.regionId, regionId));
  const logo = row?.logoData && row.logoMime ? { mime: row.logoMime, bytes: Buffer.from(row.logoData, 'base64') } : null;
  return { ...toLetterheadDto(row), logo };
}
