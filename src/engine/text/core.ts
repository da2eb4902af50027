/**
 * What the JSON and YAML readers share: the finding registry, the nesting limit and its linear
 * pre-check, and the located document they both return.
 */
import { defineFindings } from '../finding'
import type { Finding, SourceId, TextPosition } from '../types'

export const DOCUMENT_FINDINGS = defineFindings({
  'document.empty': { severity: 'error' },
  'document.syntax': { severity: 'error' },
  'document.duplicate-key': { severity: 'warning' },
  'document.too-deep': { severity: 'error' },
  'document.alias-limit': { severity: 'error' },
  'document.multiple-documents': { severity: 'warning' },
  'document.collection-key': { severity: 'error' },
  // Summaries in place of the findings past a bound (see ./limit).
  'document.too-many-errors': { severity: 'error', data: ['count', 'listed'] },
  'document.too-many-duplicate-keys': { severity: 'warning', data: ['count', 'listed'] },
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

export const tooDeepFinding = (source: SourceId) =>
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

export interface Spans {
  value: Map<string, [number, number]>
  key: Map<string, [number, number]>
}

/** Line starts, for offset → 1-based line and column. */
export function positionIndex(text: string) {
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

export function makeDocument(
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
  const document: ParsedDocument = {
    value,
    ok,
    findings,
    locate: (pointer) => range(spans.value.get(pointer)),
    locateKey: (pointer) => range(spans.key.get(pointer)),
  }
  SPANS.set(document, spans)
  return document
}

/** Each document's spans, for {@link snapshotDocument}. */
const SPANS = new WeakMap<ParsedDocument, Spans>()

/**
 * A parsed document as plain data (what a build can write into the page, see
 * scenarios/firstVisitDocuments.ts): everything `makeDocument` needs but the text.
 */
export interface DocumentSnapshot {
  value: unknown
  ok: boolean
  findings: Finding[]
  spans: { value: [string, [number, number]][]; key: [string, [number, number]][] }
}

export function snapshotDocument(document: ParsedDocument): DocumentSnapshot | undefined {
  const spans = SPANS.get(document)
  if (!spans) return undefined
  const { value, ok, findings } = document
  return { value, ok, findings, spans: { value: [...spans.value], key: [...spans.key] } }
}

/** The document a snapshot was taken of, for the same text. */
export function documentFromSnapshot(text: string, snapshot: DocumentSnapshot): ParsedDocument {
  return makeDocument(text, snapshot.value, snapshot.ok, snapshot.findings, {
    value: new Map(snapshot.spans.value),
    key: new Map(snapshot.spans.key),
  })
}

/** Sets a property as an own data property, so `__proto__` is a key like any other. */
export function setOwn(target: Record<string, unknown>, key: string, value: unknown) {
  Object.defineProperty(target, key, {
    value,
    writable: true,
    enumerable: true,
    configurable: true,
  })
}
