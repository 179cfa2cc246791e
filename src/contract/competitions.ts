// Competitions: templates, a region's competitions and their rules, OPDs' entries with proposals, judges and their
// assignments, judges' scores, rankings per stage and the published results.
import { z } from 'zod';
import { NATIONAL_PROGRAMMES, NATIONAL_RESULTS } from '../domain/competitions/national';
import { REWARD_SOURCES } from '../domain/competitions/rewards';
import { COMPETITION_ENTRY_STATUSES, COMPETITION_STATUSES } from '../domain/competitions/status';
import { PROGRAMMES, rulesSchema } from '../domain/competitions/template';

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, { error: 'invalid' });

export const templateSummary = z.object({
  id: z.string(),
  name: z.string(),
  nameEn: z.string(),
  programme: z.enum(PROGRAMMES),
  uncertain: z.boolean(),
  notes: z.string(),
  rules: rulesSchema,
});

export const competitionCreateBody = z.object({
  templateId: z.string({ error: 'required' }).min(1, { error: 'required' }).max(80).optional(),
  fromCompetitionId: z.uuid({ error: 'invalid' }).optional().describe('Copy the rules of an earlier competition instead'),
  name: z.string({ error: 'required' }).trim().min(1, { error: 'required' }).max(200),
  year: z.number({ error: 'required' }).int().min(2000, { error: 'invalid' }).max(2100, { error: 'invalid' }),
});

export const competitionPatchBody = z.object({
  version: z.number().int().min(1),
  name: z.string().trim().min(1, { error: 'required' }).max(200).optional(),
  year: z.number().int().min(2000, { error: 'invalid' }).max(2100, { error: 'invalid' }).optional(),
  registrationCloses: isoDate.nullish(),
  rules: rulesSchema.optional(),
});

export const statusBody = z.object({ status: z.enum(COMPETITION_STATUSES, { error: 'invalid_option' }) });

const entryCounts = z.object({ total: z.number(), proposed: z.number(), accepted: z.number() });

export const competitionSummary = z.object({
  id: z.string(),
  name: z.string(),
  year: z.number(),
  templateId: z.string(),
  programme: z.enum(PROGRAMMES),
  status: z.enum(COMPETITION_STATUSES),
  currentStage: z.number(),
  stageName: z.string(),
  registrationCloses: z.string().nullable(),
  entries: entryCounts,
  updatedAt: z.string(),
});

export const resultRow = z.object({
  entryId: z.string(),
  innovationId: z.string(),
  innovationName: z.string(),
  opdName: z.string(),
  groupId: z.string(),
  score: z.number().nullable(),
  rank: z.number().nullable(),
  advanced: z.boolean(),
});

export const competitionDetail = competitionSummary.extend({
  rules: rulesSchema,
  version: z.number(),
  publishedAt: z.string().nullable(),
  /** The published final ranking (null until published). */
  results: z.array(resultRow).nullable(),
});

export const entryCreateBody = z.object({
  innovationId: z.uuid({ error: 'required' }),
  groupId: z.string({ error: 'required' }).min(1, { error: 'required' }).max(60),
});

export const entryPatchBody = z.object({
  version: z.number().int().min(1),
  groupId: z.string().min(1, { error: 'required' }).max(60).optional(),
  /** Only the sections sent are changed. */
  proposal: z.record(z.string().max(60), z.string().max(60_000)).optional(),
});

export const versionBody = z.object({ version: z.number().int().min(1) });

export const reviewBody = z.object({
  version: z.number().int().min(1),
  decision: z.enum(['accept', 'return'], { error: 'invalid_option' }),
  note: z.string().trim().max(2000).optional(),
});

const attachment = z.object({
  id: z.string(),
  indicatorCode: z.string(),
  title: z.string().nullable(),
  fileName: z.string().nullable(),
  url: z.string().nullable(),
});

export const eligibilityProblem = z.object({ code: z.string(), params: z.record(z.string(), z.union([z.string(), z.number()])).optional() });

export const entryListItem = z.object({
  id: z.string(),
  competitionId: z.string(),
  innovationId: z.string(),
  innovationName: z.string(),
  opdId: z.string(),
  opdName: z.string(),
  groupId: z.string(),
  status: z.enum(COMPETITION_ENTRY_STATUSES),
  stageReached: z.number(),
  updatedAt: z.string(),
});

