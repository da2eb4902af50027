/**
 * Subject and audience patterns in IAM `StringLike` syntax: `*` any run of characters, `?` one
 * character, and the escapes `${*}`, `${?}`, `${$}` for a literal `*`, `?` and `$` (IAM User Guide,
 * "IAM policy elements: Variables and tags"). A `StringEquals` value becomes a pattern with its
 * wildcard characters escaped, so one syntax describes both operators exactly.
 */
import { normalizeContext } from '../requestContext'
import { resolveVariables } from '../variables'
import { compilePieces, matchGlob, type GlobPattern, type PatternPiece } from '../wildcard'

const EMPTY = normalizeContext({})
const COMPILED = new Map<string, GlobPattern>()

/** Writes pattern pieces in StringLike syntax (literal pieces escaped). */
export function piecesToPattern(pieces: readonly PatternPiece[]): string {
  const whole = pieces.length === 1 ? pieces[0]!.text : pieces.map((piece) => piece.text).join('')
  if (!/[*?$]/.test(whole)) return whole
  let out = ''
  let at = 0
  for (const piece of pieces) {
    for (let i = 0; i < piece.text.length; i++, at++) {
      const c = piece.text[i]!
      if (piece.literal && (c === '*' || c === '?')) out += '${' + c + '}'
      else if (c === '$' && whole[at + 1] === '{') out += '${$}'
      else out += c
    }
  }
  return out
}

/** A literal value as a pattern that matches exactly that value. */
export function literalPattern(value: string): string {
  return piecesToPattern([{ text: value, literal: true }])
}

/** The compiled form of a pattern (cached). */
export function compilePattern(pattern: string): GlobPattern {
  let compiled = COMPILED.get(pattern)
  if (!compiled) {
    const resolved = resolveVariables(pattern, EMPTY, true)
    compiled = compilePieces(resolved.ok ? resolved.pieces : [{ text: pattern, literal: true }])
    if (COMPILED.size > 4096) COMPILED.clear()
    COMPILED.set(pattern, compiled)
  }
  return compiled
}

/** Whether a value matches a pattern. */
export function patternMatches(pattern: string, value: string): boolean {
  return matchGlob(compilePattern(pattern), value)
}

/** The value a pattern without wildcards stands for; undefined when it holds a wildcard. */
export function patternLiteral(pattern: string): string | undefined {
  const compiled = compilePattern(pattern)
  if (compiled.hasWildcard) return undefined
  return compiled.segments[0]?.text ?? ''
}

/** Concrete values of a pattern: each wildcard filled with `filler` (`?` with its first character or 'x'). */
export function instantiate(pattern: string, filler: string): string {
  const compiled = compilePattern(pattern)
  const one = filler.length > 0 ? filler[0]! : 'x'
  return compiled.segments
    .map((segment) =>
      segment.any
        ? [...segment.text].map((c, i) => (segment.any![i] ? one : c)).join('')
        : segment.text,
    )
    .join(filler)
}
