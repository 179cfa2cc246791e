// The leaders' report content (pure): the weakest variables and the simulator's best actions, worded in
// Bahasa Indonesia for a reader who is not an operator.
import type { IidResult } from '../iid/engine';
import type { RankedAction } from '../iid/simulator';
import type { Framework } from '../iid/types';

export interface Gap {
  variable: string;
  percent: number;
}

/** The SID/SPD variables furthest from their maximum (verified score), weakest first. */
export function topGaps(result: IidResult, n = 5): Gap[] {
  return result.breakdown.variables
    .filter((v) => v.possible > 0)
    .map((v) => ({ variable: v.variable.replace(/ \(.*\)$/, ''), percent: Math.round((v.earned / v.possible) * 1000) / 10 }))
    .sort((a, b) => a.percent - b.percent)
    .slice(0, n);
}

/** The key an action is about: one region indicator, one indicator of one innovation, one innovation, or a new one. */
function subjectOf(a: RankedAction['action']): string {
  switch (a.kind) {
    case 'raise_region_answer':
      return `region:${a.code}`;
    case 'raise_innovation_answer':
      return `innovation:${a.innovationId}:${a.code}`;
    case 'send_innovation':
    case 'withdraw_innovation':
      return `send:${a.innovationId}`;
    case 'add_innovation':
      return 'add';
    case 'finish_verification':
      return `verify:${a.innovationId ?? 'region'}`;
  }
}

/**
 * The best action per indicator (the simulator ranks every option of an indicator, e.g. 1→2 and 1→3, as
 * separate actions), best first, at most n: a leader reads each thing to do once.
 */
export function distinctActions(ranked: RankedAction[], n = 5): RankedAction[] {
  const seen = new Set<string>();
  const out: RankedAction[] = [];
  for (const r of [...ranked].sort((a, b) => b.gain - a.gain)) {
    const key = subjectOf(r.action);
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(r);
    if (out.length === n) break;
  }
  return out;
}

export function actionText(framework: Framework, ranked: RankedAction, innovationName: (id: string) => string): string {
  const a = ranked.action;
  const name = (code: string) => framework.indicators.find((i) => i.code === code)?.name ?? code;
  switch (a.kind) {
    case 'raise_region_answer':
      return `Naikkan indikator daerah ${a.code} (${name(a.code)}) dari ${a.from} ke ${a.to}`;
    case 'raise_innovation_answer':
      return `${innovationName(a.innovationId)}: naikkan indikator ${a.code} (${name(a.code)}) dari ${a.from} ke ${a.to}`;
    case 'send_innovation':
      return `Kirim inovasi ${innovationName(a.innovationId)}`;
    case 'withdraw_innovation':
      return `Tarik inovasi ${innovationName(a.innovationId)} dari pengiriman`;
    case 'add_innovation':
      return a.urusan.length ? `Tambah inovasi untuk urusan ${a.urusan.join(', ')}` : 'Tambah satu inovasi baru';
    case 'finish_verification':
      return a.innovationId === null
        ? `Selesaikan verifikasi ${a.count} item SPD yang menunggu`
        : `Selesaikan verifikasi ${a.count} item yang menunggu pada inovasi ${innovationName(a.innovationId)}`;
  }
}
