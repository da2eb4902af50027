/**
 * The engine's public data shapes: the contract in `shared/spec/engine-api.md`.
 * Everything here is plain, JSON-serialisable data. Extend (new optional fields), never rename.
 */

/** A scenario: every input of one IRSA run (format version 1). */
export interface Scenario {
  version: 1
  /** Evaluation instant, ISO 8601 UTC. Absent: the real clock. */
  now?: string
  cluster: {
    /** The OIDC issuer URL, e.g. https://oidc.eks.ap-northeast-2.amazonaws.com/id/0123… */
    issuer: string
    /** The issuer's public keys, exactly as served at <issuer>/keys. */
    jwks: { keys: Record<string, unknown>[] }
  }
  /** ServiceAccount manifest as YAML or JSON text (what `kubectl get sa -o yaml` prints). */
  serviceAccount: string
  /** Pod manifest as YAML or JSON text. Absent: a minimal pod that uses the ServiceAccount. */
  pod?: string
  /** The projected ServiceAccount token the pod presents to STS (compact JWS). */
  token: string
  aws: {
    /** 12 digits. The account that owns the role and the IAM OIDC providers. */
    accountId: string
    partition?: 'aws' | 'aws-cn' | 'aws-us-gov'
    /** Default: the region in the issuer URL. */
    region?: string
    /** The IAM OIDC identity providers registered in the account. */
    oidcProviders: OidcProviderInput[]
    roles: RoleInput[]
  }
  /** STS request. Absent fields come from the mutated pod (AWS_ROLE_ARN) and the SDK's defaults. */
  request?: { roleArn?: string; roleSessionName?: string; durationSeconds?: number }
  /** Optional: one API call made with the issued credentials, checked against the permission policies. */
  call?: { action: string; resource: string; context?: Record<string, string | string[]> }
  /**
   * Extension (issue #16): inputs the user did not provide (an import of a real cluster's output
   * that did not include them). Their fields hold placeholders (empty text, no keys, no
   * providers); every check that needs one is reported as unknown — a skipped step with
   * `data.notProvided` and an `input.not-provided` finding — instead of being decided on them.
   */
  notProvided?: NotProvidedInput[]
}

/** An input a scenario may lack (`Scenario.notProvided`), named as the scenario file names it. */
export type NotProvidedInput =
  | 'token'
  | 'serviceAccount'
  | 'pod'
  | 'issuer'
  | 'jwks'
  | 'oidcProviders'
  | 'trustPolicy'
  | 'permissionPolicy'

export interface OidcProviderInput {
  /** With https:// (as create-open-id-connect-provider takes it) or without (as get-… prints it). */
  url: string
  clientIds: string[]
  thumbprints?: string[]
}

export interface RoleInput {
  name: string
  /** Default '/'. */
  path?: string
  /** Trust policy document as JSON text, exactly as IAM stores it. */
  trustPolicy: string
  /** Seconds, default 3600. */
  maxSessionDuration?: number
  /** Permission policy documents (JSON text) attached to the role. */
  permissionPolicies?: string[]
  /** Extension: the account's ACLSizePerRole quota (trust policy length), default 2048, at most 4096. */
  trustPolicySizeQuota?: number
  /**
   * Extension (issue #16): the role exists in the account (read with `aws iam get-role`, an audit
   * of the account, CloudTrail evidence): a fix changes its trust policy rather than creating it.
   */
  existing?: boolean
}

/** Which input document a step or finding points into. */
export type SourceId =
  | 'token'
  | 'serviceAccount'
  | 'pod'
  | 'trustPolicy'
  | 'permissionPolicy'
  | 'jwks'
  | 'oidcProvider'
  | 'request'

export type Severity = 'error' | 'warning' | 'info'

/** A 1-based position in a source text (for syntax errors, which have no JSON pointer). */
export interface TextPosition {
  line: number
  column: number
}

