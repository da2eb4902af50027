import js from '@eslint/js'
import { defineConfig, globalIgnores } from 'eslint/config'
import reactHooks from 'eslint-plugin-react-hooks'
import reactRefresh from 'eslint-plugin-react-refresh'
import globals from 'globals'
import tseslint from 'typescript-eslint'

export default defineConfig([
  globalIgnores(['dist', 'test-results', 'playwright-report', 'screenshots']),
  {
    files: ['**/*.{ts,tsx}'],
    extends: [
      js.configs.recommended,
      tseslint.configs.recommended,
      reactHooks.configs.flat.recommended,
      reactRefresh.configs.vite,
    ],
    languageOptions: { ecmaVersion: 2022, globals: { ...globals.browser, ...globals.node } },
    rules: {
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
    },
  },
  {
    // The engine is pure: plain data in, a Trace out. It runs unchanged in Node and the browser.
    files: ['src/engine/**/*.ts'],
    ignores: ['src/engine/**/*.test.ts'],
    languageOptions: {
      globals: {
        ...globals.es2022,
        crypto: 'readonly',
        TextEncoder: 'readonly',
        TextDecoder: 'readonly',
        atob: 'readonly',
        btoa: 'readonly',
      },
    },
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: [
                'react',
                'react-dom',
                'react-dom/*',
                'zustand',
                'zustand/*',
                'monaco-editor',
                'monaco-editor/*',
                '@monaco-editor/*',
                '**/app/*',
                '**/ui/*',
                '**/state/*',
                '**/scenarios/*',
              ],
              message:
                'engine/ is framework-free: take plain data, return a Trace. Put rendering in ui/.',
            },
          ],
        },
      ],
      'no-restricted-globals': [
        'error',
        { name: 'window', message: 'engine/ has no DOM.' },
        { name: 'document', message: 'engine/ has no DOM.' },
        { name: 'location', message: 'engine/ has no DOM.' },
        { name: 'localStorage', message: 'engine/ has no DOM.' },
        { name: 'navigator', message: 'engine/ has no DOM.' },
        {
          name: 'fetch',
          message: 'engine/ never touches the network: nothing leaves the browser.',
        },
      ],
      'no-restricted-properties': [
        'error',
        {
          object: 'Date',
          property: 'now',
          message: 'Take `now` from the scenario or options so runs reproduce.',
        },
        {
          object: 'Math',
          property: 'random',
          message: 'Derive values from the scenario so links reproduce.',
        },
      ],
    },
  },
])
