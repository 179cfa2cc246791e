// A region's letterhead as stored: read by the region profile (edit) and by the leaders' report (print).
import { inflateSync } from 'node:zlib';
import { eq } from 'drizzle-orm';
import { EMPTY_LETTERHEAD, type Letterhead } from '../../../domain/reports/letterhead';
import type { Db } from '../../db/client';
import { regionLetterheads } from '../../db/schema';

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

/**
 * Whether pdfkit can embed this PNG/JPEG. pdfkit inflates a PNG's pixels later, in a callback that throws on
 * corrupt data (which would take the process down while a report is written), so a logo is decoded once here,
 * at upload, and refused if that fails.
 */
export async function embeddableLogo(bytes: Buffer): Promise<boolean> {
  const { default: PDFDocument } = await import('pdfkit');
  try {
    // openImage is pdfkit's public API, missing from its type definitions.
    const doc = new PDFDocument({ autoFirstPage: false }) as unknown as { openImage: (src: Buffer) => { imgData?: Buffer } };
    const image = doc.openImage(bytes);
    if (image.imgData) inflateSync(image.imgData);
    return true;
  } catch {
    return false;
  }
}
