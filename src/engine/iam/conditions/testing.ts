/**
 * Test helper shared by the operator tables: evaluates one condition against a context.
 * (Not a test file itself; only imported by *.test.ts.)
 */
import type { ConditionTrace } from '../../types'
import { normalizeContext } from '../requestContext'
import { joinPointer } from '../../text/pointer'
import { evaluateCondition } from './evaluateCondition'

/** Evaluates `{ [operator]: { [key]: raw } }` against `context` (Version 2012-10-17). */
export function runCondition(
  operator: string,
  key: string,
  raw: unknown,
  context: Record<string, unknown>,
): ConditionTrace {
  return evaluateCondition(
    { operator, key, raw, pointer: joinPointer('/Statement/0/Condition', operator, key) },
    normalizeContext(context),
    true,
  )
}
