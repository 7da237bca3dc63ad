// Test projects: `unit` (no database, fast, part of `pnpm check`) and `integration` (real PostgreSQL).
import { defineConfig } from 'vitest/config';
import react from '@vitejs/plugin-react';

export default defineConfig({
  test: {
    // Vitest's default is one worker less than the cores: on the two-core CI machine that is a single worker, and the
    // whole run was serial. Integration files spend most of their time waiting on PostgreSQL, the HTTP round trip or
    // a deliberate wait (a lease running out, "nothing else happens in 7 s"), so two files at a time overlap those
    // waits. Hang guards (testTimeout) are unchanged; override with --maxWorkers.
    maxWorkers: 2,
    projects: [
      {
        test: {
          name: 'unit',
          include: ['apps/api/src/**/*.test.ts', 'packages/shared/src/**/*.test.ts'],
          exclude: ['**/*.int.test.ts', '**/node_modules/**'],
          environment: 'node',
          // Pure functions, no database and no module state between files: one module graph per worker instead of
          // one per file (the imports were most of this project's time: 37 s -> 7 s).
          isolate: false,
        },
      },
      {
        plugins: [react()],
        test: {
          name: 'web',
          include: ['apps/web/src/**/*.test.{ts,tsx}'],
          environment: 'jsdom',
          setupFiles: ['apps/web/src/test/setup.ts'],
          // One jsdom and one module graph per worker, not per file (the setup file still runs before each file and
          // testing-library's cleanup after each test; tests that switch the language switch it back). Saves the
          // ~1 s of imports and environment each of the 84 files paid.
          isolate: false,
          // Mantine components in jsdom take seconds to render on a busy two-core machine; the first test of a file
          // also pays the imports. A timeout is a hang guard here, not a speed check.
          testTimeout: 20_000,
        },
      },
      {
        test: {
          name: 'integration',
          include: ['apps/api/src/**/*.int.test.ts'],
          environment: 'node',
          globalSetup: ['apps/api/src/test/global-setup.ts'],
          testTimeout: 30_000,
          hookTimeout: 60_000,
        },
      },
    ],
  },
});
