// The simulator ranks "send innovation X" for every unsent innovation; for one the Kepala OPD has not
// approved it now says so (sending it would be refused), instead of proposing an action that cannot be done.
import { type APIRequestContext, expect } from '@playwright/test';
import { patience } from './patience';
import { openPeriodThroughApi, signIn, signInThroughApi, signOutThroughApi, submitThroughApi } from './support';
import { test } from './test';

const NAME = 'Telemedisin Menunggu Persetujuan';
const CODES = Array.from({ length: 20 }, (_, k) => String(16 + k));

const submitted = (request: APIRequestContext) => submitThroughApi(request, NAME, { codes: CODES, value: () => 3 });

test('sending an innovation awaiting approval is shown as needing approval first', async ({ page }) => {
  test.setTimeout(120_000 * patience);
  await openPeriodThroughApi(page);
  await signInThroughApi(page.request, 'operator.dinkes');
  await submitted(page.request);
  await signOutThroughApi(page.request);

  await signIn(page, 'admin');
  await page.evaluate(() => localStorage.removeItem('inovda.simulation.v1'));
  await page.goto('/simulasi');
  await page.getByRole('button', { name: 'Muat data periode' }).click();
  const actions = page.getByTestId('ranked-actions');
  await expect(actions.getByText(`Kirim inovasi ${NAME} — belum disetujui Kepala OPD, setujui dahulu`)).toBeVisible();
});
