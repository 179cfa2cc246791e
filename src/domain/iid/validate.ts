// Shape (zod) and rules for frameworks and score input. Problems name the field by path so the editor,
// the API and the CLI can all point at it.
import { z } from 'zod';
import { evidenceCheckRuleSchema, ruleOptions } from '../evidence-check/rule-schema';
import { MESSAGES, type MessageCode } from '../messages';
import { compile, SCALE } from './engine';
import type { Framework, Indicator, ScoreInput } from './types';

export interface Problem {
  path: string;
  code: MessageCode | 'invalid' | 'required';
  params?: Record<string, string | number>;
}

const option = z.object({ value: z.number(), label: z.string().trim().min(1), labelEn: z.string().optional() });

/**
 * An indicator code names files and folders in the national package and appears in URLs: letters and digits,
 * joined by single dots, dashes or underscores ("16", "1.2", "SPD-3"), never a path ("../../z").
 */
export const INDICATOR_CODE = /^[A-Za-z0-9]+(?:[._-][A-Za-z0-9]+)*$/;

const indicator = z.object({
  code: z.string().trim().min(1).max(10).regex(INDICATOR_CODE, { error: 'fw_code_pattern' }),
  aspect: z.enum(['SPD', 'SID']),
  variable: z.string().trim().min(1).max(200),
  name: z.string().trim().min(1).max(300),
  nameEn: z.string().max(300).optional(),
  weight: z.number(),
  mandatory: z.boolean().default(false),
  uncertain: z.boolean().default(false),
  evidenceRequired: z.boolean().default(true),
  evidence: z.string().max(5000).optional(),
  evidenceEn: z.string().max(5000).optional(),
  evidenceRenewal: z.boolean().optional(),
  source: z.string().max(5000).optional(),
  statistic: z.boolean().optional(),
  options: z.array(option),
  replication: z.object({ minRegions: z.array(z.number().int().min(1).max(1000)).min(1).max(10), countInsideRegion: z.boolean().default(false) }).optional(),
  evidenceCheck: evidenceCheckRuleSchema.optional(),
});

/** A framework as exported and imported (the CLI contract); optional fields get defaults. */
export const frameworkSchema = z.object({
  id: z.string().trim().min(1).max(80),
  kind: z.literal('iid').default('iid'),
  year: z.number().int().min(2000).max(2100),
  name: z.string().max(200).optional(),
  builtIn: z.boolean().optional(),
  basedOn: z.string().optional(),
  uncertain: z.boolean().optional(),
  notes: z.array(z.object({ id: z.string(), en: z.string() })).optional(),
  maxScore: z.number().positive(),
  divisorFloor: z.number().int().min(1).max(10_000),
  countScore: z.object({
    perInnovation: z.number().min(0),
    cap: z.number().min(0),
    requiredUrusan: z.array(z.string().trim().min(1)),
    minUrusanCovered: z.number().int().min(0),
  }),
  bands: z.array(z.object({ min: z.number(), max: z.number(), label: z.string().trim().min(1).max(100) })).min(1),
  indicators: z.array(indicator).min(1),
});

/** A framework message code carried by a refinement ({ error: 'fw_…' }). */
const ownCode = (message: string): MessageCode | null => (message.startsWith('fw_') && message in MESSAGES ? (message as MessageCode) : null);

export function zodProblems(error: z.ZodError, prefix = ''): Problem[] {
  return error.issues.map((i): Problem => {
    const path = [prefix, ...i.path.map(String)].filter(Boolean).join('.');
    const inRule = i.path.includes('evidenceCheck');
    // The evidence rule's own words: which fields it does not know, which document kinds exist.
    if (inRule && i.code === 'unrecognized_keys') return { path, code: 'fw_evidence_unknown_field', params: { keys: i.keys.join(', ') } };
    if (inRule && i.code === 'invalid_value' && /kinds/i.test(String(i.path[i.path.length - 2] ?? i.path[i.path.length - 1])))
      return { path, code: 'fw_evidence_kind', params: { kinds: i.values.map(String).join(', ') } };
    const own = ownCode(i.message);
    if (own) return { path, code: own };
    return { path, code: i.code === 'invalid_type' && /undefined/.test(i.message) ? 'required' : 'invalid' };
  });
}

const cents = (x: number) => Math.round(x * 100);

