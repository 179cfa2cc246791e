// A KIPP-style competition from start to published result, as the people who run it use it: the admin creates it
// from the KIPP template and opens it; an operator enters an innovation, finds the proposal pre-filled from its
// profile, shortens the section over its word limit and writes the others field by field (kept across a reload),
// and proposes it; the region accepts it; two judges score — the one from the entry's own OPD never gets it, and
// the server refuses that judge's score of it; the admin closes the stages, locks and publishes; the result shows
// on the innovation.
import { type Browser, expect as baseExpect, type Page, request as playwrightRequest } from '@playwright/test';
import { patience } from './patience';
import { choose, ensureOpenPeriod, expectNotice, openSignedIn, PASSWORD, registerThroughApi, signInThroughApi, signOutThroughApi } from './support';
import { rememberNotices, test } from './test';

const expect = baseExpect.configure({ timeout: 30_000 * patience });

const OURS = 'Klinik Gizi Keliling Kampung';
const THEIRS = 'Akta Lahir Sekali Datang';
const COMPETITION = 'Seleksi KIPP Kota 2026';
const CRITERIA = ['Memiliki kebaruan', 'Efektif', 'Bermanfaat', 'Mudah disebarkan', 'Berkelanjutan'];

async function person(browser: Browser, baseURL: string | undefined, username: string, password = PASSWORD): Promise<Page> {
  const context = await browser.newContext({ baseURL, viewport: { width: 1366, height: 768 } });
  await context.addInitScript(rememberNotices);
  const page = await context.newPage();
  // Signing in is not the subject here: each person starts signed in on their home page.
  await openSignedIn(page, username, password);
  return page;
}

/** Confirms the dialog an irreversible step opens. */
async function confirm(page: Page) {
  await page.getByRole('dialog').getByRole('button', { name: 'Ya, lanjutkan' }).click();
}

/** A judge's sheet: every criterion of every entry scored, one field at a time, as a judge types. */
async function scoreAll(page: Page, competitionId: string, values: Record<string, number>) {
  await page.goto(`/penjurian/${competitionId}`);
  const entries = page.getByTestId('judge-entry');
  await expect(entries.first()).toBeVisible();
  for (const [name, value] of Object.entries(values)) {
    const entry = entries.filter({ hasText: name });
    await entry.getByRole('button').first().click();
    for (const criterion of CRITERIA) {
      const field = entry.getByLabel(new RegExp(`^${criterion} \\(0–100\\)`));
      await field.fill(String(value));
      await field.blur();
      await expect(entry.getByTestId('score-state').filter({ hasText: 'Tersimpan' }).first()).toBeVisible();
    }
    await expect(entry.getByText('Lengkap', { exact: true })).toBeVisible();
  }
}

async function setJudges(admin: Page, stage: string, names: string[]) {
  await admin.getByRole('tab', { name: 'Penjurian' }).click();
  // The panel shows the stage now running (it follows a stage just closed).
  await expect(admin.getByRole('combobox', { name: 'Tahap', exact: true })).toHaveValue(stage);
  const picker = admin.getByLabel('Juri tahap ini').first();
  for (const name of names) {
    await picker.click();
    await admin.getByRole('option', { name: new RegExp(name) }).click();
  }
  await admin.keyboard.press('Escape');
  await admin.getByRole('button', { name: 'Simpan juri' }).click();
  await expectNotice(admin, 'Juri disimpan.');
  await admin.getByRole('button', { name: 'Bagi usulan otomatis' }).click();
  await expectNotice(admin, 'Penugasan diperbarui.');
}

