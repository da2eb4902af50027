/**
 * Policy documents as IAM hands them out: the AWS CLI decodes them into objects, but the IAM API
 * itself (and SDKs that pass it through, or `--output text`) returns the JSON URL-encoded,
 * e.g. `%7B%22Version%22%3A%222012-10-17%22…`.
 */

export interface PolicyText {
  /** The document as JSON text (pretty-printed when it came as an object or parses). */
  text: string
  /** The document came URL-encoded and was decoded. */
  urlDecoded: boolean
  /** The document parsed as a JSON object. */
  value?: Record<string, unknown>
}

const pretty = (value: unknown) => JSON.stringify(value, null, 2)

function parseObject(text: string): Record<string, unknown> | undefined {
  try {
    const value: unknown = JSON.parse(text)
    return value && typeof value === 'object' && !Array.isArray(value)
      ? (value as Record<string, unknown>)
      : undefined
  } catch {
    return undefined
  }
}

/** `%XX` escapes and no raw JSON punctuation: what a URL-encoded document looks like. */
export function looksUrlEncoded(text: string): boolean {
  return /%[0-9A-Fa-f]{2}/.test(text) && !/^\s*[{[]/.test(text)
}

/** Decodes a URL-encoded document; undefined when it is not valid percent-encoding. */
export function urlDecode(text: string): string | undefined {
  try {
    const decoded = decodeURIComponent(text.trim())
    if (parseObject(decoded) || !decoded.includes('+')) return decoded
    // Form encoding (`+` for a space), as some encoders write it.
    return decodeURIComponent(text.trim().replace(/\+/g, '%20'))
  } catch {
    return undefined
  }
}

/**
 * A policy document from whatever shape IAM output gave it: an object, JSON text, or
 * URL-encoded JSON text. Undefined for anything else.
 */
export function policyText(document: unknown): PolicyText | undefined {
  if (document && typeof document === 'object' && !Array.isArray(document))
    return {
      text: pretty(document),
      urlDecoded: false,
      value: document as Record<string, unknown>,
    }
  if (typeof document !== 'string' || document.trim() === '') return undefined
  const decoded = looksUrlEncoded(document) ? urlDecode(document) : undefined
  const text = decoded ?? document
  const value = parseObject(text)
  return { text: value ? pretty(value) : text, urlDecoded: decoded !== undefined, value }
}

/** Whether a policy reads as a role trust policy (who may assume) rather than a permission policy. */
export function isTrustPolicy(policy: Record<string, unknown>): boolean {
  const statements = Array.isArray(policy.Statement) ? policy.Statement : [policy.Statement]
  return statements.some((s) => {
    if (!s || typeof s !== 'object') return false
    const st = s as Record<string, unknown>
    const actions = ([] as unknown[]).concat(st.Action ?? [])
    return (
      'Principal' in st ||
      'NotPrincipal' in st ||
      actions.some((a) => typeof a === 'string' && /^sts:AssumeRole/i.test(a))
    )
  })
}
