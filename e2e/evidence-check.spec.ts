// The evidence pre-check as an operator and a verifier meet it. The operator chooses option 2 of Regulasi (in 2026:
// Peraturan Kepala Daerah) and uploads an SK the Kepala Dinas signed in his own name, naming the innovation: the
// server reads it in the background, the page shows the reading's progress, then the document's kind and that it
// supports less than the option chosen. Choosing another option changes that sentence without a new upload, a
// reload still shows it, and renaming the innovation is weighed against the same reading. The verifier sees the same reading and a suggested note that one click puts in the note
// field (nothing is decided). No console error and no failed request on the way; nothing scrolls sideways on a phone.
import { expect as baseExpect, type Page } from '@playwright/test';
import PDFDocument from 'pdfkit';
import { patience } from './patience';
import { expectNoSidewaysScroll, openPeriodThroughApi, registerThroughApi, signIn, signInThroughApi, signOut, signOutThroughApi } from './support';
import { test } from './test';

// A shared two-core machine reads a PDF and answers a poll in its own time.
const expect = baseExpect.configure({ timeout: 45_000 * patience });
const NAME = 'Posyandu Cerdas Terpadu';

/** A one-page text PDF: a decree of the Kepala Dinas Kesehatan, in his own name, setting the innovation. */
function skKepalaDinas(innovation: string): Promise<Buffer> {
  const doc = new PDFDocument({ size: 'A4', margin: 56 });
  const chunks: Buffer[] = [];
  doc.on('data', (c: Buffer) => chunks.push(c));
  const done = new Promise<Buffer>((resolve) => doc.on('end', () => resolve(Buffer.concat(chunks))));
  const centred = (text: string, size = 12) => doc.fontSize(size).text(text, { align: 'center' });
  centred('PEMERINTAH KOTA MOJOKERTO', 13);
  centred('DINAS KESEHATAN, PENGENDALIAN PENDUDUK DAN KELUARGA BERENCANA', 11);
  doc.moveDown();
  centred('KEPUTUSAN KEPALA DINAS KESEHATAN, PENGENDALIAN PENDUDUK DAN KELUARGA BERENCANA KOTA MOJOKERTO');
  centred('NOMOR: 188.4/127/417.105/2026');
  doc.moveDown(0.5);
  centred('TENTANG');
  centred(`PENETAPAN INOVASI DAERAH "${innovation.toUpperCase()}"`);
  doc.moveDown();
  centred('KEPALA DINAS KESEHATAN, PENGENDALIAN PENDUDUK DAN KELUARGA BERENCANA KOTA MOJOKERTO,');
  doc.moveDown(0.5);
  doc.fontSize(11);
  doc.text('Menimbang : bahwa untuk meningkatkan mutu layanan kesehatan ibu dan anak perlu menetapkan inovasi daerah;');
  doc.text('Mengingat : Peraturan Pemerintah Nomor 38 Tahun 2017 tentang Inovasi Daerah;');
  doc.moveDown(0.5);
  centred('MEMUTUSKAN:', 11);
  doc.text(`Menetapkan : KESATU. Inovasi "${innovation}" sebagai inovasi daerah pada Dinas Kesehatan, Pengendalian Penduduk dan Keluarga Berencana.`);
  doc.text('KEDUA. Keputusan ini mulai berlaku pada tanggal ditetapkan.');
  doc.moveDown();
  doc.text('Ditetapkan di Mojokerto', { align: 'right' });
  doc.text('pada tanggal 12 Maret 2026', { align: 'right' });
  doc.moveDown(0.5);
  doc.text('KEPALA DINAS KESEHATAN, PENGENDALIAN PENDUDUK', { align: 'right' });
  doc.text('DAN KELUARGA BERENCANA KOTA MOJOKERTO,', { align: 'right' });
  doc.moveDown(2);
  doc.text('dr. Bambang Wahyudi, M.Kes.', { align: 'right' });
  doc.text('NIP. 19700512 199803 1 004', { align: 'right' });
  doc.end();
  return done;
}

/** Console errors and refused or failed requests of the page, from now on. */
function problems(page: Page): string[] {
  const list: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error') list.push(`console: ${m.text()}`);
  });
  page.on('response', (r) => {
    if (r.status() >= 400) list.push(`${r.status()} ${r.request().method()} ${new URL(r.url()).pathname}`);
  });
  page.on('requestfailed', (r) => {
    // A poll cut short by a navigation is not a failure of the app.
    if (r.failure()?.errorText !== 'net::ERR_ABORTED') list.push(`failed: ${r.method()} ${new URL(r.url()).pathname} ${r.failure()?.errorText}`);
  });
  return list;
}

