import { defaultServerConditions } from 'vite';
import { defineConfig } from 'vitest/config';

// '@onestop/source' makes @onestop/shared resolve to its TypeScript source, no build needed. Server
// tests run in Vite's SSR environment and globalSetup in Vitest's own one: each needs it.
const conditions = ['@onestop/source', ...defaultServerConditions];

export default defineConfig({
  resolve: {
    conditions,
    // Node loads graphql's CommonJS build for type-graphql and graphql-ws; our code must get the same copy.
    alias: { graphql: 'graphql/index.js' },
  },
  ssr: { resolve: { conditions } },
  environments: { __vitest__: { resolve: { conditions } } },
  test: {
    include: ['src/**/*.test.ts', 'test/**/*.test.ts', 'simulate/**/*.test.ts'],
    exclude: ['test/e2e/**', '**/node_modules/**'],
    globalSetup: ['test/global-setup.ts'],
    // Each file gets its own database; files run in parallel on the shared cluster.
    testTimeout: 30_000,
    hookTimeout: 60_000,
    pool: 'forks',
  },
});
