import { createRequire } from 'node:module';
import { defineConfig } from 'vitest/config';

const require = createRequire(import.meta.url);

// The load and fault tests (test/load): minutes long, so not in the default `test` run.
export default defineConfig({
  // As in vitest.config.ts: one copy of graphql, the CommonJS build every dependency loads.
  resolve: { alias: [{ find: /^graphql$/, replacement: require.resolve('graphql') }] },
  test: { include: ['test/load/**/*.test.ts'], fileParallelism: false, testTimeout: 120_000 },
});
