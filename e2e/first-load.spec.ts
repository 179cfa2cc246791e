// A first visit on a slow link: the sign-in page comes compressed and within 200 KB, without the signed-in
// frame, and every Mantine component shown before sign-in is styled although only app/signed-out.css is
// loaded (a component added to these pages needs its styles listed there).
import { readFileSync } from 'node:fs';
import { expect, type Request } from '@playwright/test';
import { test } from './test';

const BUDGET = 200 * 1024;
const MANTINE_CSS = readFileSync('node_modules/@mantine/core/styles.css', 'utf8');

test('the sign-in page loads within 200 KB, compressed, without the signed-in frame', async ({ page }) => {
  const finished: Request[] = [];
  page.on('requestfinished', (r) => finished.push(r));
  await page.goto('/login');
  await expect(page.locator('input[autocomplete=username]')).toBeEnabled();
  await page.waitForLoadState('networkidle');

  let bytes = 0;
  for (const r of finished) {
    const sizes = await r.sizes();
    bytes += sizes.responseBodySize + sizes.responseHeadersSize;
  }
  expect(bytes).toBeLessThanOrEqual(BUDGET);

  const assets = finished.filter((r) => /\/assets\/.+\.(js|css)$/.test(r.url()));
  expect(assets.length).toBeGreaterThan(0);
  for (const r of assets) {
    const headers = (await r.response())?.headers() ?? {};
    // Every chunk of the first load is big enough to have a brotli copy.
    expect(headers['content-encoding'], r.url()).toBe('br');
    expect(headers['cache-control']).toBe('public, max-age=31536000, immutable');
  }
  expect(finished.map((r) => r.url()).filter((u) => /\/assets\/(Shell|HomePage)-/.test(u))).toEqual([]);
});

for (const url of ['/login', '/forgot-password', '/reset-password?token=abc', '/halaman-yang-tidak-ada']) {
  test(`every Mantine component on ${url} is styled before sign-in`, async ({ page }) => {
    await page.goto(url);
    await expect(page.getByRole('heading').first()).toBeVisible();
    const { classes, rules } = await page.evaluate(() => {
      const found = new Set<string>();
      for (const el of document.querySelectorAll('[class]')) for (const c of el.classList) if (/^m_[0-9a-f]+$/.test(c)) found.add(c);
      const text = [...document.styleSheets].flatMap((s) => [...s.cssRules].map((r) => r.cssText)).join('\n');
      return { classes: [...found], rules: text };
    });
    expect(classes.length).toBeGreaterThan(0);
    // A class Mantine styles (it is in styles.css) must have its rules among the loaded ones.
    const unstyled = classes.filter((c) => MANTINE_CSS.includes(`.${c}`) && !rules.includes(`.${c}`));
    expect(unstyled).toEqual([]);
  });
}
