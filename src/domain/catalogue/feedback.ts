// Citizen feedback on a published innovation: a rating of 1–5 and a comment, shown only once moderated.

export const FEEDBACK_STATUSES = ['pending', 'approved', 'rejected'] as const;
export type FeedbackStatus = (typeof FEEDBACK_STATUSES)[number];

export const RATING_MIN = 1;
export const RATING_MAX = 5;
export const FEEDBACK_COMMENT_MAX = 1000;

/** One sender (the day's keyed hash of the address) may rate one innovation once a day… */
export const FEEDBACK_PER_INNOVATION_PER_DAY = 1;
/** …and post at most this many times in an hour, whatever the innovations. */
export const FEEDBACK_PER_SENDER_PER_HOUR = 10;

/** A received rating, in the catalogue page's address (`?umpan-balik=terkirim#umpan-balik`); a refused one gets its form again. */
export const FEEDBACK_SENT = 'terkirim';

/** Whether a sender who already posted this many may post again. */
export function feedbackLimited(posted: { sameInnovationToday: number; lastHour: number }): boolean {
  return posted.sameInnovationToday >= FEEDBACK_PER_INNOVATION_PER_DAY || posted.lastHour >= FEEDBACK_PER_SENDER_PER_HOUR;
}

/** What replaces personal data in a comment shown to anyone. */
export const HIDDEN_MARK = '[disembunyikan]';

const EMAIL = /[\p{L}\p{N}._%+-]+@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)*\.\p{L}{2,}/gu;
/** A NIK: 16 digits, written in one run or in groups (spaces, dots or dashes between them). */
const NIK = /(?<![\p{N}+])(?<!\p{N}[.,])\d(?:[ .-]?\d){15}(?![\p{N}])/gu;
/**
 * An Indonesian telephone number: 08…, +62…, 62… (mobile), or a landline with its area code (0321-…, (031) …),
 * its digits grouped by spaces, dots or dashes; 9–13 digits in all after the leading 0 (or 62).
 */
const PHONE = /(?<![\p{N}+])(?<!\p{N}[.,])(?:\+\s?62|62|\(?0)\s?\)?[\s.-]?[1-9](?:[\s.)-]{0,2}\d){6,12}(?!\p{N})/gu;

function digits(s: string): string {
  return s.replace(/\D/g, '');
}

function isPhone(match: string): boolean {
  const d = digits(match);
  const national = d.startsWith('62') ? d.slice(2) : d.startsWith('0') ? d.slice(1) : d;
  return national.length >= 8 && national.length <= 12;
}

/**
 * A citizen's comment as anyone may read it: e-mail addresses, telephone numbers and NIK numbers replaced by
 * HIDDEN_MARK, surrounding whitespace trimmed. The stored comment is never changed; this runs when it is shown.
 */
export function publicComment(text: string | null | undefined): string {
  if (!text) return '';
  return text
    .replace(EMAIL, HIDDEN_MARK)
    .replace(NIK, HIDDEN_MARK)
    .replace(PHONE, (m) => (isPhone(m) ? HIDDEN_MARK : m))
    .trim();
}

/** Whether showing the comment hid something (the moderator is told). */
export function hidesPersonalData(text: string | null | undefined): boolean {
  return publicComment(text) !== (text ?? '').trim();
}

export type Rating = 1 | 2 | 3 | 4 | 5;
/** How many ratings of each value, 1 to 5. */
export type RatingDistribution = Record<'1' | '2' | '3' | '4' | '5', number>;

export interface Satisfaction {
  count: number;
  /** Rounded half up to 2 decimals, computed from whole numbers (no floating-point drift); null with no rating. */
  average: number | null;
  distribution: RatingDistribution;
}

export const emptyDistribution = (): RatingDistribution => ({ '1': 0, '2': 0, '3': 0, '4': 0, '5': 0 });

const RATING_KEYS = ['1', '2', '3', '4', '5'] as const;

/** Satisfaction from how many ratings of each value there are. */
export function satisfactionOf(distribution: Partial<RatingDistribution>): Satisfaction {
  const d = emptyDistribution();
  let count = 0;
  let sum = 0;
  for (const k of RATING_KEYS) {
    const n = Math.max(0, Math.trunc(distribution[k] ?? 0));
    d[k] = n;
    count += n;
    sum += n * Number(k);
  }
  // round(sum / count, 2) half up, in integers: floor((200·sum + count) / (2·count)) / 100.
  const average = count === 0 ? null : Math.floor((200 * sum + count) / (2 * count)) / 100;
  return { count, average, distribution: d };
}

/** Satisfaction from the ratings themselves (values other than the whole numbers 1–5 are not ratings and are left out). */
export function satisfaction(ratings: readonly number[]): Satisfaction {
  const d = emptyDistribution();
  for (const r of ratings) if (Number.isInteger(r) && r >= RATING_MIN && r <= RATING_MAX) d[String(r) as keyof RatingDistribution]++;
  return satisfactionOf(d);
}

/** Several satisfactions taken together (an OPD's innovations, the region's OPDs). */
export function combineSatisfaction(parts: readonly Satisfaction[]): Satisfaction {
  const d = emptyDistribution();
  for (const p of parts) for (const k of RATING_KEYS) d[k] += p.distribution[k];
  return satisfactionOf(d);
}
