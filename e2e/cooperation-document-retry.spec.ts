// An agreement whose document is refused (not really a PDF) is saved once: the dialog stays open with the
// message on the document field, and saving again with a real PDF attaches it to that agreement instead of
// writing a second one. Kept after a reload.
import { expect as baseExpect } from '@playwright/test';
import { simplePdf } from '../src/server/seed/simple-pdf';
import { patience } from './patience';
import { signIn } from './support';
import { test } from './test';

const expect = baseExpect.configure({ timeout: 30_000 * patience });
const TITLE = 'Kerja sama layanan kesehatan keliling';

test('a refused document does not make the agreement twice when saved again', async ({ page }) => {
  test.setTimeout(90_000 * patience);
  await signIn(page, 'admin');
  await page.goto('/kerja-sama');
  await page.getByRole('button', { name: 'Tambah kerja sama' }).click();
  const dialog = page.getByRole('dialog');
  await dialog.getByLabel('Nama mitra').fill('Kabupaten Jombang');
  await dialog.getByRole('textbox', { name: 'Judul' }).fill(TITLE);
  await dialog.getByLabel('Tanggal ditandatangani').fill('2026-11-20');
  const file = dialog.locator('input[type=file]');
  await file.setInputFiles({ name: 'pks.pdf', mimeType: 'application/pdf', buffer: Buffer.from('bukan pdf sama sekali') });
  await dialog.getByRole('button', { name: 'Simpan' }).click();
  await expect(dialog.getByText('Unggah dokumen kesepakatan berupa PDF, JPG, atau PNG.')).toBeVisible();

  await file.setInputFiles({ name: 'pks-jombang.pdf', mimeType: 'application/pdf', buffer: simplePdf(['Perjanjian Kerja Sama']) });
  await dialog.getByRole('button', { name: 'Simpan' }).click();
  await expect(dialog).toBeHidden();
  await page.reload();
  const card = page.getByText(TITLE);
  await expect(card).toHaveCount(1);
  await expect(page.getByRole('link', { name: /pks-jombang\.pdf/ })).toBeVisible();
});
