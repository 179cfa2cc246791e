// The IID simulator in the browser: upload the CLI input format, see the engine's IID, change an answer,
// apply the best action and watch the IID rise by the predicted gain. Framework versions: clone and edit.
import { writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect } from '@playwright/test';
import { builtInFramework } from '../src/domain/iid/builtin';
import { scoreIid } from '../src/domain/iid/engine';
import { actionLines } from '../src/domain/iid/simulator';
import type { Framework, ScoreInput } from '../src/domain/iid/types';
import { signIn } from './support';
import { test } from './test';

const f = builtInFramework('iid-2026') as Framework;
const input: ScoreInput = {
  region: { answers: { '1': 2, '8': 1, '12': 2 } },
  innovations: ['1.01', '1.02', '1.03', '1.04', '1.05'].map((u, k) => ({
    id: `INV-${k + 1}`,
    sent: true,
    urusan: [u],
    answers: { '16': 2, '17': 3, '33': 2, '35': 1 },
  })),
};
const idNumber = (x: number) => x.toFixed(2).replace('.', ',');

test('simulator: upload, score, change an answer, apply the best action', async ({ page }) => {
  const file = join(tmpdir(), 'inovda-e2e-simulasi.json');
  writeFileSync(file, JSON.stringify({ framework: 'iid-2026', ...input }));
  await signIn(page, 'admin');
  await page.getByRole('link', { name: 'Simulasi IID' }).click();
  await page.getByRole('button', { name: 'Mulai kosong' }).click();
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Unggah data (JSON)' }).click();
  await (await chooser).setFiles(file);

  const expected = scoreIid(f, input);
  await expect(page.getByTestId('iid-value')).toHaveText(idNumber(expected.iid));
  await expect(page.getByTestId('iid-predicate')).toHaveText(expected.predicate);

  // Raise SPD indicator 12 from 2 to 3 (weight 2): +2 points → +0,80 IID.
  await page.getByRole('combobox', { name: /^12\. / }).click();
  await page.getByRole('option', { name: /^3 — / }).click();
  const raised: ScoreInput = { ...input, region: { answers: { ...input.region.answers, '12': 3 } } };
  await expect(page.getByTestId('iid-value')).toHaveText(idNumber(scoreIid(f, raised).iid));

  // Region statistics (PAD, IPM, BPK opinion …) are apart from the actions, one line per indicator.
  const lines = actionLines(f, raised, { limit: 10 });
  const statistics = page.getByTestId('statistic-lines');
  await expect(page.getByRole('heading', { name: 'Statistik daerah — tidak dapat diubah tahun ini' })).toBeVisible();
  const firstStatistic = lines.statistics[0].best.action as { code: string };
  await expect(statistics.getByTestId('action-line').first()).toContainText(`Naikkan jawaban daerah ${firstStatistic.code} (`);
  const statisticCodes = f.indicators.filter((i) => i.statistic).map((i) => i.code);
  const keysShown = () =>
    page
      .getByTestId('ranked-actions')
      .getByTestId('action-line')
      .evaluateAll((els) => els.map((e) => e.getAttribute('data-key')));
  // The ranking is recomputed after the score: wait for it to follow the raised answer.
  await expect.poll(keysShown).toEqual(lines.actions.map((l) => l.key));
  const actionKeys = await keysShown();
  expect(new Set(actionKeys).size).toBe(actionKeys.length);
  for (const code of statisticCodes) expect(actionKeys).not.toContain(`region:${code}`);
  const statisticKeys = await statistics.getByTestId('action-line').evaluateAll((els) => els.map((e) => e.getAttribute('data-key')));
  expect(new Set(statisticKeys).size).toBe(statisticKeys.length);
  for (const key of statisticKeys) expect(statisticCodes.map((c) => `region:${c}`)).toContain(key);

  // A line's other options are folded until asked for.
  const folded = lines.actions.find((l) => l.alternatives.length > 0);
  if (folded) {
    const line = page.getByTestId('ranked-actions').locator(`[data-key="${folded.key}"]`);
    await expect(line.filter({ has: page.getByTestId('action-alternative') })).toHaveCount(0);
    await page
      .getByRole('button', { name: `${folded.alternatives.length} pilihan lain` })
      .first()
      .click();
    await expect(page.getByTestId('action-alternative').filter({ visible: true }).first()).toBeVisible();
  }

  const best = lines.actions[0].best;
  await page.getByTestId('ranked-actions').getByRole('button', { name: 'Terapkan' }).first().click();
  await expect(page.getByTestId('iid-value')).toHaveText(idNumber(Math.round(best.iidAfter * 100) / 100));
});

