// In English the verification queue's rows, the review panel's title, the indicator filter and the operator's
// list of returned items name indicators in English, as the innovation page does (those rows carry the
// Indonesian name from the server).
import { expect as baseExpect } from '@playwright/test';
import { patience } from './patience';
import { approvedThroughApi, signIn, signOut } from './support';
import { test } from './test';

const expect = baseExpect.configure({ timeout: 30_000 * patience });
const NAME = 'Layanan Nama Indikator Inggris';

test('indicator names in the verification queue follow the language', async ({ page }) => {
  test.setTimeout(180_000 * patience);
  await page.setViewportSize({ width: 1366, height: 800 });
  await approvedThroughApi(page, [NAME], { codes: ['16'] });

  await signIn(page, 'verifikator');
  await page.goto('/verifikasi');
  await page.locator('header').getByText('EN', { exact: true }).click();
  try {
    await page.getByTestId('queue-search').fill(NAME);
    const row = page.getByTestId('queue-row');
    await expect(row).toHaveCount(1);
    await expect(row).toContainText('16. Regional innovation regulation');
    await row.click();
    await expect(page.getByTestId('review-panel').getByRole('heading')).toHaveText('16. Regional innovation regulation');
    await page.getByRole('combobox', { name: 'All indicators', exact: true }).click();
    await expect(page.getByRole('option', { name: '16. Regional innovation regulation' })).toBeVisible();
    await page.keyboard.press('Escape');
    // Returned with a note, the item reaches the operator's home page under its English name too.
    const panel = page.getByTestId('review-panel');
    await panel.getByTestId('return').click();
    await panel.getByTestId('review-note-input').fill('The decree is not signed yet.');
    await page.keyboard.press('Control+Enter');
    await expect(page.getByText('Decision saved.')).toBeVisible();
  } finally {
    await page.locator('header').getByText('ID', { exact: true }).click();
  }
  await signOut(page);

  await signIn(page, 'operator.dinkes');
  await page.locator('header').getByText('EN', { exact: true }).click();
  try {
    const returned = page.getByTestId('returned-answer').filter({ hasText: NAME });
    await expect(returned).toContainText('16. Regional innovation regulation');
    await expect(returned).toContainText('The decree is not signed yet.');
    // The language is the account's: signing in on a device that never chose one opens in English.
    await page.getByTestId('user-menu').click();
    await page.getByRole('menuitem', { name: 'Sign out' }).click();
    await page.evaluate(() => localStorage.clear());
    await signIn(page, 'operator.dinkes');
    await expect(page.getByRole('link', { name: 'Home' }).first()).toBeVisible();
  } finally {
    await page.locator('header').getByText('ID', { exact: true }).click();
  }
});
