// The region's IID of a period (claimed and verified), and the period's state in the engine's score input
// format for the simulator.
import { z } from 'zod';
import { ENTRY_STATUSES } from '../domain/innovation/workflow';
import { periodQuery } from './common';

/** The headline figures of one basis (the dashboard has the full breakdown). */
export const scoreShape = z.object({
  iid: z.number(),
  iidExact: z.number(),
  predicate: z.string(),
  spd: z.number(),
  sid: z.number(),
  countScore: z.number(),
  maxScore: z.number(),
  sent: z.number(),
  averageMaturity: z.number(),
});
export const regionScore = z.object({ periodId: z.string(), year: z.number(), frameworkId: z.string(), claimed: scoreShape, verified: scoreShape });

export const BASES = ['claimed', 'verified'] as const;
export const scoreInputQuery = periodQuery.extend({ basis: z.enum(BASES).default('claimed') });

const answers = z.record(z.string(), z.number());
/**
 * The engine's score input (domain/iid/types ScoreInput) of a period, with the entry behind each innovation. On the
 * verified basis, `pending` holds the items a verifier could accept now: the simulator ranks finishing them.
 */
export const scoreInput = z.object({
  framework: z.string(),
  periodId: z.string(),
  year: z.number(),
  basis: z.enum(BASES),
  region: z.object({ answers, pending: answers.optional() }),
  innovations: z.array(
    z.object({
      id: z.string().describe('The entry’s name'),
      sent: z.boolean().optional(),
      urusan: z.array(z.string()),
      answers,
      entryId: z.string(),
      status: z.enum(ENTRY_STATUSES).describe('Only an innovation its Kepala OPD approved can really be sent'),
      pending: answers.optional(),
    }),
  ),
});

export type ScoreSummary = z.infer<typeof scoreShape>;
export type RegionScore = z.infer<typeof regionScore>;
export type Basis = (typeof BASES)[number];
export type PeriodScoreInput = z.infer<typeof scoreInput>;