test('simulator on verified data: finishing the waiting items is an action worth the accepted points', async ({ page }) => {
  const waiting: ScoreInput = {
    // Every SPD indicator the region can act on already at its best: the waiting items are what is left.
    region: { answers: Object.fromEntries(f.indicators.filter((i) => i.aspect === 'SPD' && !i.statistic).map((i) => [i.code, 3])) },
    innovations: [{ id: 'Antrean Daring', sent: true, urusan: ['1.02'], answers: {}, pending: { '16': 3, '35': 2 } }],
  };
  const file = join(tmpdir(), 'inovda-e2e-simulasi-verifikasi.json');
  writeFileSync(file, JSON.stringify({ framework: 'iid-2026', ...waiting }));
  await signIn(page, 'admin');
  await page.getByRole('link', { name: 'Simulasi IID' }).click();
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Unggah data (JSON)' }).click();
  await (await chooser).setFiles(file);
  const line = actionLines(f, waiting).actions.find((l) => l.best.action.kind === 'finish_verification');
  expect(line).toBeTruthy();
  const gain = `+${idNumber((line?.best.gain ?? 0) + 1e-9)}`;
  const action = page.getByTestId('ranked-actions').getByText(`Selesaikan verifikasi 2 item yang menunggu pada inovasi Antrean Daring (${gain} jika diterima)`);
  await expect(action).toBeVisible();
  await page.getByTestId('ranked-actions').locator('[data-key="verify:Antrean Daring"]').getByRole('button', { name: 'Terapkan' }).click();
  await expect(page.getByTestId('iid-value')).toHaveText(idNumber(Math.round((line?.best.iidAfter ?? 0) * 100) / 100));
  await expect(page.getByTestId('ranked-actions').locator('[data-key="verify:Antrean Daring"]')).toHaveCount(0);
});

test('framework versions: built-in is read-only; a clone is edited with errors on the field', async ({ page }) => {
  await signIn(page, 'admin');
  await page.getByRole('link', { name: 'Kerangka Penilaian' }).click();
  await page.getByRole('link', { name: 'Indeks Inovasi Daerah 2025' }).click();
  await expect(page.getByText('Versi bawaan hanya dapat dibaca.')).toBeVisible();
  await page.getByRole('button', { name: 'Gandakan untuk dikoreksi' }).click();
  await expect(page.getByText('Koreksi daerah')).toBeVisible();
  await page.getByRole('button', { name: 'Ubah', exact: true }).click();
  const floor = page.getByRole('textbox', { name: /Batas bawah pembagi/ });
  await floor.fill('12');
  const weight = page.getByRole('textbox', { name: 'Bobot 16' });
  await weight.fill('0');
  await page.getByRole('button', { name: 'Simpan' }).click();
  await expect(page.getByText('Bobot harus lebih dari 0.')).toBeVisible();
  await weight.fill('3');
  await page.getByRole('button', { name: 'Simpan' }).click();
  await expect(page.getByText('Perubahan tersimpan.')).toBeVisible();
  await page.reload();
  await expect(page.getByRole('textbox', { name: /Batas bawah pembagi/ })).toHaveValue('12');
});
