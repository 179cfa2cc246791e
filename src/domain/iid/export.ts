// The framework JSON other tools rely on (CLI `framework export`). `full` adds what the editor round-trips,
// including the rules kept as data beside each indicator (evidence renewal, replication, evidence check).
import type { Framework } from './types';

export function exportFramework(f: Framework, opts: { full?: boolean } = {}) {
  const base = {
    id: f.id,
    kind: 'iid' as const,
    year: f.year,
    maxScore: f.maxScore,
    divisorFloor: f.divisorFloor,
    countScore: {
      perInnovation: f.countScore.perInnovation,
      cap: f.countScore.cap,
      requiredUrusan: [...f.countScore.requiredUrusan],
      minUrusanCovered: f.countScore.minUrusanCovered,
    },
    bands: f.bands.map((b) => ({ min: b.min, max: b.max, label: b.label })),
    indicators: f.indicators.map((i) => ({
      code: i.code,
      aspect: i.aspect,
      variable: i.variable,
      name: i.name,
      weight: i.weight,
      mandatory: i.mandatory,
      uncertain: i.uncertain,
      options: i.options.map((o) => ({ value: o.value, label: o.label })),
      ...(opts.full
        ? {
            nameEn: i.nameEn,
            evidenceRequired: i.evidenceRequired,
            evidence: i.evidence,
            evidenceEn: i.evidenceEn,
            source: i.source,
            statistic: i.statistic,
            // Rules as data: kept through export and import (a copy, so an edited export never changes the framework).
            ...(i.evidenceRenewal !== undefined ? { evidenceRenewal: i.evidenceRenewal } : {}),
            ...(i.replication ? { replication: { minRegions: [...i.replication.minRegions], countInsideRegion: i.replication.countInsideRegion } } : {}),
            ...(i.evidenceCheck ? { evidenceCheck: JSON.parse(JSON.stringify(i.evidenceCheck)) as typeof i.evidenceCheck } : {}),
          }
        : {}),
    })),
  };
  if (!opts.full) return base;
  return {
    ...base,
    name: f.name,
    basedOn: f.basedOn,
    uncertain: f.uncertain,
    notes: f.notes,
    indicators: base.indicators.map((ind, k) => ({ ...ind, options: f.indicators[k].options.map((o) => ({ ...o })) })),
  };
}
