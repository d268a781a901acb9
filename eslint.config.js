import js from '@eslint/js';
import globals from 'globals';
import reactHooks from 'eslint-plugin-react-hooks';
import tseslint from 'typescript-eslint';

/**
 * Layers point one way (docs/architecture.md, "Layers"): in the server, http → graphql → modules →
 * realtime, db; realtime and db know no module; of graphql/, only resolvers and GraphQL type files
 * take the request context and scalars. The apps know only packages/shared; shared knows no app.
 * Tests may reach anything they test.
 */
const localFolder = (folder) => `^\\.{1,2}/(.*/)?${folder}/`;
const localFile = (file) => `^\\.{1,2}/(.*/)?${file}\\.js$`;
const refuse = (regex, message) => ({ regex, message });
const server = 'packages/server/src';
const composition = [
  refuse('^@onestop/(hall-display|counter-client)', 'The server serves the apps; it never imports them.'),
  refuse(localFile('app'), 'app.ts assembles the layers; nothing imports it back.'),
  refuse(localFile('main'), 'main.ts starts the server; nothing imports it.'),
  refuse(localFolder('demo'), 'The demo district is seeded by app.ts; no layer depends on it.'),
];
const layer = (files, patterns, extra = {}) => ({
  files,
  ignores: ['**/*.test.ts', '**/*.test.tsx'],
  ...extra,
  rules: { 'no-restricted-imports': ['error', { patterns }] },
});
const layerRules = [
  // First, so that the layers below override it for their own files: tests, bench, scripts.
  layer(
    ['packages/server/**/*.ts'],
    [refuse('^@onestop/(hall-display|counter-client)', 'The server serves the apps; it never imports them.')],
    { ignores: [] },
  ),
  layer(
    [`${server}/realtime/**/*.ts`],
    [
      ...composition,
      refuse(
        localFolder('modules'),
        'realtime/ delivers events and knows no module: a module hands it a function.',
      ),
      refuse(localFolder('graphql'), 'realtime/ is below graphql/.'),
      refuse(localFolder('http'), 'realtime/ is below http/.'),
    ],
  ),
  layer(
    [`${server}/startup/**/*.ts`],
    [
      ...composition,
      ...['modules', 'realtime', 'graphql', 'http'].map((folder) =>
        refuse(localFolder(folder), 'startup/ checks settings before the app loads: config and db/ only.'),
      ),
    ],
  ),
  layer(
    [`${server}/db/**/*.ts`],
    [
      ...composition,
      refuse(
        localFolder('modules'),
        'db/ knows no module: the entities are handed to it (modules/entities.ts).',
      ),
      refuse(localFolder('realtime'), 'db/ is the bottom layer.'),
      refuse(localFolder('graphql'), 'db/ is the bottom layer.'),
      refuse(localFolder('http'), 'db/ is the bottom layer.'),
    ],
  ),
  layer(
    [`${server}/common/**/*.ts`, `${server}/config.ts`, `${server}/logger.ts`],
    [
      ...composition,
      ...['modules', 'realtime', 'db', 'graphql', 'http'].map((folder) =>
        refuse(localFolder(folder), 'common/, config and logger depend on no layer.'),
      ),
    ],
  ),
  layer(
    [`${server}/modules/**/*.ts`],
    [
      ...composition,
      refuse(localFolder('http'), 'modules/ are below http/.'),
      refuse(
        localFolder('graphql'),
        'Only resolvers and GraphQL type files take from graphql/ (its context and scalars).',
      ),
    ],
    { ignores: ['**/*.test.ts', `${server}/modules/**/*.resolver.ts`, `${server}/modules/**/*.types.ts`] },
  ),
  layer(
    [`${server}/modules/**/*.resolver.ts`, `${server}/modules/**/*.types.ts`],
    [
      ...composition,
      refuse(localFolder('http'), 'modules/ are below http/.'),
      refuse(
        `^\\.{1,2}/(.*/)?graphql/(?!(context|scalars)\\.js$)`,
        'A resolver or GraphQL type file takes only the request context and scalars from graphql/.',
      ),
    ],
  ),
  layer(
    [`${server}/graphql/**/*.ts`],
    [...composition, refuse(localFolder('http'), 'graphql/ is below http/.')],
  ),
  layer([`${server}/http/**/*.ts`, `${server}/demo/**/*.ts`], composition),
  layer(
    ['packages/counter-client/**/*.{ts,tsx}'],
    [
      refuse('^@onestop/(server|hall-display)', 'An app knows only packages/shared.'),
      refuse(localFolder('(server|hall-display)'), 'An app knows only packages/shared.'),
    ],
    { ignores: [] },
  ),
  layer(
    ['packages/hall-display/**/*.{ts,tsx}'],
    [
      refuse('^@onestop/(server|counter-client)', 'An app knows only packages/shared.'),
      refuse(localFolder('(server|counter-client)'), 'An app knows only packages/shared.'),
    ],
    { ignores: [] },
  ),
  layer(
    ['packages/shared/**/*.{ts,tsx}'],
    [
      refuse(
        '^@onestop/(server|hall-display|counter-client)',
        'packages/shared is the contract; it knows no app and no server.',
      ),
      refuse(
        localFolder('(server|hall-display|counter-client)'),
        'packages/shared knows no app and no server.',
      ),
    ],
    { ignores: [] },
  ),
];

export default tseslint.config(
  {
    ignores: ['**/dist/**', '**/node_modules/**', '**/.data/**', 'packages/*/src/gql/**', '**/coverage/**'],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-restricted-exports': ['error', { restrictDefaultExports: { direct: true } }],
    },
  },
  {
    files: [
      'packages/hall-display/src/**/*.{ts,tsx}',
      'packages/counter-client/src/**/*.{ts,tsx}',
      'packages/shared/src/testing/react.tsx',
    ],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: { ...reactHooks.configs.recommended.rules },
  },
  {
    // Tool configuration files must export a default.
    files: ['**/*.config.{js,ts,mjs}', '**/codegen.ts', '**/global-setup.ts'],
    rules: { 'no-restricted-exports': 'off' },
  },
  ...layerRules,
);
