// The region's IPKD team enters the pedoman's numbers: copies the built-in Tahun Ukur 2026 version, types dimension
// weights (a sum other than 100 % is refused with the sum named), a score per BPK opinion and a threshold, and the
// bands; saves; after a reload the copy holds what was typed and no longer says its numbers are defaults.

import type { Locator } from '@playwright/test';
import { expect as baseExpect } from '@playwright/test';
import { patience } from './patience';
import { signIn } from './support';
import { test } from './test';

/** Replaces what a number field holds, typed key by key as a person does. */
async function retype(field: Locator, text: string) {
  await field.click();
  await field.press('Control+A');
  await field.pressSequentially(text, { delay: 50 });
}

const expect = baseExpect.configure({ timeout: 30_000 * patience });

test('the admin copies a built-in IPKD version and enters the pedoman’s weights, scoring and bands', async ({ page }) => {
  test.setTimeout(180_000 * patience);
  await page.setViewportSize({ width: 1366, height: 900 });
  await signIn(page, 'admin');
  await page.goto('/ipkd/kerangka');
  const name = `IPKD 2026 pedoman ${Date.now()}`;
  await page.getByRole('row').filter({ hasText: 'IPKD Tahun Ukur 2026 (TA 2025)' }).getByRole('button', { name: 'Salin' }).click();
  const dialog = page.getByRole('dialog');
  await dialog.getByRole('textbox', { name: 'Nama versi' }).fill(name);
  await dialog.getByRole('button', { name: 'Salin' }).click();
  await expect(page.getByRole('heading', { name })).toBeVisible();

  // D1 weight 20: the dimensions sum to 103 % — said before saving and refused by the server on saving.
  const weights = page.getByRole('textbox', { name: 'Bobot dimensi' });
  await retype(weights.first(), '20');
  await expect(page.getByTestId('ipkd-weight-sum')).toContainText('103');
  await page.getByRole('button', { name: 'Simpan' }).click();
  await expect(page.getByRole('alert').filter({ hasText: 'Jumlah bobot dimensi harus 100% (sekarang 103%).' }).first()).toBeVisible();
  await retype(weights.nth(5), '13');
  await expect(page.getByTestId('ipkd-weight-sum')).toContainText('100');

  // The pedoman's scores: WDP 75 instead of the default 70; belanja pegawai at most 32 %.
  const opini = page.getByTestId('ipkd-framework-indicator-D6.opini');
  await retype(opini.getByRole('textbox', { name: 'Skor WDP' }), '75');
  const pegawai = page.getByTestId('ipkd-framework-indicator-D2.pegawai');
  await retype(pegawai.getByRole('textbox', { name: 'Batas' }), '32');
  await retype(page.getByRole('textbox', { name: 'Batas bawah predikat A' }), '80');
  await page.getByRole('button', { name: 'Simpan' }).click();
  await expect(page.getByText('Kerangka tersimpan.')).toBeVisible();

  await page.reload();
  await page.getByRole('row').filter({ hasText: name }).getByRole('button', { name: 'Ubah' }).click();
  await expect(page.getByRole('heading', { name })).toBeVisible();
  await expect(page.getByRole('textbox', { name: 'Bobot dimensi' }).first()).toHaveValue('20 %');
  await expect(page.getByTestId('ipkd-framework-indicator-D6.opini').getByRole('textbox', { name: 'Skor WDP' })).toHaveValue('75');
  await expect(page.getByTestId('ipkd-framework-indicator-D2.pegawai').getByRole('textbox', { name: 'Batas' })).toHaveValue('32');
  await expect(page.getByRole('textbox', { name: 'Batas bawah predikat A' })).toHaveValue('80');
});

// A version prepared elsewhere arrives as a JSON file (the export of another installation). A file that is not JSON
// and a version whose weights do not sum to 100 % are refused with what is wrong; a correct one becomes a new version.
test('the admin imports an IPKD version from a JSON file; wrong files are refused saying why', async ({ page }) => {
  test.setTimeout(120_000 * patience);
  await page.setViewportSize({ width: 1366, height: 900 });
  await signIn(page, 'admin');
  await page.goto('/ipkd/kerangka');
  const summaries = (await (await page.request.get('/api/ipkd/frameworks')).json()) as { id: string; builtIn: boolean; measurementYear: number }[];
  const builtIn = summaries.find((f) => f.builtIn && f.measurementYear === 2026);
  if (!builtIn) throw new Error('no built-in IPKD 2026 version');
  const exported = (await (await page.request.get(`/api/ipkd/frameworks/${builtIn.id}`)).json()) as {
    framework: { name: string; dimensions: { weight: number }[] };
  };
  const importFile = async (name: string, content: string) => {
    const chooser = page.waitForEvent('filechooser');
    await page.getByRole('button', { name: 'Impor JSON' }).click();
    await (await chooser).setFiles({ name, mimeType: 'application/json', buffer: Buffer.from(content) });
  };

  await importFile('rusak.json', '{"name": "IPKD", ');
  await expect(page.getByRole('alert').filter({ hasText: 'Berkas ini bukan JSON yang valid.' })).toBeVisible();

  const wrong = structuredClone(exported.framework);
  wrong.dimensions[0].weight += 3;
  await importFile('bobot-salah.json', JSON.stringify(wrong));
  const refused = page.getByRole('alert').filter({ hasText: 'Impor gagal' });
  await expect(refused).toContainText('Jumlah bobot dimensi harus 100%');

  const name = `IPKD 2026 dari provinsi ${Date.now()}`;
  await importFile('ipkd-2026.json', JSON.stringify({ ...exported.framework, name }));
  await expect(page.getByText('Kerangka diimpor.')).toBeVisible();
  await expect(refused).toHaveCount(0);
  await expect(page.getByRole('heading', { name })).toBeVisible();
  await page.reload();
  await expect(page.getByRole('row').filter({ hasText: name })).toBeVisible();
});
