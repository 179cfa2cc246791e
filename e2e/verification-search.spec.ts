// The verification day as people live it: the Kepala OPD hears of a submitted innovation from the bell and
// approves it; the verifier types an innovation's name to find it, picks an item far down the list and
// decides with the panel still in view beside it, returning it with a note; the operator gets the
// notification and its link leads to the indicator. On a phone the queue is a card list with the decision
// under the chosen card, and nothing scrolls sideways.
import { type APIRequestContext, expect as baseExpect } from '@playwright/test';
import { patience } from './patience';
import { expectNoSidewaysScroll, expectNotice, openPeriodThroughApi, signIn, signInThroughApi, signOut, signOutThroughApi, submitThroughApi } from './support';
import { test } from './test';

// A patient expect: the machine may be busy (no assertion here is about speed).
const expect = baseExpect.configure({ timeout: 30_000 * patience });
const TARGET = 'Sekolah Ramah Anak Digital';
const CODES = ['16', '17', '18', '19', '20', '21', '22', '23', '24', '25', '26', '27', '28', '29'];

/** Registers an innovation of the operator's OPD with a complete profile, answers and a PDF each; submits it. */
const submitted = (request: APIRequestContext, name: string, codes: string[]) =>
  submitThroughApi(request, name, {
    codes,
    value: (code) => 1 + (Number(code) % 2),
    profile: { urusanUtama: '1.01', tujuan: 'Sekolah aman bagi anak', manfaat: 'Laporan perundungan tertangani', hasil: 'Kasus turun' },
  });

test('search, decide beside the item, notify the operator; the queue on a phone', async ({ page }) => {
  test.setTimeout(240_000 * patience);
  await page.setViewportSize({ width: 1366, height: 768 });
  await openPeriodThroughApi(page);

  // The operator submits three innovations; the one we look for has the most items.
  await signInThroughApi(page.request, 'operator.dinkes');
  const others = [
    await submitted(page.request, 'Posyandu Balita Sehat', ['16', '17', '18']),
    await submitted(page.request, 'Klinik Gizi Keliling', ['16', '19']),
  ];
  const entryId = await submitted(page.request, TARGET, CODES);
  await signOutThroughApi(page.request);

  // The Kepala OPD finds it in the bell, opens it from there and approves (the others through their pages).
  await signIn(page, 'kepala.dinkes');
  await page.getByTestId('bell').click();
  await page.getByRole('menuitem', { name: new RegExp(`Menunggu persetujuan Anda: ${TARGET}`) }).click();
  await expect(page).toHaveURL(new RegExp(`/innovations/${entryId}$`));
  await page.getByRole('button', { name: 'Setujui' }).click();
  await expectNotice(page, 'Inovasi disetujui.');
  for (const id of others) {
    await page.goto(`/innovations/${id}`);
    await page.getByRole('button', { name: 'Setujui' }).click();
    await expectNotice(page, 'Inovasi disetujui.');
  }
  await signOut(page);

  // The verifier types part of the name, in any case, and gets only that innovation's items.
  await signIn(page, 'verifikator');
  await page.getByRole('link', { name: 'Verifikasi' }).click();
  const queue = page.getByTestId('queue');
  await expect(queue.getByRole('row').filter({ hasText: 'Posyandu Balita Sehat' }).first()).toBeVisible();
  await page.getByRole('searchbox', { name: 'Cari inovasi' }).pressSequentially('ramah ANAK', { delay: 60 });
  await expect(queue.getByRole('row').filter({ hasText: 'Posyandu Balita Sehat' })).toHaveCount(0);
  const rows = queue.getByTestId('queue-row');
  await expect(rows).toHaveCount(CODES.length);
  await expect(rows.filter({ hasNotText: TARGET })).toHaveCount(0);

  // An item far down the list: the decision panel is in the viewport beside it.
  const last = rows.last();
  const code = ((await last.getByRole('cell').nth(1).textContent()) ?? '').split('.')[0];
  await last.getByTestId('queue-item').click();
  await expect(last).toHaveAttribute('aria-selected', 'true');
  const panel = page.getByTestId('review-panel');
  await expect(panel).toContainText(`${code}. `);
  // Both in view once the (smooth) scroll to the chosen row has settled; the panel to the right of the row.
  await expect(last).toBeInViewport();
  await expect(panel).toBeInViewport();
  const rowBox = await last.boundingBox();
  const box = await panel.boundingBox();
  expect(box && rowBox && box.x > rowBox.x).toBe(true);
  await expect(page.getByTestId('return')).toBeInViewport();
  const note = `Lampirkan SK yang ditandatangani untuk indikator ${code}.`;
  const noteBox = panel.getByRole('textbox', { name: 'Catatan untuk operator' });
  await noteBox.pressSequentially(note, { delay: 10 });
  // Changing the search while an item is open keeps it open, note and all, while it is still in the results.
  const search = page.getByRole('searchbox', { name: 'Cari inovasi' });
  await search.fill('');
  const searched = page.waitForResponse((r) => r.url().includes('/api/verification/queue') && r.url().includes('q=sekolah+ramah'));
  await search.pressSequentially('sekolah ramah', { delay: 60 });
  await searched;
  await expect(panel).toContainText(`${code}. `);
  await expect(noteBox).toHaveValue(note);
  await page.getByTestId('return').click();
  await expect(page.getByText('Keputusan tersimpan.').first()).toBeVisible();
  await expect(rows.filter({ hasText: `${code}. ` }).getByTestId('review-dikembalikan')).toBeVisible();
  // After a reload the search is still there (kept with the page's history entry), and the decision is kept.
  await page.reload();
  await expect(page.getByRole('searchbox', { name: 'Cari inovasi' })).toHaveValue('sekolah ramah');
  await expect(rows).toHaveCount(CODES.length);
  await expect(rows.filter({ hasText: `${code}. ` }).getByTestId('review-dikembalikan')).toBeVisible();

  // On a phone: cards, no sideways scroll, the decision right under the chosen card.
  await page.setViewportSize({ width: 390, height: 844 });
  await expect(queue.locator('table')).toHaveCount(0);
  await expect(rows).toHaveCount(CODES.length);
  await expectNoSidewaysScroll(page, 'queue on a phone');
  await rows.nth(5).getByTestId('queue-item').click();
  await expect(rows.nth(5).getByTestId('review-panel')).toBeVisible();
  await expect(rows.nth(5).getByTestId('accept')).toBeInViewport();
  await expectNoSidewaysScroll(page, 'queue on a phone');
  await page.setViewportSize({ width: 1366, height: 768 });
  await signOut(page);

  // The operator: the bell shows the return; its link leads to the indicator with the note.
  await signIn(page, 'operator.dinkes');
  await expect(page.getByTestId('bell')).toBeVisible();
  await page.getByTestId('bell').click();
  const notice = page.getByRole('menuitem', { name: new RegExp(`Dikembalikan: ${TARGET} — indikator ${code}`) });
  await expect(notice).toContainText(note);
  await expect(notice.getByTestId('notification-unread')).toBeVisible();
  await notice.click();
  await expect(page).toHaveURL(new RegExp(`/innovations/${entryId}#indicator-${code}$`));
  const indicator = page.getByTestId(`indicator-${code}`);
  await expect(indicator.getByTestId('review-note')).toContainText(note);
  await expect(indicator).toBeInViewport();
  // Opened means read.
  await page.getByTestId('bell').click();
  await expect(page.getByRole('menuitem', { name: new RegExp(`indikator ${code}`) }).getByTestId('notification-unread')).toHaveCount(0);
});
