// Citizen feedback: the public form's fields, the moderation queue, and satisfaction per innovation and per OPD.
import { z } from 'zod';
import { FEEDBACK_COMMENT_MAX, FEEDBACK_STATUSES, RATING_MAX, RATING_MIN } from '../domain/catalogue/feedback';
import { MAX_PAGE_SIZE } from '../domain/paging';
import { pageOf } from './common';

/**
 * The public form (form-encoded or JSON): a rating 1–5, an optional comment, and the honeypot `website` (never
 * filled by a person). Blank comment = none.
 */
export const feedbackPostBody = z.object({
  rating: z.preprocess(
    (v) => (typeof v === 'string' && v.trim() === '' ? undefined : v),
    z.coerce
      .number({ error: 'required' })
      .int({ error: 'invalid_option' })
      .min(RATING_MIN, { error: 'invalid_option' })
      .max(RATING_MAX, { error: 'invalid_option' }),
  ),
  comment: z
    .string()
    .trim()
    .max(FEEDBACK_COMMENT_MAX)
    .nullish()
    .transform((v) => (v ? v : null)),
  website: z.string().optional(),
});
export type FeedbackPostBody = z.input<typeof feedbackPostBody>;

export const feedbackPostResponse = z.object({ ok: z.literal(true), status: z.enum(FEEDBACK_STATUSES) });

export const feedbackSlugParam = z.object({ slug: z.string().min(1).max(200) });

const distribution = z.object({ '1': z.number(), '2': z.number(), '3': z.number(), '4': z.number(), '5': z.number() });
export const satisfactionShape = z.object({ count: z.number().int(), average: z.number().nullable(), distribution });

export const feedbackItem = z.object({
  id: z.uuid(),
  innovationId: z.uuid(),
  innovationName: z.string(),
  slug: z.string().nullable(),
  opdId: z.uuid(),
  opdName: z.string(),
  rating: z.number().int(),
  /** As the public sees it: e-mail addresses, telephone and NIK numbers hidden. */
  comment: z.string(),
  /** Showing the comment hid personal data the citizen typed. */
  hidPersonalData: z.boolean(),
  status: z.enum(FEEDBACK_STATUSES),
  createdAt: z.string(),
  moderatedAt: z.string().nullable(),
  moderatedByName: z.string().nullable(),
});
export type FeedbackItem = z.infer<typeof feedbackItem>;

export const feedbackListQuery = z.object({
  page: z.coerce.number().int().min(1).default(1),
  pageSize: z.coerce.number().int().min(1).max(MAX_PAGE_SIZE).default(20),
  /** Moderators choose; everyone else reads the approved feedback only. */
  status: z.enum(FEEDBACK_STATUSES).optional(),
  opdId: z.uuid({ error: 'invalid' }).optional(),
  innovationId: z.uuid({ error: 'invalid' }).optional(),
  rating: z.coerce.number().int().min(RATING_MIN).max(RATING_MAX).optional(),
  year: z.coerce.number().int().min(2000).max(2100).optional(),
});

export const feedbackListResponse = pageOf(feedbackItem).extend({
  status: z.enum(FEEDBACK_STATUSES),
  /** How many of the region's (an OPD role: its OPD's) feedback wait, are approved, are rejected. */
  counts: z.object({ pending: z.number(), approved: z.number(), rejected: z.number() }),
  /** What the filters offer: the published innovations in scope and their OPDs. */
  options: z.object({
    opds: z.array(z.object({ id: z.uuid(), name: z.string() })),
    innovations: z.array(z.object({ id: z.uuid(), name: z.string(), opdId: z.uuid() })),
  }),
});
export type FeedbackList = z.infer<typeof feedbackListResponse>;

export const FEEDBACK_DECISIONS = ['approved', 'rejected'] as const;
export const moderateBody = z.object({
  ids: z
    .array(z.uuid({ error: 'invalid' }))
    .min(1, { error: 'required' })
    .max(MAX_PAGE_SIZE),
  decision: z.enum(FEEDBACK_DECISIONS, { error: 'invalid_option' }),
});
/** How many items wait in the region's moderation queue (the navigation's badge). */
export const pendingCountResponse = z.object({ pending: z.number().int() });

export const moderateResponse = z.object({ changed: z.number().int(), counts: feedbackListResponse.shape.counts });

export const satisfactionQuery = z.object({ year: z.coerce.number().int().min(2000).max(2100).optional() });

export const satisfactionResponse = z.object({
  /** The year asked (feedback received in it, WIB), or null for every year. */
  year: z.number().nullable(),
  total: satisfactionShape,
  opds: z.array(satisfactionShape.extend({ opdId: z.uuid(), opdName: z.string() })),
  innovations: z.array(
    satisfactionShape.extend({ innovationId: z.uuid(), name: z.string(), slug: z.string().nullable(), opdId: z.uuid(), opdName: z.string() }),
  ),
});
export type SatisfactionReport = z.infer<typeof satisfactionResponse>;
