/**
 * Evaluates one condition (operator + key + values) against the request context, with a trace of
 * every value. Source: IAM User Guide, "Condition element" ("values ORed"), "Condition operators"
 * (…IfExists, negated operators, Null) and "Multivalued context keys" (ForAnyValue / ForAllValues,
 * including their results on an absent key or empty set).
 *
 * Semantics (all documented by AWS unless marked):
 * - key absent (or an empty set): positive → false, negated → true, IfExists → true,
 *   ForAnyValue → false, ForAllValues → true;
 * - no set operator and several request values: true when any request value matches (negated: none
 *   matches) — assumption: how IAM treats a single-valued operator on a multivalued key;
 * - ForAnyValue: some request value satisfies the operator; ForAllValues: every one does. For
 *   negated bases, "satisfies" means matches no policy value.
 * - an empty-string value is a null data set ("Multivalued context keys": ForAllValues "also
 *   returns true if … the context key value resolves to a null data set, such as an empty
 *   string", ForAnyValue returns false for it; "Condition operators" → Null: `false` means "the
 *   key exists and its value is not null"): ForAllValues → true, ForAnyValue → false, and Null
 *   treats the key as absent. Single-valued operators still compare the empty string.
 */
import type { ConditionTrace, ConditionValueTrace } from '../../types'
import { joinPointer } from '../../text/pointer'
import { CONDITION_REASONS as R, VALUE_ERRORS } from '../reasons'
import type { RequestContext } from '../requestContext'
import { resolveVariables } from '../variables'
import type { ValueTest } from './operator'
import { isValidCombination, lookupOperator } from './registry'

/** Policy values of a condition key: the scalar or each array element, with pointers. */
export function conditionValues(
  raw: unknown,
  keyPointer: string,
): { value: unknown; pointer: string }[] {
  if (Array.isArray(raw))
    return raw.map((value, i) => ({ value, pointer: joinPointer(keyPointer, i) }))
  return [{ value: raw, pointer: keyPointer }]
}

/** The text of a scalar condition value ("true", "42"); undefined for null, objects, arrays. */
export function scalarValueText(value: unknown): string | undefined {
  if (typeof value === 'string') return value
  if (typeof value === 'number' && Number.isFinite(value)) return String(value)
  if (typeof value === 'boolean') return value ? 'true' : 'false'
  return undefined
}

/** Inputs of one condition. */
export interface ConditionInput {
  operator: string
  key: string
  /** The raw JSON value under the key (scalar or array). */
  raw: unknown
  /** Pointer to the key, e.g. '/Statement/0/Condition/StringEquals/x:sub'. */
  pointer: string
}

/** Evaluates one condition. Never throws. */
export function evaluateCondition(
  input: ConditionInput,
  context: RequestContext,
  variablesEnabled: boolean,
): ConditionTrace {
  const parsed = lookupOperator(input.operator)
  const requestValues = context.get(input.key.toLowerCase())
  const trace = (
    matched: boolean,
    reason: string,
    values: ConditionValueTrace[],
  ): ConditionTrace => {
    const result: ConditionTrace = {
      pointer: input.pointer,
      operator: input.operator,
      key: input.key,
      matched,
      reason,
      values,
    }
    if (requestValues !== undefined) result.requestValues = [...requestValues]
    return result
  }
  const valueTraces: ConditionValueTrace[] = conditionValues(input.raw, input.pointer).map(
    ({ value, pointer }) => ({ pointer, value, matched: false }),
  )
  const operator = parsed.operator
  if (!operator) return trace(false, R.unknownOperator, valueTraces)
  if (!isValidCombination(parsed)) return trace(false, R.invalidOperator, valueTraces)

  // Compile each policy value into a positive test.
  const tests: (ValueTest | undefined)[] = valueTraces.map((valueTrace) => {
    const text = scalarValueText(valueTrace.value)
    if (text === undefined) {
      valueTrace.error = VALUE_ERRORS.notAScalar
      return undefined
    }
    const resolved = resolveVariables(text, context, variablesEnabled && operator.variables)
    if (!resolved.ok) {
      valueTrace.error = VALUE_ERRORS.variableUnresolved
      return undefined
    }
    if (resolved.substituted) valueTrace.resolved = resolved.text
    const test = operator.compile(resolved.text, resolved.pieces)
    if (typeof test === 'string') {
      valueTrace.error = test
      return undefined
    }
    return test
  })

  const present = requestValues !== undefined && requestValues.length > 0
  /** Present, but every value is the empty string: a null data set. */
  const nullDataSet = present && requestValues.every((v) => v === '')

  if (operator.family === 'Null') {
    let any = false
    valueTraces.forEach((valueTrace) => {
      if (valueTrace.error) return
      const wantsAbsent = scalarValueText(valueTrace.value)!.trim().toLowerCase() === 'true'
      valueTrace.matched = wantsAbsent !== (present && !nullDataSet)
      any ||= valueTrace.matched
    })
    if (nullDataSet) return trace(any, R.nullEmptyString, valueTraces)
    return trace(any, any ? R.nullMatched : R.nullNotMatched, valueTraces)
  }

  if (nullDataSet && parsed.setOperator === 'ForAllValues')
    return trace(true, R.forAllValuesEmptyString, valueTraces)
  if (nullDataSet && parsed.setOperator === 'ForAnyValue')
    return trace(false, R.forAnyValueEmptyString, valueTraces)

  if (!present) {
    if (parsed.setOperator === 'ForAllValues') return trace(true, R.forAllValuesEmpty, valueTraces)
    if (parsed.ifExists) return trace(true, R.absentIfExists, valueTraces)
    if (parsed.setOperator === 'ForAnyValue') return trace(false, R.forAnyValueEmpty, valueTraces)
    if (operator.negated) return trace(true, R.negatedAbsent, valueTraces)
    return trace(false, R.keyAbsent, valueTraces)
  }

  // Positive comparison of each request value with every policy value (values ORed).
  const positive = requestValues.map((requestValue) => {
    let hit = false
    tests.forEach((test, i) => {
      if (!test || !test(requestValue)) return
      hit = true
      const valueTrace = valueTraces[i]!
      if (!valueTrace.matched) {
        valueTrace.matched = true
        valueTrace.matchedRequestValue = requestValue
      }
    })
    return hit
  })
  const satisfies = positive.map((hit) => (operator.negated ? !hit : hit))

  if (parsed.setOperator === 'ForAnyValue') {
    const ok = satisfies.some(Boolean)
    return trace(ok, ok ? R.forAnyValueMatched : R.forAnyValueNoneMatched, valueTraces)
  }
  if (parsed.setOperator === 'ForAllValues') {
    const ok = satisfies.every(Boolean)
    return trace(ok, ok ? R.forAllValuesMatched : R.forAllValuesUnmatchedValue, valueTraces)
  }
  const anyHit = positive.some(Boolean)
  if (operator.negated) {
    return trace(!anyHit, anyHit ? R.negatedValueMatched : R.negatedNoneMatched, valueTraces)
  }
  return trace(anyHit, anyHit ? R.matched : R.noValueMatched, valueTraces)
}
