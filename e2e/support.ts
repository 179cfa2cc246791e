import { expect, type Locator, type Page } from '@playwright/test';

export const PASSWORD = 'E2e-demo-2026';

export async function signIn(page: Page, username: string, password = PASSWORD) {
  await page.goto('/login');
  await page.locator('input[autocomplete=username]').fill(username);
  await page.locator('input[autocomplete=current-password]').fill(password);
  await page.getByRole('button', { name: /^(Masuk|Sign in)$/ }).click();
  await expect(page.getByTestId('user-menu')).toBeVisible();
}

/** Picks an option in a Mantine Select by its label. */
export async function choose(page: Page, scope: Locator, label: string | RegExp, option: string | RegExp) {
  await scope.getByRole('combobox', { name: label, exact: true }).click();
  await page.getByRole('option', { name: option }).click();
}
