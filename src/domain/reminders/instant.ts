// Notifications raised the moment something happens (pure): an item returned by a verifier reaches the
// operators of its OPD with the indicator and the note; an innovation submitted for approval reaches the
// Kepala OPD; an innovation the Kepala OPD returns to draft reaches the operators with the note. Texts in the
// recipient's language; links lead to where it is dealt with.
import type { Locale } from '../messages';

export type { InstantKind } from './notification-kinds';

export interface Notice {
  title: string;
  body: string;
}

export interface ReturnedItem {
  /** The innovation's name, or null for a region-level (SPD) item. */
  innovation: string | null;
  code: string;
  indicatorName: string;
  note: string;
}

const clip = (text: string, max = 300) => (text.length > max ? `${text.slice(0, max - 1)}…` : text);

export function returnedNotice(locale: Locale, item: ReturnedItem): Notice {
  const indicator = `${item.code}. ${item.indicatorName}`;
  if (locale === 'en')
    return {
      title: item.innovation ? `Returned: ${item.innovation} — indicator ${item.code}` : `Returned: region indicator ${item.code}`,
      body: clip(`${indicator}. Verifier's note: ${item.note}`),
    };
  return {
    title: item.innovation ? `Dikembalikan: ${item.innovation} — indikator ${item.code}` : `Dikembalikan: indikator daerah ${item.code}`,
    body: clip(`${indicator}. Catatan verifikator: ${item.note}`),
  };
}

export function submittedNotice(locale: Locale, innovation: string, by: string): Notice {
  if (locale === 'en')
    return { title: `Waiting for your approval: ${innovation}`, body: `${by} submitted this innovation. Approve it or return it with a note.` };
  return { title: `Menunggu persetujuan Anda: ${innovation}`, body: `${by} mengajukan inovasi ini. Setujui atau kembalikan dengan catatan.` };
}

export function entryReturnedNotice(locale: Locale, innovation: string, by: string, note: string): Notice {
  if (locale === 'en') return { title: `Returned to draft: ${innovation}`, body: clip(`${by}: ${note}`) };
  return { title: `Dikembalikan ke draf: ${innovation}`, body: clip(`${by}: ${note}`) };
}

/** Where the notification leads: the indicator on the innovation page, the innovation, or the region's answers. */
export const returnedLink = (entryId: string | null, code: string) => (entryId ? `/innovations/${entryId}#indicator-${code}` : '/periods');
export const submittedLink = (entryId: string) => `/innovations/${entryId}`;

/** A judge reminded by the organiser of the entries still to score in a competition's running stage. */
export function judgingPendingNotice(locale: Locale, competition: string, stage: string, left: number): Notice {
  if (locale === 'en') return { title: `Entries to score: ${competition}`, body: `${left} of your entries in stage “${stage}” still need scores.` };
  return { title: `Usulan perlu dinilai: ${competition}`, body: `${left} usulan yang ditugaskan kepada Anda di tahap “${stage}” belum selesai dinilai.` };
}
