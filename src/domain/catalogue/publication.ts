// When an innovation may go into the public catalogue, and what of its profile the public reads.
import type { MessageCode } from '../messages';

/** The profile parts a reader of the catalogue needs: without them the page says nothing worth replicating. */
export const PUBLIC_REQUIRED_FIELDS = ['tujuan', 'manfaat'] as const;

export const CONTACT_MAX_LENGTH = 200;

export interface PublishableEntry {
  status: string;
  tujuan: string | null;
  manfaat: string | null;
}

/**
 * Why this entry cannot be published (empty: it can). The head of the OPD approves what leaves the OPD first;
 * the aims and benefits must be written, the parts a visitor from another region reads first.
 */
export function publishProblems(entry: PublishableEntry): {
  entry?: MessageCode;
  fields: Partial<Record<(typeof PUBLIC_REQUIRED_FIELDS)[number], MessageCode>>;
} {
  const fields: Partial<Record<(typeof PUBLIC_REQUIRED_FIELDS)[number], MessageCode>> = {};
  for (const f of PUBLIC_REQUIRED_FIELDS) if (!entry[f]?.trim()) fields[f] = 'catalogue_field_needed';
  return { ...(entry.status !== 'disetujui' && { entry: 'catalogue_not_approved' as const }), fields };
}

/** A short description for search engines and link previews: the first sentences of the aims, cut at a word. */
export function shortDescription(text: string | null | undefined, max = 160): string {
  const plain = (text ?? '')
    .replace(/<[^>]*>/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  if (plain.length <= max) return plain;
  const cut = plain.slice(0, max - 1);
  return `${cut.slice(0, cut.lastIndexOf(' ') > 60 ? cut.lastIndexOf(' ') : cut.length)}…`;
}
