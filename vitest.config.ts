import { defineConfig } from 'vitest/config';

// Two projects: fast unit tests of src/lib and content data, and end-to-end tests that
// build the real site (once, in globalSetup) and drive headless Chromium against it.
export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          include: ['test/unit/**/*.test.ts'],
          environment: 'node',
        },
      },
      {
        test: {
          name: 'e2e',
          include: ['test/e2e/**/*.test.ts'],
          environment: 'node',
          globalSetup: ['test/e2e/globalSetup.ts'],
          testTimeout: 60_000,
          hookTimeout: 300_000,
          // Two cores: one browser-heavy file at a time per core.
          maxWorkers: 2,
        },
      },
    ],
  },
});
