// biome.json's per-folder override: the domain and the web app (both run in the browser) import no Node
// built-in; the server may.
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '../..');
const dir = mkdtempSync(join(tmpdir(), 'inovda-biome-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

it('refuses Node built-ins in src/domain and src/web, not in src/server', () => {
  copyFileSync(join(ROOT, 'biome.json'), join(dir, 'biome.json'));
  for (const file of ['src/domain/probe.ts', 'src/web/lib/probe.ts', 'src/server/probe.ts']) {
    mkdirSync(join(dir, dirname(file)), { recursive: true });
    writeFileSync(join(dir, file), "import { readFileSync } from 'node:fs';\n\nexport const read = readFileSync;\n");
  }
  const run = spawnSync(join(ROOT, 'node_modules/.bin/biome'), ['lint', '--colors=off', 'src'], { cwd: dir, encoding: 'utf8' });
  const flagged = [...`${run.stdout}${run.stderr}`.matchAll(/^(src\/\S+):\d+:\d+ lint\/correctness\/noNodejsModules/gm)].map((m) => m[1]).sort();
  expect(flagged).toEqual(['src/domain/probe.ts', 'src/web/lib/probe.ts']);
  expect(run.status).toBe(1);
});
