// Lint rules: typescript-eslint recommended + React hooks + the app's import boundaries; zero warnings allowed in CI.
//
// Layers of src/ (each may import only from the layers before it):
//   plan, data, i18n/language  →  store  →  i18n  →  ui  →  map, panels  →  app  →  main.tsx
// Only src/map imports maplibre-gl; src/ imports no Node module, no build-only package, nothing from scripts/ or
// tests/, and only the packages in package.json's `dependencies`; no import cycles.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import importX from 'eslint-plugin-import-x';
import globals from 'globals';

const TESTS = ['src/**/*.test.{ts,tsx}'];

/** Packages only the build uses (the browser gets their results precomputed). */
const BUILD_ONLY_PACKAGES = [
  { name: '@turf/turf', message: 'Import the one @turf/<function> package the browser needs.' },
  { name: 'pinyin-pro', message: 'Pinyin is computed at build time (scripts/): search.json.' },
  { name: 'mapshaper', message: 'Geodata is built by scripts/geodata.' },
];
const TOOL_PACKAGES = {
  group: ['vite', '@vitejs/*', 'vitest', 'vitest/*'],
  message: 'Build and test tools stay out of src/.',
};

/** `from` may not be imported by the files under `target` (paths from the repo root). */
const layer = (target, from, message) => ({ target, from, message });

export default tseslint.config(
  {
    ignores: [
      'dist',
      'node_modules',
      'public/data',
      'public/fonts',
      'coverage',
      'test-results',
      'playwright-report',
      '.cache',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.{ts,tsx,js,mjs}'],
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
    },
  },
  {
    // the browser's code
    files: ['src/**/*.{ts,tsx}'],
    ignores: TESTS,
    plugins: { 'import-x': importX },
    settings: {
      'import-x/resolver': { node: { extensions: ['.ts', '.tsx', '.js', '.mjs', '.json'] } },
      'import-x/extensions': ['.ts', '.tsx', '.js', '.mjs'],
    },
    rules: {
      'import-x/no-cycle': ['error', { ignoreExternal: true }],
      'import-x/no-nodejs-modules': 'error',
      'import-x/no-extraneous-dependencies': [
        'error',
        { devDependencies: false, optionalDependencies: false, peerDependencies: false },
      ],
      'no-restricted-imports': [
        'error',
        {
          paths: BUILD_ONLY_PACKAGES,
          patterns: [
            { group: ['maplibre-gl', 'maplibre-gl/*'], message: 'Only src/map imports maplibre-gl.' },
            TOOL_PACKAGES,
          ],
        },
      ],
      'import-x/no-restricted-paths': [
        'error',
        {
          zones: [
            layer('./src', './scripts', 'src/ is the browser app: build code lives in scripts/.'),
            layer('./src', './tests', 'src/ is the browser app: test support lives in tests/.'),
            layer(
              ['./src/plan', './src/data'],
              './src/!(plan|data)/**/*',
              'plan/ and data/ are pure domain code.',
            ),
            layer(
              './src/i18n/language.ts',
              './src/!(i18n)/**/*',
              'i18n/language.ts is the bottom layer: it imports nothing of the app.',
            ),
            layer(
              './src/!(app)/**/*',
              './src/app',
              'Nothing imports src/app: it is the top layer (take the store and the loader from src/store).',
            ),
            layer(
              './src/store',
              ['./src/ui', './src/map', './src/panels'],
              'The store sits below ui, map and panels.',
            ),
            layer('./src/store', './src/i18n/!(language).ts', 'The store sits below the i18n hooks.'),
            layer(
              './src/i18n',
              ['./src/ui', './src/map', './src/panels', './src/app'],
              'i18n sits below ui.',
            ),
            layer(
              './src/ui',
              ['./src/map', './src/panels', './src/app'],
              'ui/ holds small shared components.',
            ),
            layer('./src/panels', ['./src/map', './src/app'], 'Panels talk to the map through the store.'),
            layer('./src/map', ['./src/panels', './src/app'], 'The map talks to panels through the store.'),
          ],
        },
      ],
    },
  },
  {
    // src/map is the one place that draws with MapLibre
    files: ['src/map/**/*.{ts,tsx}'],
    ignores: TESTS,
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: BUILD_ONLY_PACKAGES,
          patterns: [TOOL_PACKAGES],
        },
      ],
    },
  },
);
