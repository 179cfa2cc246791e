// Evidence (bukti dukung) of an indicator: files and links, listed per owner (an entry's SID item or a period's
// SPD item), deleted softly, restored and purged.
import { z } from 'zod';
import { EVIDENCE_KINDS } from '../domain/evidence/evidence-kinds';
import { evidenceCheckShape } from './evidence-check';

export const evidenceShape = z.object({
  id: z.string(),
  periodId: z.string(),
  entryId: z.string().nullable(),
  code: z.string(),
  kind: z.enum(EVIDENCE_KINDS),
  fileName: z.string().nullable(),
  mime: z.string().nullable(),
  size: z.number().nullable(),
  url: z.string().nullable(),
  title: z.string().nullable(),
  needsRenewal: z.boolean(),
  createdAt: z.string(),
  createdByName: z.string().nullable(),
  deletedAt: z.string().nullable(),
  /** The pre-check of a file or link (null: not checked, e.g. an item from before the pre-check existed). */
  check: evidenceCheckShape.nullable(),
});

const item = {
  entryId: z.uuid({ error: 'not_found' }).optional(),
  periodId: z.uuid({ error: 'not_found' }).optional(),
  code: z.string({ error: 'required' }).trim().min(1, { error: 'required' }).max(40),
};

export const itemQuery = z.object(item);

export const linkBody = z.object({
  ...item,
  url: z.string({ error: 'required' }).trim().min(1, { error: 'required' }).max(2000),
  title: z
    .string()
    .trim()
    .max(200)
    .nullish()
    .transform((v) => v || null),
});

export const listQuery = z.object({ entryId: z.uuid({ error: 'not_found' }).optional(), periodId: z.uuid({ error: 'not_found' }).optional() });

export const purgeBody = z.object({ olderThanDays: z.number().int().min(0).max(3650).default(30) });

export const evidenceList = z.object({ items: z.array(evidenceShape) });
export const deletedQuery = z.object({ regionId: z.uuid().optional() });
export const purgeResponse = z.object({ removedItems: z.number(), removedFiles: z.number() });

export type Evidence = z.infer<typeof evidenceShape>;
export type EvidenceList = z.infer<typeof evidenceList>;
export type LinkInput = z.input<typeof linkBody>;
export type PurgeInput = z.input<typeof purgeBody>;
export type PurgeResult = z.infer<typeof purgeResponse>;
