// Replication between two OPDs of the region: Dispendukcapil asks (through the API) to replicate a Dinkes
// innovation; the Dinkes operator agrees on the Replikasi page with the agreement's number and PDF, and the
// innovation's Replikasi item (31) then holds the agreement as evidence, kept after a reload.
import { expect as baseExpect } from '@playwright/test';
import { simplePdf } from '../src/server/seed/simple-pdf';
import { patience } from './patience';
import { openPeriodThroughApi, registerThroughApi, signIn, signInThroughApi, signOutThroughApi } from './support';
import { test } from './test';

const expect = baseExpect.configure({ timeout: 30_000 * patience });
const NAME = 'Layanan Replikasi Antar-OPD';

test('an operator agrees to a replication with a PDF and the Replikasi item shows it as evidence', async ({ page }) => {
  test.setTimeout(120_000 * patience);
  await openPeriodThroughApi(page);
  await signInThroughApi(page.request, 'operator.dinkes');
  const entryId = await registerThroughApi(page.request, NAME);
  const { innovationId } = (await (await page.request.get(`/api/innovations/entries/${entryId}`)).json()) as { innovationId: string };
  await signOutThroughApi(page.request);

  await signInThroughApi(page.request, 'operator.dispendukcapil');
  const asked = await page.request.post('/api/replications', { data: { innovationId, message: 'Kami ingin menerapkan di layanan kami.' } });
  expect(asked.status()).toBe(201);
  await signOutThroughApi(page.request);

  await signIn(page, 'operator.dinkes');
  await page.getByRole('link', { name: 'Replikasi' }).click();
  const card = page.getByTestId('replication-card').filter({ hasText: NAME });
  await expect(card.getByTestId('replication-status')).toHaveText('Diajukan');
  await card.getByRole('button', { name: 'Setujui' }).click();
  const dialog = page.getByRole('dialog');
  await dialog.getByLabel('Nomor').fill('045/PKS/2026');
  await dialog
    .locator('input[type=file]')
    .setInputFiles({ name: 'pks-replikasi.pdf', mimeType: 'application/pdf', buffer: simplePdf(['Perjanjian Kerja Sama Replikasi']) });
  await dialog.getByRole('button', { name: 'Setujui' }).click();
  await expect(page.getByText(/Bukti dukung indikator 31 \(2026\) ditambahkan/)).toBeVisible();
  await expect(card.getByTestId('replication-status')).toHaveText('Disepakati');
  await expect(card.getByTestId('replication-agreement')).toContainText('045/PKS/2026');
  // On a phone the button goes below the text instead of squeezing it into a narrow column beside it.
  const size = page.viewportSize();
  await page.setViewportSize({ width: 390, height: 844 });
  const implement = card.getByRole('button', { name: 'Tandai diterapkan' });
  const agreement = card.getByTestId('replication-agreement');
  await expect.poll(async () => ((await implement.boundingBox())?.y ?? 0) > ((await agreement.boundingBox())?.y ?? Number.POSITIVE_INFINITY)).toBe(true);
  if (size) await page.setViewportSize(size);

  await page.goto(`/innovations/${entryId}`);
  await page.reload();
  const item = page.getByTestId('indicator-31');
  await expect(item.getByTestId('evidence-item')).toContainText('pks-replikasi.pdf');
  await expect(page.getByTestId('innovation-replications')).toContainText('Dinas Kependudukan');
});