export const entryDetail = entryListItem.extend({
  competitionName: z.string(),
  competitionStatus: z.enum(COMPETITION_STATUSES),
  rules: rulesSchema,
  proposal: z.record(z.string(), z.string()),
  reviewNote: z.string().nullable(),
  version: z.number(),
  eligibility: z.array(eligibilityProblem),
  attachments: z.record(z.string(), z.array(attachment)),
  /** Published results of this entry per stage (empty until published). */
  results: z.array(z.object({ stageId: z.string(), score: z.number().nullable(), rank: z.number().nullable(), advanced: z.boolean() })),
});

export const entriesQuery = z.object({ status: z.enum(COMPETITION_ENTRY_STATUSES).optional() });

/** Innovations an OPD may still enter (of its own OPD, not entered yet), with what would refuse them. */
export const candidate = z.object({ innovationId: z.string(), name: z.string(), opdName: z.string(), eligibility: z.array(eligibilityProblem) });

export const judgesBody = z.object({ userIds: z.array(z.uuid({ error: 'invalid' })).max(100) });

export const assignBody = z.discriminatedUnion('mode', [
  z.object({ mode: z.literal('balanced') }),
  z.object({ mode: z.literal('manual'), judgeId: z.uuid({ error: 'invalid' }), entryId: z.uuid({ error: 'invalid' }), assigned: z.boolean() }),
]);

export const stageParams = z.object({ id: z.uuid({ error: 'not_found' }), stageId: z.string().max(60) });

export const judgeOption = z.object({ id: z.string(), username: z.string(), fullName: z.string(), opdName: z.string().nullable() });

export const stageProgress = z.object({
  stageId: z.string(),
  judges: z.array(judgeOption.extend({ assigned: z.number(), completed: z.number() })),
  candidates: z.array(judgeOption),
  entries: z.array(z.object({ entryId: z.string(), innovationName: z.string(), opdName: z.string(), judges: z.array(z.string()) })),
  conflicts: z.array(z.object({ judgeId: z.string(), entryId: z.string(), reason: z.string() })),
  short: z.array(z.object({ entry: z.string(), judges: z.number() })).optional(),
});

export const rankingResponse = z.object({
  stageId: z.string(),
  /** Live ranking of a running stage, or the stored one of a closed stage (or the final: '_final'). */
  closed: z.boolean(),
  rows: z.array(resultRow.extend({ judges: z.number(), decided: z.boolean().optional().describe('A later review stage: decided yet') })),
});

export const judgingItem = z.object({
  competitionId: z.string(),
  name: z.string(),
  year: z.number(),
  stageId: z.string(),
  stageName: z.string(),
  open: z.boolean(),
  assigned: z.number(),
  completed: z.number(),
});

export const judgingEntry = z.object({
  entryId: z.string(),
  innovationName: z.string(),
  /** Null in blind mode. */
  opdName: z.string().nullable(),
  groupId: z.string(),
  proposal: z.record(z.string(), z.string()),
  scores: z.record(z.string(), z.object({ value: z.number().nullable(), comment: z.string().nullable() })),
  complete: z.boolean(),
});

export const judgingDetail = z.object({
  competitionId: z.string(),
  name: z.string(),
  open: z.boolean(),
  rules: rulesSchema,
  stageId: z.string(),
  entries: z.array(judgingEntry),
});

export const scoreBody = z.object({
  entryId: z.uuid({ error: 'invalid' }),
  criterionId: z.string().min(1).max(60),
  value: z.number({ error: 'invalid' }).finite().nullable().optional().describe('Absent: unchanged; null: cleared'),
  comment: z.string().max(4000).nullable().optional().describe('Absent: unchanged'),
});

export const conflictBody = z.object({ entryId: z.uuid({ error: 'invalid' }), reason: z.string().trim().min(1, { error: 'required' }).max(500) });

export const innovationCompetitions = z.array(
  z.object({
    competitionId: z.string(),
    name: z.string(),
    year: z.number(),
    programme: z.enum(PROGRAMMES),
    /** The innovation's entry; with the competition still running, its own status (a published one has its result). */
    entryId: z.string(),
    competitionStatus: z.enum(COMPETITION_STATUSES),
    entryStatus: z.enum(COMPETITION_ENTRY_STATUSES),
    rank: z.number().nullable(),
    score: z.number().nullable(),
    advanced: z.boolean(),
  }),
);

export const inviteBody = z.object({
  fullName: z.string({ error: 'required' }).trim().min(3, { error: 'required' }).max(120),
  email: z.email({ error: 'invalid_email' }).max(200).optional().describe('The invitation is e-mailed there when SMTP is set up'),
});

