import { defineConfig } from '@playwright/test';
import { patience } from './e2e/patience';

// Browser tests run the real server on a fresh embedded PostgreSQL server (.tmp/e2e-N), in Debian's Chromium (never
// a downloaded one). Each worker has a server of its own (port E2E_PORT + N, where N is the worker's parallel index,
// e2e/test.ts): spec files run side by side without sharing data, and a file's tests in order, as a person would.
const PORT = Number(process.env.E2E_PORT ?? 3210);
const WORKERS = Number(process.env.E2E_WORKERS ?? 2);
export const E2E_PASSWORD = 'E2e-demo-2026';

// One build for every server: the first builds (unless `npm test` built already), the others wait for its mark.
// The runner's id names the mark; workers load this file again with the same environment, so the same id.
process.env.E2E_RUN_ID ??= String(process.pid);
const built = `.tmp/e2e-built-${process.env.E2E_RUN_ID}`;
const build = process.env.E2E_SKIP_BUILD ? 'true' : 'npm run -s build';
const serve = 'node --import tsx src/server/main.ts';

function server(n: number) {
  const dataDir = `.tmp/e2e-${n}`;
  const ready = n === 0 ? `mkdir -p .tmp && rm -f .tmp/e2e-built-* && ${build} && touch ${built}` : `until [ -f ${built} ]; do sleep 1; done`;
  return {
    command: `rm -rf ${dataDir} && ${ready} && ${serve}`,
    url: `http://127.0.0.1:${PORT + n}/healthz`,
    reuseExistingServer: false,
    timeout: 240_000,
    // SIGTERM lets the server stop its PostgreSQL server cleanly; past the timeout the process group is killed.
    gracefulShutdown: { signal: 'SIGTERM' as const, timeout: 10_000 },
    env: {
      PORT: String(PORT + n),
      HOST: '127.0.0.1',
      DATA_DIR: dataDir,
      INOVDA_DEMO_PASSWORD: E2E_PASSWORD,
      DATABASE_URL: '',
      LOG_LEVEL: 'warn',
      INOVDA_DEMO_INNOVATIONS: 'false',
      // The evidence pre-check's worker runs in every server (its default); an idle one looks for work often, so a
      // test waits for a reading, not for the next look.
      INOVDA_EVIDENCE_POLL_MS: '250',
    },
  };
}

export default defineConfig({
  testDir: 'e2e',
  timeout: 60_000 * patience,
  expect: { timeout: 10_000 * patience },
  fullyParallel: false,
  workers: WORKERS,
  retries: 0,
  reporter: process.env.CI ? [['list'], ['json', { outputFile: 'reports/e2e.json' }]] : 'list',
  use: {
    // The worker's own server is set in e2e/test.ts; this is the first one's.
    baseURL: `http://127.0.0.1:${PORT}`,
    locale: 'id-ID',
    timezoneId: 'Asia/Jakarta',
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking'],
    },
    // Off unless asked (E2E_TRACE=1): recording every step's page cost a third of a test's time on two cores, and a
    // failure still leaves its page's accessibility snapshot (error-context.md) and the error beside the step.
    trace: process.env.E2E_TRACE ? 'retain-on-failure' : 'off',
  },
  webServer: Array.from({ length: WORKERS }, (_, n) => server(n)),
});
