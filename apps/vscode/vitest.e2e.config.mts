import { defineConfig } from 'vitest/config';

// One real VS Code for the whole file: tests run in order and share it.
export default defineConfig({
  test: {
    include: ['test/e2e/*.e2e.mts'],
    testTimeout: 120_000,
    hookTimeout: 300_000,
    fileParallelism: false,
  },
});
