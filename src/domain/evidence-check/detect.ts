// Reads what a document's text says about itself: kind, number, date, signatory, counts. Pure and fast: it runs
// again at every read, so a better detector improves old readings without re-reading files.
import type { DocumentFacts } from './types';

export function readFacts(_text: string): DocumentFacts {
  // Placeholder until the detector lands: nothing recognised.
  return { kind: null, number: null, date: null, signatory: null, counts: {} };
}
