// A used or expired reset link: once the server refuses it, the page says so, offers the way to ask for a new
// link, and no longer offers a form that cannot succeed.
import { expect } from '@playwright/test';
import { test } from './test';

test('a refused reset link leads to asking for a new one, without the form', async ({ page }) => {
  await page.goto('/reset-password?token=sudah-dipakai-atau-kedaluwarsa');
  const fields = page.locator('input[autocomplete=new-password]');
  await fields.nth(0).fill('Langit-Biru-Pagi-2026!');
  await fields.nth(1).fill('Langit-Biru-Pagi-2026!');
  await page.locator('button[type=submit]').click();
  await expect(page.getByRole('alert')).toContainText('tidak valid atau sudah kedaluwarsa');
  await expect(page.locator('input[type=password]')).toHaveCount(0);
  await page.getByRole('link', { name: 'Minta tautan baru' }).click();
  await expect(page).toHaveURL(/\/forgot-password$/);
});
