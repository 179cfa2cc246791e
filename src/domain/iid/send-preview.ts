// The exact IID change that marking one innovation sent (or not) causes, from the stored maturities — what
// the admin sees before confirming; the same numbers scoreIid gives on the state after the change.
import { type MaturityInput, type ScoreSummary, scoreSummary } from './engine';
import type { Answers, Framework } from './types';

export interface SendPreview {
  before: ScoreSummary;
  after: ScoreSummary;
  /** after − before, in IID points (unrounded). */
  delta: number;
}

export function sendPreview(
  framework: Framework,
  spdAnswers: Answers,
  innovations: (MaturityInput & { id: string })[],
  id: string,
  sent: boolean,
): SendPreview {
  const before = scoreSummary(framework, spdAnswers, innovations);
  const after = scoreSummary(
    framework,
    spdAnswers,
    innovations.map((i) => (i.id === id ? { ...i, sent } : i)),
  );
  return { before, after, delta: after.iidExact - before.iidExact };
}
