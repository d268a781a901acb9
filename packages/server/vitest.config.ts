import { defineConfig } from 'vitest/config';

export default defineConfig({
  resolve: {
    conditions: ['@onestop/source'],
    // Node loads graphql's CommonJS build for type-graphql and graphql-ws; our code must get the same copy.
    alias: { graphql: 'graphql/index.js' },
  },
  test: {
    include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
    globalSetup: ['test/global-setup.ts'],
    // Each file gets its own database; files run in parallel on the shared cluster.
    testTimeout: 30_000,
    hookTimeout: 60_000,
    pool: 'forks',
  },
});
