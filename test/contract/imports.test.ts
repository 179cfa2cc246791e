// The API contract is shared by the server and the web app, so it may import only zod, the domain and itself:
// anything else (server code, Node, React) would end up on the other side too.
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const root = resolve(import.meta.dirname, '../..');

function importsOf(file: string): string[] {
  const info = ts.preProcessFile(readFileSync(join(root, file), 'utf8'), true, true);
  return info.importedFiles.map((r) =>
    r.fileName.startsWith('.')
      ? relative(root, resolve(root, dirname(file), r.fileName))
          .split('\\')
          .join('/')
      : r.fileName,
  );
}

/** What a contract file may import: zod, or a file of src/domain or src/contract. */
const allowed = (target: string) => target === 'zod' || target.startsWith('src/domain/') || target.startsWith('src/contract/');

describe('src/contract', () => {
  const files = readdirSync(join(root, 'src/contract'), { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.ts'))
    .map((f) => `src/contract/${f.split('\\').join('/')}`);

  it('has one file per feature', () => expect(files.length).toBeGreaterThan(10));

  it('imports only zod, the domain and itself', () => {
    const refused = files.flatMap((f) =>
      importsOf(f)
        .filter((t) => !allowed(t))
        .map((t) => `${f} → ${t}`),
    );
    expect(refused).toEqual([]);
  });

  it('the check refuses server code, Node and other packages', () => {
    expect(allowed('src/server/shared/schemas')).toBe(false);
    expect(allowed('node:fs')).toBe(false);
    expect(allowed('react')).toBe(false);
  });
});
