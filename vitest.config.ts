import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    // The end-to-end tier shares one Chromium per file; keep files parallel but bounded for 2-core CI.
    maxWorkers: 2,
  },
});
