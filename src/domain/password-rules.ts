// The password policy's limits and words, without the estimator: what a page may import up front (the
// estimator and its dictionaries are loaded only where a password is chosen; see password-policy.ts).

export const PASSWORD_MIN_LENGTH = 10;
export const PASSWORD_MAX_LENGTH = 200;
/** zxcvbn's score 3: about 10^8 guesses or more, "safely unguessable" against throttled online attacks and slow hashes. */
export const PASSWORD_MIN_SCORE = 3;

export type PasswordProblem = 'too_short' | 'too_long' | 'same_as_username' | 'personal' | 'too_guessable';

/** Who is choosing the password: their own words make a password easy to guess for someone who knows them. */
export interface PasswordContext {
  username?: string | null;
  fullName?: string | null;
  email?: string | null;
  regionName?: string | null;
  opdName?: string | null;
}

export interface PasswordAssessment {
  /** Empty when the password is acceptable; the first one is what a form shows. */
  problems: PasswordProblem[];
  /** 0 (guessed at once) … 4 (very hard), for a strength meter. */
  score: 0 | 1 | 2 | 3 | 4;
  /** The estimator's warning and suggestions as its keys (translated by the caller), e.g. 'common', 'anotherWord'. */
  warning: string | null;
  suggestions: string[];
}

/** The words of the user's context: each whole value, run together, and each of its words (3 letters or more). */
export function contextWords(context: PasswordContext): string[] {
  const values = [context.username, context.fullName, context.email, context.regionName, context.opdName, 'inovda'];
  const words = new Set<string>();
  for (const value of values) {
    if (!value) continue;
    const lower = value.toLowerCase().trim();
    words.add(lower);
    words.add(lower.replace(/[^\p{L}\p{N}]+/gu, ''));
    for (const part of lower.split(/[^\p{L}\p{N}]+/u)) if (part.length >= 3) words.add(part);
  }
  return [...words];
}
