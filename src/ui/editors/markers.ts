/**
 * Where a finding or a step ref lands in an editor's text: pure functions from (text, pointer) to a
 * Monaco-shaped range, using the engine's located parsers so the engine and the editors agree on
 * every position. No Monaco import: the component turns these into markers and decorations.
 */
import type { Finding, Severity, SourceId, StepRef, TextPosition } from '../../engine'
import { decodeToken, stripPasted } from '../../engine/jwt'
import { parseJsonDocument, parseYamlDocument, splitPointer } from '../../engine/text'

/** A range in Monaco's shape (1-based; the end column is just past the last character). */
export interface EditorRange {
  startLineNumber: number
  startColumn: number
  endLineNumber: number
  endColumn: number
}

/** A marker, ready for `monaco.editor.setModelMarkers` once the severity is mapped. */
export interface EditorMarker extends EditorRange {
  severity: Severity
  message: string
  code: string
}

/** How each source's text is written. */
export const SOURCE_KIND = {
  token: 'token',
  serviceAccount: 'yaml',
  pod: 'yaml',
  trustPolicy: 'json',
  permissionPolicy: 'json',
  jwks: 'json',
  oidcProvider: 'json',
  request: 'json',
} as const satisfies Record<SourceId, 'token' | 'yaml' | 'json'>

interface Span {
  start: TextPosition
  end: TextPosition
}

const toRange = ({ start, end }: Span): EditorRange => ({
  startLineNumber: start.line,
  startColumn: start.column,
  endLineNumber: end.line,
  endColumn: end.column,
})

/** The key and value spans of the member at `pointer` in a JSON or YAML text. */
function locateInDocument(source: SourceId, text: string, pointer: string) {
  const doc =
    SOURCE_KIND[source] === 'yaml'
      ? parseYamlDocument(text, source)
      : parseJsonDocument(text, source)
  return { value: doc.locate(pointer), key: doc.locateKey(pointer) }
}

/** UTF-8 length of a string: base64 encodes bytes, not UTF-16 units. */
const utf8Length = (s: string) => new TextEncoder().encode(s).length

/**
 * The span of a token pointer in the pasted token text. `/header`, `/payload` and `/signature` are
 * whole segments; a claim (`/payload/sub`) is the base64url run that encodes its JSON member, so the
 * squiggle sits under the very characters that carry it.
 */
function locateInToken(text: string, pointer: string): Span | undefined {
  const pasted = stripPasted(text)
  const segments = pasted.compact.split('.')
  const tokens = splitPointer(pointer)
  const names = ['header', 'payload', 'signature']
  const first = tokens[0]
  const index = first === undefined ? -1 : names.indexOf(first)
  if (pasted.compact === '') return undefined
  if (index < 0 || index >= segments.length) {
    if (tokens.length > 0) return undefined
    return {
      start: pasted.positionOf(0),
      end: afterLast(pasted, pasted.compact.length),
    }
  }
  let segmentStart = 0
  for (let i = 0; i < index; i++) segmentStart += (segments[i]?.length ?? 0) + 1
  const segmentLength = segments[index]?.length ?? 0
  let from = 0
  let to = segmentLength
  if (tokens.length > 1 && index < 2) {
    const decoded = decodeToken(text)
    const json = index === 0 ? decoded.headerText : decoded.payloadText
    if (json === undefined) return undefined
    const doc = parseJsonDocument(json, 'token')
    const rest = '/' + pointer.split('/').slice(2).join('/')
    const value = doc.locate(rest)
    if (!value) return undefined
    const key = doc.locateKey(rest)
    const byteStart = utf8Length(json.slice(0, (key ?? value).offset))
    const byteEnd = utf8Length(json.slice(0, value.endOffset))
    from = Math.floor(byteStart / 3) * 4
    to = Math.min(segmentLength, Math.ceil(byteEnd / 3) * 4)
  }
  if (to <= from) to = Math.min(segmentLength, from + 1)
  return {
    start: pasted.positionOf(segmentStart + from),
    end: afterLast(pasted, segmentStart + to),
  }
}

/** The position just past the character before `end` (so a range never spans a line break). */
function afterLast(pasted: ReturnType<typeof stripPasted>, end: number): TextPosition {
  if (end <= 0) return pasted.positionOf(0)
  const last = pasted.positionOf(end - 1)
  return { line: last.line, column: last.column + 1 }
}

/** The parent of a pointer, or undefined for the whole document. */
function parentPointer(pointer: string): string | undefined {
  if (pointer === '') return undefined
  return pointer.slice(0, pointer.lastIndexOf('/'))
}