export interface Finding {
  /** From one registry (`findings.ts`), e.g. 'trust.condition.wildcard-without-like'. */
  code: string
  severity: Severity
  /** Short, factual, English. Friendly copy lives in the UI, keyed by `code`. */
  message: string
  source: SourceId
  /** RFC 6901 pointer into the parsed `source` document. */
  pointer?: string
  /** Extension: where in the text, when there is no pointer (syntax errors) or for precision. */
  at?: TextPosition
  /** Extension: which document of the source, when a source holds several (permission policies). */
  documentIndex?: number
  /**
   * Extension: the values the finding is about (claim, seconds, Sid, names…), keyed by name, so a
   * reader can say it in any language without parsing `message`. Each code's keys are declared
   * with the code (`defineFindings`, `FindingData` in finding.ts); a code with no values has none.
   */
  data?: FindingValues
}

/** Values a finding or a step sentence needs: plain scalars, JSON-serialisable. */
export type FindingValues = Record<string, string | number | boolean>

/** Who acts in a step. 'agent' and 'eks-auth' appear in EKS Pod Identity traces. */
export type Actor =
  'pod' | 'webhook' | 'kubelet' | 'sdk' | 'sts' | 'iam' | 'oidc' | 's3' | 'agent' | 'eks-auth'

export interface StepRef {
  source: SourceId
  /** RFC 6901 pointer into the parsed document. */
  pointer: string
  /** Extension: which document of the source (permission policies). */
  documentIndex?: number
}

export interface Step {
  /** Stable across runs of the same scenario, e.g. 'sts.audience'. */
  id: string
  /** E.g. 'webhook.inject', 'oidc.discovery', 'jwt.signature', 'trust.condition'. */
  kind: string
  actor: Actor
  status: 'pass' | 'fail' | 'skip' | 'info'
  /** Short, English; the UI may translate by kind/id. */
  title: string
  detail?: string
  /** Where in the inputs this step looked: editors highlight these. */
  refs: StepRef[]
  /** Extension: the actor that receives this step's message, for the flow diagram. */
  to?: Actor
  /** Extension: machine-readable facts of the step (compared values, chosen key…) for the UI. */
  data?: Record<string, unknown>
  /** Extension: behaviour that is not confirmed by a primary source, stated as an assumption. */
  assumptions?: string[]
}

export interface StsError {
  code: string
  message: string
  httpStatus: number
}

export interface StsResponse {
  Credentials: {
    AccessKeyId: string
    SecretAccessKey: string
    SessionToken: string
    Expiration: string
  }
  SubjectFromWebIdentityToken: string
  AssumedRoleUser: { AssumedRoleId: string; Arn: string }
  Provider: string
  Audience: string
}

export interface Trace {
  /** 'issued': STS returned credentials. 'denied': STS returned an error (or was never called).
   *  'invalid-input': the scenario itself cannot be simulated (e.g. unparseable manifest). */
  outcome: 'issued' | 'denied' | 'invalid-input'
  /** With 'denied': the error exactly as AWS returns it. */
  error?: StsError
  /** With 'issued': the response in the shape the AWS CLI prints (--output json). */
  response?: StsResponse
  /** With scenario.call and 'issued': the permission decision for that call. */
  call?: { decision: PolicyDecisionKind; statements: StatementTrace[] }
  /** Every check in order, the failing one included, and the ones skipped after it. */
  steps: Step[]
  /** Everything worth telling about the inputs: errors, warnings (lint), notes. */
  findings: Finding[]
  /** Extension: the evaluation instant used (ISO 8601). */
  now?: string
  /**
   * Extension (issue #16): the checks that could not be decided because the scenario lacks their
   * inputs (`Scenario.notProvided`), in chain order. With it, 'invalid-input' means "not enough
   * to decide"; 'denied' means a later check fails whatever the missing inputs hold.
   */
  unknown?: { inputs: NotProvidedInput[]; steps: string[] }
}

// ---------------------------------------------------------------------------------------------
// Policies

export type PolicyDecisionKind = 'Allow' | 'ExplicitDeny' | 'ImplicitDeny'

export interface PolicyRequest {
  /** E.g. 'sts:AssumeRoleWithWebIdentity', 's3:PutObject'. */
  action: string
  /** ARN; absent for trust policies. */
  resource?: string
  principal?: { federated?: string; aws?: string; service?: string }
  /** Request context: condition key -> value(s). Key names are matched case-insensitively. */
  context: Record<string, string | string[] | number | boolean>
}

export interface PolicyDecision {
  decision: PolicyDecisionKind
  statements: StatementTrace[]
  findings: Finding[]
}

