/**
 * Typed steps: one name per step, `data` typed per name (issue #14). Inside the project a step is
 * an `EngineStep`, a union discriminated by `name`; the public contract (`Step` in types.ts,
 * shared/spec/engine-api.md) keeps `id`, `kind: string` and a loose `data`, and every
 * `EngineStep` is a `Step` (only narrower), so nothing outside changes.
 *
 * Mapping to the contract (also in src/engine/README.md, "Step names"):
 * - `name` is the step's `id` without its occurrence suffix: `trust.statement.0` → `trust.statement`,
 *   `trust.condition.0.1` → `trust.condition`, Pod Identity's `trust.action.sts:AssumeRole` →
 *   `trust.action`, `trust.role.1` → `trust.role`. For every other step `name` = `id`.
 * - `kind` keeps its published value (`STEP_KINDS` below: `webhook.mutate` has kind
 *   `webhook.inject`, `trust.evaluate` has `trust.decision`, …); readers switch on `name` only.
 *
 * The data types are `type` aliases (not interfaces) so that they stay assignable to the
 * contract's `Record<string, unknown>`.
 */
import type { DiscoveryDocument, KeySelectionReason } from './oidc'
import type { TimeCheck } from './sts/timeClaims'
import type {
  ConditionTrace,
  ConditionValueTrace,
  ElementMatch,
  JsonPatchOperation,
  NotProvidedInput,
  PolicyDecisionKind,
  PolicyRequest,
  StatementTrace,
  Step,
  StsError,
  Trace,
} from './types'
import type { AssumptionRef } from './assumptions'
import type { AgentCredentials } from './podIdentity/types'
import { SKIP_REASONS, type SkipReasonCode } from './webhook/mutatePod'
import { NOT_PROVIDED_INPUTS } from './simulate/notProvided'

/** A skipped webhook's reason as a code: `webhook/mutatePod.ts` SKIP_REASONS keys, or `existing`. */
export type WebhookSkipCode = SkipReasonCode

/** `PodMutation.reasonCode` (a string in the contract) as a skip code. */
export function webhookSkipCode(code: string | undefined): WebhookSkipCode | undefined {
  if (code === 'existing') return code
  return code !== undefined && Object.hasOwn(SKIP_REASONS, code)
    ? (code as keyof typeof SKIP_REASONS)
    : undefined
}

// ---------------------------------------------------------------------------------------------
// The data of each step (IRSA chain; Pod Identity below). Optional fields: the step's outcome
// decides which are present (e.g. a failing lookup has no `arn`).

export type WebhookStepData = {
  /** A running pod (uid, creation time or status): the webhook acted only at CREATE. */
  existing?: true
  /** With `existing`: the webhook would inject something into a new pod. */
  wouldInject?: boolean
  skipped?: boolean
  /** English, for headless readers; readers in any language use `reasonCode`. */
  reason?: string
  reasonCode?: WebhookSkipCode
  patch?: JsonPatchOperation[]
  /** IRSA: the pod the webhook was given (the scenario's, or the minimal pod: `defaultPod`). */
  pod?: object
  /** IRSA: the pod after the patch (the input when skipped). */
  mutatedPod?: object
  /** IRSA: the scenario has no pod; `pod` is the minimal one that uses the ServiceAccount. */
  defaultPod?: boolean
}

export type KubeletStepData = { sub?: unknown; aud?: unknown; exp?: unknown }

export type SdkStepData = {
  /** Without web identity: the container's environment and the node-role fallback. */
  env?: Record<string, string>
  fallback?: 'imds'
  nodeRoleArn?: string
  nodeSessionArn?: string
  /** With web identity: what the SDK will send. */
  roleArn?: string
  roleSessionName?: string
  durationSeconds?: number
  tokenFile?: string
  region?: string
}

export type StsRequestStepData = {
  endpoint: string
  roleArn: string
  roleSessionName: string
  durationSeconds?: number
}

export type TokenStepData = { header: Record<string, unknown>; payload: Record<string, unknown> }

export type ProviderStepData = {
  issuer: string
  /** Found: the provider's ARN and index. */
  arn?: string
  index?: number
  /** Not found: the ARN STS looked for, in the role's account. */
  expectedArn?: string
  account?: string
}

export type AudienceStepData = {
  /** A claim the token lacks (`aud` or `sub`). */
  missingClaim?: 'aud' | 'sub'
  audiences?: string[]
  clientIds?: string[]
  matched?: string
}

/** Why discovery cannot succeed: the issuer is not an HTTPS URL, or not the scenario's cluster. */
export type DiscoveryUnreachable = 'invalidIssuer' | 'otherCluster'

export type DiscoveryStepData = {
  url: string
  unreachable?: DiscoveryUnreachable
  document?: DiscoveryDocument
}

export type JwksStepData = { url: string; keys?: number }

export type KeyStepData = { reason: KeySelectionReason; candidates: number; kid?: unknown }

export type SignatureStepData = { alg?: string; code?: string }

