import js from '@eslint/js';
import prettier from 'eslint-config-prettier';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

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
  {
    // The renderer is browser code: no Node, no Electron, no storage or services at run time.
    files: ['renderer/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['node:*', 'fs', 'path', 'os', 'child_process', 'electron'],
              message: 'The renderer runs in the browser: no Node or Electron.',
            },
            {
              group: ['**/src/storage/**', '**/src/host/**'],
              message: 'The renderer reaches data only through the api client.',
            },
            {
              group: ['**/src/services/*', '!**/src/services/*-service'],
              message: 'Only types may come from services.',
              allowTypeImports: true,
            },
          ],
        },
      ],
    },
  },
  {
    // Pure domain rules: no I/O.
    files: ['src/domain/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: [
                'node:*',
                'fs',
                'path',
                'os',
                'electron',
                '**/storage/**',
                '**/services/**',
                '**/api/**',
                '**/host/**',
              ],
              message: 'src/domain is pure: no I/O and no upper layers.',
            },
          ],
        },
      ],
    },
  },
  prettier,
);
