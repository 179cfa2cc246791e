// A competition's rules as data (issue 15): groups, eligibility, proposal sections with word limits, and stages
// with their criteria, weights and advancement. Built-in templates (builtin-templates.ts) are copied into a
// competition, which the region's admin then edits; nothing here is a code constant of one contest.
import { z } from 'zod';

/** Where a proposal section is pre-filled from: the innovation's profile (newest assessment year). */
export const PROFILE_SOURCES = ['tujuan', 'manfaat', 'hasil', 'rancangBangun', 'lokasi', 'haki', 'penghargaan'] as const;
export type ProfileSource = (typeof PROFILE_SOURCES)[number];

const id = z.string().regex(/^[a-z0-9][a-z0-9_-]{0,59}$/, { error: 'invalid_id' });
const name = z.string().trim().min(1).max(200);
const date = z.iso.date();

export const criterionSchema = z.object({
  id,
  name,
  nameEn: z.string().trim().max(200).optional(),
  description: z.string().max(2000).optional(),
  descriptionEn: z.string().max(2000).optional(),
  /** Relative weight (> 0); the share is weight ÷ Σ weights of the stage. */
  weight: z.number().finite(),
  /** The top of the scale judges score on (0 … max). */
  max: z.number().finite(),
  /** True when the reference publishes no weight and this one is Inovda's default, for the admin to set. */
  defaultWeight: z.boolean().optional(),
});
export type Criterion = z.infer<typeof criterionSchema>;

export const STAGE_KINDS = ['review', 'scored'] as const;

export const stageSchema = z.object({
  id,
  name,
  nameEn: z.string().trim().max(200).optional(),
  /** 'review': the organiser passes or returns each entry (administrative selection); 'scored': judges score. */
  kind: z.enum(STAGE_KINDS),
  criteria: z.array(criterionSchema).max(30),
  /** Share of this stage in the final score (0: the stage only selects). */
  weight: z.number().finite().min(0),
  normalise: z.enum(['none', 'zscore']),
  /** Ties broken by these criteria (ids of this stage), in order. */
  tieBreak: z.array(id).max(30),
  /** How many go on to the next stage: the best `topN` of each group (null: all who were ranked), with per-group overrides. */
  topN: z.number().int().min(1).nullable(),
  quotas: z.record(id, z.number().int().min(0)),
  /** Judges per entry when assigned automatically (null: every judge of the stage scores every entry). */
  judgesPerEntry: z.number().int().min(1).nullable(),
  /** Hide the OPD (and unit) from judges. */
  blind: z.boolean(),
  from: date.nullable(),
  until: date.nullable(),
});
export type Stage = z.infer<typeof stageSchema>;

/** A stage with what is not given left open: no criteria, weight 0 (only selects), no cut, no dates. */
export const stage = (s: Partial<Stage> & Pick<Stage, 'id' | 'name' | 'kind'>): Stage => ({
  criteria: [],
  weight: 0,
  normalise: 'none',
  tieBreak: [],
  topN: null,
  quotas: {},
  judgesPerEntry: null,
  blind: false,
  from: null,
  until: null,
  ...s,
});

export const groupSchema = z.object({
  id,
  name,
  nameEn: z.string().trim().max(200).optional(),
  description: z.string().max(2000).optional(),
  descriptionEn: z.string().max(2000).optional(),
});
export type Group = z.infer<typeof groupSchema>;

export const sectionSchema = z.object({
  id,
  name,
  nameEn: z.string().trim().max(200).optional(),
  description: z.string().max(2000).optional(),
  descriptionEn: z.string().max(2000).optional(),
  /** Most words the section may have (null: no limit). */
  wordLimit: z.number().int().min(1).nullable(),
  /** Profile fields the section starts from, joined in order. */
  prefill: z.array(z.enum(PROFILE_SOURCES)).max(PROFILE_SOURCES.length),
  /** IID indicator codes whose evidence files are attached to the section. */
  evidenceCodes: z.array(z.string().max(20)).max(20),
});
export type Section = z.infer<typeof sectionSchema>;

