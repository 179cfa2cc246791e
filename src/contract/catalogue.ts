// The public catalogue's publication, as the signed-in app sees and changes it.
import { z } from 'zod';
import { CONTACT_MAX_LENGTH } from '../domain/catalogue/publication';
import { EVIDENCE_KINDS } from '../domain/evidence/evidence-kinds';

export const publishBody = z.object({
  /** Who other regions contact about the innovation. Absent: unchanged (first publication: none). */
  contact: z.string().trim().max(CONTACT_MAX_LENGTH).nullable().optional(),
});

export const evidencePublicBody = z.object({ public: z.boolean() });

export const publication = z.object({
  published: z.boolean(),
  /** The public page's address (path), once published. */
  path: z.string().nullable(),
  contact: z.string().nullable(),
  publishedAt: z.string().nullable(),
  /** The period year of the profile the catalogue shows. */
  year: z.number().nullable(),
  /** The catalogue shows this entry's profile, as it is now (false: published from another year or edited since). */
  current: z.boolean(),
  /** What stops publishing this entry now (codes of domain/messages), by field; `entry` for the entry as a whole. */
  problems: z.record(z.string(), z.string()),
  evidence: z.array(
    z.object({
      id: z.string(),
      indicatorCode: z.string(),
      kind: z.enum(EVIDENCE_KINDS),
      name: z.string(),
      public: z.boolean(),
    }),
  ),
});
export type Publication = z.infer<typeof publication>;
