// A list is where it was left: searched, filtered and sorted, the operator opens an innovation and comes Back
// (or reloads, or takes the link back to the list) to the same rows; a fresh visit from the menu starts clean,
// also when the list is the page already open. The same for the verification queue.
import { expect as baseExpect } from '@playwright/test';
import { patience } from './patience';
import { approvedThroughApi, openPeriodThroughApi, signIn, signOut } from './support';
import { test } from './test';

const expect = baseExpect.configure({ timeout: 30_000 * patience });

test('Back and reload keep the innovation list and the queue as they were left', async ({ page }) => {
  test.setTimeout(180_000 * patience);
  await page.setViewportSize({ width: 1366, height: 800 });
  await openPeriodThroughApi(page);
  await signIn(page, 'operator.dinkes');
  for (const name of ['Kembali Alpha', 'Kembali Beta', 'Kembali Gamma'])
    expect((await page.request.post('/api/innovations', { data: { name } })).status()).toBe(201);

  await page.getByRole('link', { name: 'Inovasi', exact: true }).first().click();
  const search = page.getByRole('textbox', { name: 'Cari' });
  await search.pressSequentially('Kembali', { delay: 20 });
  await page.getByRole('combobox', { name: 'Status' }).click();
  await page.getByRole('option', { name: 'Draf', exact: true }).click();
  // Sorted by name (ascending at first), then descending: Gamma first.
  const nameHeader = page.getByRole('columnheader', { name: /Nama inovasi/ });
  await nameHeader.getByRole('button').click();
  await expect(nameHeader).toHaveAttribute('aria-sort', 'descending');
  const rows = page.getByRole('row').filter({ hasText: 'Kembali' });
  await expect(rows).toHaveCount(3);
  await expect(rows.first()).toContainText('Kembali Gamma');

  await rows.first().getByRole('link', { name: 'Kembali Gamma' }).click();
  await expect(page.getByRole('heading', { name: 'Kembali Gamma' })).toBeVisible();
  await page.goBack();
  await expect(search).toHaveValue('Kembali');
  await expect(page.getByRole('combobox', { name: 'Status' })).toHaveValue('Draf');
  await expect(rows.first()).toContainText('Kembali Gamma');
  await expect(rows).toHaveCount(3);

  await page.reload();
  await expect(search).toHaveValue('Kembali');
  await expect(rows.first()).toContainText('Kembali Gamma');

  // The link above an innovation ("← Inovasi") also returns to the list as it was left.
  await rows.first().getByRole('link', { name: 'Kembali Gamma' }).click();
  await page.getByRole('link', { name: '← Inovasi' }).click();
  await expect(search).toHaveValue('Kembali');
  await expect(page.getByRole('combobox', { name: 'Status' })).toHaveValue('Draf');
  await expect(rows.first()).toContainText('Kembali Gamma');

  // The menu's "Inovasi" on the list itself: a new visit, started clean; Back returns to the search.
  await page.getByRole('link', { name: 'Inovasi', exact: true }).first().click();
  await expect(search).toHaveValue('');
  await expect(page.getByRole('combobox', { name: 'Status' })).toHaveValue('');
  await page.goBack();
  await expect(search).toHaveValue('Kembali');
  await expect(rows.first()).toContainText('Kembali Gamma');

  // From the menu: a new visit, nothing carried over.
  await page.getByRole('link', { name: 'Beranda' }).first().click();
  await page.getByRole('link', { name: 'Inovasi', exact: true }).first().click();
  await expect(search).toHaveValue('');
  await expect(page.getByRole('combobox', { name: 'Status' })).toHaveValue('');
  await signOut(page);

  // The verification queue: searched, an innovation opened from it, Back.
  await approvedThroughApi(page, ['Antrean Kembali'], { codes: ['16'] });
  await signIn(page, 'verifikator');
  await page.goto('/verifikasi');
  await page.getByTestId('queue-search').fill('Antrean Kembali');
  await expect(page.getByTestId('queue-row')).toHaveCount(1);
  await page.getByTestId('queue-row').click();
  await page.getByTestId('review-panel').getByRole('link', { name: 'Buka inovasi' }).click();
  await expect(page.getByRole('heading', { name: 'Antrean Kembali' })).toBeVisible();
  await page.goBack();
  await expect(page.getByTestId('queue-search')).toHaveValue('Antrean Kembali');
  await expect(page.getByTestId('queue-row')).toHaveCount(1);
});
