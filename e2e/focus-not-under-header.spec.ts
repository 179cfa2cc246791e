// Going back up the innovation form with Shift+Tab, each field the keyboard reaches is in view below the fixed
// header and the save state floating under it, not behind them (on a laptop screen and on a phone).
import { expect as baseExpect, type Page } from '@playwright/test';
import { patience } from './patience';
import { ensureOpenPeriod, signIn, signOut } from './support';
import { test } from './test';

const expect = baseExpect.configure({ timeout: 30_000 * patience });

/** The lowest bottom edge of what is fixed or floating at the top: the header, and the save state when it floats. */
const coveredTo = (page: Page) =>
  page.evaluate(() => {
    const header = document.querySelector('header')?.getBoundingClientRect().bottom ?? 0;
    const states = [...document.querySelectorAll('[data-testid="save-state"]')].map((e) => e.getBoundingClientRect()).filter((r) => r.top < 150);
    return Math.max(header, ...states.map((r) => r.bottom));
  });

for (const viewport of [
  { width: 1366, height: 700 },
  { width: 360, height: 740 },
]) {
  test(`Shift+Tab up the form keeps the focused field clear of the header and the save state (${viewport.width} px)`, async ({ page }) => {
    test.setTimeout(120_000 * patience);
    await signIn(page, 'admin');
    await ensureOpenPeriod(page);
    await signOut(page);
    await page.setViewportSize(viewport);
    await signIn(page, 'operator.dinkes');
    const created = await (await page.request.post('/api/innovations', { data: { name: `Fokus Terlihat ${viewport.width}` } })).json();
    await page.goto(`/innovations/${created.id}`);
    // A change, so that the save state is shown (and floats once the title is out of sight).
    const penghargaan = page.getByLabel('Penghargaan (opsional)', { exact: true });
    await penghargaan.click();
    await penghargaan.pressSequentially('Juara 2', { delay: 20 });
    await expect(page.getByTestId('save-state').first()).toHaveAttribute('data-state', 'saved');
    for (let i = 0; i < 12; i++) {
      await page.keyboard.press('Shift+Tab');
      const top = await page.evaluate(() => document.activeElement?.getBoundingClientRect().top ?? 0);
      const label = await page.evaluate(() => document.activeElement?.getAttribute('aria-label') ?? document.activeElement?.id ?? '');
      expect(top, `focused ${label} at ${Math.round(top)} px`).toBeGreaterThanOrEqual(await coveredTo(page));
    }
  });
}