/** Whether one element of a statement (Principal, Action, Resource) matched the request. */
export interface ElementMatch {
  /** 'absent': the statement has no such element (fine for Resource in a trust policy). */
  matched: boolean | 'absent'
  /** Pointer to the element, e.g. '/Statement/0/Action'. */
  pointer?: string
  /** Pointer to the value that matched, when one did. */
  matchedPointer?: string
  /** Machine-readable reason when it did not match, e.g. 'action.not-listed'. */
  reason?: string
}

/** One value of a condition, compared with the request. */
export interface ConditionValueTrace {
  /** Pointer to the policy value, e.g. '/Statement/0/Condition/StringEquals/x:sub' or '…/x:sub/1'. */
  pointer: string
  /** The value as written in the policy. */
  value: unknown
  /** After policy-variable substitution, when it differs. */
  resolved?: string
  matched: boolean
  /** Which request value matched, when one did. */
  matchedRequestValue?: string
  /** Why not, when it could not be compared (e.g. 'value.not-a-date'). */
  error?: string
}

export interface ConditionTrace {
  /** Pointer to the condition key, e.g. '/Statement/0/Condition/StringEquals/oidc…:sub'. */
  pointer: string
  /** The operator as written, e.g. 'ForAnyValue:StringLikeIfExists'. */
  operator: string
  /** The key as written in the policy. */
  key: string
  /** The request's values for the key; undefined when the key is absent from the request. */
  requestValues?: string[]
  matched: boolean
  /** Machine-readable explanation, e.g. 'matched', 'no-value-matched', 'key-absent', 'absent-ifexists'. */
  reason: string
  values: ConditionValueTrace[]
}

export interface StatementTrace {
  /** Index in the Statement array (0 when Statement is a single object). */
  index: number
  sid?: string
  /** '/Statement/0', or '/Statement' when Statement is a single object. */
  pointer: string
  effect: 'Allow' | 'Deny' | 'invalid'
  /** The statement applies to the request: principal, action, resource and every condition matched. */
  matched: boolean
  principal: ElementMatch
  action: ElementMatch
  resource: ElementMatch
  conditions: ConditionTrace[]
}

// ---------------------------------------------------------------------------------------------
// Webhook

/** Mirrors the amazon-eks-pod-identity-webhook flags. */
export interface WebhookConfig {
  /** --aws-default-region: adds AWS_REGION / AWS_DEFAULT_REGION. */
  region?: string
  /** --sts-regional-endpoint: adds AWS_STS_REGIONAL_ENDPOINTS=regional. */
  stsRegionalEndpoints?: boolean
  /** --token-audience, default 'sts.amazonaws.com'. */
  defaultAudience?: string
  /** --token-expiration, default 86400. */
  tokenExpiration?: number
  /** --annotation-prefix, default 'eks.amazonaws.com'. */
  annotationPrefix?: string
  /** --token-mount-path, default '/var/run/secrets/eks.amazonaws.com/serviceaccount'. */
  mountPath?: string
}

export interface JsonPatchOperation {
  op: string
  path: string
  value?: unknown
}

export interface PodMutation {
  /** The pod after mutation (the input when skipped). */
  pod: object
  /** RFC 6902 JSON Patch, as the webhook returns it. */
  patch: JsonPatchOperation[]
  skipped: boolean
  /** Why it was skipped, e.g. no role-arn annotation. */
  reason?: string
  /**
   * Extension: the reason as a code, for readers in any language: 'notAnObject', 'noSpec',
   * 'skipLabel', 'otherServiceAccount', 'noRoleArn', 'internal' (webhook `SKIP_REASONS`), or
   * 'existing' (a running pod: the webhook only acts on CREATE).
   */
  reasonCode?: string
  /**
   * Extension: handler.go getPodSpecPatch's `changed` — false when every container already had its
   * variables and mount and the token volume was there (a pod the webhook mutated before). The
   * webhook still answers with the `/spec/containers` operation, so the patch is not empty; it only
   * logs "Pod was not mutated. Reason: Required volume mounts and env variables were already
   * present" (aws/amazon-eks-pod-identity-webhook pkg/handler/handler.go, MutatePod).
   */
  changed?: boolean
  findings: Finding[]
}
