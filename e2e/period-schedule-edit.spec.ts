// An Admin Daerah moves an open period's internal deadline and target from the Periode Penilaian page
// (the period card had no way to change them), sees "hari ini" under a deadline that falls today, and gets
// the date-order error on the field.
import { expect } from '@playwright/test';
import { ensureOpenPeriod, signIn } from './support';
import { test } from './test';

interface Period {
  id: string;
  status: string;
  internalDeadline: string | null;
  opdTarget: number;
}

test('admin changes the internal deadline and OPD target of the open period', async ({ page }) => {
  await signIn(page, 'admin');
  await ensureOpenPeriod(page);
  const before = ((await (await page.request.get('/api/periods')).json()) as Period[]).find((p) => p.status === 'open') as Period;
  const today = new Date().toLocaleDateString('en-CA', { timeZone: 'Asia/Jakarta' });

  await page.goto('/periods');
  await page.getByTestId('period-edit').first().click();
  const form = page.getByTestId('period-edit-form');
  await form.getByLabel('Batas internal').fill(today);
  await form.getByLabel('Target inovasi per Perangkat Daerah').fill('3');
  // Closing before opening is refused on the field, and nothing is saved.
  await form.getByLabel('Penjaringan ditutup').fill('2000-01-01');
  await form.getByRole('button', { name: 'Simpan' }).click();
  await expect(form.getByText('Tanggal ini harus sesudah tanggal pembukaan.')).toBeVisible();
  await form.getByLabel('Penjaringan ditutup').fill('2026-12-15');
  await form.getByRole('button', { name: 'Simpan' }).click();
  await expect(form).toBeHidden();

  const facts = page.getByTestId('period-facts').first();
  await expect(facts).toContainText('hari ini');
  await expect(facts).toContainText('Target per Perangkat Daerah');
  const after = ((await (await page.request.get('/api/periods')).json()) as Period[]).find((p) => p.id === before.id) as Period;
  expect(after.internalDeadline).toBe(today);
  expect(after.opdTarget).toBe(3);

  // Leave the shared database as the other specs expect it.
  const restored = await page.request.patch(`/api/periods/${before.id}`, {
    data: { internalDeadline: before.internalDeadline, opdTarget: before.opdTarget, penjaringanClosesOn: '2026-12-15' },
  });
  expect(restored.status()).toBe(200);
});
