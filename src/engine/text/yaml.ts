/** Kubernetes manifests as YAML (or JSON, which YAML reads too), read with their locations. */
import type { Node as YamlNode } from 'yaml'
import type { Finding, SourceId, TextPosition } from '../types'
import {
  DOCUMENT_FINDINGS,
  MAX_DEPTH,
  exceedsBracketDepth,
  makeDocument,
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
import { yamlLibrary, type YamlLibrary } from './yamlLibrary'

/** Alias expansion budget: a "billion laughs" document fails fast instead of hanging. */
const MAX_ALIAS_COUNT = 100

/** See {@link parseYamlDocument}. */
export function parseYaml(text: string, source: SourceId): ParsedDocument {
  const findings: Finding[] = []
  const spans: Spans = { value: new Map(), key: new Map() }
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
  // The library only for a text it must read (an empty or absurdly deep one is refused above).
  const { isAlias, isMap, isPair, isScalar, isSeq, LineCounter, parseAllDocuments } = yamlLibrary()
  const lineCounter = new LineCounter()
  const toPosition = (offset: number): TextPosition => {
    const { line, col } = lineCounter.linePos(offset)
    return { line, column: col }
  }
  let documents: ReturnType<YamlLibrary['parseAllDocuments']>
  // yaml reports each syntax error as an Error object, and a broken document holds thousands:
  // capturing a stack for each was a fifth of a pod's parse in the fuzz suite. Only their message
  // and position are read, so no stack is captured while parsing (V8's limit; elsewhere a no-op).
  const stackTraceLimit = Error.stackTraceLimit
  try {
    Error.stackTraceLimit = 0
    documents = parseAllDocuments(text, {
      lineCounter,
      uniqueKeys: false,
      prettyErrors: false,
      // What yaml would print as warnings is the user's input: it is reported as findings, not logged.
      logLevel: 'error',
    })
  } catch {
    findings.push(
      DOCUMENT_FINDINGS.make('document.syntax', 'The YAML could not be read.', source, {
        pointer: '',
      }),
    )
    return makeDocument(text, undefined, false, findings, spans)
  } finally {
    Error.stackTraceLimit = stackTraceLimit
  }
  const list = Array.isArray(documents) ? documents : []
  const doc = list.find((d) => d.contents !== null) ?? list[0]
  if (!doc) {
    findings.push(
      DOCUMENT_FINDINGS.make('document.empty', 'The document is empty.', source, { pointer: '' }),
    )
    return makeDocument(text, undefined, false, findings, spans)
  }
  if (list.filter((d) => d.contents !== null).length > 1) {
    findings.push(
      DOCUMENT_FINDINGS.make(
        'document.multiple-documents',
        'The text holds several YAML documents; only the first is used.',
        source,
        { pointer: '' },
      ),
    )
  }
  findings.push(
    ...limitFindings(
      doc.errors,
      MAX_SYNTAX_FINDINGS,
      (error) =>
        DOCUMENT_FINDINGS.make(
          'document.syntax',
          `YAML syntax error: ${firstLine(error.message)}`,
          source,
          { at: toPosition(error.pos[0]) },
        ),
      (omitted, first) => tooManyErrorsFinding(omitted, first, source),
    ),
  )
  // Collected, then bounded once the tree is walked (see ./limit).
  const duplicates: Finding[] = []
  let tooDeep = false
  /**
   * A collection used as a key (`{[a]: 1}`; unclosed `{{{` makes them too) is refused rather than
   * converted: sigs.k8s.io/yaml, which the API server and kubectl read manifests with, fails on
   * it ("unsupported map key of type", yaml.go convertToJSONableObject), and yaml's toJS
   * stringifies such a key once per nesting level: 250 `{` and 3,000 more characters took 20 s.
   */
  let collectionKey: Finding | undefined
  const walk = (node: unknown, pointer: string, depth: number) => {
    if (depth > MAX_DEPTH) {
      tooDeep = true
      return
    }
    if (!node || typeof node !== 'object') return
    const yamlNode = node as YamlNode
    if (yamlNode.range) spans.value.set(pointer, [yamlNode.range[0], yamlNode.range[1]])
    if (isMap(node)) {
      for (const pair of node.items) {
        if (!isPair(pair)) continue
        if (isMap(pair.key) || isSeq(pair.key)) {
          // Only the first is reported: the document is refused as Kubernetes refuses it.
          collectionKey ??= DOCUMENT_FINDINGS.make(
            'document.collection-key',
            'A mapping or sequence is used as a key; Kubernetes reads YAML as JSON, where a key is a plain value.',
            source,
            { pointer, at: pair.key.range ? toPosition(pair.key.range[0]) : undefined },
          )
          continue
        }
        const key = isScalar(pair.key) ? String(pair.key.value) : String(pair.key)
        const childPointer = joinPointer(pointer, key)
        const duplicate = spans.value.has(childPointer)
        if (isScalar(pair.key) && pair.key.range)
          spans.key.set(childPointer, [pair.key.range[0], pair.key.range[1]])
        if (duplicate) {
          duplicates.push(
            DOCUMENT_FINDINGS.make(
              'document.duplicate-key',
              `Duplicate key "${key}": only the last one counts.`,
              source,
              {
                pointer: childPointer,
              },
            ),
          )
        }
        walk(pair.value, childPointer, depth + 1)
      }
    } else if (isSeq(node)) {
      node.items.forEach((item, index) => walk(item, joinPointer(pointer, index), depth + 1))
    } else if (isAlias(node)) {
      // Aliases are resolved by toJS; their own range is enough for a marker.
    }
  }
  try {
    walk(doc.contents, '', 0)
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
  let value: unknown
  if (tooDeep) {
    findings.push(tooDeepFinding(source))
  } else if (collectionKey) {
    findings.push(collectionKey)
  } else {
    try {
      value = doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT })
    } catch (error) {
      const aliasLimit = error instanceof Error && /alias/i.test(error.message)
      findings.push(
        aliasLimit
          ? DOCUMENT_FINDINGS.make(
              'document.alias-limit',
              'The YAML expands aliases too many times (a "billion laughs" document?).',
              source,
              { pointer: '' },
            )
          : DOCUMENT_FINDINGS.make('document.syntax', 'The YAML could not be read.', source, {
              pointer: '',
            }),
      )
      value = undefined
    }
  }
  return makeDocument(
    text,
    value,
    doc.errors.length === 0 && !tooDeep && value !== undefined,
    findings,
    spans,
  )
}

function firstLine(message: string): string {
  return message.split('\n')[0] ?? message
}