export type TimeStepData = { now: number; skewSeconds: number; checks: TimeCheck[] }

export type RoleStepData = {
  arn?: string
  account?: string
  index?: number
  trustPolicySize?: number
  quota?: number
  /** IAM refuses to save the trust policy (over the ACLSizePerRole quota). */
  iamError?: StsError & { operation: string }
}

export type StatementStepData = {
  effect: StatementTrace['effect']
  /** The statement's name in sentences: its Sid, else its index. */
  name: string
  matched: boolean
  principal: ElementMatch
  action: ElementMatch
}

export type ConditionStepData = {
  operator: string
  key: string
  requestValues?: string[]
  values: ConditionValueTrace[]
  reason: ConditionTrace['reason']
}

export type TrustStepData = { decision: PolicyDecisionKind; context: PolicyRequest['context'] }

export type DurationStepData = { requested: number; max: number }

export type CredentialsStepData = { expiration: string; accessKeyId: string; provider: string }

export type CallStepData = {
  action: string
  resource: string
  decision: PolicyDecisionKind
  error?: StsError
  /** sts:AssumeRole on the role itself: its trust policy decided. */
  selfAssume?: true
  /** No web identity: the call ran as the node role. */
  nodeRoleArn?: string
  principal?: string
  /** Pod Identity: the request context (session tags as aws:PrincipalTag/…). */
  context?: PolicyRequest['context']
}

/** Step name → data, for the IRSA chain. */
export interface IrsaStepData {
  'webhook.mutate': WebhookStepData
  'kubelet.token': KubeletStepData
  'sdk.credential-chain': SdkStepData
  'sts.request': StsRequestStepData
  'sts.token': TokenStepData
  'iam.provider': ProviderStepData
  'sts.audience': AudienceStepData
  'oidc.discovery': DiscoveryStepData
  'oidc.jwks': JwksStepData
  'jwt.key': KeyStepData
  'jwt.signature': SignatureStepData
  'jwt.time': TimeStepData
  'iam.role': RoleStepData
  'trust.statement': StatementStepData
  'trust.condition': ConditionStepData
  'trust.evaluate': TrustStepData
  'sts.duration': DurationStepData
  'sts.credentials': CredentialsStepData
  'api.call': CallStepData
}

// ---------------------------------------------------------------------------------------------
// EKS Pod Identity

export type PodIdentitySdkStepData = {
  env?: Record<string, string>
  fullUri?: string
  tokenFile?: string
}

export type AgentRequestStepData = { host: string; fullUri?: string }

export type EksAuthCallStepData = { method: 'POST'; path: string; region?: string }

export type EksAuthTokenStepData = { alg: string; kid?: string }

export type EksAuthAudienceStepData = { audiences: string[] }

export type EksAuthTimeStepData = { now: number; checks: TimeCheck[] }

export type AssociationStepData = {
  namespace: string
  serviceAccount: string
  cluster: string
  associationId?: string
  associationArn?: string
  roleArn?: string
}

/** One action of the trust policy evaluated for EKS Auth (sts:AssumeRole, sts:TagSession). */
export type TrustActionStepData = {
  action: string
  decision: PolicyDecisionKind
  principal: PolicyRequest['principal']
  context: PolicyRequest['context']
  statements: StatementTrace[]
}

export type PodIdentityTrustStepData = {
  roleArn: string
  sessionTags: Record<string, string> | undefined
}

export type EksAuthCredentialsStepData = {
  /** The AssumeRoleForPodIdentity response body. */
  response: {
    subject: { namespace: string; serviceAccount: string }
    audience: string
    podIdentityAssociation: { associationArn: string; associationId: string }
    assumedRoleUser: { arn: string; assumeRoleId: string }
    credentials: {
      accessKeyId: string
      secretAccessKey: string
      sessionToken: string
      expiration: string
    }
  }
  sessionTags: Record<string, string> | null
  sessionName: string
}

export type AgentResponseStepData = { body: AgentCredentials | undefined }

/** Step name → data, for the EKS Pod Identity chain. */
export interface PodIdentityStepData {
  'webhook.mutate': WebhookStepData
  'kubelet.token': KubeletStepData
  'sdk.credential-chain': PodIdentitySdkStepData
  'agent.request': AgentRequestStepData
  'agent.assume-role-for-pod-identity': EksAuthCallStepData
  'eksauth.signature': EksAuthTokenStepData
  'eksauth.audience': EksAuthAudienceStepData
  'eksauth.time': EksAuthTimeStepData
  'eksauth.association': AssociationStepData
  /** A role of the association the scenario lacks (kind `iam.role-lookup`). */
  'trust.role': Record<string, never>
  'trust.action': TrustActionStepData
  'trust.target-action': TrustActionStepData
  'trust.evaluate': PodIdentityTrustStepData
  'eksauth.credentials': EksAuthCredentialsStepData
  'agent.response': AgentResponseStepData
  'api.call': CallStepData
}