export const eligibilitySchema = z.object({
  /** Applied at least this many whole years before the registration closes (null: no minimum). */
  minYearsApplied: z.number().int().min(0).max(20).nullable(),
  /** Refuse innovations already recorded as a top winner of this programme. */
  notPastTopWinner: z.boolean(),
  /** Only innovations at the penerapan (implementation) stage. */
  implementedOnly: z.boolean(),
});
export type Eligibility = z.infer<typeof eligibilitySchema>;

export const PROGRAMMES = ['kipp', 'iga', 'kovablik', 'inotek', 'local', 'other'] as const;
export type Programme = (typeof PROGRAMMES)[number];

/** What a template and a competition share: the rules. */
export const rulesSchema = z.object({
  programme: z.enum(PROGRAMMES),
  groups: z.array(groupSchema).min(1).max(20),
  sections: z.array(sectionSchema).max(30),
  stages: z.array(stageSchema).min(1).max(10),
  eligibility: eligibilitySchema,
});
export type CompetitionRules = z.infer<typeof rulesSchema>;

export interface CompetitionTemplate extends CompetitionRules {
  id: string;
  name: string;
  nameEn: string;
  /** Some of it comes from a single secondary source or is Inovda's default: the UI says so. */
  uncertain: boolean;
  notes: string;
}

export interface RulesProblem {
  path: string;
  code:
    | 'comp_duplicate_id'
    | 'comp_weight_positive'
    | 'comp_max_positive'
    | 'comp_unknown_criterion'
    | 'comp_unknown_group'
    | 'comp_no_criteria'
    | 'dates_out_of_order';
}

/** Rules zod cannot say alone: unique ids, positive weights and scales, references that exist, dates in order. */
export function rulesProblems(rules: CompetitionRules): RulesProblem[] {
  const problems: RulesProblem[] = [];
  const unique = (ids: string[], path: string) =>
    ids.forEach((x, i) => {
      if (ids.indexOf(x) !== i) problems.push({ path: `${path}[${i}].id`, code: 'comp_duplicate_id' });
    });
  unique(
    rules.groups.map((g) => g.id),
    'groups',
  );
  unique(
    rules.sections.map((s) => s.id),
    'sections',
  );
  unique(
    rules.stages.map((s) => s.id),
    'stages',
  );
  const groups = new Set(rules.groups.map((g) => g.id));
  rules.stages.forEach((stage, si) => {
    const at = `stages[${si}]`;
    unique(
      stage.criteria.map((c) => c.id),
      `${at}.criteria`,
    );
    if (stage.kind === 'scored' && stage.criteria.length === 0) problems.push({ path: `${at}.criteria`, code: 'comp_no_criteria' });
    stage.criteria.forEach((c, ci) => {
      if (!(c.weight > 0)) problems.push({ path: `${at}.criteria[${ci}].weight`, code: 'comp_weight_positive' });
      if (!(c.max > 0)) problems.push({ path: `${at}.criteria[${ci}].max`, code: 'comp_max_positive' });
    });
    const criteria = new Set(stage.criteria.map((c) => c.id));
    stage.tieBreak.forEach((c, i) => {
      if (!criteria.has(c)) problems.push({ path: `${at}.tieBreak[${i}]`, code: 'comp_unknown_criterion' });
    });
    for (const g of Object.keys(stage.quotas)) if (!groups.has(g)) problems.push({ path: `${at}.quotas.${g}`, code: 'comp_unknown_group' });
    if (stage.from && stage.until && stage.from > stage.until) problems.push({ path: `${at}.until`, code: 'dates_out_of_order' });
  });
  return problems;
}

/** The stage's criteria in the ranking contract's terms (ranking.ts). */
export const rankCriteria = (stage: Stage) => stage.criteria.map((c) => ({ id: c.id, weight: c.weight, max: c.max }));
