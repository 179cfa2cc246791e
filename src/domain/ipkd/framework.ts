// The IPKD (Indeks Pengelolaan Keuangan Daerah) framework of one measurement year as data (issue 17).
// Year t measures budget year t−1; the method changed for Tahun Ukur 2025. Kemendagri publishes neither the
// dimension weights, the indicator scoring nor the A/B/C cut-offs: the region's admin enters them, and every
// number Inovda supplies in their place is marked as a default (reference: shared/reference/kipp-ipkd.md §C).
import { z } from 'zod';

const id = z.string().regex(/^[A-Za-z0-9][A-Za-z0-9_.-]{0,39}$/, { error: 'invalid_id' });
const name = z.string().trim().min(1).max(300);
const text = z.string().max(2000);

/** How an indicator's entered value becomes a score of 0 … 100. */
export const scoringSchema = z.discriminatedUnion('kind', [
  // Straight line: `zeroAt` scores 0, `fullAt` scores 100 (zeroAt > fullAt when lower is better), clamped.
  z.object({ kind: z.literal('linear'), zeroAt: z.number().finite(), fullAt: z.number().finite() }),
  // Met (value ≤ or ≥ limit) scores 100, else `otherwise` (0 unless set).
  z.object({
    kind: z.literal('threshold'),
    op: z.enum(['atMost', 'atLeast']),
    limit: z.number().finite(),
    otherwise: z.number().finite().min(0).max(100),
  }),
  // One of listed answers (the BPK opinion WTP/WDP/TW/TMP, yes/no), each with its score.
  z.object({
    kind: z.literal('choice'),
    options: z
      .array(z.object({ value: id, label: name, labelEn: z.string().max(300).optional(), score: z.number().finite().min(0).max(100) }))
      .min(2)
      .max(20),
  }),
]);
export type IpkdScoring = z.infer<typeof scoringSchema>;

export const IPKD_UNITS = ['percent', 'ratio', 'count', 'choice'] as const;
export type IpkdUnit = (typeof IPKD_UNITS)[number];

export const ipkdIndicatorSchema = z.object({
  id,
  name,
  nameEn: z.string().trim().max(300).optional(),
  description: text.optional(),
  unit: z.enum(IPKD_UNITS),
  /** The range a value may take (not for choices): outside it is a typing error, refused on the field. */
  min: z.number().finite().nullable(),
  max: z.number().finite().nullable(),
  scoring: scoringSchema,
  /** Relative weight inside its dimension (> 0): its share is weight ÷ Σ weights of the dimension. */
  weight: z.number().finite(),
  /** The document kinds that prove the value (RPJMD, RKPD, KUA-PPAS, APBD, LKPD, BPK opinion, publication link). */
  documents: z.array(z.string().trim().min(1).max(100)).max(10),
  /** The document proving the value is dated inside the budget year (a date outside it is refused). */
  datedInBudgetYear: z.boolean(),
  /** Inovda's guess, not a published rule: the UI says so. */
  uncertain: z.boolean(),
});
export type IpkdIndicator = z.infer<typeof ipkdIndicatorSchema>;

export const ipkdDimensionSchema = z.object({
  id,
  name,
  nameEn: z.string().trim().max(300).optional(),
  /** Share of the IPKD in percent; the dimensions' weights sum to 100. */
  weight: z.number().finite(),
  /** True while the weight is Inovda's default and not the official one. */
  defaultWeight: z.boolean(),
  indicators: z.array(ipkdIndicatorSchema).min(1).max(40),
});
export type IpkdDimension = z.infer<typeof ipkdDimensionSchema>;

export const IPKD_PREDICATES = ['A', 'B', 'C'] as const;
export type IpkdPredicate = (typeof IPKD_PREDICATES)[number];
export const IPKD_METHODS = ['penilaian', 'skoring'] as const;
export const FISCAL_CAPACITIES = ['tinggi', 'sedang', 'rendah'] as const;
export type FiscalCapacity = (typeof FISCAL_CAPACITIES)[number];

export const ipkdRulesSchema = z.object({
  /** Tahun ukur: the year of measurement; the budget year measured is the one before. */
  measurementYear: z.number().int().min(2020).max(2100),
  method: z.enum(IPKD_METHODS),
  dimensions: z.array(ipkdDimensionSchema).min(1).max(12),
  /** Lowest IPKD of predicate A and of B (below B's is C). */
  bands: z.object({ A: z.number().finite(), B: z.number().finite(), defaultBands: z.boolean() }),
});
export type IpkdRules = z.infer<typeof ipkdRulesSchema>;

export interface IpkdFramework extends IpkdRules {
  id: string;
  name: string;
  /** A built-in version is read-only; the admin clones it to change weights, scoring or bands. */
  builtin: boolean;
  notes: string;
}

/** The budget year a measurement year measures (t − 1). */
export const budgetYearOf = (measurementYear: number) => measurementYear - 1;
