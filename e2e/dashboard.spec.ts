// Admin records an official result; the Pimpinan opens the dashboard and sees the gauges, the trend with
// that result, and the OPD monitoring table.
import { expect } from '@playwright/test';
import { patience } from './patience';
import { signIn } from './support';
import { test } from './test';

test('the dashboard: official results, gauges, trend and OPD monitoring', async ({ page }) => {
  await signIn(page, 'admin');
  // The dashboard shows the open period, else the latest. Whatever ran before on this worker: with a period open
  // (another spec opened one), that is the one shown; without, the spec opens its own past period (2025) and
  // closes it afterwards, so that the specs after it still open 2026 themselves.
  const periods = (await (await page.request.get('/api/periods')).json()) as { id: string; year: number; status: string }[];
  const open = periods.find((p) => p.status === 'open');
  let periodId = open?.id ?? '';
  const year = open?.year ?? 2025;
  if (!open) {
    const created = await page.request.post('/api/periods', {
      data: { year: 2025, frameworkId: 'iid-2025', penjaringanOpensOn: '2025-06-01', penjaringanClosesOn: '2025-12-15', carryOver: false },
    });
    expect(created.status()).toBe(201);
    periodId = (await created.json()).id;
  }
  await page.getByRole('link', { name: 'Dasbor' }).click();
  await page.getByRole('button', { name: 'Catat hasil resmi' }).click();
  const dialog = page.getByRole('dialog');
  await dialog.getByRole('textbox', { name: 'Tahun' }).fill('2024');
  await dialog.getByRole('textbox', { name: 'IID' }).fill('81,25');
  await dialog.getByRole('textbox', { name: 'Sumber' }).fill('Keputusan Mendagri tentang IID 2024');
  await dialog.getByRole('button', { name: 'Simpan' }).click();
  await expect(page.getByTestId('history').getByRole('cell', { name: '81,25' })).toBeVisible();
  // The national package builds in the background and downloads.
  await page.getByRole('button', { name: 'Buat paket (zip)' }).click();
  const downloadLink = page.getByTestId('package-download');
  await expect(downloadLink).toBeVisible({ timeout: 30_000 * patience });
  const [download] = await Promise.all([page.waitForEvent('download'), downloadLink.click()]);
  expect(download.suggestedFilename()).toBe(`paket-iid-${year}.zip`);
  if (!open) expect((await page.request.post(`/api/periods/${periodId}/status`, { data: { status: 'closed' } })).status()).toBe(200);
  await page.getByTestId('user-menu').click();
  await page.getByRole('menuitem', { name: 'Keluar' }).click();

  await signIn(page, 'pimpinan');
  await page.getByRole('link', { name: 'Dasbor' }).click();
  await expect(page.getByRole('heading', { name: new RegExp(`Dasbor Inovasi Daerah ${year}`) })).toBeVisible();
  await expect(page.getByTestId('gauge-claimed').locator('svg')).toBeVisible();
  await expect(page.getByTestId('gauge-verified').locator('svg')).toBeVisible();
  // Each gauge says which IID it shows, in words a reader sees (not only an aria-label).
  await expect(page.getByTestId('gauge-claimed').getByTestId('gauge-label')).toHaveText('Diklaim');
  await expect(page.getByTestId('gauge-verified').getByTestId('gauge-label')).toHaveText('Terverifikasi');
  // Official results and this year's forecast are told apart in the legend.
  await expect(page.getByTestId('trend').getByText('Hasil resmi', { exact: true })).toBeVisible();
  await expect(page.getByTestId('trend').getByText(`Perkiraan ${year} (diklaim)`)).toBeVisible();
  await expect(page.getByTestId('trend').getByText(`Perkiraan ${year} (terverifikasi)`)).toBeVisible();
  const trend = page.getByTestId('trend');
  await expect(trend.locator('svg.recharts-surface')).toBeVisible();
  await expect(trend.getByText('2024', { exact: true })).toBeVisible();
  await expect(trend.getByText(String(year), { exact: true })).toBeVisible();
  await expect(page.getByTestId('history').getByRole('cell', { name: '81,25' })).toBeVisible();
  await expect(page.getByTestId('opd-monitoring').getByRole('row').filter({ hasText: 'Dinkes' })).toBeVisible();
  // The heatmap's cells lead to the simulator's actions for that indicator.
  await page.getByTestId('heatmap').getByRole('link').first().click();
  await expect(page.getByTestId('focus')).toContainText('Tindakan yang menaikkan indikator 16.');
  await page.goBack();
  // The leaders' report downloads as a PDF.
  const reportLink = page.getByRole('link', { name: 'Unduh laporan (PDF)' });
  await expect(reportLink).toBeVisible();
  const report = await page.request.get((await reportLink.getAttribute('href')) as string);
  expect(report.headers()['content-type']).toBe('application/pdf');
  expect(report.headers()['content-disposition']).toContain(`laporan-inovasi-${year}.pdf`);
  expect((await report.body()).subarray(0, 5).toString()).toBe('%PDF-');
  // Read-only: no button to record results.
  await expect(page.getByRole('button', { name: 'Catat hasil resmi' })).toHaveCount(0);
});

