// The letterhead (kop surat) and signature block of a region's printed reports: the rules both the API and
// the form apply, and how the signature is worded.
import { indonesianDate } from './indonesian-date';

export interface Letterhead {
  agencyName: string | null;
  address: string | null;
  phone: string | null;
  email: string | null;
  hasLogo: boolean;
  signPlace: string | null;
  /** YYYY-MM-DD; null: the date the report is printed. */
  signDate: string | null;
  signerTitle: string | null;
  signerName: string | null;
  signerNip: string | null;
}

export const EMPTY_LETTERHEAD: Letterhead = {
  agencyName: null,
  address: null,
  phone: null,
  email: null,
  hasLogo: false,
  signPlace: null,
  signDate: null,
  signerTitle: null,
  signerName: null,
  signerNip: null,
};

/** A civil servant's NIP: 18 digits (birth date, appointment month, sex, number). */
export const NIP_PATTERN = /^\d{18}$/;

/** A NIP as people copy it from a document ("19700101 199003 1 001") without its spaces; the API takes digits only. */
export const nipDigits = (typed: string) => typed.replace(/\s+/g, '');

/** Largest logo accepted, in bytes: a letterhead logo needs tens of kilobytes. */
export const LOGO_MAX_BYTES = 300 * 1024;

/** PNG or JPEG by their first bytes, the two image types a PDF can embed; null for anything else. */
export function logoMime(bytes: Uint8Array): 'image/png' | 'image/jpeg' | null {
  if (bytes.length > 8 && bytes[0] === 0x89 && bytes[1] === 0x50 && bytes[2] === 0x4e && bytes[3] === 0x47) return 'image/png';
  if (bytes.length > 3 && bytes[0] === 0xff && bytes[1] === 0xd8 && bytes[2] === 0xff) return 'image/jpeg';
  return null;
}

/** "19700101 199003 1 001", as NIPs are printed under a signature. */
export function formatNip(nip: string): string {
  return NIP_PATTERN.test(nip) ? `${nip.slice(0, 8)} ${nip.slice(8, 14)} ${nip.slice(14, 15)} ${nip.slice(15)}` : nip;
}

/** The lines under the report's last page, top to bottom; empty when no signing official is set. */
export function signatureLines(l: Letterhead, today: string): { placeAndDate: string; title: string; name: string; nip: string } | null {
  if (!l.signerName && !l.signerTitle) return null;
  const date = indonesianDate(l.signDate ?? today);
  return {
    placeAndDate: l.signPlace ? `${l.signPlace}, ${date}` : date,
    title: l.signerTitle ?? '',
    name: l.signerName ?? '',
    nip: l.signerNip ? `NIP. ${formatNip(l.signerNip)}` : '',
  };
}
