/** What the stages of one simulation share: the parsed inputs and what earlier stages found. */
import type { DecodedToken, SignatureCheck } from '../jwt'
import type { ParsedDocument } from '../text/document'
import type { RoleArn } from '../sts/arn'
import type {
  OidcProviderInput,
  PodMutation,
  RoleInput,
  Scenario,
  StatementTrace,
  StsResponse,
  PolicyDecisionKind,
} from '../types'

export interface RunContext {
  scenario: Scenario
  nowSeconds: number
  nowIso: string
  serviceAccount: ParsedDocument
  /** The pod as given, or the minimal pod that uses the ServiceAccount. */
  pod: object
  podDocument?: ParsedDocument
  token: DecodedToken
  /** From the issuer URL or the scenario; used by the webhook and the STS endpoint. */
  region?: string
  mutation?: PodMutation
  /** The token's issuer, once STS has read it (providerStage). */
  issuer?: string
  /** What the SDK will send. */
  request?: { roleArn: string; roleSessionName: string; durationSeconds?: number }
  roleArn?: RoleArn
  provider?: { index: number; input: OidcProviderInput; arn: string }
  audience?: string
  verificationKey?: { index: number; jwk: Record<string, unknown> }
  /** The signature check, started early for the key the token names (it never rejects). */
  pendingSignature?: { index: number; check: Promise<SignatureCheck> }
  role?: { index: number; input: RoleInput }
  response?: StsResponse
  /** The permission decision for scenario.call. */
  call?: { decision: PolicyDecisionKind; statements: StatementTrace[] }
  /** Set when the scenario cannot exist in AWS (IAM refuses to save it): outcome 'invalid-input'. */
  invalidInput?: boolean
  /** Set when the SDK found no web identity and used the node's instance role (IMDS). */
  nodeFallback?: { roleArn: string; sessionArn: string }
}

/** The token's issuer claim, when it is a string. */
export function tokenIssuer(ctx: RunContext): string | undefined {
  const iss = ctx.token.payload?.iss
  return typeof iss === 'string' ? iss : undefined
}

/** The token's audiences, as an array whichever form the claim takes. */
export function tokenAudiences(ctx: RunContext): string[] | undefined {
  const aud = ctx.token.payload?.aud
  if (typeof aud === 'string') return [aud]
  if (Array.isArray(aud)) return aud.filter((a): a is string => typeof a === 'string')
  return undefined
}
