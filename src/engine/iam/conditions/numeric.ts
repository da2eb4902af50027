/**
 * Numeric condition operators. Source: IAM User Guide, "Condition operators" → Numeric condition
 * operators (integer or decimal values; a request value that is not a number never matches).
 */
import type { ConditionOperator } from './operator'

const NUMBER = /^[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?$/

/** Parses an IAM numeric value; undefined when it is not a number. */
export function parseNumber(text: string): number | undefined {
  const trimmed = text.trim()
  if (!NUMBER.test(trimmed)) return undefined
  const value = Number(trimmed)
  return Number.isFinite(value) ? value : undefined
}

function numeric(
  name: string,
  negated: boolean,
  test: (actual: number, expected: number) => boolean,
) {
  const operator: ConditionOperator = {
    name,
    family: 'Numeric',
    negated,
    variables: false,
    compile(value) {
      const expected = parseNumber(value)
      if (expected === undefined) return 'value.not-a-number'
      return (actual) => {
        const parsed = parseNumber(actual)
        return parsed !== undefined && test(parsed, expected)
      }
    },
  }
  return operator
}

/** NumericEquals … NumericGreaterThanEquals. */
export const NUMERIC_OPERATORS: readonly ConditionOperator[] = [
  numeric('NumericEquals', false, (a, e) => a === e),
  numeric('NumericNotEquals', true, (a, e) => a === e),
  numeric('NumericLessThan', false, (a, e) => a < e),
  numeric('NumericLessThanEquals', false, (a, e) => a <= e),
  numeric('NumericGreaterThan', false, (a, e) => a > e),
  numeric('NumericGreaterThanEquals', false, (a, e) => a >= e),
]
