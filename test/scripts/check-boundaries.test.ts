// The import boundary check (scripts/check-boundaries.ts) on small made-up source trees: each rule sees its
// violation in every import form, allowed imports pass, and the real source tree is clean.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { checkBoundaries } from '../../scripts/check-boundaries';

const roots: string[] = [];
afterEach(() => {
  for (const root of roots.splice(0)) rmSync(root, { recursive: true, force: true });
});

/** A project with the given files (path → content), plus the folders every tree has. */
function tree(files: Record<string, string>): string {
  const root = mkdtempSync(join(tmpdir(), 'inovda-bounds-'));
  roots.push(root);
  const all = {
    'src/domain/roles.ts': 'export const ROLES = [];\n',
    'src/server/innovations/routes.ts': 'export default async function routes() {}\n',
    'src/server/innovations/repository.ts': 'export const x = 1;\n',
    'src/server/periods/region-answer-routes.ts': 'export default async function routes() {}\n',
    'src/server/periods/schemas.ts': 'export const y = 1;\n',
    'src/server/shared/errors.ts': 'export const e = 1;\n',
    'src/web/ui/Button.tsx': 'export const Button = 1;\n',
    'src/web/innovations/api/entries.ts': 'export const entries = 1;\n',
    ...files,
  };
  for (const [path, content] of Object.entries(all)) {
    mkdirSync(join(root, dirname(path)), { recursive: true });
    writeFileSync(join(root, path), content);
  }
  return root;
}

/** "file rule specifier" of each violation, for compact expectations. */
const found = (root: string) => checkBoundaries(root).map((v) => `${v.file} ${v.rule} ${v.specifier}`);

describe('domain-pure', () => {
  it('refuses packages but zod, Node built-ins, other layers, and lib or types references', () => {
    const root = tree({
      'src/domain/a.ts': [
        "import { z } from 'zod';",
        "import { ROLES } from './roles';",
        "import { useState } from 'react';",
        "import { readFileSync } from 'node:fs';",
        "import type { Db } from '../server/db/client';",
        "export { Button } from '../web/ui/Button';",
        "const later = () => import('@mantine/core');",
        '',
      ].join('\n'),
      'src/domain/iid/b.ts': '/// <reference lib="dom" />\n/// <reference types="node" />\nimport { x } from \'../roles\';\n',
    });
    expect(found(root)).toEqual([
      'src/domain/a.ts domain-pure react',
      'src/domain/a.ts domain-pure node:fs',
      'src/domain/a.ts domain-pure ../server/db/client',
      'src/domain/a.ts domain-pure ../web/ui/Button',
      'src/domain/a.ts domain-pure @mantine/core',
      'src/domain/iid/b.ts domain-pure dom',
      'src/domain/iid/b.ts domain-pure node',
    ]);
  });

  it('lets the domain’s own tests use vitest and fast-check, and nothing else', () => {
    const root = tree({
      'src/domain/a.test.ts': "import { it } from 'vitest';\nimport fc from 'fast-check';\nimport { ROLES } from './roles';\nimport pg from 'pg';\n",
      'src/domain/helper.ts': "import { it } from 'vitest';\n",
    });
    expect(found(root)).toEqual(['src/domain/a.test.ts domain-pure pg', 'src/domain/helper.ts domain-pure vitest']);
  });

  it('reports the line of the import', () => {
    const root = tree({ 'src/domain/a.ts': "import { z } from 'zod';\n\nimport React from 'react';\n" });
    expect(checkBoundaries(root)).toMatchObject([{ file: 'src/domain/a.ts', line: 3, specifier: 'react' }]);
  });
});

