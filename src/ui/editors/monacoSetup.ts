/**
 * Monaco, bundled locally (toolchain.md): the slim 0.57 entry points, our own workers, JSON with
 * the engine's policy schemas, YAML syntax colouring, a `jwt` language that colours the three
 * segments, two themes that match the app, and the annotation completions. Only the lazily loaded
 * editor modules import this file, so the verdict never waits for Monaco.
 */
import { loader } from '@monaco-editor/react'
import i18next from 'i18next'
import * as monaco from 'monaco-editor/editor'
import 'monaco-editor/features/register.all'
import 'monaco-editor/languages/definitions/yaml/register'
import { jsonDefaults } from 'monaco-editor/languages/features/json/register'
import editorWorkerUrl from 'monaco-editor/editor/editor.worker?worker&url'
import jsonWorkerUrl from 'monaco-editor/language/json/json.worker?worker&url'
import { TabFocus } from 'monaco-editor/editor/browser/config/tabFocus'
import type { Severity } from '../../engine'
import { iamPolicySchema, providerKeyPrefix, trustPolicySchema } from '../../engine/iam'
import { useAppStore } from '../../state/store'
import {
  inAnnotations,
  podSuggestions,
  serviceAccountSuggestions,
  type AnnotationSuggestion,
} from './annotations'
import { createMonacoPolicy, trustedScriptUrl } from '../../state/trustedTypes'
import { CODE_TABS } from './tabs'
import { setTabMovesFocus } from './tabFocus'

// The workers are built by Vite (`?worker&url`) and started here, their URL through the app's
// Trusted Types policy (the CSP enforces Trusted Types; the Worker constructor is a script sink).
self.MonacoEnvironment = {
  getWorker: (_id: string, label: string) =>
    new Worker(trustedScriptUrl(label === 'json' ? jsonWorkerUrl : editorWorkerUrl), {
      type: 'module',
      name: label,
    }),
  createTrustedTypesPolicy: createMonacoPolicy,
}

// Tab leaves the editors by default (the keyboard is never trapped); Ctrl+M, Monaco's own
// 'Toggle Tab Key Moves Focus', switches to inserting tabs and back. The hint follows the mode.
TabFocus.setTabFocusMode(true)
TabFocus.onDidChangeTabFocus(setTabMovesFocus)

// Without this, @monaco-editor/react fetches Monaco from a CDN (and the CSP would block it).
loader.config({ monaco })

export { monaco }

const pathOf = (id: string) => CODE_TABS.find((tab) => tab.id === id)?.path ?? ''

/** Editor aids only: the engine validates these documents itself (and reports findings). */
const REQUEST_SCHEMA = {
  type: 'object',
  additionalProperties: false,
  properties: {
    roleArn: { type: 'string' },
    roleSessionName: { type: 'string' },
    durationSeconds: { type: 'integer' },
  },
}

const JWKS_SCHEMA = {
  type: 'object',
  required: ['keys'],
  properties: { keys: { type: 'array', items: { type: 'object', required: ['kty'] } } },
}

const PROVIDERS_SCHEMA = {
  type: 'array',
  items: {
    type: 'object',
    required: ['url', 'clientIds'],
    additionalProperties: false,
    properties: {
      url: { type: 'string' },
      clientIds: { type: 'array', items: { type: 'string' } },
      thumbprints: { type: 'array', items: { type: 'string' } },
    },
  },
}

let configuredIssuer: string | undefined

/**
 * Validation and autocomplete for the JSON editors. The trust policy's condition keys depend on the
 * cluster's issuer (`<host/path>:sub`), so this runs again whenever the issuer changes.
 */
export function configureJsonSchemas(issuer: string) {
  if (issuer === configuredIssuer) return
  configuredIssuer = issuer
  const schema = (name: string, id: string, value: object) => ({
    uri: `inmemory://irsa-lab/schemas/${name}.json`,
    fileMatch: [pathOf(id)],
    schema: value,
  })
  jsonDefaults.setDiagnosticsOptions({
    validate: true,
    enableSchemaRequest: false, // never fetch a $schema URL
    schemaValidation: 'error',
    schemas: [
      schema('trust-policy', 'trustPolicy', trustPolicySchema(providerKeyPrefix(issuer))),
      schema('permission-policy', 'permissionPolicy', iamPolicySchema),
      schema('sts-request', 'request', REQUEST_SCHEMA),
      schema('jwks', 'jwks', JWKS_SCHEMA),
      schema('oidc-providers', 'oidcProvider', PROVIDERS_SCHEMA),
    ],
  })
}

// The compact token, coloured by segment as on jwt.io; the state carries over wrapped lines.
monaco.languages.register({ id: 'jwt' })
monaco.languages.setMonarchTokensProvider('jwt', {
  tokenizer: {
    root: [
      [/[^.\s]+/, 'jwt.header'],
      [/\./, { token: 'delimiter', next: '@payload' }],
    ],
    payload: [
      [/[^.\s]+/, 'jwt.payload'],
      [/\./, { token: 'delimiter', next: '@signature' }],
    ],
    signature: [
      [/[^.\s]+/, 'jwt.signature'],
      [/\./, 'delimiter'],
    ],
  },
})

/** The app's themes (colours from app.css; the token colours keep jwt.io's hues). */
monaco.editor.defineTheme('irsa-light', {
  base: 'vs',
  inherit: true,
  rules: [
    { token: 'jwt.header', foreground: 'a8023a' },
    { token: 'jwt.payload', foreground: '7a1aa0' },
    { token: 'jwt.signature', foreground: '075b78' },
  ],
  colors: { 'editor.background': '#ffffff' },
})
monaco.editor.defineTheme('irsa-dark', {
  base: 'vs-dark',
  inherit: true,
  rules: [
    { token: 'jwt.header', foreground: 'ff6b95' },
    { token: 'jwt.payload', foreground: 'd995ff' },
    { token: 'jwt.signature', foreground: '4cc9f0' },
  ],
  colors: { 'editor.background': '#0b1015' },
})

const SEVERITY: Record<Severity, monaco.MarkerSeverity> = {
  error: monaco.MarkerSeverity.Error,
  warning: monaco.MarkerSeverity.Warning,
  info: monaco.MarkerSeverity.Info,
}

/** The Monaco severity of a finding's severity. */
export const markerSeverity = (severity: Severity) => SEVERITY[severity]

/** Annotation names (and the role-ARN snippet) under `metadata.annotations` of the manifests. */
monaco.languages.registerCompletionItemProvider('yaml', {
  provideCompletionItems(model, position) {
    const uri = model.uri.toString()
    const isServiceAccount = uri === pathOf('serviceAccount')
    if (!isServiceAccount && uri !== pathOf('pod')) return { suggestions: [] }
    if (!inAnnotations(model.getLinesContent(), position.lineNumber)) return { suggestions: [] }
    const line = model.getLineContent(position.lineNumber)
    const range = new monaco.Range(
      position.lineNumber,
      line.length - line.trimStart().length + 1,
      position.lineNumber,
      position.column,
    )
    const items: AnnotationSuggestion[] = isServiceAccount
      ? serviceAccountSuggestions(useAppStore.getState().draft?.accountId ?? '')
      : podSuggestions()
    return {
      suggestions: items.map((item) => ({
        label: item.label,
        kind: monaco.languages.CompletionItemKind.Property,
        insertText: item.insertText,
        insertTextRules: monaco.languages.CompletionItemInsertTextRule.InsertAsSnippet,
        documentation: i18next.t(`editors.annotations.${item.doc}`),
        range,
      })),
    }
  },
})
