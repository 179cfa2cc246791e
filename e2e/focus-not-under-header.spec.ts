// Going back up the innovation form with Shift+Tab, each field the keyboard reaches is in view below the fixed
// header and the save state floating under it, not behind them (on a laptop screen and on a phone).
import { expect as baseExpect, type Page } from '@playwright/test';
import { patience } from './patience';
import { openPeriodThroughApi, signIn } from './support';
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
    await openPeriodThroughApi(page);
    await page.setViewportSize(viewport);
    await signIn(page, 'operator.dinkes');
    const created = await (await page.request.post('/api/innovations', { data: { name: `Fokus Terlihat ${viewport.width}` } })).json();
    await page.goto(`/innovations/${created.id}`);
    // A change, so that the save state is shown (and floats once the title is out of sight).
    const penghargaan = page.getByLabel('Penghargaan (opsional)', { exact: true });
    await penghargaan.click();
    await penghargaan.pressSequentially('Juara 2', { delay: 20 });
    await expect(page.getByTestId('save-state').first()).toHaveAttribute('data-state', 'saved');
    for (let i = 0; i < 30; i++) {
      await page.keyboard.press('Shift+Tab');
      // The field with its label: a label cut by the save state is as bad as a hidden input. In the rich text
      // editor (taller than half the screen: label and caret cannot both show) what counts is the caret's line.
      const top = () =>
        page.evaluate(() => {
          const focused = document.activeElement as HTMLElement | null;
          if (focused?.isContentEditable) {
            const anchor = window.getSelection()?.anchorNode;
            const line = anchor?.nodeType === Node.ELEMENT_NODE ? (anchor as Element) : anchor?.parentElement;
            return (line ?? focused).getBoundingClientRect().top;
          }
          // An input with its label; any other control (the editor's toolbar buttons) by itself.
          const field = focused?.matches('input, textarea') ? focused.closest('.mantine-InputWrapper-root') : null;
          return (field ?? focused)?.getBoundingClientRect().top ?? 0;
        });
      const label = await page.evaluate(() => document.activeElement?.getAttribute('aria-label') ?? document.activeElement?.id ?? '');
      const covered = await coveredTo(page);
      // Polled: the editor scrolls its caret into view a moment after the focus.
      await expect.poll(top, { message: `focused ${label} clear of the top ${Math.round(covered)} px`, timeout: 2_000 }).toBeGreaterThanOrEqual(covered);
    }
  });
}
