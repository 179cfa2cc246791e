// Filters (not only a search) that match nothing say so, rather than inviting the first registration as if the
// period had no innovation at all.
import { expect } from '@playwright/test';
import { choose, ensureOpenPeriod, signIn } from './support';
import { test } from './test';

test('an innovation list filtered to nothing says nothing matches the filters', async ({ page }) => {
  await page.setViewportSize({ width: 1366, height: 800 });
  await signIn(page, 'admin');
  await ensureOpenPeriod(page);
  await page.goto('/innovations');
  const main = page.locator('main');
  await choose(page, main, 'Status', 'Diajukan');
  await choose(page, main, 'Tahapan', 'Inisiatif');
  await expect(main.getByText('Tidak ada data yang cocok dengan pencarian atau filter.')).toBeVisible();
  await expect(main.getByText('Belum ada inovasi pada periode ini.')).toHaveCount(0);
});
