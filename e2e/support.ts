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

/** Signs out through the user menu. */
export async function signOut(page: Page) {
  await page.getByTestId('user-menu').click();
  await page.getByRole('menuitem', { name: 'Keluar' }).click();
  await expect(page.getByRole('button', { name: 'Masuk' })).toBeVisible();
}

/** An open 2026 period, opened through the API unless one is open already (one database serves the whole run). */
export async function ensureOpenPeriod(page: Page) {
  const periods = (await (await page.request.get('/api/periods')).json()) as { status: string }[];
  if (periods.some((p) => p.status === 'open')) return;
  const res = await page.request.post('/api/periods', {
    data: { year: 2026, frameworkId: 'iid-2026', penjaringanOpensOn: '2026-06-01', penjaringanClosesOn: '2026-12-15' },
  });
  expect(res.status()).toBe(201);
}
