/**
 * EKS Pod Identity spellings (shared/spec §8; eks-pod-identity-agent, eks-auth API model,
 * amazon-eks-user-guide pod-id-* pages).
 */
import type { Actor } from '../types'

/** The token audience EKS Auth accepts (always returned as `audience`). */
export const POD_IDENTITY_AUDIENCE = 'pods.eks.amazonaws.com'

/** The service principal of a Pod Identity trust policy. */
export const POD_IDENTITY_SERVICE = 'pods.eks.amazonaws.com'

/** The actions the trust policy must allow (pod-id-role.html). */
export const POD_IDENTITY_ACTIONS = {
  assumeRole: 'sts:AssumeRole',
  tagSession: 'sts:TagSession',
} as const

/** The agent's link-local addresses (cmd/server.go): IPv4 and IPv6. */
export const AGENT_HOSTS = ['169.254.170.23', '[fd00:ec2::23]'] as const

/** Hosts the SDKs' container provider accepts for a full URI (botocore ContainerMetadataFetcher). */
export const CONTAINER_PROVIDER_HOSTS = [
  '169.254.170.2',
  '169.254.170.23',
  '[fd00:ec2::23]',
  'localhost',
  '127.0.0.1',
  '[::1]',
] as const

/** The session tags EKS Auth sets, in the documented order (pod-id-abac). */
export const SESSION_TAG_KEYS = [
  'eks-cluster-arn',
  'eks-cluster-name',
  'kubernetes-namespace',
  'kubernetes-service-account',
  'kubernetes-pod-name',
  'kubernetes-pod-uid',
] as const

/**
 * Lifetime of the credentials EKS Auth returns. UNCONFIRMED by a primary source in the spec:
 * widely reported as 6 hours; the agent renews them at most every 3 h (spec §8).
 */
export const POD_IDENTITY_CREDENTIALS_SECONDS = 6 * 3600

/** The node agent (DaemonSet); cast until the engine's Actor union lists it. */
export const AGENT: Actor = 'agent'
/** The EKS Auth service; cast until the engine's Actor union lists it. */
export const EKS_AUTH: Actor = 'eks-auth'

/** Stated where this simulation relies on behaviour no primary source confirms. */
export const POD_IDENTITY_ASSUMPTIONS = {
  webhookConfig:
    'EKS is assumed to list every ServiceAccount that has a Pod Identity association (for this cluster) in the webhook’s container-credentials config.',
  credentialsLifetime:
    'The credentials are assumed to last 6 hours (widely reported; not in the spec’s sources).',
  sessionName:
    'The role session name follows the documented form eks-<cluster>-<pod>-<uuid>; the UUID is derived from the token so runs reproduce.',
  errorText:
    'EKS Auth’s exact message (and HTTP status) for this error is not documented; the text shown is an assumption.',
  targetRole:
    'With targetRoleArn, EKS Auth is assumed to chain: the first role’s session assumes the target role with sts:AssumeRole (and sts:TagSession).',
} as const
