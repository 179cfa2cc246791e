// What the IPKD rules and an entered value must satisfy beyond their shape: unique ids, dimension weights summing
// to 100 %, positive indicator weights, sensible ranges and bands; a value inside its indicator's range, a choice
// among its options, a document dated in the budget year. Problems carry the field's path and a message code.
import { budgetYearOf, type IpkdIndicator, type IpkdRules } from './framework';

export type IpkdProblemCode =
  | 'ipkd_duplicate_id'
  | 'ipkd_weights_sum'
  | 'ipkd_weight_range'
  | 'ipkd_weight_positive'
  | 'ipkd_range_order'
  | 'ipkd_scoring_unit'
  | 'ipkd_linear_flat'
  | 'ipkd_bands_order'
  | 'ipkd_value_range'
  | 'ipkd_value_min'
  | 'ipkd_value_max'
  | 'ipkd_value_number'
  | 'ipkd_value_choice'
  | 'ipkd_date_budget_year';

export interface IpkdProblem {
  path: string;
  code: IpkdProblemCode;
  params?: Record<string, string | number>;
}

/** Weights are typed with up to a few decimals: a sum this close to 100 is 100. */
const SUM_TOLERANCE = 1e-6;

export function ipkdRulesProblems(rules: IpkdRules): IpkdProblem[] {
  const problems: IpkdProblem[] = [];
  const seen = new Set<string>();
  const once = (value: string, path: string) => {
    if (seen.has(value)) problems.push({ path, code: 'ipkd_duplicate_id' });
    seen.add(value);
  };
  let sum = 0;
  rules.dimensions.forEach((d, di) => {
    const at = `dimensions[${di}]`;
    once(d.id, `${at}.id`);
    if (d.weight < 0 || d.weight > 100) problems.push({ path: `${at}.weight`, code: 'ipkd_weight_range' });
    sum += d.weight;
    d.indicators.forEach((ind, ii) => {
      const here = `${at}.indicators[${ii}]`;
      once(ind.id, `${here}.id`);
      if (!(ind.weight > 0)) problems.push({ path: `${here}.weight`, code: 'ipkd_weight_positive' });
      if (ind.min !== null && ind.max !== null && ind.min >= ind.max) problems.push({ path: `${here}.max`, code: 'ipkd_range_order' });
      if ((ind.unit === 'choice') !== (ind.scoring.kind === 'choice')) problems.push({ path: `${here}.scoring`, code: 'ipkd_scoring_unit' });
      if (ind.scoring.kind === 'linear' && ind.scoring.zeroAt === ind.scoring.fullAt)
        problems.push({ path: `${here}.scoring.fullAt`, code: 'ipkd_linear_flat' });
      if (ind.scoring.kind === 'choice') {
        const values = ind.scoring.options.map((o) => o.value);
        values.forEach((v, oi) => {
          if (values.indexOf(v) !== oi) problems.push({ path: `${here}.scoring.options[${oi}].value`, code: 'ipkd_duplicate_id' });
        });
      }
    });
  });
  if (Math.abs(sum - 100) > SUM_TOLERANCE) problems.push({ path: 'dimensions', code: 'ipkd_weights_sum', params: { sum: round4(sum) } });
  const { A, B } = rules.bands;
  if (!(B >= 0 && B < A && A <= 100)) problems.push({ path: 'bands', code: 'ipkd_bands_order' });
  return problems;
}

/** An entered value: a number, or a choice's value; the date of the document proving it (ISO), when given. */
export interface IpkdValueInput {
  value: number | string | null;
  documentDate?: string | null;
}

/** Problems of one entered value against its indicator (paths relative to the value: 'value', 'documentDate'). */
export function ipkdValueProblems(indicator: IpkdIndicator, input: IpkdValueInput, measurementYear: number): IpkdProblem[] {
  const problems: IpkdProblem[] = [];
  const { value } = input;
  if (value !== null) {
    if (indicator.scoring.kind === 'choice') {
      if (!indicator.scoring.options.some((o) => o.value === value)) problems.push({ path: 'value', code: 'ipkd_value_choice' });
    } else if (typeof value !== 'number' || !Number.isFinite(value)) {
      problems.push({ path: 'value', code: 'ipkd_value_number' });
    } else if ((indicator.min !== null && value < indicator.min) || (indicator.max !== null && value > indicator.max)) {
      problems.push(rangeProblem(indicator));
    }
  }
  const year = budgetYearOf(measurementYear);
  if (indicator.datedInBudgetYear && input.documentDate && !input.documentDate.startsWith(`${year}-`))
    problems.push({ path: 'documentDate', code: 'ipkd_date_budget_year', params: { year } });
  return problems;
}

function rangeProblem({ min, max }: IpkdIndicator): IpkdProblem {
  if (min !== null && max !== null) return { path: 'value', code: 'ipkd_value_range', params: { min, max } };
  return min !== null ? { path: 'value', code: 'ipkd_value_min', params: { min } } : { path: 'value', code: 'ipkd_value_max', params: { max: max ?? 0 } };
}

/** Four decimals, as Kemendagri publishes IPKD values (79,5230). */
export const round4 = (x: number) => Math.round(x * 10_000) / 10_000;
