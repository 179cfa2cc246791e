// The Admin Daerah narrows Inovasi to "Disetujui Kepala OPD" and "Belum dikirim" to find what is left to mark
// as sent (the list had only stage and OPD filters).
import { type APIRequestContext, expect } from '@playwright/test';
import { choose, openPeriodThroughApi, signIn, signInThroughApi, signOutThroughApi, submitThroughApi } from './support';
import { test } from './test';

const NAME = 'Layanan Menunggu Dikirim';

const submitted = (request: APIRequestContext) => submitThroughApi(request, NAME);

test('approved innovations not yet sent are one filter away', async ({ page }) => {
  await openPeriodThroughApi(page);
  await signInThroughApi(page.request, 'operator.dinkes');
  const id = await submitted(page.request);
  await signOutThroughApi(page.request);
  await signInThroughApi(page.request, 'kepala.dinkes');
  expect((await page.request.post(`/api/innovations/entries/${id}/transition`, { data: { action: 'approve' } })).status()).toBe(200);
  await signOutThroughApi(page.request);

  await signIn(page, 'admin');
  await page.goto('/innovations');
  const main = page.getByRole('main');
  await choose(page, main, 'Status', 'Disetujui Kepala OPD');
  await choose(page, main, 'Dikirim ke penilaian nasional', 'Belum dikirim');
  const rows = main.getByRole('row').filter({ hasText: NAME });
  await expect(rows).toHaveCount(1);
  await expect(main.getByTestId('sent-badge')).toHaveCount(0);
  await choose(page, main, 'Dikirim ke penilaian nasional', 'Sudah dikirim');
  await expect(rows).toHaveCount(0);
});
