// Timing helpers for benchmarks: medians (machines here are shared and noisy), printed plainly.
export function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}

/** The value below which `q` of the values fall (the nearest rank at or above). */
export function percentile(values: number[], q: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? 0;
}

export interface Measured {
  /** Wall-clock median and p90, ms. */
  median: number;
  p90: number;
  /**
   * Median CPU time of this process per run, ms (all its threads, so the garbage collector's helpers count).
   * On a loaded machine a run longer than the scheduler's time slice waits its turn several times: wall time
   * then measures the load, CPU time still the work.
   */
  cpu: number;
  runs: number;
}

/** Runs fn `runs` times after `warmup` untimed runs. */
export function measure(fn: () => unknown, runs: number, warmup = 3): Measured {
  for (let k = 0; k < warmup; k++) fn();
  const times: number[] = [];
  const cpu: number[] = [];
  for (let k = 0; k < runs; k++) {
    const c = process.cpuUsage();
    const t = performance.now();
    fn();
    times.push(performance.now() - t);
    const used = process.cpuUsage(c);
    cpu.push((used.user + used.system) / 1000);
  }
  return { median: median(times), p90: percentile(times, 0.9), cpu: median(cpu), runs };
}

/**
 * One line: the wall-clock median and p90, the CPU median, and optionally the ratio of the median to a floor
 * measured in the same run and the target (median ≤ target, on wall-clock and on CPU time).
 */
export function report(name: string, r: Measured, target?: number, floor?: number) {
  const ms = (x: number) => `${x.toFixed(3).padStart(9)} ms`;
  const ratio = floor === undefined ? '' : `  ${(r.median / floor).toFixed(1).padStart(5)}× floor`;
  const met = (x: number) => (target !== undefined && x <= target ? 'met' : 'NOT met');
  const verdict = target === undefined ? '' : `  target ≤ ${target} ms: wall ${met(r.median)}, cpu ${met(r.cpu)}`;
  console.log(`${name.padEnd(52)} median ${ms(r.median)}   p90 ${ms(r.p90)}   cpu ${ms(r.cpu)}   n=${r.runs}${ratio}${verdict}`);
}
