// The signer's NIP typed as it is printed on documents ("19700101 199003 1 001") is taken whole: it used to
// be cut at 18 characters and refused. It is stored as digits and shown grouped in the signature preview.
import { expect } from '@playwright/test';
import { signIn } from './support';
import { test } from './test';

test('letterhead takes a NIP written with spaces', async ({ page }) => {
  await signIn(page, 'admin');
  const regionId = (await (await page.request.get('/api/auth/me')).json()).user.regionId as string;
  const before = await (await page.request.get(`/api/regions/${regionId}/letterhead`)).json();

  await page.goto('/region');
  const card = page.getByTestId('letterhead');
  await card.getByLabel('Nama pejabat').fill('Dr. Ir. Wahyu Nugroho, M.T.');
  await card.getByLabel('NIP').fill('');
  await card.getByLabel('NIP').pressSequentially('19700101 199003 1 001');
  await expect(card.getByLabel('NIP')).toHaveValue('19700101 199003 1 001');
  await expect(card.getByTestId('signature-preview')).toContainText('NIP. 19700101 199003 1 001');
  await card.getByRole('button', { name: 'Simpan' }).click();
  await expect(page.getByText('Perubahan tersimpan.')).toBeVisible();
  const saved = await (await page.request.get(`/api/regions/${regionId}/letterhead`)).json();
  expect(saved.signerNip).toBe('197001011990031001');

  const restored = await page.request.patch(`/api/regions/${regionId}/letterhead`, { data: { signerName: before.signerName, signerNip: before.signerNip } });
  expect(restored.status()).toBe(200);
});
