// The Admin Daerah corrects an uncertain built-in IID version: the version shows its uncertainty, a clone is
// editable, and a save the server refuses brings the field to fix into view — even when it sits far above
// the indicator that was changed — and a corrected save sticks.
import { expect } from '@playwright/test';
import { patience } from './patience';
import { signIn } from './support';
import { test } from './test';

test.setTimeout(120_000 * patience);

test('clone a built-in version, see the refused field, correct it and save', async ({ page }) => {
  await signIn(page, 'admin');
  await page.getByRole('link', { name: 'Kerangka Penilaian' }).click();
  await page.getByRole('link', { name: 'Indeks Inovasi Daerah 2026' }).click();
  await expect(page.getByText('Belum pasti').first()).toBeVisible();
  await expect(page.getByText('Catatan ketidakpastian')).toBeVisible();
  await page.getByRole('button', { name: 'Gandakan untuk dikoreksi' }).click();
  await expect(page.getByRole('heading', { name: 'Indeks Inovasi Daerah 2026 (koreksi)' })).toBeVisible();
  await expect(page.getByText('Koreksi daerah')).toBeVisible();
  await page.getByRole('button', { name: 'Ubah', exact: true }).click();

  // A heavier weight makes the reachable total exceed the maximum score, which is set at the top of the page.
  const weight = page.getByRole('textbox', { name: 'Bobot 1', exact: true });
  await weight.scrollIntoViewIfNeeded();
  await weight.fill('3');
  await page.getByRole('button', { name: 'Simpan' }).click();
  const maxScore = page.getByRole('textbox', { name: 'Nilai maksimum' });
  await expect(page.getByText(/Nilai maksimum \(250\) lebih kecil dari total/)).toBeVisible();
  await expect(maxScore).toBeInViewport();

  await maxScore.fill('256');
  await page.getByRole('button', { name: 'Simpan' }).click();
  await expect(page.getByText('Perubahan tersimpan.')).toBeVisible();
  await page.reload();
  await expect(page.getByRole('heading', { name: 'Indeks Inovasi Daerah 2026 (koreksi)' })).toBeVisible();
  await expect(page.getByRole('textbox', { name: 'Nilai maksimum' })).toHaveValue('256');
  await expect(page.getByRole('textbox', { name: 'Bobot 1', exact: true })).toHaveValue('3');
});