/** Rules beyond shape: weights, ordered options, bands covering 0–100 at 0.01 without gaps or overlaps. */
export function frameworkRuleProblems(f: Framework): Problem[] {
  const problems: Problem[] = [];
  const seen = new Set<string>();
  f.indicators.forEach((ind, k) => {
    const at = `indicators.${k}`;
    if (seen.has(ind.code)) problems.push({ path: `${at}.code`, code: 'fw_duplicate_code', params: { code: ind.code } });
    seen.add(ind.code);
    if (!(ind.weight > 0)) problems.push({ path: `${at}.weight`, code: 'fw_weight_positive' });
    else if (Math.abs(ind.weight * SCALE - Math.round(ind.weight * SCALE)) > 1e-6) problems.push({ path: `${at}.weight`, code: 'fw_weight_precision' });
    if (ind.options.length === 0) problems.push({ path: `${at}.options`, code: 'fw_options_empty' });
    const ordered = ind.options.every((o, j) => Number.isInteger(o.value) && o.value >= 1 && o.value <= 3 && (j === 0 || o.value > ind.options[j - 1].value));
    if (!ordered) problems.push({ path: `${at}.options`, code: 'fw_options_order' });
    if (ind.evidenceCheck) {
      const values = new Set(ind.options.map((o) => o.value));
      const unknown = ruleOptions(ind.evidenceCheck).find((o) => !values.has(o));
      if (unknown !== undefined)
        problems.push({ path: `${at}.evidenceCheck`, code: 'fw_evidence_option_unknown', params: { option: unknown, code: ind.code } });
    }
  });

  const bands = f.bands.map((b, k) => ({ ...b, k })).sort((a, b) => a.min - b.min);
  bands.forEach((b) => {
    if (b.min > b.max) problems.push({ path: `bands.${b.k}.max`, code: 'fw_band_order' });
  });
  if (bands.length && cents(bands[0].min) !== 0) problems.push({ path: `bands.${bands[0].k}.min`, code: 'fw_bands_start' });
  if (bands.length && cents(bands[bands.length - 1].max) !== 10_000) problems.push({ path: `bands.${bands[bands.length - 1].k}.max`, code: 'fw_bands_end' });
  for (let j = 1; j < bands.length; j++) {
    const prev = cents(bands[j - 1].max);
    const cur = cents(bands[j].min);
    if (cur <= prev) problems.push({ path: `bands.${bands[j].k}.min`, code: 'fw_bands_overlap', params: { from: bands[j].min } });
    else if (cur > prev + 1) problems.push({ path: `bands.${bands[j].k}.min`, code: 'fw_bands_gap', params: { from: bands[j - 1].max, to: bands[j].min } });
  }

  const cs = f.countScore;
  if (cs.minUrusanCovered > new Set(cs.requiredUrusan).size)
    problems.push({ path: 'countScore.minUrusanCovered', code: 'fw_min_urusan', params: { max: new Set(cs.requiredUrusan).size } });

  if (!problems.length) {
    const c = compile(f);
    const reachable = (c.spdMax + c.maturityMax + c.countCap) / SCALE;
    if (f.maxScore + 1e-9 < reachable) problems.push({ path: 'maxScore', code: 'fw_max_score_low', params: { max: f.maxScore, reachable } });
  }
  return problems;
}

/** Parses and checks a framework object (import, CLI); returns it with defaults filled in, or the problems. */
export function parseFramework(input: unknown, prefix = ''): { framework?: Framework; problems: Problem[] } {
  const parsed = frameworkSchema.safeParse(input);
  if (!parsed.success) return { problems: zodProblems(parsed.error, prefix) };
  const framework: Framework = {
    name: `Indeks Inovasi Daerah ${parsed.data.year}`,
    uncertain: parsed.data.indicators.some((i) => i.uncertain),
    notes: [],
    ...parsed.data,
    builtIn: false,
  } as Framework;
  const problems = frameworkRuleProblems(framework).map((p) => ({ ...p, path: [prefix, p.path].filter(Boolean).join('.') }));
  return problems.length ? { problems } : { framework, problems };
}

const answers = z.record(z.string(), z.number());

export const scoreInputSchema = z.object({
  region: z.object({ answers, pending: answers.optional() }).default({ answers: {} }),
  innovations: z
    .array(
      z.object({
        id: z.union([z.string().min(1), z.number()]).transform(String),
        sent: z.boolean().optional(),
        urusan: z.array(z.string()).default([]),
        answers: answers.default({}),
        pending: answers.optional(),
      }),
    )
    .default([]),
});

/** Checks answers against the framework: known codes, the right aspect, whole values within the options. */
export function scoreInputProblems(f: Framework, input: ScoreInput): Problem[] {
  const c = compile(f);
  const aspectOf = new Map(f.indicators.map((i) => [i.code, i.aspect]));
  const problems: Problem[] = [];
  const check = (path: string, given: Record<string, number>, aspect: 'SPD' | 'SID') => {
    for (const [code, value] of Object.entries(given)) {
      const at = `${path}.${code}`;
      const actual = aspectOf.get(code);
      if (!actual) problems.push({ path: at, code: 'score_unknown_indicator', params: { code } });
      else if (actual !== aspect) problems.push({ path: at, code: 'score_wrong_aspect', params: { code, aspect } });
      else {
        const max = c.maxValue.get(code) ?? 3;
        if (!Number.isInteger(value) || value < 0 || value > max) problems.push({ path: at, code: 'score_value_range', params: { max } });
      }
    }
  };
  check('region.answers', input.region.answers, 'SPD');
  if (input.region.pending) check('region.pending', input.region.pending, 'SPD');
  const ids = new Set<string>();
  input.innovations.forEach((inv, k) => {
    if (ids.has(inv.id)) problems.push({ path: `innovations.${k}.id`, code: 'score_duplicate_innovation', params: { id: inv.id } });
    ids.add(inv.id);
    check(`innovations.${k}.answers`, inv.answers, 'SID');
    if (inv.pending) check(`innovations.${k}.pending`, inv.pending, 'SID');
  });
  return problems;
}

/** An answer must be 0 (none) or one of the indicator's option values; the problem names the highest value. */
export function answerValueProblem(indicator: Indicator, value: number): Problem | null {
  if (value === 0 || indicator.options.some((o) => o.value === value)) return null;
  return { path: 'value', code: 'score_value_range', params: { max: Math.max(0, ...indicator.options.map((o) => o.value)) } };
}
