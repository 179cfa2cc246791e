// The dashboards: the region's IID with its breakdown, counts and deadlines; every OPD against its target (with a
// Kepala OPD's to-do list); the official results per year; the OPD × indicator heatmap.
import { z } from 'zod';
import { REVIEW_STATUSES } from '../domain/evidence/review';
import { PERIOD_STATUSES } from '../domain/period-status';

const line = z.object({ earned: z.number(), possible: z.number() });

export const scoreView = z.object({
  iid: z.number(),
  iidExact: z.number(),
  predicate: z.string(),
  spd: z.number(),
  sid: z.number(),
  countScore: z.number(),
  sent: z.number(),
  divisor: z.number(),
  averageMaturity: z.number(),
  aspects: z.array(line.extend({ aspect: z.string() })),
  variables: z.array(line.extend({ aspect: z.string(), variable: z.string() })),
  urusan: z.object({
    required: z.array(z.string()),
    covered: z.array(z.string()),
    missing: z.array(z.string()),
    needed: z.number(),
    conditionMet: z.boolean(),
  }),
});

export const regionDashboard = z.object({
  period: z.object({
    id: z.string(),
    year: z.number(),
    status: z.enum(PERIOD_STATUSES),
    frameworkId: z.string(),
    frameworkName: z.string(),
    opdTarget: z.number(),
  }),
  deadlines: z.array(z.object({ key: z.enum(['opens', 'internal', 'closes']), date: z.string(), days: z.number() })),
  bands: z.array(z.object({ min: z.number(), max: z.number(), label: z.string() })),
  divisorFloor: z.number(),
  maxScore: z.number(),
  claimed: scoreView,
  verified: scoreView,
  innovations: z.object({
    registered: z.number(),
    sent: z.number(),
    byStatus: z.record(z.string(), z.number()),
    byTahapan: z.record(z.string(), z.number()),
    byJenis: z.record(z.string(), z.number()),
  }),
  verification: z.object({ menunggu: z.number(), diterima: z.number(), dikembalikan: z.number() }),
});

export const opdMonitoring = z.object({
  periodId: z.string(),
  year: z.number(),
  target: z.number(),
  previousYear: z.number().nullable(),
  rows: z.array(
    z.object({
      opdId: z.string(),
      name: z.string(),
      shortName: z.string(),
      registered: z.number(),
      sent: z.number(),
      submitted: z.number(),
      averageMaturity: z.number(),
      averageVerified: z.number(),
      evidenceCompleteness: z.number().nullable(),
      returned: z.number(),
      waiting: z.number(),
      meetsTarget: z.boolean(),
      previousRegistered: z.number().nullable(),
      change: z.number().nullable(),
    }),
  ),
  todo: z.array(
    z.object({
      entryId: z.string(),
      entryName: z.string(),
      kind: z.enum(['awaiting_approval', 'returned_by_head', 'returned', 'missing_evidence', 'draft']),
      codes: z.array(z.string()),
      notes: z.array(z.string()),
    }),
  ),
});

export const officialResult = z.object({
  year: z.number().int().min(2015).max(2100),
  iid: z.number().min(0).max(100),
  predicate: z.string().trim().max(100).nullish(),
  nationalRank: z.number().int().min(1).max(1000).nullish(),
  cluster: z.string().trim().max(100).nullish(),
  awards: z.string().trim().max(2000).nullish(),
  source: z.string({ error: 'required' }).trim().min(1, { error: 'required' }).max(1000),
});

const heatCell = z.object({ claimed: z.number(), verified: z.number() });

export const heatmapShape = z.object({
  indicators: z.array(z.object({ code: z.string(), name: z.string(), variable: z.string(), max: z.number() })),
  opds: z.array(z.object({ id: z.string(), name: z.string(), shortName: z.string(), cells: z.record(z.string(), heatCell) })),
  innovations: z.array(
    z.object({
      id: z.string(),
      name: z.string(),
      opdName: z.string(),
      // '' for an indicator the innovation has not answered.
      cells: z.record(z.string(), z.object({ value: z.number(), reviewStatus: z.enum(REVIEW_STATUSES).or(z.literal('')) })),
    }),
  ),
});

export type ScoreView = z.infer<typeof scoreView>;
export type RegionDashboard = z.infer<typeof regionDashboard>;
export type OpdMonitoring = z.infer<typeof opdMonitoring>;
export type OfficialResult = z.infer<typeof officialResult>;
export type OfficialResultInput = z.input<typeof officialResult>;
export type Heatmap = z.infer<typeof heatmapShape>;
