/**
 * Tolerant parsing of the JSON and YAML texts users type, keeping every element's location so a
 * finding (which carries an RFC 6901 pointer) lands on the exact spot in the editor.
 *
 * Never throws: syntax errors, duplicate keys, alias bombs and absurd nesting become findings, and
 * whatever could be read is still returned.
 */
import {
  parseTree,
  printParseErrorCode,
  type Node as JsonNode,
  type ParseError,
} from 'jsonc-parser'
import {
  isAlias,
  isMap,
  isPair,
  isScalar,
  isSeq,
  LineCounter,
  parseAllDocuments,
  type Node as YamlNode,
} from 'yaml'
import { defineFindings } from '../finding'
import type { Finding, SourceId, TextPosition } from '../types'
import { memoizeByKey } from '../memo'
import { joinPointer } from './pointer'

export const DOCUMENT_FINDINGS = defineFindings({
  'document.empty': { severity: 'error' },
  'document.syntax': { severity: 'error' },
  'document.duplicate-key': { severity: 'warning' },
  'document.too-deep': { severity: 'error' },
  'document.alias-limit': { severity: 'error' },
  'document.multiple-documents': { severity: 'warning' },
})

/** Deeper documents are refused: no IAM policy or Kubernetes manifest nests anywhere near this. */
export const MAX_DEPTH = 256

/**
 * Whether the text opens more than `max` brackets at once (outside quoted strings): a linear
 * pre-check, so a pathological document ("[[[[…") is refused before any parser recurses on it.
 */
export function exceedsBracketDepth(text: string, max: number): boolean {
  let depth = 0
  let quote: string | undefined
  for (let i = 0; i < text.length; i++) {
    const c = text[i]
    if (quote) {
      if (c === '\\') i++
      else if (c === quote) quote = undefined
    } else if (c === '"' || c === "'") quote = c
    else if (c === '[' || c === '{') {
      if (++depth > max) return true
    } else if (c === ']' || c === '}') depth = Math.max(0, depth - 1)
  }
  return false
}

const tooDeepFinding = (source: SourceId) =>
  DOCUMENT_FINDINGS.make(
    'document.too-deep',
    `The document nests deeper than ${MAX_DEPTH} levels.`,
    source,
    {
      pointer: '',
    },
  )

export interface TextRange {
  start: TextPosition
  end: TextPosition
  /** 0-based offsets into the text, end exclusive. */
  offset: number
  endOffset: number
}

export interface ParsedDocument {
  /** What could be read; undefined when nothing could. */
  value: unknown
  /** True when the text parsed without a syntax error. */
  ok: boolean
  findings: Finding[]
  /** The range of the value at `pointer` (a property's value, not its key). */
  locate(pointer: string): TextRange | undefined
  /** The range of the key of the property at `pointer`, when it is an object member. */
  locateKey(pointer: string): TextRange | undefined
}

interface Spans {
  value: Map<string, [number, number]>
  key: Map<string, [number, number]>
}

/** Line starts, for offset → 1-based line and column. */
function positionIndex(text: string) {
  const starts = [0]
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) === 10) starts.push(i + 1)
  return (offset: number): TextPosition => {
    let lo = 0
    let hi = starts.length - 1
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1
      if (starts[mid]! <= offset) lo = mid
      else hi = mid - 1
    }
    return { line: lo + 1, column: offset - starts[lo]! + 1 }
  }
}

function makeDocument(
  text: string,
  value: unknown,
  ok: boolean,
  findings: Finding[],
  spans: Spans,
): ParsedDocument {
  let toPosition: ((offset: number) => TextPosition) | undefined
  const range = (span: [number, number] | undefined): TextRange | undefined => {
    if (!span) return undefined
    toPosition ??= positionIndex(text)
    return {
      start: toPosition(span[0]),
      end: toPosition(span[1]),
      offset: span[0],
      endOffset: span[1],
    }
  }
  return {
    value,
    ok,
    findings,
    locate: (pointer) => range(spans.value.get(pointer)),
    locateKey: (pointer) => range(spans.key.get(pointer)),
  }
}

/** Sets a property as an own data property, so `__proto__` is a key like any other. */
function setOwn(target: Record<string, unknown>, key: string, value: unknown) {
  Object.defineProperty(target, key, {
    value,
    writable: true,
    enumerable: true,
    configurable: true,
  })
}

/** See {@link parseJsonDocument}. */
function parseJson(text: string, source: SourceId): ParsedDocument {
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
  for (const error of errors) {
    findings.push(
      DOCUMENT_FINDINGS.make(
        'document.syntax',
        `JSON syntax error: ${printParseErrorCode(error.error)}.`,
        source,
        {
          at: toPosition(error.offset),
        },
      ),
    )
  }
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
            findings.push(
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

/** Alias expansion budget: a "billion laughs" document fails fast instead of hanging. */
const MAX_ALIAS_COUNT = 100

/** See {@link parseYamlDocument}. */
function parseYaml(text: string, source: SourceId): ParsedDocument {
  const findings: Finding[] = []
  const spans: Spans = { value: new Map(), key: new Map() }
  const lineCounter = new LineCounter()
  const toPosition = (offset: number): TextPosition => {
    const { line, col } = lineCounter.linePos(offset)
    return { line, column: col }
  }
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
  let documents: ReturnType<typeof parseAllDocuments>
  try {
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
  for (const error of doc.errors) {
    findings.push(
      DOCUMENT_FINDINGS.make(
        'document.syntax',
        `YAML syntax error: ${firstLine(error.message)}`,
        source,
        {
          at: toPosition(error.pos[0]),
        },
      ),
    )
  }
  let tooDeep = false
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
        const key = isScalar(pair.key) ? String(pair.key.value) : String(pair.key)
        const childPointer = joinPointer(pointer, key)
        const duplicate = spans.value.has(childPointer)
        if (isScalar(pair.key) && pair.key.range)
          spans.key.set(childPointer, [pair.key.range[0], pair.key.range[1]])
        if (duplicate) {
          findings.push(
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
  let value: unknown
  if (tooDeep) {
    findings.push(tooDeepFinding(source))
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

const documentKey = (text: string, source: SourceId) => `${source}\u0000${text}`

/**
 * Parses strict JSON (no comments, no trailing commas: IAM rejects both) and keeps locations.
 * Duplicate keys: the last one wins, as in JSON.parse, with a warning on the earlier one.
 * Results are cached by text and must not be mutated.
 */
export const parseJsonDocument = memoizeByKey(parseJson, documentKey)

/**
 * Parses a Kubernetes manifest written as YAML (or JSON, which YAML reads too) and keeps locations.
 * Only the first document of a multi-document stream is used, with a warning.
 * Results are cached by text and must not be mutated.
 */
export const parseYamlDocument = memoizeByKey(parseYaml, documentKey)
