// Assessment periods (one per year, on a framework version) and the region-level (SPD) answers of a period.
import { z } from 'zod';
import { PERIOD_STATUSES } from '../domain/period-status';
import { itemStateShape } from './common';

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, { error: 'invalid' });

export const periodShape = z.object({
  id: z.string(),
  regionId: z.string(),
  year: z.number(),
  frameworkId: z.string(),
  frameworkName: z.string(),
  frameworkUncertain: z.boolean(),
  status: z.enum(PERIOD_STATUSES),
  penjaringanOpensOn: z.string(),
  penjaringanClosesOn: z.string(),
  internalDeadline: z.string().nullable(),
  maturityThreshold: z.number().nullable(),
  opdTarget: z.number(),
  entryCount: z.number(),
  carriedOver: z.number().optional(),
  closedAt: z.string().nullable(),
  lockedAt: z.string().nullable(),
  createdAt: z.string(),
});

export const periodCreateBody = z.object({
  regionId: z.uuid({ error: 'invalid' }).optional(),
  year: z.number({ error: 'required' }).int().min(2018).max(2100),
  frameworkId: z.string({ error: 'required' }).trim().min(1, { error: 'required' }),
  penjaringanOpensOn: isoDate,
  penjaringanClosesOn: isoDate,
  internalDeadline: isoDate.nullish(),
  maturityThreshold: z.number().min(0).nullish(),
  opdTarget: z.number().int().min(1).max(50).optional(),
  carryOver: z.boolean().default(true).describe('Copy the previous period’s innovations (profile and answers) as drafts'),
});

export const periodUpdateBody = z.object({
  penjaringanOpensOn: isoDate.optional(),
  penjaringanClosesOn: isoDate.optional(),
  internalDeadline: isoDate.nullish(),
  maturityThreshold: z.number().min(0).nullish(),
  opdTarget: z.number().int().min(1).max(50).optional(),
});

export const periodStatusBody = z.object({ status: z.enum(PERIOD_STATUSES) });

export const periodList = periodShape.array();

/** The region's SPD answers of a period, their review state and the SPD score (claimed and verified). */
export const regionAnswersShape = z.object({
  periodId: z.string(),
  answers: z.record(z.string(), z.number()),
  items: z.record(z.string(), itemStateShape),
  spd: z.number(),
  spdVerified: z.number(),
  spdMax: z.number(),
  missingEvidence: z.array(z.string()),
});

export type Period = z.infer<typeof periodShape>;
export type PeriodCreateInput = z.input<typeof periodCreateBody>;
export type PeriodUpdateInput = z.input<typeof periodUpdateBody>;
export type RegionAnswers = z.infer<typeof regionAnswersShape>;
