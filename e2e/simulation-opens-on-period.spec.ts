// The first visit to Simulasi IID shows the region's own period (claimed), with the same IID as the dashboard,
// and says where the data comes from; it used to open on an empty sandbox reading 0,00 "Tidak Dapat Dinilai".
import { expect } from '@playwright/test';
import { ensureOpenPeriod, signIn } from './support';
import { test } from './test';

const id2 = (x: number) => x.toLocaleString('id-ID', { minimumFractionDigits: 2, maximumFractionDigits: 2 });

test('first visit to the simulator loads the open period', async ({ page }) => {
  await signIn(page, 'admin');
  await ensureOpenPeriod(page);
  const region = await (await page.request.get('/api/scores/region')).json();
  // A device that never simulated before.
  await page.evaluate(() => localStorage.removeItem('inovda.simulation.v1'));

  await page.goto('/simulasi');
  await expect(page.getByTestId('sim-source')).toContainText(`Menampilkan data periode ${region.year}, diklaim`);
  await expect(page.getByTestId('iid-value')).toHaveText(id2(region.claimed.iid));
  // The ranked actions are those of the loaded data (not of the empty start), and usable once computed.
  await expect(page.getByTestId('actions-column')).toHaveAttribute('aria-busy', 'false');

  // Starting empty is still one click away, and then nothing claims to be the period.
  await page.getByRole('button', { name: 'Mulai kosong' }).click();
  await expect(page.getByTestId('sim-source')).toBeHidden();
  await expect(page.getByTestId('iid-value')).toHaveText('0,00');
});
