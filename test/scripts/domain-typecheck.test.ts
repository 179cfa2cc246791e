// src/domain/tsconfig.json (run by `npm run typecheck`) knows neither the DOM nor Node: a domain file using
// either fails the type check, while the same file passes under the root tsconfig.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ts from 'typescript';
import { afterAll, describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '../..');
const dir = mkdtempSync(join(tmpdir(), 'inovda-domain-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function errorsUnder(config: string, source: string): string[] {
  const file = join(dir, `probe-${Math.random().toString(36).slice(2)}.ts`);
  writeFileSync(file, source);
  const parsed = ts.getParsedCommandLineOfConfigFile(join(ROOT, config), {}, { ...ts.sys, onUnRecoverableConfigFileDiagnostic: () => {} });
  if (!parsed) throw new Error(`cannot read ${config}`);
  const program = ts.createProgram({ rootNames: [file], options: parsed.options });
  return ts.getPreEmitDiagnostics(program).map((d) => ts.flattenDiagnosticMessageText(d.messageText, '\n'));
}

const probe = [
  'export const width = window.innerWidth;',
  'export const title = document.title;',
  'export const env = process.env.NODE_ENV;',
  "export const bytes = Buffer.from('x');",
  'export const last = [1, 2].at(-1);',
  '',
].join('\n');

describe('the domain type check', () => {
  it('refuses DOM and Node globals', () => {
    const errors = errorsUnder('src/domain/tsconfig.json', probe);
    for (const name of ['window', 'document', 'process', 'Buffer'])
      expect(
        errors.some((e) => e.startsWith(`Cannot find name '${name}'`)),
        name,
      ).toBe(true);
    expect(errors).toHaveLength(4);
  });

  it('is what makes the difference: the root tsconfig accepts the same file', () => {
    expect(errorsUnder('tsconfig.json', probe)).toEqual([]);
  });
});
