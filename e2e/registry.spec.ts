// Admin opens the 2026 period; an operator registers an innovation and its profile saves as it is typed.
import { expect } from '@playwright/test';
import { signIn } from './support';
import { test } from './test';

test('open a period, register an innovation, autosave the profile', async ({ page }) => {
  await signIn(page, 'admin');
  await page.getByRole('link', { name: 'Periode Penilaian', exact: true }).click();
  // Another spec of this run may have opened the period already (one database for the whole run).
  const periods = (await (await page.request.get('/api/periods')).json()) as { status: string }[];
  if (!periods.some((p) => p.status === 'open')) {
    await page.getByRole('button', { name: 'Buka periode baru' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByRole('textbox', { name: 'Tahun penilaian' }).fill('2026');
    await dialog.getByRole('combobox', { name: 'Versi kerangka' }).click();
    await page.getByRole('option', { name: /Indeks Inovasi Daerah 2026/ }).click();
    await dialog.getByLabel('Penjaringan dibuka').fill('2026-06-01');
    await dialog.getByLabel('Penjaringan ditutup').fill('2026-12-15');
    await dialog.getByRole('button', { name: 'Simpan' }).click();
  }
  await expect(page.getByText('Terbuka', { exact: true })).toBeVisible();

  // Region-level answer: SPD 12 (weight 2) at option 3 → SPD 6.
  await page.locator('.mantine-Card-root').filter({ hasText: 'Terbuka' }).getByRole('button', { name: 'Jawaban daerah (SPD)' }).click();
  await page.getByRole('combobox', { name: /^12\. / }).click();
  await page.getByRole('option', { name: /^3 — / }).click();
  await expect(page.getByTestId('spd-score')).toHaveText('SPD 6,00 / 63,00');
  await page.keyboard.press('Escape');
  await page.getByTestId('user-menu').click();
  await page.getByRole('menuitem', { name: 'Keluar' }).click();

  await signIn(page, 'operator.dinkes');
  await page.getByRole('link', { name: 'Inovasi', exact: true }).click();
  await page.getByRole('button', { name: 'Daftarkan inovasi' }).click();
  await page.getByRole('dialog').getByLabel('Nama inovasi').fill('Puskesmas Ramah Lansia');
  await page.getByRole('dialog').getByRole('button', { name: 'Simpan' }).click();
  await expect(page.getByRole('heading', { name: 'Puskesmas Ramah Lansia' })).toBeVisible();

  await page.getByRole('combobox', { name: 'Tahapan' }).click();
  await page.getByRole('option', { name: 'Penerapan' }).click();
  await page.getByLabel('Waktu penerapan').fill('2025-02-10');
  await page.getByLabel('Rancang bangun dan pokok perubahan').fill(Array.from({ length: 320 }, (_, k) => `kata${k}`).join(' '));
  await expect(page.getByTestId('word-count')).toHaveText('320 / 300 kata');
  await expect(page.getByTestId('save-state')).toContainText('Tersimpan otomatis');
  await expect(page.getByText(/Memenuhi jendela penerapan/)).toBeVisible();

  // An SID answer: indicator 16 (weight 3) at option 2 → claimed maturity 6.
  await page.getByRole('combobox', { name: /^16\. / }).click();
  await page.getByRole('option', { name: /^2 — / }).click();
  await expect(page.getByTestId('claimed-maturity')).toHaveText('Kematangan diklaim 6,00 / 111,00');

  // Klinik inovasi: a question to the Bappeda.
  await page.getByRole('textbox', { name: 'Tulis pertanyaan atau tanggapan…' }).fill('Bukti regulasi apa yang diterima untuk 2026?');
  await page.getByRole('button', { name: 'Kirim', exact: true }).click();
  await expect(page.getByText('Bukti regulasi apa yang diterima untuk 2026?')).toBeVisible();

  // Not complete yet: submitting names what is missing.
  await page.getByRole('button', { name: 'Ajukan ke Kepala OPD' }).click();
  await expect(page.getByText('Belum dapat diajukan. Lengkapi:')).toBeVisible();
  await expect(page.getByText(/^Jenis: Wajib diisi\.$/)).toBeVisible();

  await page.reload();
  await expect(page.getByTestId('claimed-maturity')).toHaveText('Kematangan diklaim 6,00 / 111,00');
  await expect(page.getByTestId('word-count')).toHaveText('320 / 300 kata');
  await expect(page.getByRole('combobox', { name: 'Tahapan' })).toHaveValue('Penerapan');
});