test('KIPP competition: pre-filled proposal, review, two judges with a conflict refused, locked and published', async ({ browser, baseURL, page }) => {
  test.setTimeout(420_000 * patience);

  // Set-up through the API: the period, one innovation of each OPD, and a judge who works in Dinkes.
  await signInThroughApi(page.request, 'admin');
  await ensureOpenPeriod(page.request);
  const dinkes = ((await (await page.request.get('/api/opds?q=Dinkes')).json()).items[0] as { id: string }).id;
  const juriPassword = 'Meja-Hijau-Taman-58';
  const created = await page.request.post('/api/users', {
    data: { username: 'juri.gizi', fullName: 'dr. Ratna Sari (Juri Dinkes)', role: 'juri', opdId: dinkes, password: 'Sementara-Juri-2026' },
  });
  expect(created.status()).toBe(201);
  const first = await playwrightRequest.newContext({ baseURL });
  await first.post('/api/auth/login', { data: { username: 'juri.gizi', password: 'Sementara-Juri-2026' } });
  expect((await first.post('/api/auth/change-password', { data: { currentPassword: 'Sementara-Juri-2026', newPassword: juriPassword } })).status()).toBe(200);
  await first.dispose();
  await signOutThroughApi(page.request);
  await signInThroughApi(page.request, 'operator.dispendukcapil');
  await registerThroughApi(page.request, THEIRS);
  await signOutThroughApi(page.request);
  await signInThroughApi(page.request, 'operator.dinkes');
  const entryId = await registerThroughApi(page.request, OURS, { manfaat: 'Balita gizi kurang di kampung terpantau setiap bulan.' });
  await signOutThroughApi(page.request);

  // The admin creates the competition from the KIPP template and opens it.
  const admin = await person(browser, baseURL, 'admin');
  await admin.getByRole('link', { name: 'Kompetisi' }).click();
  await admin.getByRole('button', { name: 'Buat kompetisi' }).first().click();
  const dialog = admin.getByRole('dialog');
  await expect(dialog.getByRole('radio', { name: /KIPP \/ SINOVIK/ })).toBeChecked();
  await expect(dialog.getByText(/bobot di sini adalah bawaan Inovda/)).toBeVisible();
  await dialog.getByLabel('Nama kompetisi').fill(COMPETITION);
  await dialog.getByRole('button', { name: 'Buat', exact: true }).click();
  await admin.waitForURL(/\/kompetisi\/[0-9a-f-]{36}$/);
  const competitionId = admin.url().split('/').pop() as string;
  // The rules: the desk evaluation's weights are Inovda's defaults until set; the admin sets one and a tie-breaker.
  await admin.getByRole('tab', { name: 'Aturan' }).click();
  const desk = admin.getByTestId('stage-card').nth(1);
  await expect(desk.getByText(/Bobot bawaan Inovda/).first()).toBeVisible();
  await desk.getByLabel('Bobot Bermanfaat').fill('2');
  await desk.locator('.mantine-MultiSelect-input').click();
  await admin.getByRole('option', { name: 'Bermanfaat' }).click();
  await admin.keyboard.press('Escape');
  // A look at another tab before saving loses nothing typed.
  await admin.getByRole('tab', { name: 'Usulan' }).click();
  await admin.getByRole('tab', { name: 'Aturan' }).click();
  await expect(desk.getByLabel('Bobot Bermanfaat')).toHaveValue('2');
  await admin.getByRole('button', { name: 'Simpan' }).click();
  await expectNotice(admin, 'Perubahan tersimpan.');
  await admin.reload();
  await admin.getByRole('tab', { name: 'Aturan' }).click();
  await expect(admin.getByTestId('stage-card').nth(1).getByLabel('Bobot Bermanfaat')).toHaveValue('2');
  await admin.getByRole('tab', { name: 'Usulan' }).click();
  await admin.getByRole('button', { name: 'Buka pendaftaran' }).click();
  await expect(admin.getByTestId('competition-status')).toHaveText('Pendaftaran dibuka');

  // The operator enters the innovation; the proposal starts from its profile.
  const operator = await person(browser, baseURL, 'operator.dinkes');
  await operator.goto(`/kompetisi/${competitionId}`);
  await operator.getByRole('button', { name: 'Daftarkan inovasi' }).click();
  const enter = operator.getByRole('dialog');
  await choose(operator, enter, 'Inovasi', OURS);
  await enter.getByRole('button', { name: 'Daftarkan', exact: true }).click();
  await operator.waitForURL(/\/kompetisi\/usulan\//);
  const ringkasan = operator.getByRole('textbox', { name: 'Ringkasan' });
  await expect(ringkasan).toContainText('Balita gizi kurang di kampung terpantau setiap bulan.');
  // Kebaruan starts from the 320-word rancang bangun: over its 200 words, marked on the field.
  const kebaruan = operator.getByTestId('proposal-section').filter({ has: operator.getByRole('textbox', { name: 'Kebaruan / Nilai Tambah' }) });
  await expect(kebaruan.getByTestId('word-count')).toHaveText('320 / 200 kata');
  await expect(kebaruan.getByText(/Maksimal 200 kata/)).toBeVisible();

  // Every section written field by field, with pauses; the long one shortened.
  const texts: Record<string, string> = {
    'Kebaruan / Nilai Tambah': 'Petugas gizi datang ke kampung dengan timbangan digital dan mencatat langsung ke aplikasi.',
    'Implementasi Inovasi': 'Dijalankan di sepuluh kampung sejak Februari 2025 bersama kader posyandu.',
    Signifikansi: 'Balita gizi kurang yang terpantau naik dari 40 menjadi 95 persen.',
    'Adaptabilitas (sudah direplikasi?)': 'Sudah ditiru dua puskesmas di kota ini.',
    'Adaptabilitas (potensi replikasi)': 'Dapat ditiru daerah lain dengan biaya kecil.',
    'Sumber Daya': 'Dua petugas gizi per puskesmas dan anggaran operasional APBD.',
    'Strategi Keberlanjutan': 'Ditetapkan dalam Peraturan Wali Kota dan masuk RKPD setiap tahun.',
  };
  for (const [section, text] of Object.entries(texts)) {
    const editor = operator.getByRole('textbox', { name: section });
    await editor.click();
    await operator.keyboard.press('Control+A');
    await operator.keyboard.type(text, { delay: 5 });
    await operator.waitForTimeout(300);
  }
  await expect(kebaruan.getByTestId('word-count')).toHaveText(/^1[0-9] \/ 200 kata$/);
  await expect(operator.getByTestId('save-state')).toHaveText('Tersimpan');
  await operator.reload();
  await expect(operator.getByRole('textbox', { name: 'Strategi Keberlanjutan' })).toContainText('Peraturan Wali Kota');
  await expect(operator.getByRole('textbox', { name: 'Kebaruan / Nilai Tambah' })).toContainText('timbangan digital');
  await operator.getByRole('button', { name: 'Ajukan ke daerah' }).click();
  await expectNotice(operator, 'Usulan diajukan ke daerah untuk diperiksa.');
  await expect(operator.getByTestId('entry-status')).toHaveText('Diajukan');

  // The other OPD's entry, through the API (its proposal complete and short).
  const other = await person(browser, baseURL, 'operator.dispendukcapil');
  const candidates = await (await other.request.get(`/api/competitions/${competitionId}/candidates`)).json();
  const theirs = candidates.find((c: { name: string }) => c.name === THEIRS);
  let e = await (
    await other.request.post(`/api/competitions/${competitionId}/entries`, { data: { innovationId: theirs.innovationId, groupId: 'kelompok_umum' } })
  ).json();
  const filled = Object.fromEntries(Object.keys(e.proposal).map((k) => [k, `<p>Isi ${k} untuk ${THEIRS}.</p>`]));
  e = await (await other.request.patch(`/api/competition-entries/${e.id}`, { data: { version: e.version, proposal: filled } })).json();
  expect((await other.request.post(`/api/competition-entries/${e.id}/propose`, { data: { version: e.version } })).status()).toBe(200);

  // The region accepts both, closes registration and the administrative stage.
  await admin.reload();
  for (const name of [OURS, THEIRS]) {
    await admin.getByTestId('competition-entry').filter({ hasText: name }).getByRole('button', { name: 'Terima' }).click();
    await expectNotice(admin, `Usulan “${name}” diterima.`);
  }
  await admin.getByRole('button', { name: 'Tutup pendaftaran & mulai penjurian' }).click();
  await confirm(admin);
  await expect(admin.getByTestId('competition-status')).toHaveText('Penjurian');
  await admin.getByRole('button', { name: 'Tutup tahap & lanjutkan' }).click();
  await confirm(admin);
  await expectNotice(admin, 'Tahap ditutup; usulan yang lolos masuk ke tahap berikutnya.');

  // Desk evaluation: two judges; the Dinkes judge is never given the Dinkes entry.
  await setJudges(admin, 'Penilaian proposal oleh Tim Evaluasi', ['Laksmi Dewi', 'Ratna Sari']);
  const row = admin.getByRole('row').filter({ hasText: OURS });
  await expect(row.getByText('Konflik')).toBeVisible();

  const judge = await person(browser, baseURL, 'juri');
  await scoreAll(judge, competitionId, { [OURS]: 90, [THEIRS]: 70 });
  const dinkesJudge = await person(browser, baseURL, 'juri.gizi', juriPassword);
  await dinkesJudge.goto(`/penjurian/${competitionId}`);
  await expect(dinkesJudge.getByTestId('judge-entry')).toHaveCount(1);
  await expect(dinkesJudge.getByTestId('judge-entry')).toContainText(THEIRS);
  const ourEntryId = (await (await admin.request.get(`/api/competitions/${competitionId}/entries`)).json()).find(
    (x: { innovationName: string }) => x.innovationName === OURS,
  ).id;
  const refused = await dinkesJudge.request.put(`/api/judging/${competitionId}/scores`, { data: { entryId: ourEntryId, criterionId: 'kebaruan', value: 100 } });
  expect(refused.status()).toBe(403);
  await scoreAll(dinkesJudge, competitionId, { [THEIRS]: 80 });

  // The ranking follows the scores: ours 90, theirs (70 + 80) / 2 = 75.
  await admin.reload();
  await admin.getByRole('tab', { name: 'Peringkat' }).click();
  await expect(admin.getByTestId('ranking-row').first()).toContainText(OURS);
  await expect(admin.getByTestId('ranking-row').first()).toContainText('90,00');
  await expect(admin.getByTestId('ranking-row').nth(1)).toContainText('75,00');
  await admin.getByRole('button', { name: 'Tutup tahap & lanjutkan' }).click();
  await confirm(admin);
  await expectNotice(admin, 'Tahap ditutup; usulan yang lolos masuk ke tahap berikutnya.');

  // Presentation: one judge scores both.
  await setJudges(admin, 'Presentasi dan wawancara', ['Laksmi Dewi']);
  // The desk judge's sheet says why there is nothing to score now, instead of an error.
  await dinkesJudge.goto(`/penjurian/${competitionId}`);
  await expect(dinkesJudge.getByText(/tahap yang Anda nilai sudah ditutup/)).toBeVisible();
  await scoreAll(judge, competitionId, { [OURS]: 85, [THEIRS]: 88 });
  await admin.getByRole('button', { name: 'Tutup tahap & lanjutkan' }).click();
  await confirm(admin);

  // Field verification: both pass; then lock and publish.
  await admin.getByRole('tab', { name: 'Peringkat' }).click();
  for (const name of [OURS, THEIRS]) {
    const decision = admin.getByRole('row').filter({ hasText: name });
    await expect(decision.getByText('Belum diputuskan')).toBeVisible();
    await decision.getByRole('button', { name: 'Lolos', exact: true }).click();
    await expect(decision.getByRole('button', { name: 'Lolos', exact: true })).toHaveAttribute('aria-pressed', 'true');
  }
  await admin.getByRole('button', { name: 'Kunci hasil' }).click();
  await confirm(admin);
  await expect(admin.getByTestId('competition-status')).toHaveText('Hasil dikunci');
  await admin.getByRole('button', { name: 'Terbitkan hasil' }).click();
  await confirm(admin);
  await expect(admin.getByTestId('competition-status')).toHaveText('Diterbitkan');
  // Final = mean of the two weighted stages: ours (90 + 85) / 2 = 87,5; theirs (75 + 88) / 2 = 81,5.
  await admin.getByRole('tab', { name: 'Hasil' }).click();
  await expect(admin.getByTestId('ranking-row').first()).toContainText(OURS);
  await expect(admin.getByTestId('ranking-row').first()).toContainText('87,50');
  await expect(admin.getByTestId('ranking-row').nth(1)).toContainText('81,50');

  // The operator sees the result on the innovation itself.
  await operator.goto(`/innovations/${entryId}`);
  const results = operator.getByTestId('competition-results');
  await expect(results).toContainText(COMPETITION);
  await expect(results).toContainText('Peringkat 1');

  // …and records a national result beside it, with its evidence.
  await results.getByRole('button', { name: 'Catat hasil kompetisi' }).click();
  const record = operator.getByRole('dialog');
  await record.getByLabel('Nama penghargaan atau kategori').fill('Top 99 KIPP 2025');
  await record.getByLabel(/Tautan bukti/).fill('https://menpan.go.id/top99-2025');
  await record.getByRole('button', { name: 'Simpan' }).click();
  await expect(results.getByTestId('national-result')).toContainText('Top 99 KIPP 2025');
  await operator.reload();
  await expect(operator.getByTestId('national-result')).toContainText('Top 99 KIPP 2025');

  // The region rewards the winner's innovators (SPD 12): both awards wait for a reward; the winner's is recorded
  // field by field and is what the year's SPD 12 answer can rest on.
  await admin.goto('/kompetisi/penghargaan');
  const waiting = admin.getByTestId('reward-candidate');
  await expect(waiting.filter({ hasText: 'Top 99 KIPP 2025' })).toBeVisible();
  await expect(admin.getByTestId('spd12-option')).toHaveText('Belum mendukung opsi apa pun');
  await waiting.filter({ hasText: COMPETITION }).filter({ hasText: OURS }).getByRole('button', { name: 'Catat penghargaan' }).click();
  const reward = admin.getByRole('dialog');
  await reward.getByLabel('Penerima').pressSequentially('Tim Gizi Keliling', { delay: 20 });
  await reward.getByLabel('Tanggal diberikan').fill(new Date().toISOString().slice(0, 10));
  await reward.getByLabel('Reward/insentif').pressSequentially('Uang pembinaan', { delay: 20 });
  await reward.getByLabel('Nilai insentif').pressSequentially('5000000', { delay: 20 });
  await expect(reward.getByLabel('Nilai insentif')).toHaveValue('Rp 5.000.000');
  await reward.getByRole('button', { name: 'Simpan' }).click();
  await expect(reward).toBeHidden();
  await expect(admin.getByTestId('spd12-option')).toHaveText('Mendukung opsi 2');
  await admin.reload();
  const given = admin.getByTestId('reward-row').filter({ hasText: 'Tim Gizi Keliling' });
  await expect(given).toContainText('Uang pembinaan');
  await expect(given).toContainText('Rp 5.000.000');
  await expect(waiting.filter({ hasText: COMPETITION }).filter({ hasText: OURS })).toHaveCount(0);
  await expect(waiting.filter({ hasText: COMPETITION }).filter({ hasText: THEIRS })).toHaveCount(1);
});