export type IrsaStepName = keyof IrsaStepData
export type PodIdentityStepName = keyof PodIdentityStepData
export type StepName = IrsaStepName | PodIdentityStepName

/** The contract's `kind` of each step name (published values, unchanged). */
export const STEP_KINDS = {
  'webhook.mutate': 'webhook.inject',
  'kubelet.token': 'kubelet.project-token',
  'sdk.credential-chain': 'sdk.chain',
  'sts.request': 'sts.call',
  'sts.token': 'jwt.decode',
  'iam.provider': 'iam.provider-lookup',
  'sts.audience': 'sts.audience',
  'oidc.discovery': 'oidc.discovery',
  'oidc.jwks': 'oidc.jwks',
  'jwt.key': 'jwt.key-select',
  'jwt.signature': 'jwt.signature',
  'jwt.time': 'jwt.time',
  'iam.role': 'iam.role-lookup',
  'trust.statement': 'trust.statement',
  'trust.condition': 'trust.condition',
  'trust.evaluate': 'trust.decision',
  'sts.duration': 'sts.duration',
  'sts.credentials': 'sts.credentials',
  'api.call': 'api.call',
  'agent.request': 'agent.request',
  'agent.assume-role-for-pod-identity': 'agent.eks-auth-call',
  'eksauth.signature': 'eksauth.token',
  'eksauth.audience': 'eksauth.audience',
  'eksauth.time': 'eksauth.time',
  'eksauth.association': 'eksauth.association',
  'trust.role': 'iam.role-lookup',
  'trust.action': 'trust.decision',
  'trust.target-action': 'trust.decision',
  'eksauth.credentials': 'eksauth.credentials',
  'agent.response': 'agent.response',
} as const satisfies Record<StepName, string>

/**
 * What any step's data may say instead of its facts: the inputs the scenario lacks
 * (`Scenario.notProvided`, simulate/notProvided.ts) and, on the credentials step, the checks left
 * unknown.
 */
export type UndecidedData = { notProvided?: NotProvidedInput[]; unknownSteps?: string[] }

/**
 * The inputs a skipped step was left undecided for (`data.notProvided`), in the step's order;
 * none on a step that ran. Any step of either chain, typed or not.
 */
export function notProvidedOf(step: Pick<Step, 'status' | 'data'>): NotProvidedInput[] {
  const list = step.status === 'skip' ? step.data?.notProvided : undefined
  return Array.isArray(list)
    ? list.filter((input): input is NotProvidedInput => NOT_PROVIDED_INPUTS.includes(input))
    : []
}

/** One step with its name and the data of that name. */
export type NamedStep<N extends string, D> = Omit<Step, 'data'> & {
  /** Extension of the contract: the step's name (its `id` without an occurrence suffix). */
  name: N
  /**
   * Typed per name; other keys read as `unknown` (as the contract's `Record<string, unknown>`), so
   * code that has not narrowed the step still compiles and must check what it reads.
   */
  data?: D & UndecidedData & { [key: string]: unknown }
  /**
   * Extension: `assumptions[i]` by id (assumptions.ts), or null for one without an id; a reader
   * takes the sentence from its catalogue by id, never from the English.
   */
  assumptionRefs?: (AssumptionRef | null)[]
}

/** The step union of a chain whose names map to data as in `Map`. */
export type ChainStep<Map> = { [N in keyof Map & string]: NamedStep<N, Map[N]> }[keyof Map & string]

/** A step of the IRSA chain (what `simulate()` returns), discriminated by `name`. */
export type IrsaStep = ChainStep<IrsaStepData>
/** A step of the EKS Pod Identity chain (what `simulatePodIdentity()` returns). */
export type PodIdentityStep = ChainStep<PodIdentityStepData>
/** A step of either chain. */
export type EngineStep = IrsaStep | PodIdentityStep

/** What `simulate()` returns: the contract's Trace, its steps typed. */
export interface IrsaTrace extends Trace {
  steps: IrsaStep[]
}

/** The IRSA step of a given name. */
export type IrsaStepNamed<N extends IrsaStepName> = Extract<IrsaStep, { name: N }>
/** The Pod Identity step of a given name. */
export type PodIdentityStepNamed<N extends PodIdentityStepName> = Extract<
  PodIdentityStep,
  { name: N }
>

/**
 * The first step of `steps` with this name, typed (undefined when the chain has none).
 *
 * @example
 * const webhook = findStep(trace.steps, 'webhook.mutate')
 * webhook?.data?.reasonCode // WebhookSkipCode | undefined
 */
export function findStep<S extends EngineStep, N extends S['name']>(
  steps: readonly S[],
  name: N,
): Extract<S, { name: N }> | undefined {
  return steps.find((s): s is Extract<S, { name: N }> => s.name === name)
}

/** Whether a step has this name (narrows its `data`). */
export function isStep<S extends EngineStep, N extends S['name']>(
  step: S,
  name: N,
): step is Extract<S, { name: N }> {
  return step.name === name
}
