/**
 * IAM wildcard matching (`*` = any run of characters, empty included; `?` = exactly one character),
 * as used by `StringLike`, `ArnLike`, Action and Resource.
 *
 * No regular expressions and no backtracking: the pattern is split at its stars into segments; the
 * first segment is anchored at the start, the last at the end, and every middle segment is searched
 * once, leftmost, after the previous one. Leftmost-greedy placement is always correct for
 * star-separated segments (a later placement can only leave less room for the rest), so the value
 * is scanned forward only. Literal segments use `String.prototype.indexOf` (V8 switches to a
 * linear Boyer-Moore search when a naive scan does too much work); segments holding `?` are compared
 * position by position, so the worst case is O(value length × longest segment), never exponential.
 *
 * Source: IAM User Guide, "Condition operators" (StringLike: "multi-character match wildcard (*) and
 * single-character match wildcard (?) anywhere in the string") and "IAM JSON policy elements: Action".
 */

/** One star-free piece of a pattern. `any[i]` marks a `?` (matches any one character). */
export interface GlobSegment {
  text: string
  /** Positions of `?` wildcards in `text`; null when the segment is a plain literal. */
  any: boolean[] | null
}

/** A compiled wildcard pattern. With one segment the pattern has no star (exact length). */
export interface GlobPattern {
  segments: GlobSegment[]
  /** True when the pattern holds at least one wildcard (`*` or `?`). */
  hasWildcard: boolean
}

/** A piece of pattern text; `literal` pieces (from `${*}`, `${?}`, substituted variables) never act as wildcards. */
export interface PatternPiece {
  text: string
  literal: boolean
}

/** Compiles pattern pieces; only non-literal `*` and `?` are wildcards. */
export function compilePieces(pieces: readonly PatternPiece[], lowerCase = false): GlobPattern {
  const segments: GlobSegment[] = []
  let text = ''
  let any: boolean[] | null = null
  let hasWildcard = false
  const flush = () => {
    segments.push({ text, any })
    text = ''
    any = null
  }
  for (const piece of pieces) {
    const chunk = lowerCase ? piece.text.toLowerCase() : piece.text
    if (piece.literal) {
      if (any) for (let i = 0; i < chunk.length; i++) any.push(false)
      text += chunk
      continue
    }
    for (let i = 0; i < chunk.length; i++) {
      const c = chunk[i]!
      if (c === '*') {
        hasWildcard = true
        flush()
      } else if (c === '?') {
        hasWildcard = true
        any ??= Array.from({ length: text.length }, () => false)
        any.push(true)
        text += '?'
      } else {
        if (any) any.push(false)
        text += c
      }
    }
  }
  flush()
  return { segments, hasWildcard }
}

/** Compiles a plain pattern string in which every `*` and `?` is a wildcard. */
export function compileGlob(pattern: string, lowerCase = false): GlobPattern {
  return compilePieces([{ text: pattern, literal: false }], lowerCase)
}

function matchesAt(segment: GlobSegment, value: string, at: number): boolean {
  const { text, any } = segment
  if (at < 0 || at + text.length > value.length) return false
  if (!any) return value.startsWith(text, at)
  for (let i = 0; i < text.length; i++) {
    if (!any[i] && text.charCodeAt(i) !== value.charCodeAt(at + i)) return false
  }
  return true
}

/** Leftmost position >= from where `segment` matches and ends at or before `end`; -1 if none. */
function find(segment: GlobSegment, value: string, from: number, end: number): number {
  const last = end - segment.text.length
  if (last < from) return -1
  if (!segment.any) {
    const index = value.indexOf(segment.text, from)
    return index !== -1 && index <= last ? index : -1
  }
  for (let at = from; at <= last; at++) if (matchesAt(segment, value, at)) return at
  return -1
}

/** Whether `value` matches the compiled pattern (case as compiled: lower-case the value yourself). */
export function matchGlob(pattern: GlobPattern, value: string): boolean {
  const { segments } = pattern
  const first = segments[0]!
  if (segments.length === 1) return first.text.length === value.length && matchesAt(first, value, 0)
  const lastSegment = segments[segments.length - 1]!
  if (first.text.length + lastSegment.text.length > value.length) return false
  if (!matchesAt(first, value, 0)) return false
  const end = value.length - lastSegment.text.length
  if (!matchesAt(lastSegment, value, end)) return false
  let position = first.text.length
  for (let i = 1; i < segments.length - 1; i++) {
    const segment = segments[i]!
    if (segment.text.length === 0) continue
    const at = find(segment, value, position, end)
    if (at === -1) return false
    position = at + segment.text.length
  }
  return true
}

/** Convenience: `wildcardMatch('system:serviceaccount:*', sub)`. */
export function wildcardMatch(pattern: string, value: string, ignoreCase = false): boolean {
  return matchGlob(compileGlob(pattern, ignoreCase), ignoreCase ? value.toLowerCase() : value)
}

/** Whether a string holds an IAM wildcard character. */
export function hasWildcard(text: string): boolean {
  return text.includes('*') || text.includes('?')
}
