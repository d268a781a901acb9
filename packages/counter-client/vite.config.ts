import react from '@vitejs/plugin-react';
import { defaultClientConditions } from 'vite';
import { defineConfig } from 'vitest/config';

// The API server serves the built app under this prefix and answers index.html for its routes.
// The routes themselves sit at the site root, so the dev server serves the app from '/'
// (with a base, Vite's dev server would answer 404 for /display and the like).
const productionBase = '/_app/counter-client/';

export default defineConfig(({ command }) => ({
  base: command === 'build' ? productionBase : '/',
  plugins: [react()],
  resolve: {
    // '@onestop/source' first: @onestop/shared is used from its TypeScript source, no build step.
    conditions: ['@onestop/source', ...defaultClientConditions],
  },
  server: {
    port: 5174,
    proxy: {
      '/graphql': { target: 'http://127.0.0.1:4000', ws: true },
    },
  },
  build: {
    outDir: 'dist',
    sourcemap: true,
  },
  test: {
    environment: 'happy-dom',
    // A page address, so that the client can resolve /graphql as it does in a browser.
    environmentOptions: { happyDOM: { url: 'http://hall.test/counter' } },
    include: ['src/**/*.test.{ts,tsx}'],
  },
}));
