/**
 * The engine's public surface: the one module the UI, the tests and outside tools import.
 * Contract: shared/spec/engine-api.md. Pure, framework-free, JSON-serialisable data in and out.
 */
export { simulate } from './simulate'
export {
  prepareDocuments,
  primeDocuments,
  snapshotDocuments,
  type PreparedDocument,
  type ScenarioDocuments,
} from './simulate/prepare'
/**
 * Extension: the YAML library loads on first need (issue #18). `simulate()` awaits it itself; code
 * that parses YAML synchronously awaits `loadYamlLibrary()` first (src/engine/text/yamlLibrary.ts).
 */
export { loadYamlLibrary, yamlLibraryLoaded } from './text/yamlLibrary'
export { mutatePod } from './webhook'
export { generateClusterKey, issueServiceAccountToken } from './jwt'
export { evaluatePolicy } from './iam'
/**
 * Extension of the contract (extended, nothing renamed): `Finding.data` carries the values a
 * finding's sentence needs (claim, seconds, Sid, names…) next to its `code`; `Step.data` carries a
 * step's facts, and a skipped webhook step's reason as a code (`data.reasonCode`). Readers in any
 * language build sentences from code + data and never parse `message`/`detail` (English, kept for
 * headless users). See src/engine/README.md, "Facts as data".
 */
export type * from './types'
/**
 * Extension: typed steps (src/engine/steps.ts). Every step also carries `name` (its id without an
 * occurrence suffix); `EngineStep` is the union discriminated by it, `data` typed per name.
 */
export { findStep, isStep, notProvidedOf, STEP_KINDS } from './steps'
export type { AssumptionId, AssumptionRef } from './assumptions'
export type {
  EngineStep,
  IrsaStep,
  IrsaStepName,
  IrsaStepNamed,
  IrsaTrace,
  PodIdentityStep,
  PodIdentityStepName,
  PodIdentityStepNamed,
  StepName,
  UndecidedData,
  WebhookSkipCode,
} from './steps'
export type { FindingDefinition, FindingValue } from './finding'
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
export {
  subjectSet,
  subjectDiff,
  subjectSetDiff,
  admits,
  matchingEntries,
  inPatternSet,
  patternMatches,
  literalPattern,
  principalPrefix,
} from './iam/access'
export type {
  SubjectSet,
  AccessEntry,
  AccessRequirement,
  PatternSet,
  WebIdentity,
  AdmitResult,
  SubjectChange,
  SubjectDiff,
} from './iam/access'
