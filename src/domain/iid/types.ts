// The IID framework as data: every number that changes by year lives here, never in code.
import type { ReplicationRule } from '../catalogue/replication';
import type { EvidenceCheckRule } from '../evidence-check/types';

export type { ReplicationRule };

export type Aspect = 'SPD' | 'SID';

export interface IndicatorOption {
  /** 1 (weakest) … 3 (strongest); 0 = unanswered or no valid evidence is implicit. */
  value: number;
  label: string;
  labelEn?: string;
}

export interface Indicator {
  /** Official code: SPD "1", "2a" …; SID "16" … "35". */
  code: string;
  aspect: Aspect;
  variable: string;
  name: string;
  nameEn?: string;
  weight: number;
  /** Must be answered with evidence (2026: 10 SPD + 5 SID). */
  mandatory: boolean;
  /** The reference data behind this indicator is not confirmed. */
  uncertain: boolean;
  /** Nothing counts without evidence (true for every built-in indicator). */
  evidenceRequired: boolean;
  evidence?: string;
  evidenceEn?: string;
  /**
   * Evidence must be of the assessment year (T-0, "tahun terakhir", dated in the application year): when an
   * innovation is carried into a new period, its evidence for this indicator is flagged for renewal.
   */
  evidenceRenewal?: boolean;
  source?: string;
  /**
   * A region statistic measured by others for past years (PAD, IPM, poverty, unemployment, BPK opinion …):
   * nothing the region does can change it within the assessment year, so the simulator shows it apart from
   * the actions. Absent = an action (false).
   */
  statistic?: boolean;
  options: IndicatorOption[];
  /**
   * Agreed replications recorded in Inovda are this indicator's evidence (Replikasi): option k needs
   * minRegions[k-1] distinct replicating regions. Absent = replications do not feed this indicator.
   */
  replication?: ReplicationRule;
  /** What this indicator's evidence must show, read by the evidence pre-check (never decides; the verifier does). */
  evidenceCheck?: EvidenceCheckRule;
}

export interface CountScoreRule {
  /** Points per sent innovation (2026: 0.38). */
  perInnovation: number;
  /** Most points the count score can give (2026: 76, i.e. 200 innovations). */
  cap: number;
  /** Urusan codes whose coverage is the condition (the six basic-service urusan). */
  requiredUrusan: string[];
  /** How many of requiredUrusan sent innovations must cover, else the count score is 0 (2026: 5). */
  minUrusanCovered: number;
}

export interface PredicateBand {
  min: number;
  max: number;
  label: string;
}

export interface Framework {
  id: string;
  kind: 'iid';
  year: number;
  name: string;
  /** Built-in versions are read-only; a region clones one to correct it. */
  builtIn: boolean;
  /** Cloned from this framework id. */
  basedOn?: string;
  /** Any part of this version is inferred rather than confirmed. */
  uncertain: boolean;
  /** What is uncertain and why, shown in the UI. */
  notes: { id: string; en: string }[];
  maxScore: number;
  /** k in MAX(k, n). */
  divisorFloor: number;
  countScore: CountScoreRule;
  bands: PredicateBand[];
  indicators: Indicator[];
}

/** Answers are option values 0–3 keyed by indicator code. */
export type Answers = Record<string, number>;

export interface InnovationInput {
  id: string;
  /** Only sent (dikirim) innovations count; default true. */
  sent?: boolean;
  urusan: string[];
  answers: Answers;
  /**
   * Items waiting for verification (the claimed option, evidence present), on the verified basis: what
   * the answers become once a verifier accepts them. Not part of the score until then.
   */
  pending?: Answers;
}

/**
 * A region as the engine scores it. A value: never changed once scored — the engine keeps what it compiles from
 * it (region-arrays.ts), so a change goes into a new input (as applyAction does).
 */
export interface ScoreInput {
  region: { answers: Answers; pending?: Answers };
  innovations: InnovationInput[];
}
