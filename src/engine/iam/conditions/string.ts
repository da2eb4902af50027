/**
 * String condition operators. Source: IAM User Guide, "Condition operators" → String condition
 * operators: StringEquals is exact and case-sensitive, the IgnoreCase variants fold case, and only
 * StringLike/StringNotLike treat `*` and `?` as wildcards (elsewhere they are literal characters).
 */
import { compilePieces, matchGlob } from '../wildcard'
import type { ConditionOperator } from './operator'

const equals = (value: string) => (actual: string) => actual === value
const equalsIgnoreCase = (value: string) => {
  const folded = value.toLowerCase()
  return (actual: string) => actual.toLowerCase() === folded
}

function like(_value: string, pieces: Parameters<ConditionOperator['compile']>[1]) {
  const pattern = compilePieces(pieces)
  return (actual: string) => matchGlob(pattern, actual)
}

/** The six String operators. */
export const STRING_OPERATORS: readonly ConditionOperator[] = [
  { name: 'StringEquals', family: 'String', negated: false, variables: true, compile: equals },
  { name: 'StringNotEquals', family: 'String', negated: true, variables: true, compile: equals },
  {
    name: 'StringEqualsIgnoreCase',
    family: 'String',
    negated: false,
    variables: true,
    compile: equalsIgnoreCase,
  },
  {
    name: 'StringNotEqualsIgnoreCase',
    family: 'String',
    negated: true,
    variables: true,
    compile: equalsIgnoreCase,
  },
  { name: 'StringLike', family: 'String', negated: false, variables: true, compile: like },
  { name: 'StringNotLike', family: 'String', negated: true, variables: true, compile: like },
]
