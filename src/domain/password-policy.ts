// Password rules, the same on server (enforced) and web (shown while typing): long enough, and hard to guess
// as the zxcvbn estimator (zxcvbn-ts) judges it — against common passwords, Indonesian and English words and
// names, keyboard patterns, dates, and words from the user's own context (name, e-mail, region, OPD, "inovda").
// No composition rules (ASVS V2.1.9): a long passphrase of plain words is good, "Password123!" is not.
//
// The dictionaries are large, so they are handed in by the caller: the server loads them once, the web app
// only on the pages where a password is chosen.
import { type OptionsDictionary, type OptionsGraph, ZxcvbnFactory } from '@zxcvbn-ts/core';
import {
  contextWords,
  PASSWORD_MAX_LENGTH,
  PASSWORD_MIN_LENGTH,
  PASSWORD_MIN_SCORE,
  type PasswordAssessment,
  type PasswordContext,
  type PasswordProblem,
} from './password-rules';

export * from './password-rules';

/** What the estimator needs: word lists and keyboard layouts (from @zxcvbn-ts/language-*). */
export interface PasswordDictionaries {
  dictionary: OptionsDictionary;
  graphs: OptionsGraph;
}

export type PasswordChecker = (password: string, context?: PasswordContext) => PasswordAssessment;

const ESTIMATED_LENGTH = 64;
const factories = new WeakMap<PasswordDictionaries, ZxcvbnFactory>();

/** A checker over the given dictionaries (ranking them takes a moment, so it is done once per dictionaries object). */
export function passwordChecker(dictionaries: PasswordDictionaries): PasswordChecker {
  let factory = factories.get(dictionaries);
  if (!factory) {
    factory = new ZxcvbnFactory({
      dictionary: dictionaries.dictionary,
      graphs: dictionaries.graphs,
      // Bounds on the work per check (a 200-character mix of l33t symbols took seconds with the defaults, on the
      // server's event loop): at most 10 l33t substitutions are tried, and the first 64 characters judged —
      // a longer password is not weaker than its first 64 characters.
      l33tMaxSubstitutions: 10,
      maxLength: ESTIMATED_LENGTH,
    });
    factories.set(dictionaries, factory);
  }
  const zxcvbn = factory;
  return (password, context = {}) => {
    const problems: PasswordProblem[] = [];
    if (password.length < PASSWORD_MIN_LENGTH) problems.push('too_short');
    if (password.length > PASSWORD_MAX_LENGTH) problems.push('too_long');
    const username = context.username?.trim().toLowerCase();
    if (username && password.toLowerCase().includes(username)) problems.push('same_as_username');
    const result = zxcvbn.check(password.slice(0, ESTIMATED_LENGTH), contextWords(context));
    const warning = result.feedback.warning || null;
    if (result.score < PASSWORD_MIN_SCORE) problems.push(warning === 'userInputs' ? 'personal' : 'too_guessable');
    return { problems, score: result.score, warning, suggestions: result.feedback.suggestions };
  };
}
