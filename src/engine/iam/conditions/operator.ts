/**
 * The shape shared by every condition operator, and the parsing of an operator name into its
 * set prefix (`ForAnyValue:` / `ForAllValues:`), base operator and `IfExists` suffix.
 *
 * Source: IAM User Guide, "IAM JSON policy elements: Condition operators" and "Multivalued context keys".
 */
import type { PatternPiece } from '../wildcard'

/** Operator families, one file each in this folder. */
export type OperatorFamily =
  'String' | 'Numeric' | 'Date' | 'Bool' | 'Binary' | 'IpAddress' | 'Arn' | 'Null'

/** The positive test of one policy value against one request value. */
export type ValueTest = (requestValue: string) => boolean

/** One base condition operator, e.g. `StringLike`. */
export interface ConditionOperator {
  /** The AWS spelling, e.g. 'StringNotEqualsIgnoreCase'. */
  readonly name: string
  readonly family: OperatorFamily
  /** Negated operators (`StringNotEquals`, `NotIpAddress`, …) are true when no value matches. */
  readonly negated: boolean
  /** Whether policy variables are replaced in this operator's values (String and ARN only). */
  readonly variables: boolean
  /**
   * Builds the positive test for one policy value (already variable-substituted; `pieces` tell
   * literal text from wildcards). A string result is a machine-readable error, e.g. 'value.not-a-date'.
   */
  compile(value: string, pieces: readonly PatternPiece[]): ValueTest | string
}

/** The set operators for multivalued context keys. */
export type SetOperator = 'ForAnyValue' | 'ForAllValues'

/** An operator name taken apart. `operator` is undefined when the base name is unknown. */
export interface ParsedOperatorName {
  written: string
  setOperator?: SetOperator
  ifExists: boolean
  /** The base name as written, without prefix and suffix. */
  baseName: string
  operator?: ConditionOperator
}

const SET_PREFIXES: readonly SetOperator[] = ['ForAnyValue', 'ForAllValues']
const IF_EXISTS = 'IfExists'

/**
 * Takes an operator name apart. Matching is case-sensitive, as IAM's: CreateRole rejects
 * `stringEquals` with "MalformedPolicyDocument: Invalid Condition type : stringEquals"
 * (observed, ministryofjustice/modernisation-platform-environments PR #8893).
 */
export function parseOperatorName(
  written: string,
  lookup: (baseName: string) => ConditionOperator | undefined,
): ParsedOperatorName {
  let rest = written
  let setOperator: SetOperator | undefined
  for (const prefix of SET_PREFIXES) {
    if (rest.startsWith(prefix + ':')) {
      setOperator = prefix
      rest = rest.slice(prefix.length + 1)
      break
    }
  }
  let operator = lookup(rest)
  let ifExists = false
  if (!operator && rest.endsWith(IF_EXISTS)) {
    const base = rest.slice(0, -IF_EXISTS.length)
    const found = lookup(base)
    if (found) {
      operator = found
      ifExists = true
      rest = base
    }
  }
  const parsed: ParsedOperatorName = { written, ifExists, baseName: rest }
  if (setOperator) parsed.setOperator = setOperator
  if (operator) parsed.operator = operator
  return parsed
}
