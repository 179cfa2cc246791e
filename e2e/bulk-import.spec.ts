// Bulk import: the Admin Daerah downloads the template, fills it, uploads a file with one bad row and sees the
// problem on its row and column, uploads the fixed file, imports it and finds the innovations in the list.
import { expect } from '@playwright/test';
import ExcelJS from 'exceljs';
import { ensureOpenPeriod, signIn } from './support';
import { test } from './test';

test('import innovations from the template, a bad row first', async ({ page }) => {
  await signIn(page, 'admin');
  await ensureOpenPeriod(page);
  await page.getByRole('link', { name: 'Impor Inovasi', exact: true }).click();
  await expect(page.getByRole('heading', { name: 'Impor Inovasi' })).toBeVisible();

  const download = page.waitForEvent('download');
  await page.getByRole('link', { name: 'Unduh templat (.xlsx)' }).click();
  const template = await (await download).path();
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(template);
  const sheet = wb.getWorksheet('Per inovasi') as ExcelJS.Worksheet;
  const header = (sheet.getRow(1).values as unknown[]).slice(1) as string[];
  const col = (name: string) => header.indexOf(name) + 1;
  const opds = (await (await page.request.get('/api/opds?pageSize=5')).json()).items as { name: string; shortName: string }[];
  const stamp = Date.now().toString(36);
  const names = [`Impor Posyandu ${stamp}`, `Impor Layanan ${stamp}`];
  const fill = (row: number, values: Record<string, string>) => {
    for (const [k, v] of Object.entries(values)) sheet.getCell(row, col(k)).value = v;
  };
  fill(2, {
    'Perangkat Daerah': opds[0].name,
    'Nama inovasi': names[0],
    Tahapan: 'Penerapan',
    Jenis: 'Digital',
    Urusan: '1.02 Kesehatan',
    'Waktu penerapan': '15/01/2025',
  });
  fill(3, { 'Perangkat Daerah': opds[1].shortName, 'Nama inovasi': names[1], Tahapan: 'Matang', Jenis: 'Non Digital' });

  const upload = async (name: string) => {
    await page.locator('input[type=file]').setInputFiles({ name, mimeType: 'application/octet-stream', buffer: Buffer.from(await wb.xlsx.writeBuffer()) });
    await page.getByRole('button', { name: 'Unggah dan periksa' }).click();
  };
  await upload('inovasi-salah.xlsx');
  const problem = page.getByTestId('import-problem');
  await expect(problem).toHaveCount(1);
  await expect(problem).toContainText('3');
  await expect(problem).toContainText('Tahapan');
  await expect(problem).toContainText('"Matang" bukan pilihan Tahapan');
  await expect(page.getByTestId('import-problem-count')).toHaveText('Menampilkan 1 dari 1 masalah');
  await expect(page.getByTestId('import-run')).toHaveCount(0);

  fill(3, { Tahapan: 'Uji Coba' });
  await upload('inovasi-benar.xlsx');
  await expect(page.getByTestId('import-status')).toHaveText('Siap diimpor');
  // A reload keeps the checked file on screen.
  await page.reload();
  await page.getByTestId('import-run').click();
  await expect(page.getByTestId('import-done')).toContainText('2 inovasi diimpor');
  await expect(page.getByRole('progressbar', { name: 'Selesai' })).toBeVisible();
  // The recent imports say so too, not still "Sedang diimpor".
  await expect(page.getByTestId('import-recent').filter({ hasText: 'inovasi-benar.xlsx' }).first()).toContainText('Selesai');
  await page.getByRole('link', { name: 'Lihat daftar inovasi' }).click();
  await page.getByRole('textbox', { name: 'Cari' }).fill(`Impor Posyandu ${stamp}`);
  await expect(page.getByText(names[0])).toBeVisible();
});
