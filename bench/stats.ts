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

/** One line: the median and p90, and optionally the target (median ≤ target) and the ratio to a floor measured in the same run. */
export function report(name: string, r: { median: number; p90: number; runs: number }, target?: number, floor?: number) {
  const verdict = target === undefined ? '' : `  target ≤ ${target} ms: ${r.median <= target ? 'met' : 'NOT met'}`;
  const ratio = floor === undefined ? '' : `  ${(r.median / floor).toFixed(1).padStart(5)}× floor`;
  console.log(`${name.padEnd(52)} median ${r.median.toFixed(3).padStart(9)} ms   p90 ${r.p90.toFixed(3).padStart(9)} ms   n=${r.runs}${ratio}${verdict}`);
}
