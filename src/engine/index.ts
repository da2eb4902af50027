/**
 * The engine's public surface: the one module the UI, the tests and outside tools import.
 * Contract: shared/spec/engine-api.md. Pure, framework-free, JSON-serialisable data in and out.
 */
export { simulate } from './simulate'
export { prepareDocuments, type ScenarioDocuments } from './simulate/prepare'
export { mutatePod } from './webhook'
export { generateClusterKey, issueServiceAccountToken } from './jwt'
export { evaluatePolicy } from './iam'
export type * from './types'
export {
  simulatePodIdentity,
  podIdentityFromIrsa,
  podIdentityTokenInput,
  COMPARISON,
  COMPARISON_NOTES_EN,
  POD_IDENTITY_TRUST_POLICY,
} from './podIdentity'
export type {
  PodIdentityScenario,
  PodIdentityTrace,
  PodIdentityAssociation,
  AgentCredentials,
  ComparisonRow,
  ComparisonCell,
} from './podIdentity'
export { buildTimeline, buildTimelineWithFindings } from './timeline'
export type { TimelineEvent, TimelineEventKind, TimelineOptions, SdkName } from './timeline'
export type { ContainerCredentialsConfig, WebhookConfigWithContainerCredentials } from './webhook'
