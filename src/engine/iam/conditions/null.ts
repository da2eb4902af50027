/**
 * The Null operator. Source: IAM User Guide, "Condition operators" → Condition operator to check
 * existence of condition keys: `true` means the key must be absent, `false` that it must be present.
 * It has no IfExists form and the evaluator handles it before any value comparison.
 */
import { parseBool } from './bool'
import type { ConditionOperator } from './operator'

/** `Null`: `compile` only validates the value; presence is decided in evaluateCondition. */
export const NULL_OPERATOR: ConditionOperator = {
  name: 'Null',
  family: 'Null',
  negated: false,
  variables: false,
  compile(value) {
    const expected = parseBool(value)
    if (expected === undefined) return 'value.not-a-boolean'
    return (actual) => parseBool(actual) === expected
  },
}
