// The Admin Daerah makes an API token for another regional system: types its name, picks its permission and
// expiry, sees the token once, the token works on an integration route (and the use shows in the log), and once
// revoked it is refused.
import { expect } from '@playwright/test';
import { signIn } from './support';
import { test } from './test';

test('admin creates an API token, sees it once, it works, then is revoked', async ({ page, request, baseURL }) => {
  await signIn(page, 'admin');
  await page.getByRole('link', { name: 'Token API', exact: true }).click();
  await expect(page.getByRole('heading', { name: 'Token API' })).toBeVisible();

  await page.getByRole('button', { name: 'Buat token' }).first().click();
  const dialog = page.getByRole('dialog', { name: 'Buat token API' });
  // Nothing chosen yet: the dialog says what is missing, on the fields.
  await dialog.getByRole('button', { name: 'Buat token' }).click();
  await expect(dialog.getByText('Pilih minimal satu izin.')).toBeVisible();
  await dialog.getByLabel('Nama').pressSequentially('Sistem Inovasi Provinsi');
  await dialog.getByRole('checkbox', { name: 'statistics:read' }).check();
  const expiry = new Date(Date.now() + 30 * 86_400_000).toISOString().slice(0, 10);
  await dialog.getByLabel('Berlaku sampai').fill(expiry);
  await dialog.getByRole('button', { name: 'Buat token' }).click();

  const secret = page.getByTestId('secret-value');
  await expect(secret).toHaveText(/^inovda_[0-9A-Za-z]{43}$/);
  await expect(page.getByText('Token hanya ditampilkan sekali ini')).toBeVisible();
  const token = (await secret.textContent()) ?? '';
  await page.getByRole('dialog', { name: 'Token API baru' }).getByRole('button', { name: 'Tutup' }).click();

  const row = page.getByTestId('api-tokens').getByRole('row', { name: /Sistem Inovasi Provinsi/ });
  await expect(row.getByText('Aktif')).toBeVisible();
  await expect(row.getByText(token.slice(0, 12))).toBeVisible();
  await expect(page.getByText(token)).toHaveCount(0);

  const url = `${baseURL}/api/integrations/v1/statistics`;
  const ok = await request.get(url, { headers: { authorization: `Bearer ${token}` } });
  expect(ok.status()).toBe(200);

  await page.reload();
  await row.getByRole('button', { name: /Riwayat pemakaian/ }).click();
  const log = page.getByTestId('token-uses');
  await expect(log.getByText('GET /api/integrations/v1/statistics')).toBeVisible();
  await expect(log.getByText('200', { exact: true })).toBeVisible();

  await row.getByRole('button', { name: /Cabut/ }).click();
  await page.getByRole('dialog', { name: 'Cabut token API?' }).getByRole('button', { name: 'Cabut' }).click();
  await expect(row.getByText('Dicabut')).toBeVisible();
  const refused = await request.get(url, { headers: { authorization: `Bearer ${token}` } });
  expect(refused.status()).toBe(401);
  expect((await refused.json()).error.code).toBe('api_token_revoked');
});
