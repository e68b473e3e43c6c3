import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    // Two cores in CI: keep worker count modest so timing-ratio tests are not starved.
    maxWorkers: 2,
  },
});
