/**
 * EKS Pod Identity, simulated beside IRSA (shared/spec §8). `src/engine/index.ts` re-exports the
 * public part.
 */
export { simulatePodIdentity, POD_IDENTITY_STAGES } from './simulatePodIdentity'
export {
  podIdentityFromIrsa,
  podIdentityTokenInput,
  POD_IDENTITY_TRUST_POLICY,
  POD_IDENTITY_TOKEN_FILE,
  DEFAULT_CLUSTER_NAME,
} from './fromIrsa'
export {
  COMPARISON,
  COMPARISON_NOTES_EN,
  type ComparisonCell,
  type ComparisonRow,
} from './comparison'
export { POD_IDENTITY_FINDINGS, type PodIdentityFindingCode } from './findings'
export { EKS_AUTH_ERRORS } from './errors'
export {
  POD_IDENTITY_AUDIENCE,
  POD_IDENTITY_SERVICE,
  POD_IDENTITY_ACTIONS,
  SESSION_TAG_KEYS,
  POD_IDENTITY_ASSUMPTIONS,
  POD_IDENTITY_CREDENTIALS_SECONDS,
} from './constants'
export type {
  AgentCredentials,
  PodIdentityActor,
  PodIdentityAssociation,
  PodIdentityScenario,
  PodIdentityTrace,
} from './types'
