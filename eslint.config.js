// Type-aware lint, run with --max-warnings 0 inside `npm test`.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import stylistic from '@stylistic/eslint-plugin';
import globals from 'globals';

import { LAYERS, MAY_IMPORT, GEO_MAY_IMPORT } from './test/arch/layers.js';

// The layer rule (docs/architecture.md, test/arch/layers.js): a folder imports only from the
// folders below it. Tests are exempt: they exercise a layer with whatever they need.
const upward = (folder, allowed) => {
  const banned = LAYERS.filter((l) => l !== folder && !allowed.includes(l));
  return {
    files: [`src/${folder}/**/*.{ts,tsx}`],
    ignores: ['**/*.test.ts'],
    rules: {
      'no-restricted-imports': ['error', {
        patterns: [
          {
            regex: `^(\\.\\./)+(${banned.join('|')})(/|$)`,
            message: `src/${folder} may import only from ${allowed.join(', ') || 'libraries'} (docs/architecture.md).`,
          },
          { regex: '^(\\.\\./)+(App|main)$', message: 'Nothing imports the app root.' },
        ],
      }],
    },
  };
};

export default tseslint.config(
  { ignores: ['dist', 'node_modules', 'public/data', 'test-results', '.tmp'] },
  js.configs.recommended,
  ...tseslint.configs.strictTypeChecked,
  {
    languageOptions: {
      globals: { ...globals.browser, ...globals.node },
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    plugins: { 'react-hooks': reactHooks, '@stylistic': stylistic },
    rules: {
      ...reactHooks.configs.recommended.rules,
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/restrict-template-expressions': ['error', { allowNumber: true }],
      '@stylistic/max-len': ['error', { code: 150, ignoreUrls: true, ignoreRegExpLiterals: true }],
      'max-lines': ['error', { max: 300 }],
      'max-lines-per-function': ['error', { max: 80 }],
    },
  },
  ...Object.entries(MAY_IMPORT).map(([folder, allowed]) => upward(folder, allowed)),
  {
    // geo/ builds the data with the app's pure functions only.
    files: ['geo/**/*.ts'],
    ignores: ['**/*.test.ts'],
    rules: {
      'no-restricted-imports': ['error', {
        patterns: [{
          regex: `/src/(?!(${GEO_MAY_IMPORT.join('|')})/)`,
          message: `geo/ may import only from src/${GEO_MAY_IMPORT.join(', src/')} (docs/architecture.md).`,
        }],
      }],
    },
  },
  // Message catalogues are one long table each; describe blocks are lists of cases.
  { files: ['src/i18n/*.ts'], rules: { 'max-lines': 'off' } },
  { files: ['**/*.test.ts'], rules: { 'max-lines-per-function': 'off' } },
  { files: ['eslint.config.js', 'test/arch/layers.js'], ...tseslint.configs.disableTypeChecked },
);
