/**
 * Grammar of the Condition element: known operators (case-sensitive), Null without IfExists or set
 * prefix, "prefix:name" keys, scalar values valid for their operator, and policy variables only where
 * IAM replaces them. Source: IAM User Guide, "Condition element", "Condition operators",
 * "Variables and tags".
 */
import { joinPointer } from '../text/pointer'
import { conditionValues, scalarValueText } from './conditions/evaluateCondition'
import { lookupOperator } from './conditions/registry'
import { VARIABLES_VERSION } from './constants'
import { isRecord } from './parse'
import type { Reporter } from './validate'
import { hasVariable, resolveVariables } from './variables'

const NO_CONTEXT = new Map<string, string[]>()

const typeName = (value: unknown) =>
  value === null ? 'null' : Array.isArray(value) ? 'array' : typeof value

/** Validates a statement's `Condition` element. */
export function validateCondition(
  r: Reporter,
  value: unknown,
  pointer: string,
  variablesEnabled: boolean,
  version?: string,
) {
  if (!isRecord(value)) {
    r.report(
      'policy.condition.invalid',
      `Condition must be an object of operators, not ${typeName(value)}.`,
      pointer,
    )
    return
  }
  for (const [operatorName, block] of Object.entries(value)) {
    const operatorPointer = joinPointer(pointer, operatorName)
    const parsed = lookupOperator(operatorName)
    const operator = parsed.operator
    if (!operator) {
      r.report(
        'policy.condition.unknown-operator',
        `"${operatorName}" is not an IAM condition operator.`,
        operatorPointer,
      )
    } else if (operator.family === 'Null' && (parsed.ifExists || parsed.setOperator)) {
      r.report(
        'policy.condition.invalid-operator',
        `Null takes neither IfExists nor a set operator.`,
        operatorPointer,
      )
    }
    if (!isRecord(block)) {
      r.report(
        'policy.condition.invalid',
        `"${operatorName}" must map condition keys to values.`,
        operatorPointer,
      )
      continue
    }
    for (const [key, raw] of Object.entries(block)) {
      const keyPointer = joinPointer(operatorPointer, key)
      if (!/^[^:\s]+:.+$/.test(key)) {
        r.report(
          'policy.condition.invalid-key',
          `"${key}" is not a condition key ("prefix:name").`,
          keyPointer,
        )
      }
      if (Array.isArray(raw) && raw.length === 0) {
        r.report(
          'policy.condition.empty-values',
          `No values for "${key}": the condition cannot match.`,
          keyPointer,
        )
      }
      for (const { value: item, pointer: itemPointer } of conditionValues(raw, keyPointer)) {
        const text = scalarValueText(item)
        if (text === undefined) {
          r.report(
            'policy.condition.invalid-value',
            `Condition values must be strings, numbers or booleans.`,
            itemPointer,
          )
          continue
        }
        if (!operator) continue
        if (hasVariable(text) && !operator.variables && variablesEnabled) {
          r.report(
            'policy.condition.variables-not-supported',
            `${operator.name} does not replace policy variables: "${text}" is compared literally.`,
            itemPointer,
          )
        }
        if (hasVariable(text) && !variablesEnabled && operator.variables) {
          r.report(
            'policy.version.variables-ignored',
            `Policy variables need Version ${VARIABLES_VERSION}; with ${version ?? 'no Version'} "${text}" is literal text.`,
            itemPointer,
          )
        }
        // Values with variables are checked at evaluation time; others now.
        const resolved = resolveVariables(text, NO_CONTEXT, false)
        if (resolved.ok && !(operator.variables && variablesEnabled && hasVariable(text))) {
          const compiled = operator.compile(resolved.text, resolved.pieces)
          if (typeof compiled === 'string') {
            r.report(
              'policy.condition.invalid-value',
              `"${text}" is not valid for ${operator.name} (${compiled}).`,
              itemPointer,
            )
          }
        }
      }
    }
  }
}
