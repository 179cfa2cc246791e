// Timing helpers for benchmarks: medians (machines here are shared and noisy), printed plainly.
export function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}

/** Runs fn `runs` times after `warmup` untimed runs; returns the median and p90 in milliseconds. */
export function measure(fn: () => unknown, runs: number, warmup = 3) {
  for (let k = 0; k < warmup; k++) fn();
  const times: number[] = [];
  for (let k = 0; k < runs; k++) {
    const t = performance.now();
    fn();
    times.push(performance.now() - t);
  }
  const sorted = [...times].sort((a, b) => a - b);
  return { median: median(times), p90: sorted[Math.floor(sorted.length * 0.9)], runs };
}

export function report(name: string, r: { median: number; p90: number; runs: number }, target?: number) {
  const verdict = target === undefined ? '' : r.median < target ? `  (target < ${target} ms: met)` : `  (target < ${target} ms: NOT met)`;
  console.log(`${name.padEnd(48)} median ${r.median.toFixed(3).padStart(9)} ms   p90 ${r.p90.toFixed(3).padStart(9)} ms   n=${r.runs}${verdict}`);
}
