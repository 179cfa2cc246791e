// Builders for engine tests: a region's answers and innovations at chosen levels.
import type { Framework, InnovationInput } from './types';

export function allAnswers(f: Framework, aspect: 'SPD' | 'SID', value: number | ((code: string) => number)): Record<string, number> {
  return Object.fromEntries(f.indicators.filter((i) => i.aspect === aspect).map((i) => [i.code, typeof value === 'number' ? value : value(i.code)]));
}

/** Answers whose maturity is exactly `target` (in score units) when the weights allow it. */
export function answersWithMaturity(f: Framework, target: number): Record<string, number> {
  const sid = f.indicators.filter((i) => i.aspect === 'SID').sort((a, b) => b.weight - a.weight || a.code.localeCompare(b.code));
  const answers: Record<string, number> = {};
  let left = Math.round(target * 10_000);
  for (const i of sid) {
    const w = Math.round(i.weight * 10_000);
    const v = Math.min(3, Math.floor(left / w));
    if (v > 0) {
      answers[i.code] = v;
      left -= v * w;
    }
  }
  if (left !== 0) throw new Error(`maturity ${target} not reachable exactly`);
  return answers;
}

export function innovations(count: number, answers: Record<string, number>, urusan: string[] = [], sent = true): InnovationInput[] {
  return Array.from({ length: count }, (_, k) => ({ id: `i${k + 1}`, sent, urusan, answers }));
}
