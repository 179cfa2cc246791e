// The super admin adds a region with its first Admin Daerah; that admin signs in to a brand-new, empty region.
// Every page without a period says what it would show and what to do next (the admin gets the button that
// opens a period), and nothing asks the server for what cannot exist yet (no 404 in the console). The super
// admin reads the framework versions from the menu, told that an Admin Daerah corrects them.
import { expect, type Page } from '@playwright/test';
import { patience } from './patience';
import { signIn, signOut } from './support';
import { test } from './test';

test.setTimeout(120_000 * patience);

const NEW_PASSWORD = 'Kabupaten-Baru-2026';

function refusals(page: Page): string[] {
  const list: string[] = [];
  page.on('response', (r) => {
    if (r.status() >= 400) list.push(`${r.status()} ${r.request().method()} ${new URL(r.url()).pathname}`);
  });
  page.on('console', (m) => {
    if (m.type() === 'error') list.push(`console: ${m.text()}`);
  });
  return list;
}

test('a new region: its admin is told, page by page, to open the first period', async ({ page }) => {
  await signIn(page, 'superadmin');
  // Framework versions are in the super admin's menu, read-only, with who may correct them.
  await page.getByRole('link', { name: 'Kerangka Penilaian' }).click();
  await expect(page.getByRole('columnheader', { name: 'Versi kerangka' })).toBeVisible();
  await page.getByRole('link', { name: 'Indeks Inovasi Daerah 2026', exact: true }).click();
  await expect(page.getByText('Admin Daerah dapat menggandakannya')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Gandakan untuk dikoreksi' })).toHaveCount(0);

  await page.getByRole('link', { name: 'Daerah', exact: true }).click();
  await page.getByRole('button', { name: 'Tambah daerah' }).click();
  const dialog = page.getByRole('dialog');
  await dialog.getByLabel('Nama daerah').fill('Kabupaten Contoh Baru');
  await dialog.getByLabel(/Kode Kemendagri/).fill('35.98');
  await dialog.getByLabel('Nama pengguna').fill('admin.contohbaru');
  await dialog.getByLabel('Nama lengkap').fill('Budi Santoso');
  await dialog.getByRole('button', { name: 'Simpan' }).click();
  await expect(page.getByTestId('secret-value')).not.toBeEmpty();
  const temporary = ((await page.getByTestId('secret-value').textContent()) ?? '').trim();
  await page.getByRole('button', { name: 'Tutup' }).click();
  await signOut(page);

  await signIn(page, 'admin.contohbaru', temporary);
  // Current, new, repeated: the temporary password must be replaced before anything else.
  const passwords = page.locator('main input[type=password]');
  await expect(passwords).toHaveCount(3);
  await passwords.nth(0).fill(temporary);
  await passwords.nth(1).fill(NEW_PASSWORD);
  await passwords.nth(2).fill(NEW_PASSWORD);
  await page.getByRole('button', { name: 'Ganti kata sandi' }).click();
  await expect(page.getByRole('heading', { name: 'Selamat datang, Budi Santoso' })).toBeVisible();
  const problems = refusals(page);
  await page.reload();
  await expect(page.getByText('Buka periode penilaian tahun ini di Periode Penilaian')).toBeVisible();

  for (const [menu, says] of [
    ['Dasbor', 'Dasbor menampilkan IID, tren, dan kemajuan Perangkat Daerah'],
    ['Inovasi', 'Inovasi didaftarkan dalam periode penilaian'],
    ['Verifikasi', 'Bukti dukung diverifikasi dalam periode penilaian'],
  ] as const) {
    await page.getByRole('link', { name: menu, exact: true }).click();
    await expect(page.getByRole('heading', { level: 2 }).first()).toBeVisible();
    await expect(page.getByText(says)).toBeVisible();
    await expect(page.getByText('Buka periode pertama')).toBeVisible();
    // Not "ask the Admin Daerah": this is the Admin Daerah.
    await expect(page.getByText('Hubungi Admin Daerah')).toHaveCount(0);
    await expect(page.getByTestId('open-period-link')).toBeVisible();
  }
  // An empty bin offers nothing to purge.
  await page.getByRole('link', { name: 'Bukti Terhapus', exact: true }).click();
  await expect(page.getByText('Tidak ada bukti dukung yang terhapus.')).toBeVisible();
  await expect(page.getByRole('button', { name: /^Bersihkan/ })).toHaveCount(0);
  await page.getByRole('link', { name: 'Inovasi', exact: true }).click();
  await page.getByTestId('open-period-link').click();
  await expect(page.getByRole('heading', { name: 'Periode Penilaian' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Buka periode baru' })).toBeVisible();
  await page.waitForLoadState('networkidle');
  expect(problems).toEqual([]);
});
