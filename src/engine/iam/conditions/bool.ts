/**
 * Bool and BinaryEquals. Source: IAM User Guide, "Condition operators" → Boolean condition operators
 * ("true" / "false", e.g. aws:SecureTransport) and Binary condition operators (base-64 values compared
 * byte for byte, i.e. as their base-64 text).
 */
import type { ConditionOperator } from './operator'

const BASE64 = /^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/

/** Reads an IAM Boolean value ("true"/"false", any case); undefined otherwise. */
export function parseBool(text: string): boolean | undefined {
  const folded = text.trim().toLowerCase()
  return folded === 'true' ? true : folded === 'false' ? false : undefined
}

/** `Bool`. */
export const BOOL_OPERATOR: ConditionOperator = {
  name: 'Bool',
  family: 'Bool',
  negated: false,
  variables: false,
  compile(value) {
    const expected = parseBool(value)
    if (expected === undefined) return 'value.not-a-boolean'
    return (actual) => parseBool(actual) === expected
  },
}

/** `BinaryEquals`. */
export const BINARY_OPERATOR: ConditionOperator = {
  name: 'BinaryEquals',
  family: 'Binary',
  negated: false,
  variables: false,
  compile(value) {
    const expected = value.trim()
    if (!BASE64.test(expected)) return 'value.not-base64'
    return (actual) => actual.trim() === expected
  },
}