describe('contract-pure', () => {
  it('lets the contract import zod, the domain and itself, and refuses server, web, other packages and lib references', () => {
    const root = tree({
      'src/contract/common.ts': "import { z } from 'zod';\nexport const ok = z.object({});\n",
      'src/contract/users.ts': [
        '/// <reference lib="dom" />',
        "import { z } from 'zod';",
        "import { ROLES } from '../domain/roles';",
        "import { ok } from './common';",
        "import type { Db } from '../server/db/client';",
        "import { Button } from '../web/ui/Button';",
        "import { readFileSync } from 'node:fs';",
        '',
      ].join('\n'),
      // Both sides may import the contract.
      'src/server/users/routes.ts': "import { ok } from '../../contract/common';\n",
      'src/web/innovations/api/users.ts': "import type { ok } from '../../../contract/common';\n",
    });
    expect(found(root)).toEqual([
      'src/contract/users.ts contract-pure ../server/db/client',
      'src/contract/users.ts contract-pure ../web/ui/Button',
      'src/contract/users.ts contract-pure node:fs',
      'src/contract/users.ts contract-pure dom',
    ]);
  });
});

describe('web-no-server and server-no-web', () => {
  it('refuses the web importing the server at any depth and in any form, and the reverse', () => {
    const root = tree({
      'src/web/innovations/components/Form.tsx':
        "import type { Entry } from '../../../server/innovations/repository';\nimport { ROLES } from '../../../domain/roles';\n",
      'src/web/main.tsx': "export * from '../server/shared/errors';\n",
      'src/server/shared/render.ts': "import { Button } from '../../web/ui/Button';\n",
    });
    expect(found(root)).toEqual([
      'src/server/shared/render.ts server-no-web ../../web/ui/Button',
      'src/web/innovations/components/Form.tsx web-no-server ../../../server/innovations/repository',
      'src/web/main.tsx web-no-server ../server/shared/errors',
    ]);
  });
});

describe('feature-isolation', () => {
  it('refuses a web feature importing another feature, and shared web code importing any feature', () => {
    const root = tree({
      'src/web/home/components/Home.tsx': [
        "import { entries } from '../../innovations/api/entries';",
        "import { Button } from '../../ui/Button';",
        "import { own } from '../api/own';",
        "const lazy = () => import('../../innovations/api/entries');",
        '',
      ].join('\n'),
      'src/web/home/api/own.ts': 'export const own = 1;\n',
      'src/web/ui/Table.tsx': "import { entries } from '../innovations/api/entries';\n",
      'src/web/app/router.tsx': "import { entries } from '../innovations/api/entries';\nimport { own } from '../home/api/own';\n",
    });
    expect(found(root)).toEqual([
      'src/web/home/components/Home.tsx feature-isolation ../../innovations/api/entries',
      'src/web/home/components/Home.tsx feature-isolation ../../innovations/api/entries',
      'src/web/ui/Table.tsx feature-isolation ../innovations/api/entries',
    ]);
  });

  it('refuses a server feature importing another feature, and plugins or shared helpers importing any feature', () => {
    const root = tree({
      'src/server/innovations/answers.ts':
        "import { y } from '../periods/schemas';\nimport { e } from '../shared/errors';\nimport { x } from './repository';\n",
      'src/server/plugins/session.ts': "import { x } from '../innovations/repository';\nimport { e } from '../shared/errors';\n",
      // A new shared folder needs no configuration: it has no route module, so it is shared code.
      'src/server/http/guard.ts': "import { x } from '../innovations/repository';\nimport { e } from '../shared/errors';\n",
      'src/server/shared/errors.ts': "export const e = 1;\nexport { y } from '../periods/schemas';\n",
      'src/server/app.ts': "import innovations from './innovations/routes';\nimport periods from './periods/region-answer-routes';\n",
      'src/server/cli/index.ts': "import { x } from '../innovations/repository';\n",
    });
    expect(found(root)).toEqual([
      'src/server/http/guard.ts feature-isolation ../innovations/repository',
      'src/server/innovations/answers.ts feature-isolation ../periods/schemas',
      'src/server/plugins/session.ts feature-isolation ../innovations/repository',
      'src/server/shared/errors.ts feature-isolation ../periods/schemas',
    ]);
    expect(checkBoundaries(root).find((v) => v.file === 'src/server/plugins/session.ts')?.message).toMatch(
      /shared server code \(plugins\) imports feature "innovations"/,
    );
  });
});

describe('the source tree', () => {
  it('keeps every boundary', () => {
    expect(checkBoundaries(join(import.meta.dirname, '../..'))).toEqual([]);
  });
});
