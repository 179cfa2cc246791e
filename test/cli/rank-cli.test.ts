// The CLI's ranking contract: `rank <input.json>` prints {ranking: [{entry, score, rank}]}; invalid input exits 2
// naming the field.
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../support/cli';

let dir: string;
const cli = (...args: string[]) => runCli(dir, ...args);

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'inovda-rank-'));
});

async function input(value: unknown) {
  const path = join(dir, `${Math.random().toString(36).slice(2)}.json`);
  await writeFile(path, JSON.stringify(value));
  return path;
}

const criteria = [
  { id: 'kebaharuan', weight: 30, max: 10 },
  { id: 'kemanfaatan', weight: 25, max: 10 },
];
const score = (judge: string, entry: string, k: number, m: number) => [
  { judge, entry, criterion: 'kebaharuan', value: k },
  { judge, entry, criterion: 'kemanfaatan', value: m },
];

// Each test spawns a real process (tsx start-up takes seconds on a busy machine): a generous limit, not timing.
const SPAWN_TIMEOUT = 180_000;

describe('npm run cli -- rank', () => {
  it(
    'ranks, leaving out a conflicted judge; refuses bad input naming the field',
    async () => {
      const ok = cli(
        'rank',
        await input({
          criteria,
          scores: [...score('J1', 'A', 8, 6), ...score('J1', 'B', 6, 8), ...score('J2', 'A', 10, 10), ...score('J2', 'C', 5, 5)],
          conflicts: [{ judge: 'J2', entry: 'A' }],
          normalise: 'none',
          tieBreak: ['kemanfaatan'],
        }),
      );
      expect(ok.status).toBe(0);
      // A and B: 100 × (30×0.8 + 25×0.6) / 55 = 70.909… and 100 × (30×0.6 + 25×0.8) / 55 = 69.09…; C: 50.
      expect(JSON.parse(ok.stdout)).toEqual({
        ranking: [
          { entry: 'A', score: (100 * (30 * 0.8 + 25 * 0.6)) / 55, rank: 1 },
          { entry: 'B', score: (100 * (30 * 0.6 + 25 * 0.8)) / 55, rank: 2 },
          { entry: 'C', score: 50, rank: 3 },
        ],
      });
      const bad = cli(
        'rank',
        await input({ criteria: [{ id: 'a', weight: 0, max: 10 }], scores: [{ judge: 'J', entry: 'E', criterion: 'a', value: 11 }], normalise: 'none' }),
      );
      expect(bad.status).toBe(2);
      expect(bad.stderr).toContain('criteria[0].weight');
      expect(bad.stderr).toContain('scores[0].value');
      const unknown = cli('rank', await input({ criteria, scores: [{ judge: 'J', entry: 'E', criterion: 'x', value: 1 }], normalise: 'none' }));
      expect(unknown.status).toBe(2);
      expect(unknown.stderr).toContain('scores[0].criterion: unknown criterion "x"');
      expect(cli('rank', join(dir, 'missing.json')).status).toBe(2);
    },
    SPAWN_TIMEOUT,
  );
});
