// Evidence pre-check, the pure part: read what a document says about itself (detect), weigh it against its
// indicator's rule (evaluate) and say it in Bahasa Indonesia or English (messages). The server extracts text and
// calls these at read time; the web shows the result. Never decides: the verifier does.

export { readFacts } from './detect';
export { evaluate } from './evaluate';
export { FINDING_CODES, findingText, KIND_LABELS, summaryText } from './messages';
export { evidenceCheckRuleSchema } from './rule-schema';
export * from './types';
