import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'web/src/**/*.test.ts', 'e2e/**/*.test.ts'],
    // A PostgreSQL (DATABASE_URL's, or an embedded one) and a migrated template database, once per run.
    globalSetup: ['src/test-support/global-setup.ts'],
    // Generous for a loaded 2-core CI machine; process-level tests set their own, longer limits.
    testTimeout: 30_000,
    hookTimeout: 120_000,
    teardownTimeout: 60_000,
    // Each test file gets its own database cloned from the template, so files run in parallel:
    // separate processes (forks), two at a time.
    pool: 'forks',
    maxWorkers: 2,
    // The summary at the end ("Tests  N passed | N failed") is what CI shows.
    reporters: ['default'],
  },
});
