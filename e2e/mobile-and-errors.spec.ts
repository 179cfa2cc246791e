// A phone-width screen, wrong passwords, and pages a role may not open.
import { expect } from '@playwright/test';
import { expectNoSidewaysScroll, signIn } from './support';
import { test } from './test';

test.use({ viewport: { width: 360, height: 740 } });

test('works at 360 px: the menu opens from the burger', async ({ page }) => {
  await signIn(page, 'verifikator');
  const burger = page.getByRole('button', { name: 'Menu' });
  await expect(burger).toBeVisible();
  await expect(burger).toHaveAttribute('aria-expanded', 'false');
  await burger.click();
  await expect(burger).toHaveAttribute('aria-expanded', 'true');
  // Escape closes it, as it closes any menu.
  await page.keyboard.press('Escape');
  await expect(burger).toHaveAttribute('aria-expanded', 'false');
  await expect(page.getByRole('link', { name: 'Perangkat Daerah', exact: true })).not.toBeInViewport();
  await burger.click();
  await page.getByRole('link', { name: 'Perangkat Daerah', exact: true }).click();
  await expect(page.getByRole('heading', { name: 'Perangkat Daerah' })).toBeVisible();
  await expectNoSidewaysScroll(page, 'Perangkat Daerah');
});

test('wrong password shows a clear message and keeps what was typed', async ({ page }) => {
  await page.goto('/login');
  await page.locator('input[autocomplete=username]').fill('pimpinan');
  await page.locator('input[autocomplete=current-password]').fill('salah-sandi-1');
  await page.getByRole('button', { name: 'Masuk' }).click();
  await expect(page.getByRole('alert')).toContainText('Nama pengguna atau kata sandi salah.');
  await expect(page.locator('input[autocomplete=username]')).toHaveValue('pimpinan');
});

test('a page outside the role says so; signed-out visitors are sent to sign in', async ({ page }) => {
  await page.goto('/users');
  await expect(page).toHaveURL(/\/login\?redirect=%2Fusers/);
  await signIn(page, 'pimpinan');
  await page.goto('/users');
  await expect(page.getByRole('heading', { name: 'Tidak ada akses' })).toBeVisible();
});
