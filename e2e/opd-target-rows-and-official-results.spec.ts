// The dashboard's OPD table colours exactly the OPDs below the "One OPD More Than One Innovation" target of
// sent innovations (it coloured OPDs with 0 or 1 registered, so an OPD with drafts but nothing sent looked
// fine); the official results show their awards and each row has an edit button a keyboard reaches.
import { expect } from '@playwright/test';
import { ensureOpenPeriod, signIn, signInThroughApi, signOut, signOutThroughApi } from './support';
import { test } from './test';

test('below-target OPDs are the coloured rows; official results are editable from the keyboard', async ({ page }) => {
  await signIn(page, 'admin');
  await ensureOpenPeriod(page);
  const saved = await page.request.put('/api/dashboard/history/2024', {
    data: { iid: 80.12, predicate: 'Sangat Inovatif', nationalRank: 12, awards: 'IGA 2024', source: 'Keputusan Mendagri tentang IGA 2024' },
  });
  expect(saved.status()).toBe(200);
  await signOut(page);

  // Two drafts: the agency has innovations registered, none sent.
  await signInThroughApi(page.request, 'operator.dinkes');
  for (const name of ['Draf Target Satu', 'Draf Target Dua']) expect((await page.request.post('/api/innovations', { data: { name } })).status()).toBe(201);
  await signOutThroughApi(page.request);

  await signIn(page, 'admin');
  await page.goto('/dasbor');
  const table = page.getByTestId('opd-monitoring');
  await expect(table.getByRole('row').nth(1)).toBeVisible();
  const monitoring = await (await page.request.get('/api/dashboard/opds')).json();
  const dinkes = monitoring.rows.find((r: { shortName: string }) => r.shortName === 'Dinkes PPKB');
  expect(dinkes.registered).toBeGreaterThanOrEqual(2);
  for (const r of monitoring.rows as { name: string; meetsTarget: boolean }[])
    await expect(table.getByRole('row').filter({ hasText: r.name }).first(), r.name).toHaveAttribute('data-below-target', String(!r.meetsTarget));

  const history = page.getByTestId('history');
  await expect(history.getByRole('row').filter({ hasText: '2024' })).toContainText('IGA 2024');
  await history.getByRole('button', { name: 'Catat hasil resmi' }).focus();
  const first = (await (await page.request.get('/api/dashboard/history')).json())[0].year;
  await page.keyboard.press('Tab');
  await expect(page.getByRole('button', { name: `Ubah hasil resmi ${first}` })).toBeFocused();
  await page.getByRole('button', { name: 'Ubah hasil resmi 2024' }).focus();
  await page.keyboard.press('Enter');
  const dialog = page.getByRole('dialog', { name: 'Hasil resmi IID' });
  await expect(dialog.getByRole('textbox', { name: 'IID' })).toHaveValue('80,12');
});
