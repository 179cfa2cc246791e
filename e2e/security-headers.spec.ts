// The Content-Security-Policy (no inline script, no framing by others) breaks nothing the browser shows:
// the sign-in page, the API docs, a PDF evidence preview in its frame, the two-factor QR code. A refused
// script, style, frame or image shows as a console error, which fails these tests.
import { expect, type Page } from '@playwright/test';
import { simplePdf } from '../src/server/seed/simple-pdf';
import { openRegionEvidence, signIn } from './support';
import { test } from './test';

function consoleErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text());
  });
  page.on('pageerror', (e) => errors.push(e.message));
  return errors;
}

test('the sign-in page and the API docs work under the policy', async ({ page }) => {
  const errors = consoleErrors(page);
  const res = await page.goto('/login');
  expect(res?.headers()['content-security-policy']).toContain("script-src 'self'");
  expect(res?.headers()['content-security-policy']).toContain("frame-ancestors 'none'");
  await expect(page.locator('input[autocomplete=username]')).toBeEnabled();

  await page.goto('/api/docs');
  await expect(page.getByText('Inovda API').first()).toBeVisible();
  await expect(page.locator('.opblock').first()).toBeVisible();
  expect(errors).toEqual([]);
});

test('a PDF evidence previews in its frame, and the two-factor QR code shows', async ({ page }) => {
  const errors = consoleErrors(page);
  await signIn(page, 'admin');
  const evidenceId = await openRegionEvidence(page, '1', {
    name: 'perda-inovasi-daerah.pdf',
    mimeType: 'application/pdf',
    buffer: simplePdf(['Perda Inovasi Daerah']),
  });
  const frame = page.getByRole('dialog', { name: 'perda-inovasi-daerah.pdf' }).locator('iframe');
  await expect(frame).toBeVisible();
  // The frame's document is the PDF (not an error page the browser puts in place of a refused frame).
  await expect.poll(() => frame.evaluate((f: HTMLIFrameElement) => f.contentDocument?.contentType ?? 'cross-origin-or-blocked')).toBe('application/pdf');
  await page.keyboard.press('Escape');
  expect((await page.request.delete(`/api/evidence/${evidenceId}`, { headers: { 'x-requested-with': 'e2e' } })).status()).toBe(200);

  await page.goto('/account');
  await page.getByRole('button', { name: 'Aktifkan autentikasi dua langkah' }).click();
  const qr = page.getByRole('img', { name: 'QR' });
  await expect(qr).toBeVisible();
  await expect.poll(() => qr.evaluate((img: HTMLImageElement) => img.naturalWidth)).toBeGreaterThan(0);
  expect(errors).toEqual([]);
});
