// Admin signs in, creates an OPD and an operator; the operator signs in, sets a password, switches language.
import { expect } from '@playwright/test';
import { choose, signIn } from './support';
import { test } from './test';

test('admin organises the region and a new operator gets started', async ({ page }) => {
  await signIn(page, 'admin');
  await expect(page.getByRole('heading', { name: /Selamat datang/ })).toBeVisible();

  // A new OPD.
  await page.getByRole('link', { name: 'Perangkat Daerah', exact: true }).click();
  await page.getByRole('button', { name: 'Tambah Perangkat Daerah' }).click();
  const dialog = page.getByRole('dialog');
  await dialog.getByRole('button', { name: 'Simpan' }).click();
  await expect(dialog.getByText('Wajib diisi.').first()).toBeVisible();
  await dialog.getByLabel('Nama Perangkat Daerah').fill('Dinas Perpustakaan dan Kearsipan');
  await dialog.getByLabel('Singkatan').fill('Dispusip');
  await dialog.getByRole('button', { name: 'Simpan' }).click();
  await expect(dialog).toBeHidden();
  await page.getByRole('textbox', { name: 'Cari' }).fill('Perpustakaan');
  await expect(page.getByRole('link', { name: 'Dinas Perpustakaan dan Kearsipan' })).toBeVisible();

  // Its operator.
  await page.getByRole('link', { name: 'Pengguna' }).click();
  await page.getByRole('button', { name: 'Tambah pengguna' }).click();
  const form = page.getByRole('dialog');
  await form.getByLabel('Nama pengguna').fill('operator.dispusip');
  await form.getByLabel('Nama lengkap').fill('Dewi Lestari');
  await form.getByLabel('E-mail').fill('dewi@mojokertokota.go.id');
  await choose(page, form, 'Peran', 'Operator OPD');
  await choose(page, form, 'Perangkat Daerah', /Dispusip/);
  await form.getByRole('button', { name: 'Simpan' }).click();
  const secret = page.getByTestId('secret-value');
  await expect(secret).toBeVisible();
  const temporary = (await secret.textContent())?.trim() as string;
  expect(temporary).toMatch(/^[A-Za-z0-9]{14}$/);
  await page.getByRole('dialog').getByRole('button', { name: 'Tutup' }).click();
  await expect(page.getByText('operator.dispusip')).toBeVisible();

  // Sign out.
  await page.getByTestId('user-menu').click();
  await page.getByRole('menuitem', { name: 'Keluar' }).click();
  await expect(page.getByRole('heading', { name: 'Masuk ke Inovda' })).toBeVisible();

  // The operator must replace the temporary password first.
  await signIn(page, 'operator.dispusip', temporary);
  await expect(page.getByRole('heading', { name: 'Ganti kata sandi sementara' })).toBeVisible();
  await page.getByLabel('Kata sandi saat ini').fill(temporary);
  // The meter says, while typing, why a password from one's own OPD's name is refused (the server would too).
  await page.getByLabel('Kata sandi baru', { exact: false }).first().fill('Perpustakaan-2026');
  await expect(page.getByTestId('password-strength')).toContainText('memuat nama, e-mail, daerah, Perangkat Daerah');
  await page.getByLabel('Kata sandi baru', { exact: false }).first().fill('Kereta-senja-Brantas-26');
  // Accepted: only that, no estimator advice beside it ("add another word" would contradict it).
  await expect(page.getByTestId('password-strength')).toHaveText('Kata sandi cukup kuat.');
  await page.getByLabel('Ulangi kata sandi baru').fill('Kereta-senja-Brantas-26');
  await page.getByRole('button', { name: 'Ganti kata sandi' }).click();
  await expect(page.getByRole('heading', { name: /Selamat datang, Dewi Lestari/ })).toBeVisible();

  // An operator sees only their own OPD.
  await page.getByRole('link', { name: 'Perangkat Daerah', exact: true }).click();
  await expect(page.getByRole('link', { name: 'Dinas Perpustakaan dan Kearsipan' })).toBeVisible();
  await expect(page.getByText('1–1 dari 1')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Tambah Perangkat Daerah' })).toHaveCount(0);

  // English, remembered after a reload.
  await page.getByText('EN', { exact: true }).click();
  await expect(page.getByRole('link', { name: 'Home' })).toBeVisible();
  await page.reload();
  await expect(page.getByRole('link', { name: 'My account' })).toBeVisible();
  await expect(page.getByText('1–1 of 1')).toBeVisible();
});
