/** Strict JSON (no comments, no trailing commas: IAM rejects both), read with its locations. */
import {
  parseTree,
  printParseErrorCode,
  type Node as JsonNode,
  type ParseError,
} from 'jsonc-parser'
import type { Finding, SourceId } from '../types'
import {
  DOCUMENT_FINDINGS,
  MAX_DEPTH,
  exceedsBracketDepth,
  makeDocument,
  positionIndex,
  setOwn,
  tooDeepFinding,
  type ParsedDocument,
  type Spans,
} from './core'
import {
  MAX_DUPLICATE_KEY_FINDINGS,
  MAX_SYNTAX_FINDINGS,
  limitFindings,
  tooManyDuplicateKeysFinding,
  tooManyErrorsFinding,
} from './limit'
import { joinPointer } from './pointer'

/** See {@link parseJsonDocument}. */
export function parseJson(text: string, source: SourceId): ParsedDocument {
  const findings: Finding[] = []
  const spans: Spans = { value: new Map(), key: new Map() }
  const toPosition = positionIndex(text)
  if (text.trim() === '') {
    findings.push(
      DOCUMENT_FINDINGS.make('document.empty', 'The document is empty.', source, { pointer: '' }),
    )
    return makeDocument(text, undefined, false, findings, spans)
  }
  if (exceedsBracketDepth(text, MAX_DEPTH)) {
    findings.push(tooDeepFinding(source))
    return makeDocument(text, undefined, false, findings, spans)
  }
  const errors: ParseError[] = []
  let root: JsonNode | undefined
  try {
    root = parseTree(text, errors, {
      disallowComments: true,
      allowTrailingComma: false,
      allowEmptyContent: false,
    })
  } catch {
    // jsonc-parser recurses per nesting level; a pathological document can exhaust the stack.
    findings.push(tooDeepFinding(source))
    return makeDocument(text, undefined, false, findings, spans)
  }
  findings.push(
    ...limitFindings(
      errors,
      MAX_SYNTAX_FINDINGS,
      (error) =>
        DOCUMENT_FINDINGS.make(
          'document.syntax',
          `JSON syntax error: ${printParseErrorCode(error.error)}.`,
          source,
          { at: toPosition(error.offset) },
        ),
      (omitted, first) => tooManyErrorsFinding(omitted, first, source),
    ),
  )
  // Collected, then bounded once the tree is built (see ./limit).
  const duplicates: Finding[] = []
  let tooDeep = false
  const build = (node: JsonNode, pointer: string, depth: number): unknown => {
    spans.value.set(pointer, [node.offset, node.offset + node.length])
    if (depth > MAX_DEPTH) {
      tooDeep = true
      return undefined
    }
    switch (node.type) {
      case 'object': {
        const object: Record<string, unknown> = {}
        for (const property of node.children ?? []) {
          const [keyNode, valueNode] = property.children ?? []
          if (!keyNode || typeof keyNode.value !== 'string') continue
          const key = keyNode.value
          const childPointer = joinPointer(pointer, key)
          if (Object.prototype.hasOwnProperty.call(object, key)) {
            duplicates.push(
              DOCUMENT_FINDINGS.make(
                'document.duplicate-key',
                `Duplicate key "${key}": only the last one counts.`,
                source,
                { pointer: childPointer, at: toPosition(keyNode.offset) },
              ),
            )
          }
          spans.key.set(childPointer, [keyNode.offset, keyNode.offset + keyNode.length])
          setOwn(object, key, valueNode ? build(valueNode, childPointer, depth + 1) : undefined)
        }
        return object
      }
      case 'array':
        return (node.children ?? []).map((child, index) =>
          build(child, joinPointer(pointer, index), depth + 1),
        )
      default:
        return node.value
    }
  }
  let value: unknown
  try {
    value = root ? build(root, '', 0) : undefined
  } catch {
    tooDeep = true
  }
  findings.push(
    ...limitFindings(
      duplicates,
      MAX_DUPLICATE_KEY_FINDINGS,
      (finding) => finding,
      (omitted, first) => tooManyDuplicateKeysFinding(omitted, first, source),
    ),
  )
  if (tooDeep) {
    findings.push(tooDeepFinding(source))
    value = undefined
  }
  return makeDocument(
    text,
    value,
    errors.length === 0 && !tooDeep && root !== undefined,
    findings,
    spans,
  )
}
