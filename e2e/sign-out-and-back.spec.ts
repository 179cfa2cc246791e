// Signing out and in again, and a session that ends under the user: the next person lands in the app (not on
// the sign-in form again), an ended session returns to sign-in and then to the page the person was on, and
// the sign-in form says what is missing in words, not by repeating the field's label.
import { expect, type Page } from '@playwright/test';
import { PASSWORD, signIn } from './support';
import { test } from './test';

async function fillAndSubmit(page: Page, username: string) {
  await page.locator('input[autocomplete=username]').fill(username);
  await page.locator('input[autocomplete=current-password]').fill(PASSWORD);
  await page.locator('input[autocomplete=current-password]').press('Enter');
}

test('after signing out, the next person who signs in lands on their home page', async ({ page }) => {
  await signIn(page, 'pimpinan');
  await page.getByRole('link', { name: 'Dasbor', exact: true }).click();
  await expect(page.getByRole('heading', { name: /^Dasbor Inovasi Daerah/ }).or(page.getByRole('heading', { name: 'Dasbor' }))).toBeVisible();
  await page.getByTestId('user-menu').click();
  await page.getByRole('menuitem', { name: 'Keluar' }).click();
  await expect(page.getByRole('button', { name: 'Masuk' })).toBeVisible();
  // Signing out remembers no page to come back to: not the leader's dashboard, and never the sign-in page.
  await expect(page).toHaveURL(/\/login$/);

  await fillAndSubmit(page, 'juri');
  await expect(page.getByRole('heading', { name: /^Selamat datang/ })).toBeVisible();
  await expect(page).toHaveURL(/\/$/);
});

test('an ended session goes to sign-in and, once signed in, back to the page the person opened', async ({ page, context }) => {
  await signIn(page, 'pimpinan');
  await page.getByRole('link', { name: 'Perangkat Daerah', exact: true }).click();
  await expect(page.getByRole('heading', { name: 'Perangkat Daerah' })).toBeVisible();
  await context.clearCookies();
  await page.getByRole('link', { name: 'Inovasi', exact: true }).click();
  await expect(page.getByRole('button', { name: 'Masuk' })).toBeVisible();
  await expect(page).toHaveURL(/\/login\?redirect=%2Finnovations/);
  await fillAndSubmit(page, 'pimpinan');
  await expect(page.getByRole('heading', { name: 'Inovasi', exact: true })).toBeVisible();
  await expect(page).toHaveURL(/\/innovations$/);
});

test('a remembered page that is a sign-in page or another site leads home instead', async ({ page }) => {
  for (const redirect of ['/login', '//example.com/phish']) {
    await page.goto(`/login?redirect=${encodeURIComponent(redirect)}`);
    await fillAndSubmit(page, 'pimpinan');
    await expect(page.getByRole('heading', { name: /^Selamat datang/ })).toBeVisible();
    await expect(page).toHaveURL(/^http:\/\/127\.0\.0\.1:\d+\/$/);
    await page.getByTestId('user-menu').click();
    await page.getByRole('menuitem', { name: 'Keluar' }).click();
    await expect(page.getByRole('button', { name: 'Masuk' })).toBeVisible();
  }
});

test('an empty sign-in form says "Wajib diisi." on each field', async ({ page }) => {
  await page.goto('/login');
  await page.getByRole('button', { name: 'Masuk' }).click();
  await expect(page.getByText('Wajib diisi.')).toHaveCount(2);
  await expect(page.locator('.mantine-InputWrapper-error').filter({ hasText: 'Nama pengguna' })).toHaveCount(0);
});