test('an SK of the Kepala Dinas is read at upload, weighed against the option chosen, and offered to the verifier as a note', async ({ page }) => {
  test.setTimeout(240_000 * patience);
  await page.setViewportSize({ width: 1280, height: 900 });
  await openPeriodThroughApi(page);
  await signInThroughApi(page.request, 'operator.dinkes');
  const entryId = await registerThroughApi(page.request, NAME);
  await signOutThroughApi(page.request);
  const seen = problems(page);

  // The operator, field by field: the Regulasi option, then the file.
  await signIn(page, 'operator.dinkes');
  await page.goto(`/innovations/${entryId}`);
  const row = page.getByTestId('indicator-16');
  const answer = row.getByRole('combobox', { name: /^16\. / });
  await answer.scrollIntoViewIfNeeded();
  await answer.click();
  await page.getByRole('option', { name: /^2 — / }).click();
  await expect(page.getByTestId('claimed-maturity')).not.toContainText('0,00 /');
  await row.locator('input[type=file]').setInputFiles({ name: 'sk-kepala-dinas.pdf', mimeType: 'application/pdf', buffer: await skKepalaDinas(NAME) });
  await expect(row.getByRole('button', { name: 'sk-kepala-dinas.pdf', exact: true })).toBeVisible();

  // Read in the background: the page polls until the reading is done, then says what the document is.
  const check = row.getByTestId('evidence-check');
  await expect(check).toHaveAttribute('data-status', 'done');
  await expect(check.getByTestId('evidence-check-kind')).toHaveText('SK Kepala Perangkat Daerah');
  await expect(check).toContainText('12 Maret 2026');
  await expect(check).toContainText('188.4/127/417.105/2026');
  const summary = check.getByTestId('evidence-check-summary');
  await expect(summary).toHaveAttribute('data-below', 'true');
  await expect(summary).toContainText('opsi 2');
  const forOption2 = (await summary.textContent()) as string;
  // Done reading: the list is no longer polled.
  let listReads = 0;
  const countListReads = (r: { url(): string; method(): string }) => {
    if (r.method() === 'GET' && new URL(r.url()).pathname === '/api/evidence') listReads++;
  };
  page.on('request', countListReads);
  await page.waitForTimeout(4000);
  page.off('request', countListReads);
  expect(listReads, 'evidence list reads in 4 s after the reading was done').toBe(0);
  // The innovation's name is in the SK: that check passed.
  await expect(check.locator('[data-testid=evidence-check-finding][data-outcome=passed]').first()).toBeVisible();

  // Another option: the same reading, weighed again when the list is read — no new upload.
  await answer.click();
  await page.getByRole('option', { name: /^1 — / }).click();
  await expect(summary).not.toHaveText(forOption2);
  await expect(summary).toContainText('opsi 1');
  const forOption1 = (await summary.textContent()) as string;
  await expect(row.getByTestId('evidence-item')).toHaveCount(1);

  // Still there after a reload; and on a phone nothing sticks out.
  await page.reload();
  await expect(page.getByTestId('indicator-16').getByTestId('evidence-check-summary')).toHaveText(forOption1);

  // Renamed: the same reading is searched for the new name (saved as typed), and found again once it is back.
  const findingFor = (name: string) =>
    page
      .getByTestId('indicator-16')
      .getByTestId('evidence-check-finding')
      .filter({ hasText: `"${name}"` });
  await expect(findingFor(NAME)).toHaveAttribute('data-outcome', 'passed');

  // Read again on request: accepted (202), polled, and the same finding comes back.
  const rechecked = page.waitForResponse((r) => r.request().method() === 'POST' && /\/api\/evidence\/[^/]+\/check$/.test(new URL(r.url()).pathname));
  await page.getByTestId('indicator-16').getByTestId('evidence-recheck').click();
  expect((await rechecked).status()).toBe(202);
  await expect(page.getByTestId('indicator-16').getByTestId('evidence-check')).toHaveAttribute('data-status', 'done');
  await expect(page.getByTestId('indicator-16').getByTestId('evidence-check-summary')).toHaveText(forOption1);
  const nameField = page.getByLabel('Nama inovasi');
  await nameField.fill('Antrean Sehat Keliling');
  await expect(findingFor('Antrean Sehat Keliling')).toHaveAttribute('data-outcome', 'failed');
  await nameField.fill(NAME);
  await expect(findingFor(NAME)).toHaveAttribute('data-outcome', 'passed');
  await page.setViewportSize({ width: 375, height: 800 });
  await page.getByTestId('indicator-16').scrollIntoViewIfNeeded();
  await expectNoSidewaysScroll(page, 'innovation with a pre-checked SK');
  await expect(page.getByTestId('indicator-16').getByTestId('evidence-recheck')).toBeVisible();
  await page.setViewportSize({ width: 1280, height: 900 });

  // Back to option 2 and on to verification (submitted by the operator, approved by the Kepala OPD).
  await answer.click();
  await page.getByRole('option', { name: /^2 — / }).click();
  await expect(page.getByTestId('indicator-16').getByTestId('evidence-check-summary')).toHaveText(forOption2);
  expect((await page.request.post(`/api/innovations/entries/${entryId}/transition`, { data: { action: 'submit' } })).status()).toBe(200);
  await signOut(page);
  await signInThroughApi(page.request, 'kepala.dinkes');
  expect((await page.request.post(`/api/innovations/entries/${entryId}/transition`, { data: { action: 'approve' } })).status()).toBe(200);
  await signOutThroughApi(page.request);

  // The verifier: the same reading under the file, and a suggestion that only fills the note.
  await signIn(page, 'verifikator');
  await page.goto('/verifikasi');
  const searched = page.waitForResponse((r) => r.url().includes('/api/verification/queue') && r.url().includes('q=Posyandu'));
  await page.getByTestId('queue-search').fill(NAME);
  await searched;
  await page.getByTestId('queue-row').getByText('16. Regulasi Inovasi Daerah').click();
  const panel = page.getByTestId('review-panel');
  await expect(panel.getByTestId('evidence-check-kind')).toHaveText('SK Kepala Perangkat Daerah');
  await expect(panel.getByTestId('evidence-check-summary')).toHaveText(forOption2);
  // A verifier reads; re-reading is for whoever uploads.
  await expect(panel.getByTestId('evidence-recheck')).toHaveCount(0);
  const suggestion = panel.getByTestId('check-suggestion');
  await expect(suggestion).toContainText(forOption2);
  const note = panel.getByTestId('review-note-input');
  await expect(note).toHaveValue('');
  await suggestion.getByRole('button', { name: 'Pakai sebagai catatan' }).click();
  await expect(note).toHaveValue(new RegExp(forOption2.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')));
  await expect(note).toBeFocused();
  // Used twice, written once; and nothing was decided.
  await suggestion.getByRole('button', { name: 'Pakai sebagai catatan' }).click();
  expect(((await note.inputValue()).match(/sk-kepala-dinas\.pdf/g) ?? []).length).toBe(1);
  await expect(page.getByTestId('queue-row').first()).toContainText('Menunggu verifikasi');

  expect(seen).toEqual([]);
});

test('without OCR on the server the operator is told once, above the indicators, that scans are not read', async ({ page }) => {
  test.setTimeout(120_000 * patience);
  await openPeriodThroughApi(page);
  await signInThroughApi(page.request, 'operator.dinkes');
  const entryId = await registerThroughApi(page.request, 'Antrean Pindaian Tanpa OCR');
  const seen = problems(page);
  // This machine has tesseract: the server's answer is replaced by one of an installation without it.
  await page.route('**/api/evidence/check-capabilities', (route) => route.fulfill({ json: { pdfText: true, ocr: false, ocrLanguage: null, video: true } }));
  await page.goto(`/innovations/${entryId}`);
  await expect(page.getByTestId('indicator-16')).toBeVisible();
  const note = page.getByTestId('ocr-unavailable');
  await expect(note).toHaveCount(1);
  await expect(note).toHaveText(/belum dapat membaca dokumen hasil pindaian atau foto/);
  await expect(note).toHaveText(/PDF yang berisi teks tetap diperiksa/);
  // Without the PDF reader either, promising that text PDFs are still checked would be untrue.
  await page.unroute('**/api/evidence/check-capabilities');
  await page.route('**/api/evidence/check-capabilities', (route) => route.fulfill({ json: { pdfText: false, ocr: false, ocrLanguage: null, video: true } }));
  await page.reload();
  await expect(page.getByTestId('indicator-16')).toBeVisible();
  await expect(note).toHaveCount(1);
  await expect(note).toHaveText(/pembaca PDF dan OCR tidak tersedia/);
  await expect(note).not.toHaveText(/PDF yang berisi teks/);
  expect(seen).toEqual([]);
});
