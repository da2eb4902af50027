/**
 * Who can assume a role (the exact subject set of a trust policy), whether it admits an identity,
 * and what an edit changes. Public through `src/engine/index.ts`.
 */
export { subjectSet, principalPrefix } from './subjectSet'
export { admits, matchingEntries, inPatternSet } from './admits'
export { subjectDiff, subjectSetDiff } from './diff'
export { patternMatches, literalPattern } from './pattern'
export type * from './types'
