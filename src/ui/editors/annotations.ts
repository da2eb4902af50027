/**
 * What the ServiceAccount and Pod editors suggest under `metadata.annotations`: the annotation
 * names the pod identity webhook reads (pkg/annotations.go) and a role-ARN snippet. Data and a
 * context test only; the Monaco completion provider is in `monacoSetup.ts`.
 */
import { ANNOTATION } from '../../engine/webhook'

const PREFIX = 'eks.amazonaws.com/'

/** One suggestion: the text inserted (a Monaco snippet) and its i18n key. */
export interface AnnotationSuggestion {
  label: string
  /** Snippet syntax: ${1:placeholder}. */
  insertText: string
  /** Key under `editors.annotations` of its one-line explanation. */
  doc: 'roleArn' | 'audience' | 'stsRegionalEndpoints' | 'tokenExpiration' | 'skipContainers'
}

/** Suggestions for a ServiceAccount's annotations. `accountId` fills the ARN snippet. */
export function serviceAccountSuggestions(accountId: string): AnnotationSuggestion[] {
  const account = /^\d{12}$/.test(accountId) ? accountId : '123456789012'
  return [
    {
      label: PREFIX + ANNOTATION.roleArn,
      insertText: `${PREFIX}${ANNOTATION.roleArn}: arn:aws:iam::\${1:${account}}:role/\${2:role-name}`,
      doc: 'roleArn',
    },
    {
      label: PREFIX + ANNOTATION.audience,
      insertText: `${PREFIX}${ANNOTATION.audience}: \${1:sts.amazonaws.com}`,
      doc: 'audience',
    },
    {
      label: PREFIX + ANNOTATION.stsRegionalEndpoints,
      insertText: `${PREFIX}${ANNOTATION.stsRegionalEndpoints}: "\${1|true,false|}"`,
      doc: 'stsRegionalEndpoints',
    },
    {
      label: PREFIX + ANNOTATION.tokenExpiration,
      insertText: `${PREFIX}${ANNOTATION.tokenExpiration}: "\${1:86400}"`,
      doc: 'tokenExpiration',
    },
  ]
}

/** Suggestions for a Pod's annotations. */
export function podSuggestions(): AnnotationSuggestion[] {
  return [
    {
      label: PREFIX + ANNOTATION.skipContainers,
      insertText: `${PREFIX}${ANNOTATION.skipContainers}: "\${1:sidecar}"`,
      doc: 'skipContainers',
    },
  ]
}

/**
 * Whether line `lineNumber` (1-based) of `lines` sits inside a `metadata.annotations` block: the
 * nearest less-indented line above it is `annotations:`.
 */
export function inAnnotations(lines: readonly string[], lineNumber: number): boolean {
  const line = lines[lineNumber - 1] ?? ''
  const indent = line.length - line.trimStart().length
  for (let i = lineNumber - 2; i >= 0; i--) {
    const above = lines[i] ?? ''
    if (above.trim() === '' || above.trimStart().startsWith('#')) continue
    const aboveIndent = above.length - above.trimStart().length
    if (aboveIndent < indent) return /^annotations:\s*(#.*)?$/.test(above.trim())
    if (indent === 0) return false
  }
  return false
}
