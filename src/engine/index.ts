/**
 * The engine's public surface: the one module the UI, the tests and outside tools import.
 * Contract: shared/spec/engine-api.md. Pure, framework-free, JSON-serialisable data in and out.
 */
export { simulate } from './simulate'
export { mutatePod } from './webhook'
export { generateClusterKey, issueServiceAccountToken } from './jwt'
export { evaluatePolicy } from './iam'
export type * from './types'
