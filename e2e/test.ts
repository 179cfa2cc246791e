// The `test` every spec uses: Playwright's, with
// - the worker's own server as baseURL (playwright.config.ts starts one server per worker, on E2E_PORT + the
//   worker's parallel index), so that workers never share data;
// - every notice (toast) a page shows remembered in the page, so that expectNotice (support.ts) finds one that
//   came and went while a slow machine was still returning from the click that caused it.
import { test as base } from '@playwright/test';

const PORT = Number(process.env.E2E_PORT ?? 3210);

/** Runs in the page before its scripts: collects the text of every Mantine notification shown. */
export function rememberNotices() {
  const seen: string[] = [];
  const counted = new WeakSet<Element>();
  (window as unknown as { __inovdaNotices: string[] }).__inovdaNotices = seen;
  new MutationObserver(() => {
    for (const el of document.querySelectorAll('.mantine-Notification-description')) {
      if (counted.has(el) || !el.textContent) continue;
      counted.add(el);
      seen.push(el.textContent);
    }
  }).observe(document, { childList: true, subtree: true, characterData: true });
}

export const test = base.extend({
  baseURL: async ({ baseURL: _first }, use, testInfo) => {
    await use(`http://127.0.0.1:${PORT + testInfo.parallelIndex}`);
  },
  context: async ({ context }, use) => {
    await context.addInitScript(rememberNotices);
    await use(context);
  },
});
