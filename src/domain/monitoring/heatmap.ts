// Where the region is weak, indicator by indicator: for each OPD the average share of the maximum option
// its innovations claim (and have verified) per SID indicator; for each innovation its own values.
import { verifiedAnswers } from '../evidence/review';
import type { Framework } from '../iid/types';

export interface HeatEntry {
  id: string;
  opdId: string;
  items: Record<string, { value: number; reviewStatus: string; evidenceCount: number; renewalCount?: number }>;
}

export interface HeatCell {
  /** 0–1: average value / maximum option value. */
  claimed: number;
  verified: number;
}

const round3 = (x: number) => Math.round(x * 1000) / 1000;

export function maxValues(framework: Framework): Map<string, number> {
  return new Map(framework.indicators.filter((i) => i.aspect === 'SID').map((i) => [i.code, Math.max(0, ...i.options.map((o) => o.value))]));
}

/** OPD × indicator: every OPD of the list gets a row (empty OPDs show zeros, which is the point). */
export function opdHeat(framework: Framework, opdIds: string[], entries: HeatEntry[]): Map<string, Record<string, HeatCell>> {
  const max = maxValues(framework);
  const out = new Map<string, Record<string, HeatCell>>();
  const verifiedOf = new Map(entries.map((e) => [e.id, verifiedAnswers(e.items)]));
  for (const opdId of opdIds) {
    const mine = entries.filter((e) => e.opdId === opdId);
    const cells: Record<string, HeatCell> = {};
    for (const [code, m] of max) {
      if (!mine.length || !m) {
        cells[code] = { claimed: 0, verified: 0 };
        continue;
      }
      let claimed = 0;
      let verified = 0;
      for (const e of mine) {
        claimed += (e.items[code]?.value ?? 0) / m;
        verified += (verifiedOf.get(e.id)?.[code] ?? 0) / m;
      }
      cells[code] = { claimed: round3(claimed / mine.length), verified: round3(verified / mine.length) };
    }
    out.set(opdId, cells);
  }
  return out;
}
