// The password estimator with its dictionaries (~1 MB of word lists): imported only by usePasswordStrength,
// as a chunk of its own, so the sign-in page never loads it. The check is the domain's, as on the server.
import * as common from '@zxcvbn-ts/language-common';
import * as en from '@zxcvbn-ts/language-en';
import * as id from '@zxcvbn-ts/language-id';
import { passwordChecker } from '../../../domain/password-policy';

export const checkPassword = passwordChecker({ dictionary: { ...common.dictionary, ...en.dictionary, ...id.dictionary }, graphs: common.adjacencyGraphs });

/** The estimator's warnings and suggestions, by key, in Bahasa Indonesia and English (from its language packages). */
export const feedbackTexts = { id: id.translations, en: en.translations };
