// An operator fills an innovation's profile the way a person does — field by field, typing with pauses —
// reloads and finds every value kept (each autosave sends one field; the server must leave the others).
// A cleared name or a text over its limit is held back with its message on the field, without a storm of
// failing saves; a refused evidence file offers another file, not a pointless retry; then the operator
// answers an indicator with a PDF and submits.
import { expect, type Locator, type Page } from '@playwright/test';
import { simplePdf } from '../src/server/seed/simple-pdf';
import { patience } from './patience';
import { choose, expectNotice, openPeriodThroughApi, signIn } from './support';
import { test } from './test';

const NAME = 'Puskesmas Ramah Lansia';
const words = (n: number) => Array.from({ length: n }, (_, k) => `langkah${k}`).join(' ');

/** Types like a person: key by key, then a short pause before the next field. */
async function type(page: Page, field: Locator, text: string) {
  await field.click();
  await field.pressSequentially(text, { delay: 15 });
  await page.waitForTimeout(300);
}

const saveState = (page: Page) => page.getByTestId('save-state');

async function expectSaved(page: Page) {
  await expect(saveState(page)).toHaveAttribute('data-state', 'saved', { timeout: 15_000 * patience });
  await expect(saveState(page)).toContainText('Tersimpan');
}

test('profile typed field by field is all kept; invalid values are held back; evidence and submission', async ({ page }) => {
  test.setTimeout(240_000 * patience);
  await openPeriodThroughApi(page);

  await signIn(page, 'operator.dinkes');
  const patches: string[] = [];
  page.on('request', (r) => {
    if (r.method() === 'PATCH' && r.url().includes('/api/innovations/entries/')) patches.push(r.postData() ?? '');
  });

  // Register, choosing the puskesmas that runs it.
  await page.getByRole('link', { name: 'Inovasi', exact: true }).click();
  await page.getByRole('button', { name: 'Daftarkan inovasi' }).click();
  const dialog = page.getByRole('dialog');
  await dialog.getByLabel('Nama inovasi').pressSequentially(NAME, { delay: 15 });
  await choose(page, dialog, 'Unit (opsional)', 'Puskesmas Gedongan');
  await dialog.getByRole('button', { name: 'Simpan' }).click();
  await expect(page.getByRole('heading', { name: NAME })).toBeVisible({ timeout: 30_000 * patience });
  await expect(page.getByText('Puskesmas Gedongan').first()).toBeVisible();
  const entryId = page.url().split('/').pop() as string;

  // Every field on its own, with pauses, as a person fills the form.
  await choose(page, page.locator('main'), 'Tahapan', 'Penerapan');
  await page.waitForTimeout(300);
  await choose(page, page.locator('main'), 'Inisiator', 'Perangkat Daerah');
  await type(page, page.getByLabel('Nama inisiator'), 'dr. Siti Rahmawati');
  await choose(page, page.locator('main'), 'Jenis', 'Non Digital');
  await choose(page, page.locator('main'), 'Bentuk', 'Inovasi pelayanan publik');
  await choose(page, page.locator('main'), 'Tematik', 'Non tematik');
  await choose(page, page.locator('main'), 'Urusan utama', '1.02 Kesehatan');
  await type(page, page.getByLabel('Lokasi'), 'Kelurahan Gedongan');
  // Chromium's date field here takes month, day, year.
  await type(page, page.getByLabel('Waktu uji coba'), '09012024');
  await type(page, page.getByLabel('Waktu penerapan'), '03152025');
  const design = page.getByRole('textbox', { name: 'Rancang bangun dan pokok perubahan' });
  await design.click();
  await design.pressSequentially('Dasar hukum dan permasalahan. ', { delay: 15 });
  await page.waitForTimeout(1500);
  // The bulk is pasted in four parts (as people paste a prepared draft), with pauses between.
  for (let i = 0; i < 4; i++) {
    await page.keyboard.insertText(`${words(80)} `);
    await page.waitForTimeout(400);
  }
  await expect(page.getByTestId('word-count')).toContainText('324 / 300 kata');
  await type(page, page.getByLabel('Tujuan inovasi'), 'Lansia dilayani tanpa antre panjang');
  await type(page, page.getByLabel('Manfaat yang diperoleh'), 'Waktu tunggu lansia turun');
  await type(page, page.getByLabel('Hasil inovasi'), 'Kunjungan lansia naik 30 persen');
  await type(page, page.getByLabel('HAKI (opsional)'), 'Belum ada');
  await type(page, page.getByLabel('Penghargaan (opsional)'), 'Juara 2 Lomba Inovasi Kota 2025');
  await expectSaved(page);
  // Saved after pauses, not per keystroke (over 250 keys were typed).
  expect(patches.length).toBeGreaterThan(0);
  expect(patches.length).toBeLessThan(40);

  // Reload: every value kept.
  await page.reload();
  await expect(page.getByRole('heading', { name: NAME })).toBeVisible({ timeout: 30_000 * patience });
  const main = page.locator('main');
  const expectChoice = (label: string, value: string) => expect(main.getByRole('combobox', { name: label, exact: true })).toHaveValue(value);
  await expectChoice('Tahapan', 'Penerapan');
  await expectChoice('Inisiator', 'Perangkat Daerah');
  await expectChoice('Jenis', 'Non Digital');
  await expectChoice('Bentuk', 'Inovasi pelayanan publik');
  await expectChoice('Tematik', 'Non tematik');
  await expectChoice('Urusan utama', '1.02 Kesehatan');
  await expectChoice('Unit (opsional)', 'Puskesmas Gedongan');
  await expect(page.getByLabel('Nama inisiator')).toHaveValue('dr. Siti Rahmawati');
  await expect(page.getByLabel('Lokasi')).toHaveValue('Kelurahan Gedongan');
  await expect(page.getByLabel('Waktu uji coba')).toHaveValue('2024-09-01');
  await expect(page.getByLabel('Waktu penerapan')).toHaveValue('2025-03-15');
  await expect(page.getByTestId('word-count')).toContainText('324 / 300 kata');
  await expect(design).toContainText('Dasar hukum dan permasalahan.');
  await expect(page.getByLabel('Tujuan inovasi')).toHaveValue('Lansia dilayani tanpa antre panjang');
  await expect(page.getByLabel('Manfaat yang diperoleh')).toHaveValue('Waktu tunggu lansia turun');
  await expect(page.getByLabel('Hasil inovasi')).toHaveValue('Kunjungan lansia naik 30 persen');
  await expect(page.getByLabel('HAKI (opsional)')).toHaveValue('Belum ada');
  await expect(page.getByLabel('Penghargaan (opsional)')).toHaveValue('Juara 2 Lomba Inovasi Kota 2025');

  // The name cleared: its message on the field, no storm of failing saves, no endless "Menyimpan…".
  const name = page.getByLabel('Nama inovasi');
  await name.click();
  await page.keyboard.press('ControlOrMeta+a');
  await page.keyboard.press('Backspace');
  await expect(page.getByText('Wajib diisi.')).toBeVisible();
  await expect(saveState(page)).toHaveAttribute('data-state', 'invalid');
  await expect(saveState(page)).toContainText('Belum tersimpan');
  const afterClear = patches.length;
  await page.waitForTimeout(5000);
  expect(patches.length - afterClear).toBeLessThanOrEqual(1);
  await expect(saveState(page)).not.toHaveAttribute('data-state', 'saving');
  // Other fields still save while the name waits.
  await type(page, page.getByLabel('Lokasi'), ' Utara');
  await expect(saveState(page)).toHaveAttribute('data-state', 'invalid');
  expect(patches.some((p) => p.includes('Kelurahan Gedongan Utara') && !p.includes('"name"'))).toBe(true);
  await type(page, name, NAME);
  await expectSaved(page);
  await expect(page.getByText('Wajib diisi.')).toHaveCount(0);

  // Over the limit: "Maksimal 300 karakter", held back, never "Wajib diisi".
  await name.fill(`${NAME} ${'x'.repeat(300 - NAME.length - 3)}`);
  await expectSaved(page);
  const beforeLong = patches.length;
  await name.pressSequentially('abcd', { delay: 30 });
  await expect(page.getByText('Maksimal 300 karakter.')).toBeVisible();
  await expect(page.getByText('Wajib diisi.')).toHaveCount(0);
  await expect(saveState(page)).toHaveAttribute('data-state', 'invalid');
  await page.waitForTimeout(3000);
  expect(patches.length).toBe(beforeLong);
  await name.fill(NAME);
  await expectSaved(page);
  await expect(page.getByText('Maksimal 300 karakter.')).toHaveCount(0);

  // Indicator 16 answered: without evidence it says so, not "Menunggu verifikasi".
  const item16 = page.getByTestId('indicator-16');
  await page.getByRole('combobox', { name: /^16\. / }).click();
  await page.getByRole('option', { name: /^2 — / }).click();
  await expect(item16.getByTestId('review-tanpa_bukti')).toHaveText('Belum ada bukti');
  await expect(item16.getByTestId('review-menunggu')).toHaveCount(0);

  // A text file named .pdf is refused: no retry (it could never pass), another file instead.
  await item16
    .locator('input[type=file]')
    .first()
    .setInputFiles({ name: 'perwali.pdf', mimeType: 'application/pdf', buffer: Buffer.from('Ini bukan PDF, hanya teks biasa.\n') });
  const job = item16.getByTestId('upload-job');
  await expect(job.getByRole('alert')).toBeVisible();
  await expect(job.getByRole('button', { name: 'Coba lagi' })).toHaveCount(0);
  await expect(item16.getByTestId('review-tanpa_bukti')).toBeVisible();
  const chooser = page.waitForEvent('filechooser');
  await job.getByRole('button', { name: 'Pilih berkas lain' }).click();
  await (await chooser).setFiles({ name: 'perwali-inovasi.pdf', mimeType: 'application/pdf', buffer: simplePdf(['Perwali Inovasi Daerah']) });
  await expect(item16.getByRole('button', { name: 'perwali-inovasi.pdf', exact: true })).toBeVisible();
  await expect(item16.getByTestId('upload-job')).toHaveCount(0);
  await expect(item16.getByTestId('review-menunggu')).toHaveText('Menunggu verifikasi');

  // Submit: the server finds the profile complete (nothing was erased by the one-field saves).
  await page.getByRole('button', { name: 'Ajukan ke Kepala OPD' }).click();
  await expectNotice(page, 'Inovasi diajukan.');
  const entry = await (await page.request.get(`/api/innovations/entries/${entryId}`)).json();
  expect(entry).toMatchObject({
    status: 'diajukan',
    name: NAME,
    unitName: 'Puskesmas Gedongan',
    tahapan: 'penerapan',
    inisiatorType: 'opd',
    inisiatorName: 'dr. Siti Rahmawati',
    jenis: 'non_digital',
    bentuk: 'pelayanan_publik',
    tematik: 'non_tematik',
    urusanUtama: '1.02',
    waktuUjiCoba: '2024-09-01',
    waktuPenerapan: '2025-03-15',
    lokasi: 'Kelurahan Gedongan Utara',
    tujuan: 'Lansia dilayani tanpa antre panjang',
  });
  expect(entry.rancangBangunWords).toBe(324);

  // The list shows the unit under the OPD.
  await page.getByRole('link', { name: 'Inovasi', exact: true }).first().click();
  await expect(page.getByRole('row').filter({ hasText: NAME })).toContainText('Puskesmas Gedongan');
});
