/**
 * IAM policy variables: `${key}`, `${key, 'default'}` and the escapes `${*}`, `${?}`, `${$}`.
 *
 * Source: IAM User Guide, "IAM policy elements: Variables and tags" — variables are replaced only
 * when the policy's Version is 2012-10-17 (with 2008-10-17 they are literal text); they may appear
 * in Resource (after the fifth colon) and in the values of String and ARN condition operators; a key
 * that is absent (or multi-valued) makes the match fail unless a default is given; `${*}`, `${?}` and
 * `${$}` stand for a literal `*`, `?` and `$`.
 *
 * Assumptions (not stated by AWS): text substituted from the request or a default is literal (its
 * `*` and `?` are not wildcards), like the documented escapes; a malformed `${…` is literal text.
 */
import type { RequestContext } from './requestContext'
import type { PatternPiece } from './wildcard'

/** A value after substitution: `pieces` keeps which text came from the policy (wildcards active). */
export type ResolvedText =
  | { ok: true; text: string; pieces: PatternPiece[]; substituted: boolean }
  | { ok: false; variable: string }

const ESCAPES: Record<string, string> = { '*': '*', '?': '?', $: '$' }

interface VariableToken {
  /** Index just past the closing brace. */
  end: number
  escape?: string
  key?: string
  fallback?: string
}

function skipSpaces(text: string, i: number): number {
  while (text[i] === ' ') i++
  return i
}

/** Reads the variable starting at `start` (which points at `$`); undefined when malformed. */
function readVariable(text: string, start: number): VariableToken | undefined {
  let i = skipSpaces(text, start + 2)
  const c = text[i]
  if (c !== undefined && ESCAPES[c] !== undefined) {
    const close = skipSpaces(text, i + 1)
    if (text[close] === '}') return { end: close + 1, escape: ESCAPES[c] }
  }
  const keyStart = i
  while (i < text.length && text[i] !== ',' && text[i] !== '}' && text[i] !== "'") i++
  const key = text.slice(keyStart, i).trim()
  if (key === '' || key.includes(' ')) return undefined
  if (text[i] === '}') return { end: i + 1, key }
  if (text[i] !== ',') return undefined
  i = skipSpaces(text, i + 1)
  if (text[i] !== "'") return undefined
  const close = text.indexOf("'", i + 1)
  if (close === -1) return undefined
  const fallback = text.slice(i + 1, close)
  const brace = skipSpaces(text, close + 1)
  if (text[brace] !== '}') return undefined
  return { end: brace + 1, key, fallback }
}

/** Whether the text holds something that looks like a policy variable. */
export function hasVariable(text: string): boolean {
  return text.includes('${')
}

/**
 * Substitutes the policy variables of `text` from the request context. With `enabled` false
 * (Version 2008-10-17 or none) the text is returned unchanged.
 *
 * @example
 * resolveVariables("home/${aws:username, 'anonymous'}/*", ctx, true)
 */
export function resolveVariables(
  text: string,
  context: RequestContext,
  enabled: boolean,
): ResolvedText {
  if (!enabled || !text.includes('${')) {
    return { ok: true, text, pieces: [{ text, literal: false }], substituted: false }
  }
  const pieces: PatternPiece[] = []
  let plain = ''
  let out = ''
  let i = 0
  while (i < text.length) {
    const at = text.indexOf('${', i)
    if (at === -1) {
      plain += text.slice(i)
      break
    }
    const token = readVariable(text, at)
    if (!token) {
      plain += text.slice(i, at + 2)
      i = at + 2
      continue
    }
    plain += text.slice(i, at)
    let value: string
    if (token.escape !== undefined) {
      value = token.escape
    } else {
      const values = context.get(token.key!.toLowerCase())
      if (values && values.length === 1) value = values[0]!
      else if (token.fallback !== undefined) value = token.fallback
      else return { ok: false, variable: token.key! }
    }
    if (plain) pieces.push({ text: plain, literal: false })
    out += plain + value
    plain = ''
    pieces.push({ text: value, literal: true })
    i = token.end
  }
  if (plain) pieces.push({ text: plain, literal: false })
  out += plain
  return { ok: true, text: out, pieces, substituted: true }
}
