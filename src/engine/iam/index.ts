/**
 * Public surface of the IAM policy language (re-exported by `src/engine/index.ts`).
 */
export { evaluatePolicy, type EvaluatePolicyOptions } from './evaluatePolicy'
export {
  evaluatePermissions,
  type PermissionsDecision,
  type PermissionStatementTrace,
} from './evaluatePermissions'
export { lintTrustPolicy, type TrustLintOptions } from './lintTrustPolicy'
export {
  buildWebIdentityContext,
  providerKeyPrefix,
  type WebIdentityExtras,
} from './webIdentityContext'
export { iamPolicySchema, trustPolicySchema, type JsonSchema } from './schema'
export { IAM_FINDINGS, type IamFindingCode, type PolicySource } from './findings'
export { CONDITION_REASONS, ELEMENT_REASONS, VALUE_ERRORS, type ConditionReason } from './reasons'
export { CONDITION_OPERATORS, allOperatorSpellings, lookupOperator } from './conditions/registry'
export { parsePolicy } from './parse'
export { validatePolicy } from './validate'
export { wildcardMatch } from './wildcard'
