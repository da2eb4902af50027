/** What the stages of one Pod Identity run share: parsed inputs and what earlier stages found. */
import type { DecodedToken } from '../jwt'
import type { RoleArn } from '../sts/arn'
import type { ParsedDocument } from '../text/document'
import type { PodMutation, PolicyDecisionKind, RoleInput, StatementTrace } from '../types'
import type { AgentCredentials, PodIdentityAssociation, PodIdentityScenario } from './types'

export interface PodIdentityContext {
  scenario: PodIdentityScenario
  nowSeconds: number
  nowIso: string
  serviceAccount: ParsedDocument
  pod: object
  token: DecodedToken
  region?: string
  /** Namespace and name from the ServiceAccount manifest. */
  sa: { namespace: string; name: string }
  mutation?: PodMutation
  /** What the SDK read from the container's environment. */
  sdk?: { fullUri: string; tokenFile: string }
  /** The subject EKS Auth read from the token. */
  subject?: { namespace: string; serviceAccount: string; podName: string; podUid: string }
  association?: PodIdentityAssociation & { associationId: string; associationArn: string }
  /** The role EKS Auth assumes (the association's role, or its target role). */
  role?: { arn: RoleArn; input: RoleInput }
  sessionTags?: Record<string, string>
  sessionName?: string
  agentResponse?: AgentCredentials
  assumedRoleArn?: string
  call?: { decision: PolicyDecisionKind; statements: StatementTrace[] }
}

/** A string claim nested in the token payload, e.g. ['kubernetes.io', 'pod', 'name']. */
export function claimString(ctx: PodIdentityContext, path: string[]): string | undefined {
  let value: unknown = ctx.token.payload
  for (const key of path) {
    if (typeof value !== 'object' || value === null || Array.isArray(value)) return undefined
    value = Object.hasOwn(value, key) ? (value as Record<string, unknown>)[key] : undefined
  }
  return typeof value === 'string' ? value : undefined
}

/** The token's audiences as an array. */
export function audiencesOf(ctx: PodIdentityContext): string[] {
  const aud = ctx.token.payload?.aud
  if (typeof aud === 'string') return [aud]
  return Array.isArray(aud) ? aud.filter((a): a is string => typeof a === 'string') : []
}
