/**
 * ARN condition operators. Source: IAM User Guide, "Condition operators" → Amazon Resource Name (ARN)
 * condition operators: case-sensitive; "each of the six colon-delimited components of the ARN is
 * checked separately and each can include multi-character match wildcards (*) or single-character
 * match wildcards (?)". ArnEquals and ArnLike therefore behave the same.
 */
import { compilePieces, matchGlob, type GlobPattern, type PatternPiece } from '../wildcard'
import type { ConditionOperator } from './operator'

/** The number of components of an ARN: arn:partition:service:region:account:resource. */
export const ARN_PARTS = 6

/** Splits an ARN at its first five colons; undefined when it has fewer than six components. */
export function splitArn(arn: string): string[] | undefined {
  const parts: string[] = []
  let start = 0
  for (let i = 0; i < ARN_PARTS - 1; i++) {
    const colon = arn.indexOf(':', start)
    if (colon === -1) return undefined
    parts.push(arn.slice(start, colon))
    start = colon + 1
  }
  parts.push(arn.slice(start))
  return parts
}

/**
 * Splits pattern pieces at the first five colons of policy text (colons inside substituted,
 * literal text do not separate components) and compiles each component.
 */
export function compileArnPattern(pieces: readonly PatternPiece[]): GlobPattern[] | undefined {
  const parts: PatternPiece[][] = [[]]
  for (const piece of pieces) {
    if (piece.literal) {
      parts[parts.length - 1]!.push(piece)
      continue
    }
    let rest = piece.text
    let colon = rest.indexOf(':')
    while (colon !== -1 && parts.length < ARN_PARTS) {
      parts[parts.length - 1]!.push({ text: rest.slice(0, colon), literal: false })
      parts.push([])
      rest = rest.slice(colon + 1)
      colon = rest.indexOf(':')
    }
    parts[parts.length - 1]!.push({ text: rest, literal: false })
  }
  if (parts.length !== ARN_PARTS) return undefined
  return parts.map((part) => compilePieces(part))
}

/** Matches an ARN component by component. */
export function matchArn(pattern: readonly GlobPattern[], arn: string): boolean {
  const parts = splitArn(arn)
  if (!parts) return false
  for (let i = 0; i < ARN_PARTS; i++) if (!matchGlob(pattern[i]!, parts[i]!)) return false
  return true
}

function arnOperator(name: string, negated: boolean): ConditionOperator {
  return {
    name,
    family: 'Arn',
    negated,
    variables: true,
    compile(_value, pieces) {
      const pattern = compileArnPattern(pieces)
      if (!pattern) return 'value.not-an-arn'
      return (actual) => matchArn(pattern, actual)
    },
  }
}

/** ArnEquals, ArnLike, ArnNotEquals, ArnNotLike. */
export const ARN_OPERATORS: readonly ConditionOperator[] = [
  arnOperator('ArnEquals', false),
  arnOperator('ArnLike', false),
  arnOperator('ArnNotEquals', true),
  arnOperator('ArnNotLike', true),
]
