// The `test` every spec uses: Playwright's, with the worker's own server as baseURL (playwright.config.ts starts one
// server per worker, on E2E_PORT + the worker's parallel index), so that workers never share data.
import { test as base } from '@playwright/test';

const PORT = Number(process.env.E2E_PORT ?? 3210);

export const test = base.extend({
  baseURL: async ({ baseURL: _first }, use, testInfo) => {
    await use(`http://127.0.0.1:${PORT + testInfo.parallelIndex}`);
  },
});