test('the Admin Daerah sets the letterhead and signing official field by field; the values stay after a reload', async ({ page }) => {
  await signIn(page, 'admin');
  await page.getByRole('link', { name: 'Profil Daerah' }).click();
  const card = page.getByTestId('letterhead');
  await expect(card.getByRole('heading', { name: 'Kop surat & penandatangan' })).toBeVisible();
  const values: [string, string][] = [
    ['Nama instansi', 'Badan Perencanaan Pembangunan Daerah'],
    ['Alamat', 'Jl. Gajah Mada No. 145, Kota Mojokerto'],
    ['Telepon', '(0321) 321321'],
    ['E-mail', 'bappeda@mojokertokota.go.id'],
    ['Tempat penandatanganan', 'Mojokerto'],
    ['Jabatan', 'Kepala Bappeda'],
    ['Nama pejabat', 'Dra. Siti Rahayu, M.Si.'],
  ];
  for (const [label, value] of values) {
    const input = card.getByLabel(label, { exact: true });
    await input.click();
    await input.pressSequentially(value, { delay: 15 });
  }
  // A NIP that is not 18 digits is refused on the field, with the reason.
  const nip = card.getByLabel('NIP', { exact: true });
  await nip.pressSequentially('19700101', { delay: 15 });
  await card.getByRole('button', { name: 'Simpan' }).click();
  await expect(card.getByText('NIP terdiri dari 18 angka.')).toBeVisible();
  await nip.press('End');
  await nip.pressSequentially('1990032001', { delay: 15 });
  await card.getByLabel('Tanggal penandatanganan', { exact: true }).fill('2026-12-01');
  await expect(card.getByTestId('signature-preview')).toContainText('Mojokerto, 1 Desember 2026');
  await card.getByRole('button', { name: 'Simpan' }).click();
  await expect(page.getByText('Perubahan tersimpan.')).toBeVisible();
  await expect(card.getByRole('button', { name: 'Simpan' })).toBeDisabled();

  await page.reload();
  const again = page.getByTestId('letterhead');
  for (const [label, value] of values) await expect(again.getByLabel(label, { exact: true })).toHaveValue(value);
  await expect(again.getByLabel('NIP', { exact: true })).toHaveValue('197001011990032001');
  await expect(again.getByLabel('Tanggal penandatanganan', { exact: true })).toHaveValue('2026-12-01');
  await expect(again.getByTestId('signature-preview')).toContainText('NIP. 19700101 199003 2 001');

  // The leaders' report carries them.
  const regionId = (await (await page.request.get('/api/auth/me')).json()).user.regionId;
  const letterhead = await (await page.request.get(`/api/regions/${regionId}/letterhead`)).json();
  expect(letterhead).toMatchObject({ agencyName: 'Badan Perencanaan Pembangunan Daerah', signerNip: '197001011990032001', signDate: '2026-12-01' });
});
