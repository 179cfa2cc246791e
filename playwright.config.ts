import { defineConfig } from '@playwright/test';

// Browser tests run the real server on a fresh embedded PostgreSQL server (.tmp/e2e), in Debian's Chromium (never a
// downloaded one).
const PORT = Number(process.env.E2E_PORT ?? 3210);
export const E2E_PASSWORD = 'E2e-demo-2026';

export default defineConfig({
  testDir: 'e2e',
  timeout: 60_000,
  expect: { timeout: 10_000 },
  fullyParallel: false,
  workers: 1,
  retries: 0,
  reporter: process.env.CI ? [['list'], ['json', { outputFile: 'reports/e2e.json' }]] : 'list',
  use: {
    baseURL: `http://127.0.0.1:${PORT}`,
    locale: 'id-ID',
    timezoneId: 'Asia/Jakarta',
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking'],
    },
    trace: 'retain-on-failure',
  },
  webServer: {
    command: 'npm run -s build && rm -rf .tmp/e2e && node --import tsx src/server/main.ts',
    url: `http://127.0.0.1:${PORT}/healthz`,
    reuseExistingServer: false,
    timeout: 120_000,
    // SIGTERM lets the server stop its PostgreSQL server cleanly; past the timeout the process group is killed.
    gracefulShutdown: { signal: 'SIGTERM', timeout: 10_000 },
    env: {
      PORT: String(PORT),
      HOST: '127.0.0.1',
      DATA_DIR: '.tmp/e2e',
      INOVDA_DEMO_PASSWORD: E2E_PASSWORD,
      DATABASE_URL: '',
      LOG_LEVEL: 'warn',
      INOVDA_DEMO_INNOVATIONS: 'false',
    },
  },
});