/** The span a ref names: the whole member (key and value) when it is one. Exact, or undefined. */
export function refRange(ref: StepRef, text: string): EditorRange | undefined {
  if ((ref.documentIndex ?? 0) > 0) return undefined
  if (SOURCE_KIND[ref.source] === 'token') {
    const span = locateInToken(text, ref.pointer)
    return span && toRange(span)
  }
  const { value, key } = locateInDocument(ref.source, text, ref.pointer)
  if (!value) return undefined
  return toRange({ start: (key ?? value).start, end: value.end })
}

/** The line `line` of `text`, 1-based. */
const lineAt = (text: string, line: number) => text.split('\n')[line - 1] ?? ''

/** From `at` to the end of the word there, so a syntax error is a visible squiggle. */
function wordAt(text: string, at: TextPosition): EditorRange {
  const line = lineAt(text, at.line).replace(/\r$/, '')
  const from = Math.min(Math.max(at.column, 1), line.length + 1)
  const rest = line.slice(from - 1)
  const word = /^[^\s,:{}[\]"]+/.exec(rest)?.[0].length ?? (rest.length > 0 ? 1 : 0)
  if (word === 0 && from > 1) {
    // At the end of a line (e.g. "end of file expected"): mark the character before.
    return {
      startLineNumber: at.line,
      startColumn: from - 1,
      endLineNumber: at.line,
      endColumn: from,
    }
  }
  return {
    startLineNumber: at.line,
    startColumn: from,
    endLineNumber: at.line,
    endColumn: from + Math.max(word, 1),
  }
}

/** A marker over a whole object reads as noise: keep its key, or its first line. */
function narrow(text: string, value: Span, key: Span | undefined): EditorRange {
  if (value.start.line === value.end.line) return toRange(value)
  if (key) return toRange(key)
  const first = lineAt(text, value.start.line).replace(/\r$/, '')
  return {
    startLineNumber: value.start.line,
    startColumn: value.start.column,
    endLineNumber: value.start.line,
    endColumn: Math.max(first.length + 1, value.start.column + 1),
  }
}

/**
 * Where a finding is shown: its `at` when it has one, else its pointer's value (or, when the
 * pointer names something absent, such as a missing annotation, the nearest enclosing element).
 */
export function findingRange(finding: Finding, text: string): EditorRange | undefined {
  if ((finding.documentIndex ?? 0) > 0) return undefined
  if (finding.at) {
    // In a token a "word" is the whole token, and an invisible character is one character: the
    // one character is the place (two UTF-16 units above U+FFFF).
    const invisible = finding.code === 'text.invisible-character'
    if (SOURCE_KIND[finding.source] !== 'token' && !invisible) return wordAt(text, finding.at)
    const { line, column } = finding.at
    const wide = invisible && String(finding.data?.codePoint ?? '').length > 6
    return {
      startLineNumber: line,
      startColumn: column,
      endLineNumber: line,
      endColumn: column + (wide ? 2 : 1),
    }
  }
  let pointer: string | undefined = finding.pointer ?? ''
  while (pointer !== undefined) {
    if (SOURCE_KIND[finding.source] === 'token') {
      const span = locateInToken(text, pointer)
      if (span) return toRange(span)
    } else {
      const { value, key } = locateInDocument(finding.source, text, pointer)
      if (value) return narrow(text, value, key)
    }
    pointer = parentPointer(pointer)
  }
  // Nothing could be read (e.g. an empty document): the start of the text.
  return { startLineNumber: 1, startColumn: 1, endLineNumber: 1, endColumn: 2 }
}

/** The markers of one editor: the findings about its source, each at its place. */
export function editorMarkers(
  source: SourceId,
  text: string,
  findings: readonly Finding[],
): EditorMarker[] {
  const markers: EditorMarker[] = []
  for (const finding of findings) {
    if (finding.source !== source) continue
    const range = findingRange(finding, text)
    if (!range) continue
    markers.push({
      ...range,
      severity: finding.severity,
      message: finding.message,
      code: finding.code,
    })
  }
  return markers
}

/** How many findings of each severity are about `source` (the tab badges). */
export function severityCounts(
  findings: readonly Finding[],
  sources: readonly SourceId[],
): Record<Severity, number> {
  const counts: Record<Severity, number> = { error: 0, warning: 0, info: 0 }
  for (const f of findings) if (sources.includes(f.source)) counts[f.severity]++
  return counts
}
