import js from '@eslint/js';
import prettier from 'eslint-config-prettier';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';
import { layers } from './eslint.layers.js';

export default tseslint.config(
  { ignores: ['dist/**', 'release/**', 'node_modules/**', 'coverage/**', 'tests/e2e/screenshots/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-restricted-syntax': [
        'error',
        {
          selector: "CallExpression[callee.object.name='ipcMain'][callee.property.name!='handle']",
          message: 'Register ipc only through the contract loop in electron/main.ts.',
        },
      ],
    },
  },
  {
    files: ['renderer/**/*.{ts,tsx}', 'tests/component/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: { ...reactHooks.configs.recommended.rules },
  },
  ...layers,
  {
    // The domain is pure: the time, randomness and ids come in as arguments. src/domain/shared/new-id.ts is the
    // one place that makes ids and reads the clock (ids.ts re-exports it), for the layers above that pass them in.
    files: ['src/domain/**/*.ts'],
    ignores: ['src/domain/shared/new-id.ts', 'src/domain/shared/ids.ts'],
    rules: {
      'no-restricted-syntax': [
        'error',
        { selector: "NewExpression[callee.name='Date'][arguments.length=0]", message: 'Pass the time in (now: Date).' },
        {
          selector: "CallExpression[callee.object.name='Date'][callee.property.name='now']",
          message: 'Pass the time in.',
        },
        { selector: "MemberExpression[object.name='Math'][property.name='random']", message: 'Pass randomness in.' },
      ],
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['**/shared/ids', '**/shared/new-id', './ids', './new-id'],
              importNames: ['newId', 'nowIso'],
              message: 'Ids and the time are passed in: src/domain makes neither.',
            },
          ],
        },
      ],
      'no-restricted-globals': [
        'error',
        ...['crypto', 'performance', 'setTimeout', 'setInterval', 'fetch', 'localStorage', 'window', 'document'].map(
          (name) => ({ name, message: 'src/domain is pure: pass what it needs in.' }),
        ),
      ],
    },
  },
  prettier,
);
