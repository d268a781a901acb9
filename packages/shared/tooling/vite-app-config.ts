import react from '@vitejs/plugin-react';
import { defaultClientConditions } from 'vite';
import { defineConfig } from 'vitest/config';

// The Vite and Vitest configuration of the two React apps, which differ only in name, port and
// test page. Each app's vite.config.ts imports this file by relative path: Vite's config loader
// bundles relative imports but hands package imports to Node, which cannot load TypeScript.

/** Options of {@link appViteConfig}. */
export interface AppViteConfigOptions {
  /** The package folder name, e.g. `hall-display`; the built app is served under `/_app/<appName>/`. */
  appName: string;
  /** The port of the dev server. */
  devPort: number;
  /** The page address tests run at, so that the client can resolve /graphql as it does in a browser. */
  testUrl: string;
}

/** The Vite (and Vitest) configuration of one OneStop React app. */
export function appViteConfig({ appName, devPort, testUrl }: AppViteConfigOptions) {
  // The API server serves the built app under this prefix and answers index.html for its routes.
  // The routes themselves sit at the site root, so the dev server serves the app from '/'
  // (with a base, Vite's dev server would answer 404 for /display and the like).
  const productionBase = `/_app/${appName}/`;

  return defineConfig(({ command }) => ({
    base: command === 'build' ? productionBase : '/',
    plugins: [react()],
    resolve: {
      // '@onestop/source' first: @onestop/shared is used from its TypeScript source, no build step.
      conditions: ['@onestop/source', ...defaultClientConditions],
    },
    server: {
      port: devPort,
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
      environmentOptions: { happyDOM: { url: testUrl } },
      include: ['src/**/*.test.{ts,tsx}'],
    },
  }));
}
