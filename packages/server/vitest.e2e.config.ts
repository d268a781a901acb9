import { defineConfig } from 'vitest/config';
import unitConfig from './vitest.config.js';

/** Browser tests: the real server serving the built apps, driven in Debian's Chromium. */
export default defineConfig({
  resolve: unitConfig.resolve,
  ssr: unitConfig.ssr,
  environments: unitConfig.environments,
  test: {
    include: ['test/e2e/**/*.e2e.test.ts'],
    globalSetup: ['test/global-setup.ts'],
    testTimeout: 60_000,
    hookTimeout: 60_000,
    // One browser at a time on a 2-core machine.
    fileParallelism: false,
  },
});
