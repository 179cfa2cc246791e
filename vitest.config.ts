import { availableParallelism } from 'node:os';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
    environment: 'node',
    // Migrated and seeded template databases, made once per run and copied by each API test file.
    globalSetup: ['test/support/global-setup.ts'],
    pool: 'forks',
    // Vitest's default (one worker less than the cores) is a single worker on a two-core machine, which then idles
    // while its test waits for the PostgreSQL server, a child process or the disk: two workers there at least.
    maxWorkers: Math.max(2, availableParallelism() - 1),
    testTimeout: 30_000,
    hookTimeout: 60_000,
  },
});
