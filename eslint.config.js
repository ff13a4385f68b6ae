// Lint rules for the whole repository: typescript-eslint's recommended set on top of
// ESLint's, Node globals for scripts and the CLI, browser globals for the web app.
import js from '@eslint/js';
import { defineConfig, globalIgnores } from 'eslint/config';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default defineConfig(
  // Build output, run output, and hidden working folders (.vite, local profiling) are not source.
  globalIgnores(['dist/**', 'dist-app/**', 'node_modules/**', 'out/**', 'coverage/**', 'test-results/**', '.*/**']),
  js.configs.recommended,
  tseslint.configs.recommended,
  {
    languageOptions: {
      ecmaVersion: 2022,
      sourceType: 'module',
      globals: { ...globals.node },
    },
    rules: {
      // Unused arguments are common in interface implementations; mark them with a leading _.
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' }],
    },
  },
  {
    files: ['viz/**'],
    languageOptions: { globals: { ...globals.browser } },
  },
  {
    // The model is pure and seeded: the one RNG factory is sim/random/rng.ts.
    files: ['sim/**/*.ts'],
    rules: {
      'no-restricted-properties': ['error', { object: 'Math', property: 'random', message: 'Use the seeded streams of sim/random/rng.ts.' }],
    },
  },
);
