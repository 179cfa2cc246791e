// A new operator's home page says where the OPD's innovations stand (draft, waiting for the Kepala, approved),
// each count opening the Inovasi list filtered to exactly those rows, and registers a new one in one click.
import { expect as baseExpect } from '@playwright/test';
import { patience } from './patience';
import { openPeriodThroughApi, signIn } from './support';
import { test } from './test';

// A shared two-core machine can take several seconds for a first page load or a save.
const expect = baseExpect.configure({ timeout: 30_000 * patience });

const NAME = 'Beranda Operator Inovasi Baru';

test('the operator’s home counts the OPD’s innovations by status and registers one', async ({ page }) => {
  test.setTimeout(120_000 * patience);
  await openPeriodThroughApi(page);

  await signIn(page, 'operator.dinkes');
  const own = page.getByTestId('own-innovations');
  const drafts = own.getByRole('link', { name: /Draf/ });
  await expect(drafts).toHaveAttribute('data-count', /^\d+$/);
  const before = Number(await drafts.getAttribute('data-count'));

  // One click from home to the registration dialog; the new draft is counted.
  await own.getByRole('link', { name: 'Daftarkan inovasi' }).click();
  const dialog = page.getByRole('dialog');
  await dialog.getByLabel('Nama inovasi').fill(NAME);
  await dialog.getByRole('button', { name: 'Simpan' }).click();
  await expect(page.getByRole('heading', { name: NAME })).toBeVisible();
  await page.getByRole('link', { name: 'Beranda' }).first().click();
  await expect(drafts).toHaveAttribute('data-count', String(before + 1));

  // The count opens the list filtered to drafts: as many rows, all drafts, this one among them.
  await drafts.click();
  await expect(page).toHaveURL(/\/innovations\?status=draft/);
  const rows = page.locator('main table tbody tr');
  await expect(rows).toHaveCount(Math.min(before + 1, 20));
  await expect(rows.filter({ hasText: NAME })).toHaveCount(1);
  await expect(rows.filter({ hasNotText: 'Draf' })).toHaveCount(0);
});
