// Databases for the API tests start from templates made once per run (global-setup.ts), migrated and, for
// most tests, seeded with the demo region: the seed's password hashing took seconds per test file, which the
// per-file `create database … template` copy does not.
import { inject } from 'vitest';

/** The demo users' password in the seeded template. */
export const DEMO_PASSWORD = 'Demo-password-2026';

export type TemplateKind = 'migrated' | 'seeded';

export interface Templates {
  /**
   * The run's PostgreSQL server, connected as a user who may create databases: TEST_DATABASE_URL, or else the
   * embedded server global-setup.ts starts for the run.
   */
  adminUrl: string;
  /** Template database names on that server. */
  postgres: Record<TemplateKind, string>;
}

declare module 'vitest' {
  export interface ProvidedContext {
    templates: Templates;
  }
}

export function templates(): Templates {
  const provided = inject('templates');
  if (!provided) throw new Error('no template databases: run the tests with Vitest (test/support/global-setup.ts)');
  return provided;
}
