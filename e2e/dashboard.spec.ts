// Admin records an official result; the Pimpinan opens the dashboard and sees the gauges, the trend with
// that result, and the OPD monitoring table.
import { expect, test } from '@playwright/test';
import { signIn } from './support';

test('the dashboard: official results, gauges, trend and OPD monitoring', async ({ page }) => {
  await signIn(page, 'admin');
  const periods = (await (await page.request.get('/api/periods')).json()) as { status: string }[];
  if (!periods.some((p) => p.status === 'open')) {
    const res = await page.request.post('/api/periods', {
      data: { year: 2026, frameworkId: 'iid-2026', penjaringanOpensOn: '2026-06-01', penjaringanClosesOn: '2026-12-15' },
    });
    expect(res.status()).toBe(201);
  }
  await page.getByRole('link', { name: 'Dasbor' }).click();
  await page.getByRole('button', { name: 'Catat hasil resmi' }).click();
  const dialog = page.getByRole('dialog');
  await dialog.getByRole('textbox', { name: 'Tahun' }).fill('2025');
  await dialog.getByRole('textbox', { name: 'IID' }).fill('81,25');
  await dialog.getByRole('textbox', { name: 'Sumber' }).fill('Keputusan Mendagri tentang IID 2025');
  await dialog.getByRole('button', { name: 'Simpan' }).click();
  await expect(page.getByTestId('history').getByRole('cell', { name: '81,25' })).toBeVisible();
  await page.getByTestId('user-menu').click();
  await page.getByRole('menuitem', { name: 'Keluar' }).click();

  await signIn(page, 'pimpinan');
  await page.getByRole('link', { name: 'Dasbor' }).click();
  await expect(page.getByRole('heading', { name: /Dasbor Inovasi Daerah 2026/ })).toBeVisible();
  await expect(page.getByTestId('gauge-claimed').locator('svg')).toBeVisible();
  await expect(page.getByTestId('gauge-verified').locator('svg')).toBeVisible();
  const trend = page.getByTestId('trend');
  await expect(trend.locator('svg.recharts-surface')).toBeVisible();
  await expect(trend.getByText('2025', { exact: true })).toBeVisible();
  await expect(trend.getByText('2026', { exact: true })).toBeVisible();
  await expect(page.getByTestId('history').getByRole('cell', { name: '81,25' })).toBeVisible();
  await expect(page.getByTestId('opd-monitoring').getByRole('row').filter({ hasText: 'Dinkes' })).toBeVisible();
  // Read-only: no button to record results.
  await expect(page.getByRole('button', { name: 'Catat hasil resmi' })).toHaveCount(0);
});
