// npm run bench:first-load — the sign-in page's first visit on a slow link, in Debian's Chromium: the built
// app served as in production, the browser's cache off, the link throttled to 1.6 Mbps down, 750 kbps up and
// 150 ms latency. Prints the bytes transferred (HTML, JS, CSS, fonts, API calls, with headers) and the time
// from navigation until the sign-in form is interactive (the username field enabled), median of 5 visits.
// Targets: ≤ 200 KB, < 3 s.
import { execFileSync } from 'node:child_process';
import { resolve } from 'node:path';
import { type Browser, chromium } from '@playwright/test';
import { createBench } from './harness';
import { median } from './stats';

const RUNS = Number(process.env.BENCH_RUNS ?? 5);
export const TARGET = { bytes: 200 * 1024, ms: 3000 };
/** Bytes per second, as the DevTools protocol takes them. */
const SLOW_LINK = { offline: false, latency: 150, downloadThroughput: 1_600_000 / 8, uploadThroughput: 750_000 / 8 };

export interface FirstLoad {
  /** Bytes on the wire for the first visit (median over the runs; every run loads the same files). */
  bytes: number;
  /** The same split by kind of resource (Document, Script, Stylesheet, Font, Fetch, …). */
  bytesByType: Record<string, number>;
  requests: number;
  /** Navigation start until the username field is enabled, median of the runs. */
  interactiveMs: number;
  runsMs: number[];
}

interface Visit {
  ms: number;
  bytes: number;
  bytesByType: Record<string, number>;
  requests: number;
}

async function visit(browser: Browser, url: string): Promise<Visit> {
  const context = await browser.newContext({ locale: 'id-ID' });
  try {
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send('Network.enable');
    await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
    await cdp.send('Network.emulateNetworkConditions', SLOW_LINK);
    const types = new Map<string, string>();
    const bytesByType: Record<string, number> = {};
    let requests = 0;
    cdp.on('Network.responseReceived', (e) => types.set(e.requestId, e.type));
    cdp.on('Network.loadingFinished', (e) => {
      const type = types.get(e.requestId) ?? 'Other';
      bytesByType[type] = (bytesByType[type] ?? 0) + e.encodedDataLength;
      requests++;
    });
    await page.goto(url, { waitUntil: 'commit' });
    // The page's own clock starts at navigation, so the time includes the HTML's round trips.
    const interactive = await page.waitForFunction(
      () => {
        const input = document.querySelector<HTMLInputElement>('input[autocomplete="username"]');
        return input && !input.disabled && input.getClientRects().length > 0 ? performance.now() : 0;
      },
      undefined,
      { timeout: 120_000 },
    );
    const ms = (await interactive.jsonValue()) as number;
    // Whatever the page still fetches after the form is up belongs to the first load too.
    await page.waitForLoadState('networkidle');
    const bytes = Object.values(bytesByType).reduce((a, b) => a + b, 0);
    return { ms, bytes, bytesByType, requests };
  } finally {
    await context.close();
  }
}

/** Builds the web app (unless BENCH_SKIP_BUILD=1), serves it on a fresh database and measures the sign-in page's first load. */
export async function firstLoad(runs = RUNS): Promise<FirstLoad> {
  if (!process.env.BENCH_SKIP_BUILD)
    execFileSync('npm', ['run', '-s', 'build'], { stdio: ['ignore', 'ignore', 'inherit'], cwd: resolve(import.meta.dirname, '..') });
  const bench = createBench();
  let browser: Browser | undefined;
  try {
    await bench.loadDemo();
    const { base } = await bench.start({ web: true });
    browser = await chromium.launch({
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking'],
    });
    const visits: Visit[] = [];
    for (let k = 0; k < runs; k++) visits.push(await visit(browser, `${base}/login`));
    const middle = [...visits].sort((a, b) => a.bytes - b.bytes)[Math.floor(visits.length / 2)];
    return {
      bytes: middle.bytes,
      bytesByType: middle.bytesByType,
      requests: middle.requests,
      interactiveMs: median(visits.map((v) => v.ms)),
      runsMs: visits.map((v) => Math.round(v.ms)),
    };
  } finally {
    await browser?.close();
    await bench.cleanup();
  }
}

const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;

export function printFirstLoad(r: FirstLoad) {
  const met = (ok: boolean) => (ok ? 'met' : 'NOT met');
  const split = Object.entries(r.bytesByType)
    .sort((a, b) => b[1] - a[1])
    .map(([type, n]) => `${type} ${kb(n)}`)
    .join(', ');
  console.log('sign-in page, first visit, cache off, 1.6 Mbps down / 750 kbps up / 150 ms latency');
  console.log(
    `transferred          ${kb(r.bytes).padStart(10)}  in ${r.requests} requests (${split})  target ≤ ${kb(TARGET.bytes)}: ${met(r.bytes <= TARGET.bytes)}`,
  );
  console.log(
    `interactive          ${`${(r.interactiveMs / 1000).toFixed(2)} s`.padStart(10)}  median of ${r.runsMs.length} (${r.runsMs.join(', ')} ms)  target < ${TARGET.ms / 1000} s: ${met(r.interactiveMs < TARGET.ms)}`,
  );
}

export async function main() {
  printFirstLoad(await firstLoad());
}

// Run directly (npm run bench:first-load); bench/run.ts calls main() itself.
if (resolve(process.argv[1] ?? '') === import.meta.filename) await main();
