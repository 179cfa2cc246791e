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

// A correction prepared by another region arrives as a JSON file: a file that is not JSON and a version with a
// malformed indicator are refused saying what is wrong; a correct one becomes a new version of this region.
test('import a version from a JSON file; wrong files are refused saying why', async ({ page }) => {
  await signIn(page, 'admin');
  await page.goto('/frameworks');
  const exported = (await (await page.request.get('/api/frameworks/iid-2026')).json()) as {
    framework: { name: string; indicators: { code: string }[] };
  };
  const importFile = async (name: string, content: string) => {
    const chooser = page.waitForEvent('filechooser');
    await page.getByRole('button', { name: 'Impor JSON' }).click();
    await (await chooser).setFiles({ name, mimeType: 'application/json', buffer: Buffer.from(content) });
  };

  await importFile('rusak.json', '[{"id": ');
  await expect(page.getByRole('alert').filter({ hasText: 'Berkas bukan JSON yang valid.' })).toBeVisible();

  const wrong = structuredClone(exported.framework);
  wrong.indicators[0].code = '';
  await importFile('kode-kosong.json', JSON.stringify(wrong));
  await expect(page.getByRole('alert').filter({ hasText: 'Berkas tidak dapat diimpor' })).toContainText('indicators.0.code');

  const name = `IID 2026 koreksi provinsi ${Date.now()}`;
  await importFile('iid-2026.json', JSON.stringify({ ...exported.framework, name }));
  await expect(page.getByRole('heading', { name })).toBeVisible();
  await page.goto('/frameworks');
  await expect(page.getByRole('link', { name })).toBeVisible();
});
