/** The account audit: read account output, analyse every role, export. */
export { readAccountInput, mergeAccountInputs, MAX_ACCOUNT_INPUT } from './input'
export {
  auditAccount,
  auditRole,
  providerIndex,
  compareRisk,
  serviceAccountOf,
  TRUST_POLICY_LIMIT,
} from './audit'
export { reportJson, reportCsv } from './exportReport'
export { roleScenario, roleScenarioOptions } from './roleScenario'
export type * from './types'
