// Previewing an evidence photo shows it at most at its own size (a small photo was stretched to the modal's
// width and looked blurred), and every preview offers "Buka di tab baru" beside "Unduh" for phones that show
// no PDF inside a page.
import { expect } from '@playwright/test';
import { solidPng } from '../test/support/images';
import { openRegionEvidence, signIn } from './support';
import { test } from './test';

test('an evidence photo previews at its own size, with open-in-tab and download', async ({ page }) => {
  await signIn(page, 'admin');
  const evidenceId = await openRegionEvidence(page, '15', { name: 'foto-sosialisasi-hki.png', mimeType: 'image/png', buffer: solidPng(40) });
  const dialog = page.getByRole('dialog', { name: 'foto-sosialisasi-hki.png' });
  const image = dialog.getByRole('img', { name: 'foto-sosialisasi-hki.png' });
  await expect(image).toBeVisible();
  await expect.poll(() => image.evaluate((img: HTMLImageElement) => img.naturalWidth)).toBe(40);
  expect(await image.evaluate((img: HTMLImageElement) => Math.round(img.getBoundingClientRect().width))).toBe(40);
  await expect(dialog.getByRole('link', { name: 'Buka di tab baru' })).toHaveAttribute('target', '_blank');
  await expect(dialog.getByRole('link', { name: 'Unduh' })).toBeVisible();

  expect((await page.request.delete(`/api/evidence/${evidenceId}`, { headers: { 'x-requested-with': 'e2e' } })).status()).toBe(200);
});
