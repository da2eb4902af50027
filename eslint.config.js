import js from '@eslint/js'
import { defineConfig, globalIgnores } from 'eslint/config'
import reactHooks from 'eslint-plugin-react-hooks'
import reactRefresh from 'eslint-plugin-react-refresh'
import globals from 'globals'
import tseslint from 'typescript-eslint'

/**
 * The layer order: engine ← scenarios ← learning ← state ← ui ← app (each may import the ones to
 * its left only). One rule per layer, whose message says where the code belongs instead.
 */
const LAYERS = ['engine', 'scenarios', 'learning', 'state', 'ui', 'app']
const LAYER_ROLE = {
  scenarios: 'scenarios/ turns drafts, presets, links and files into engine input: plain data',
  learning: 'learning/ (tour, challenges, experiments, glossary) reads traces and drafts: pure',
  state: 'state/ holds the stores; it runs the engine and knows nothing of the screen',
  ui: 'ui/ renders the store; the app shell (app/) composes ui/, never the reverse',
}
/** Outside engine/, its internals are reached through its faces: engine/ or engine/<module>. */
const ENGINE_FACES = {
  group: ['**/engine/*/**', '!**/engine/*/index', '!**/engine/*/index.ts'],
  message:
    'Import the engine through its faces: ../engine (the contract) or ../engine/<module> (its index.ts). Export what you need from that index instead of reaching into a file.',
}
const upward = (layer) => {
  const above = LAYERS.slice(LAYERS.indexOf(layer) + 1)
  return {
    group: above.flatMap((name) => [`**/${name}`, `**/${name}/**`]),
    message: `${LAYER_ROLE[layer]}. It may import only ${LAYERS.slice(0, LAYERS.indexOf(layer)).join(', ')}: move this code up to the layer that needs it, or pass the value in as an argument.`,
  }
}
/** The layers below state/ hold plain data and pure functions: no React (and so no hooks). */
const NO_REACT = {
  group: ['react', 'react/*', 'react-dom', 'react-dom/*'],
  message:
    'This layer is plain data and pure functions, without React: put components and hooks in ui/ (or state/ for a store hook).',
}
/**
 * The YAML library loads on first need, not with the page (issue #18): a value import of it
 * anywhere would put it back before the verdict. Types are free; the library itself comes from
 * src/engine/text/yamlLibrary.ts (`yamlLibrary()`, after `loadYamlLibrary()`).
 */
const YAML_ON_FIRST_NEED = [
  "ImportDeclaration[source.value='yaml'][importKind='value']",
  "ImportExpression[source.value='yaml']",
].map((selector) => ({
  selector,
  message:
    "The YAML library loads on first need: take it from engine/text's yamlLibrary() (after loadYamlLibrary()), not from 'yaml' (a type import is fine).",
}))
/** Where React (components and hooks) may live: the hooks rules run over these files. */
const REACT_FILES = ['src/{app,state,ui}/**/*.{ts,tsx}', '**/*.tsx']

export const layerRules = Object.keys(LAYER_ROLE).map((layer) => ({
  files: [`src/${layer}/**/*.{ts,tsx}`],
  rules: {
    'no-restricted-imports': [
      'error',
      {
        patterns: [
          upward(layer),
          ENGINE_FACES,
          ...(['scenarios', 'learning'].includes(layer) ? [NO_REACT] : []),
        ],
      },
    ],
  },
}))

export default defineConfig([
  globalIgnores(['dist', 'test-results', 'playwright-report', 'screenshots']),
  {
    files: ['**/*.{ts,tsx}'],
    extends: [js.configs.recommended, tseslint.configs.recommended],
    languageOptions: { ecmaVersion: 2022, globals: { ...globals.browser, ...globals.node } },
    rules: {
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      'no-restricted-syntax': ['error', ...YAML_ON_FIRST_NEED],
    },
  },
  {
    // The one module that loads the YAML library (issue #18).
    files: ['src/engine/text/yamlLibrary.ts'],
    rules: { 'no-restricted-syntax': 'off' },
  },
  {
    // React lives in these layers only (the others may not import it: layerRules): the hooks
    // rules run the React Compiler over every function they see, two thirds of the lint's time
    // when they ran over the engine and the tests too.
    files: REACT_FILES,
    extends: [reactHooks.configs.flat.recommended, reactRefresh.configs.vite],
  },
  ...layerRules,
  {
    // The app shell may compose every layer, through the engine's faces.
    files: ['src/app/**/*.{ts,tsx}', 'src/cli/**/*.ts', 'src/i18n/**/*.ts', 'src/fuzz/**/*.ts'],
    rules: { 'no-restricted-imports': ['error', { patterns: [ENGINE_FACES] }] },
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
