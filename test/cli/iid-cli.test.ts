// The CLI's IID contract: frameworks, framework export, score (exit code 2 on bad input).
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../support/cli';

let dir: string;
const cli = (...args: string[]) => runCli(dir, ...args);

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'inovda-cli-'));
});

async function input(name: string, value: unknown) {
  const path = join(dir, name);
  await writeFile(path, typeof value === 'string' ? value : JSON.stringify(value));
  return path;
}

// Each test spawns real processes (tsx start-up takes seconds on a busy machine): generous limits, not timing.
const SPAWN_TIMEOUT = 180_000;

describe('npm run cli -- frameworks / framework export / score', () => {
  it(
    'lists the versions',
    () => {
      const out = cli('frameworks');
      expect(out.status).toBe(0);
      expect(JSON.parse(out.stdout)).toEqual([2021, 2022, 2023, 2024, 2025, 2026].map((year) => ({ id: `iid-${year}`, year, kind: 'iid' })));
    },
    SPAWN_TIMEOUT,
  );

  it(
    'exports one framework in the contract shape',
    () => {
      const f = JSON.parse(cli('framework', 'export', 'iid-2026').stdout);
      expect(Object.keys(f).sort()).toEqual(['bands', 'countScore', 'divisorFloor', 'id', 'indicators', 'kind', 'maxScore', 'year']);
      expect(f).toMatchObject({ id: 'iid-2026', kind: 'iid', year: 2026, maxScore: 250, divisorFloor: 12 });
      expect(f.countScore).toEqual({ perInnovation: 0.38, cap: 76, requiredUrusan: ['1.01', '1.02', '1.03', '1.04', '1.05', '1.06'], minUrusanCovered: 5 });
      expect(Object.keys(f.indicators[0]).sort()).toEqual(['aspect', 'code', 'mandatory', 'name', 'options', 'uncertain', 'variable', 'weight']);
      expect(cli('framework', 'export', 'iid-1999').status).toBe(2);
    },
    SPAWN_TIMEOUT,
  );

  it(
    'scores by framework id and by a framework object (an exported one, edited)',
    async () => {
      const region = { answers: { '1': 3, '12': 2 } };
      const innovations = [
        { id: 'a', urusan: ['1.01', '1.02', '1.03', '1.04', '1.05'], answers: { '16': 3, '35': 3, '33': 2 } },
        { id: 'b', sent: false, urusan: [], answers: { '16': 1 } },
      ];
      const byId = JSON.parse(cli('score', await input('by-id.json', { framework: 'iid-2026', region, innovations })).stdout);
      // SPD 3 + 4 = 7; maturity a = 9 + 12 + 6 = 27 → 27 / 12 = 2.25; count 0.38 (5 of 6 urusan) → total 9.63
      expect(byId).toEqual({
        spd: 7,
        sid: 2.63,
        countScore: 0.38,
        total: 9.63,
        maxScore: 250,
        iid: 3.85,
        predicate: 'Kurang Inovatif',
        innovations: [
          { id: 'a', maturity: 27 },
          { id: 'b', maturity: 3 },
        ],
      });
      const exported = JSON.parse(cli('framework', 'export', 'iid-2026').stdout);
      const edited = { ...exported, id: 'koreksi', divisorFloor: 1 };
      const byObject = JSON.parse(cli('score', await input('by-object.json', { framework: edited, region, innovations })).stdout);
      expect(byObject.sid).toBe(27.38);
    },
    SPAWN_TIMEOUT,
  );

  it(
    'rejects bad input with exit code 2, naming the field',
    async () => {
      const cases: [unknown, RegExp][] = [
        ['{not json', /input: not valid JSON/],
        [{ region: { answers: {} } }, /framework: Required/],
        [{ framework: 'iid-2030' }, /framework: Unknown framework iid-2030/],
        [{ framework: 'iid-2026', region: { answers: { '16': 2 } } }, /region\.answers\.16: .*not an SPD indicator/],
        [{ framework: 'iid-2026', innovations: [{ id: 'x', answers: { '35': 7 } }] }, /innovations\.0\.answers\.35: .*0–3/],
        [{ framework: 'iid-2026', innovations: [{ id: 'x' }, { id: 'x' }] }, /innovations\.1\.id: .*more than once/],
        [{ framework: 'iid-2026', innovations: [{ answers: {} }] }, /innovations\.0\.id/],
        [{ framework: { id: 'x', year: 2026, maxScore: 250, divisorFloor: 0, countScore: {}, bands: [], indicators: [] } }, /framework\.divisorFloor/],
      ];
      for (const [k, [value, message]] of cases.entries()) {
        const out = cli('score', await input(`bad-${k}.json`, value));
        expect(out.status, JSON.stringify(value)).toBe(2);
        expect(out.stderr).toMatch(message);
      }
      expect(cli('score', join(dir, 'missing.json')).stderr).toMatch(/file not found/);
    },
    SPAWN_TIMEOUT,
  );
});
