import { defineConfig } from 'vitest/config';

// One gateway and one Chromium for the whole file: tests run in order and share the page.
export default defineConfig({
  test: {
    include: ['test/e2e/*.e2e.mts'],
    testTimeout: 60_000,
    hookTimeout: 180_000,
    fileParallelism: false,
  },
});
