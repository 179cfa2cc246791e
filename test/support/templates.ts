// Databases for the API tests start from templates made once per run (global-setup.ts), migrated and, for
// most tests, seeded with the demo region: PGlite's initdb and the seed's password hashing took seconds per
// test file, which the per-file copy of a template does not.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { inject } from 'vitest';

/** The demo users' password in the seeded template. */
export const DEMO_PASSWORD = 'Demo-password-2026';

export type TemplateKind = 'migrated' | 'seeded';

export interface Templates {
  /** Folder of the PGlite dumps (`<kind>.tar`), when the run uses PGlite. */
  pgliteDir?: string;
  /** Template database names on TEST_DATABASE_URL's server, when the run uses PostgreSQL. */
  postgres?: Record<TemplateKind, string>;
}

declare module 'vitest' {
  export interface ProvidedContext {
    templates: Templates;
  }
}

export const templates = (): Templates => inject('templates') ?? {};

export const pgliteDumpFile = (dir: string, kind: TemplateKind) => join(dir, `${kind}.tar`);

/** The dumped data directory of a PGlite template, as PGlite's `loadDataDir` takes it. */
export function pgliteDump(kind: TemplateKind): Blob | undefined {
  const dir = templates().pgliteDir;
  return dir ? new Blob([readFileSync(pgliteDumpFile(dir, kind))]) : undefined;
}
