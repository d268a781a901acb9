import type { CodegenConfig } from '@graphql-codegen/cli';

/**
 * The GraphQL Code Generator configuration of the two React apps, imported by each app's
 * codegen.ts by relative path. Paths are relative to the app folder, where `pnpm codegen` runs.
 */
export const appCodegenConfig: CodegenConfig = {
  // The schema the server emits; regenerate after it changes.
  schema: '../shared/schema.graphql',
  documents: ['src/**/*.{ts,tsx}', '!src/gql/**/*'],
  ignoreNoDocuments: false,
  generates: {
    './src/gql/': {
      preset: 'client',
      presetConfig: { fragmentMasking: false },
      config: {
        useTypeImports: true,
        enumsAsTypes: true,
        scalars: { DateTime: 'string' },
      },
    },
  },
};
