/**
 * Every condition operator IAM knows, in one registry. The JSON Schema (`../schema.ts`) derives its
 * operator enumeration from this list, so the editor and the evaluator cannot disagree.
 */
import { ARN_OPERATORS } from './arn'
import { BINARY_OPERATOR, BOOL_OPERATOR } from './bool'
import { DATE_OPERATORS } from './date'
import { IP_OPERATORS } from './ipAddress'
import { NULL_OPERATOR } from './null'
import { NUMERIC_OPERATORS } from './numeric'
import { parseOperatorName, type ConditionOperator, type ParsedOperatorName } from './operator'
import { STRING_OPERATORS } from './string'

/** The base operators, in the order of the IAM User Guide. */
export const CONDITION_OPERATORS: readonly ConditionOperator[] = [
  ...STRING_OPERATORS,
  ...NUMERIC_OPERATORS,
  ...DATE_OPERATORS,
  BOOL_OPERATOR,
  BINARY_OPERATOR,
  ...IP_OPERATORS,
  ...ARN_OPERATORS,
  NULL_OPERATOR,
]

const BY_NAME = new Map(CONDITION_OPERATORS.map((op) => [op.name, op]))

/** Finds a base operator by its exact (case-sensitive) name. */
export function findOperator(name: string): ConditionOperator | undefined {
  return BY_NAME.get(name)
}

const PARSED = new Map<string, ParsedOperatorName>()

/** Parses an operator name as written (cached: policies repeat the same few names). */
export function lookupOperator(written: string): ParsedOperatorName {
  let parsed = PARSED.get(written)
  if (!parsed) {
    parsed = parseOperatorName(written, findOperator)
    if (PARSED.size > 512) PARSED.clear()
    PARSED.set(written, parsed)
  }
  return parsed
}

/** Whether the parsed operator is a valid combination (Null takes neither IfExists nor a set prefix). */
export function isValidCombination(parsed: ParsedOperatorName): boolean {
  if (!parsed.operator) return false
  return parsed.operator.family !== 'Null' || (!parsed.ifExists && !parsed.setOperator)
}

/**
 * Every valid spelling: base, base+IfExists, and both with ForAnyValue:/ForAllValues:. Used for the
 * schema's autocomplete.
 */
export function allOperatorSpellings(): string[] {
  const names: string[] = []
  for (const prefix of ['', 'ForAnyValue:', 'ForAllValues:']) {
    for (const op of CONDITION_OPERATORS) {
      if (op.family === 'Null') {
        if (prefix === '') names.push(op.name)
        continue
      }
      names.push(prefix + op.name, prefix + op.name + 'IfExists')
    }
  }
  return names
}
