/**
 * Tolerant parsing of the JSON and YAML texts users type, keeping every element's location so a
 * finding (which carries an RFC 6901 pointer) lands on the exact spot in the editor.
 *
 * Never throws: syntax errors, duplicate keys, alias bombs and absurd nesting become findings, and
 * whatever could be read is still returned. Findings are bounded: past the first
 * {@link MAX_SYNTAX_FINDINGS} syntax errors (and {@link MAX_DUPLICATE_KEY_FINDINGS} duplicate
 * keys) one summary stands for the rest, so pasted junk cannot flood the editor.
 */
import { memoizeByParts } from '../memo'
import type { SourceId } from '../types'
import { parseJson } from './json'
import { parseYaml } from './yaml'

export {
  DOCUMENT_FINDINGS,
  MAX_DEPTH,
  exceedsBracketDepth,
  type ParsedDocument,
  type TextRange,
} from './core'
export { MAX_DOCUMENT_FINDINGS, MAX_DUPLICATE_KEY_FINDINGS, MAX_SYNTAX_FINDINGS } from './limit'

const documentKey = (text: string, source: SourceId) => [source, text]

/**
 * Parses strict JSON (no comments, no trailing commas: IAM rejects both) and keeps locations.
 * Duplicate keys: the last one wins, as in JSON.parse, with a warning on the earlier one.
 * Results are cached by text and must not be mutated.
 */
export const parseJsonDocument = memoizeByParts(parseJson, documentKey)

/**
 * Parses a Kubernetes manifest written as YAML (or JSON, which YAML reads too) and keeps locations.
 * Only the first document of a multi-document stream is used, with a warning.
 * Results are cached by text and must not be mutated.
 */
export const parseYamlDocument = memoizeByParts(parseYaml, documentKey)
