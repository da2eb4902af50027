/**
 * What people paste around a token: a terminal's line wrapping, surrounding whitespace, the
 * `Bearer ` of an Authorization header, JSON quotes. STS receives the bare token (the SDK reads
 * the file kubelet wrote), so we strip these with an info finding and keep a map back to the
 * original text, so positions still land on the right character in the editor.
 */
import type { Finding, TextPosition } from '../types'
import { JWT_FINDINGS } from './findings'

/** The bare token and how to find its characters in the pasted text. */
export interface PastedToken {
  /** The token with what surrounded it removed. */
  compact: string
  /** 1-based line/column in the pasted text of the character at `index` of `compact`. */
  positionOf(index: number): TextPosition
  findings: Finding[]
}

const WHITESPACE = /\s/

/** Strips whitespace, a `Bearer ` prefix and surrounding quotes; never throws. */
export function stripPasted(raw: string): PastedToken {
  const findings: Finding[] = []
  let start = 0
  let end = raw.length
  const trim = () => {
    while (start < end && WHITESPACE.test(raw[start]!)) start++
    while (end > start && WHITESPACE.test(raw[end - 1]!)) end--
  }
  trim()
  const trimmedEnds = start > 0 || end < raw.length
  const bearer = /^bearer\s+/i.exec(raw.slice(start, Math.min(end, start + 64)))
  if (bearer) {
    start += bearer[0].length
    findings.push(
      JWT_FINDINGS.make('jwt.bearer-stripped', 'Removed the "Bearer " prefix.', 'token', {
        pointer: '',
      }),
    )
    trim()
  }
  const first = raw[start]
  if (end - start >= 2 && (first === '"' || first === "'") && raw[end - 1] === first) {
    start++
    end--
    findings.push(
      JWT_FINDINGS.make('jwt.quotes-stripped', 'Removed the quotes around the token.', 'token', {
        pointer: '',
      }),
    )
    trim()
  }
  // Inner whitespace (a wrapped terminal line): drop it, remembering where each kept char was.
  let compact: string
  let offsets: Int32Array | undefined
  const inner = raw.slice(start, end)
  if (/\s/.test(inner)) {
    offsets = new Int32Array(inner.length)
    const kept: string[] = []
    for (let i = start; i < end; i++) {
      const char = raw[i]!
      if (WHITESPACE.test(char)) continue
      offsets[kept.length] = i
      kept.push(char)
    }
    compact = kept.join('')
  } else {
    compact = inner
  }
  if (trimmedEnds || offsets) {
    findings.push(
      JWT_FINDINGS.make(
        'jwt.whitespace-stripped',
        'Removed whitespace and line breaks pasted with the token.',
        'token',
        { pointer: '' },
      ),
    )
  }
  let lineStarts: number[] | undefined
  const positionOf = (index: number): TextPosition => {
    const offset = offsets ? (offsets[index] ?? end) : start + index
    lineStarts ??= computeLineStarts(raw)
    let lo = 0
    let hi = lineStarts.length - 1
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1
      if (lineStarts[mid]! <= offset) lo = mid
      else hi = mid - 1
    }
    return { line: lo + 1, column: offset - lineStarts[lo]! + 1 }
  }
  return { compact, positionOf, findings }
}

function computeLineStarts(text: string): number[] {
  const starts = [0]
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) === 10) starts.push(i + 1)
  return starts
}