export const invitation = z.object({
  userId: z.string(),
  username: z.string(),
  /** Shown once: the link lets its holder choose the password (valid for a week). */
  link: z.string(),
  expiresAt: z.string(),
  emailed: z.boolean(),
});

export const reminded = z.object({ reminded: z.number() });

export const nationalResultBody = z.object({
  programme: z.enum(NATIONAL_PROGRAMMES, { error: 'invalid_option' }),
  year: z.number({ error: 'required' }).int().min(2000, { error: 'invalid' }).max(2100, { error: 'invalid' }),
  result: z.enum(NATIONAL_RESULTS, { error: 'invalid_option' }),
  title: z.string().trim().max(300).optional(),
  evidenceUrl: z
    .url({ protocol: /^https?$/, error: 'invalid_link' })
    .max(2000)
    .optional(),
});

export const nationalResult = nationalResultBody.extend({
  id: z.string(),
  title: z.string().nullable(),
  evidenceUrl: z.string().nullable(),
  createdAt: z.string(),
});

export const nationalResultParams = z.object({ id: z.uuid({ error: 'not_found' }), resultId: z.uuid({ error: 'not_found' }) });

const rewardText = (max: number) => z.string().trim().max(max);

/** A reward given (or to be given) to the innovators behind an award; what SPD indicator 12 rests on. */
export const rewardBody = z.object({
  recipient: z.string({ error: 'required' }).trim().min(1, { error: 'required' }).max(300),
  award: z.string({ error: 'required' }).trim().min(1, { error: 'required' }).max(300),
  year: z.number({ error: 'required' }).int().min(2000, { error: 'invalid' }).max(2100, { error: 'invalid' }),
  certificate: z.boolean(),
  incentive: rewardText(500).nullable().optional(),
  incentiveAmount: z.number().int({ error: 'invalid' }).min(0).max(1e13).nullable().optional(),
  givenOn: z.iso.date({ error: 'invalid_date' }).nullable().optional(),
  decree: rewardText(300).nullable().optional(),
  evidenceUrl: z
    .url({ protocol: /^https?$/, error: 'invalid_link' })
    .max(2000)
    .nullable()
    .optional(),
});

/** Recording one: for a published competition's winner, a national award, or an innovation on its own. */
export const rewardCreateBody = rewardBody.extend({
  source: z.enum(REWARD_SOURCES, { error: 'invalid_option' }),
  /** The innovation's entry (a year's profile) the reward is for. */
  entryId: z.uuid({ error: 'required' }),
  competitionId: z.uuid({ error: 'not_found' }).nullable().optional(),
  nationalResultId: z.uuid({ error: 'not_found' }).nullable().optional(),
});

/** A partial change: only the fields sent change. */
export const rewardPatchBody = rewardBody.partial().extend({ version: z.number().int() });

export const reward = z.object({
  id: z.string(),
  source: z.enum(REWARD_SOURCES),
  innovationId: z.string(),
  innovationName: z.string(),
  opdName: z.string(),
  competitionId: z.string().nullable(),
  nationalResultId: z.string().nullable(),
  recipient: z.string(),
  award: z.string(),
  year: z.number(),
  certificate: z.boolean(),
  incentive: z.string().nullable(),
  incentiveAmount: z.number().nullable(),
  givenOn: z.string().nullable(),
  decree: z.string().nullable(),
  evidenceUrl: z.string().nullable(),
  version: z.number(),
});

/** An award not yet followed by a recorded reward: a published competition's winner or a national award. */
export const rewardCandidate = z.object({
  source: z.enum(['competition', 'national']),
  /** The innovation's newest entry, to record the reward on. */
  entryId: z.string(),
  innovationId: z.string(),
  innovationName: z.string(),
  opdName: z.string(),
  competitionId: z.string().nullable(),
  nationalResultId: z.string().nullable(),
  award: z.string(),
  year: z.number(),
});

export const rewardsQuery = z.object({ year: z.coerce.number().int().min(2000).max(2100).optional() });

export const rewardsResponse = z.object({
  rewards: reward.array(),
  candidates: rewardCandidate.array(),
  /** What the given rewards support for SPD 12 of the year asked (default: this year). */
  spd12: z.object({ year: z.number(), from: z.number(), until: z.number(), certificates: z.number(), incentives: z.number(), option: z.number() }),
});
