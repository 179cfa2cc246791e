// An operator answering indicators with the keyboard alone keeps their place: choosing an option (Enter)
// saves it, and Tab goes on to that indicator's "Unggah berkas" — not back to the top of the page. On a phone the
// options fit the screen and the chosen one is written out in full.
import { expect as baseExpect } from '@playwright/test';
import { patience } from './patience';
import { expectNoSidewaysScroll, openPeriodThroughApi, signIn } from './support';
import { test } from './test';

// A shared two-core machine can take several seconds for a first page load or a save.
const expect = baseExpect.configure({ timeout: 30_000 * patience });

test('an indicator answered by keyboard keeps the focus; Tab reaches its upload button', async ({ page }) => {
  test.setTimeout(120_000 * patience);
  await openPeriodThroughApi(page);

  await signIn(page, 'operator.dinkes');
  const created = await (await page.request.post('/api/innovations', { data: { name: 'Antrean Posyandu Daring' } })).json();
  await page.goto(`/innovations/${created.id}`);
  const answer = page.getByRole('combobox', { name: /^16\. / });
  await answer.focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('option', { name: /^1 — / })).toBeVisible();
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('claimed-maturity')).not.toContainText('0,00 /');
  await expect(answer).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(page.getByTestId('upload-16')).toBeFocused();
});

test('on a phone the options fit the screen and the chosen answer is written out in full', async ({ page }) => {
  test.setTimeout(120_000 * patience);
  await openPeriodThroughApi(page);

  await page.setViewportSize({ width: 360, height: 740 });
  await signIn(page, 'operator.dinkes');
  const created = await (await page.request.post('/api/innovations', { data: { name: 'Posyandu di Saku' } })).json();
  await page.goto(`/innovations/${created.id}`);
  const answer = page.getByRole('combobox', { name: /^16\. / });
  await answer.scrollIntoViewIfNeeded();
  await answer.click();
  const option = page.getByRole('option', { name: /^2 — / });
  await expect(option).toBeVisible();
  await expectNoSidewaysScroll(page, 'answer options open');
  const full = (await option.textContent()) as string;
  await option.click();
  await expect(page.getByTestId('claimed-maturity')).not.toContainText('0,00 /');
  // The field cuts a long option; the text under it does not.
  await expect(page.getByText(full, { exact: true }).first()).toBeVisible();
  await expectNoSidewaysScroll(page, 'answer chosen');
});
